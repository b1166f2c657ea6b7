"use server";

import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { memberActor } from "@/lib/auth/member-actor";
import { addComment } from "@/lib/server/add-comment";
import { addSource } from "@/lib/server/add-source";
import { approveVerdict } from "@/lib/server/approve-verdict";
import { archiveClaim } from "@/lib/server/archive-claim";
import { checkSuggestions } from "@/lib/server/check-suggestions";
import { createClaim } from "@/lib/server/create-claim";
import { decideClaimMatch } from "@/lib/server/decide-claim-match";
import { dismissSuggestion } from "@/lib/server/dismiss-suggestion";
import { getClaim } from "@/lib/server/get-claim";
import { getClaimHistory } from "@/lib/server/get-claim-history";
import { proposeVerdict } from "@/lib/server/propose-verdict";
import { readClaimContext } from "@/lib/server/read-claim-context";
import { recaptureSource } from "@/lib/server/recapture-source";
import { removeSource } from "@/lib/server/remove-source";
import { reopenClaim } from "@/lib/server/reopen-claim";
import { resolveComment } from "@/lib/server/resolve-comment";
import { updateClaim } from "@/lib/server/update-claim";
import { updateSource } from "@/lib/server/update-source";
import {
  addCommentSchema,
  addSourceSchema,
  approveVerdictSchema,
  archiveClaimSchema,
  checkSuggestionsSchema,
  createClaimSchema,
  decideClaimMatchSchema,
  proposeVerdictSchema,
  recaptureSourceSchema,
  removeSourceSchema,
  reopenClaimSchema,
  resolveCommentSchema,
  updateClaimSchema,
  updateSourceSchema,
} from "@/lib/validation/claim";

// Every claim action: the signed-in member of the newsroom in the URL, input
// parsed by its schema, one domain function (which authorizes and audits).

const claimId = z.uuid("is not a claim id");

export async function createClaimAction(newsroom: string, input: unknown) {
  return safeAction([newsroom, input], async () => createClaim({ actor: await memberActor(newsroom), input: createClaimSchema.parse(input) }));
}

export async function updateClaimAction(newsroom: string, input: unknown) {
  return safeAction([newsroom, input], async () => updateClaim({ actor: await memberActor(newsroom), input: updateClaimSchema.parse(input) }));
}

export async function proposeVerdictAction(newsroom: string, input: unknown) {
  return safeAction([newsroom, input], async () => proposeVerdict({ actor: await memberActor(newsroom), input: proposeVerdictSchema.parse(input) }));
}

export async function approveVerdictAction(newsroom: string, input: unknown) {
  return safeAction([newsroom, input], async () => approveVerdict({ actor: await memberActor(newsroom), input: approveVerdictSchema.parse(input) }));
}

export async function reopenClaimAction(newsroom: string, input: unknown) {
  return safeAction([newsroom, input], async () => reopenClaim({ actor: await memberActor(newsroom), input: reopenClaimSchema.parse(input) }));
}

export async function archiveClaimAction(newsroom: string, input: unknown) {
  return safeAction([newsroom, input], async () => archiveClaim({ actor: await memberActor(newsroom), input: archiveClaimSchema.parse(input) }));
}

export async function addSourceAction(newsroom: string, input: unknown) {
  return safeAction([newsroom, input], async () => addSource({ actor: await memberActor(newsroom), input: addSourceSchema.parse(input) }));
}

export async function updateSourceAction(newsroom: string, input: unknown) {
  return safeAction([newsroom, input], async () => updateSource({ actor: await memberActor(newsroom), input: updateSourceSchema.parse(input) }));
}

export async function removeSourceAction(newsroom: string, input: unknown) {
  return safeAction([newsroom, input], async () => removeSource({ actor: await memberActor(newsroom), input: removeSourceSchema.parse(input) }));
}

export async function recaptureSourceAction(newsroom: string, input: unknown) {
  return safeAction([newsroom, input], async () => {
    await recaptureSource({ actor: await memberActor(newsroom), sourceId: recaptureSourceSchema.parse(input).sourceId });
  });
}

export async function addCommentAction(newsroom: string, input: unknown) {
  return safeAction([newsroom, input], async () => addComment({ actor: await memberActor(newsroom), input: addCommentSchema.parse(input) }));
}

export async function resolveCommentAction(newsroom: string, input: unknown) {
  return safeAction([newsroom, input], async () => resolveComment({ actor: await memberActor(newsroom), input: resolveCommentSchema.parse(input) }));
}

export async function getClaimAction(newsroom: string, id: unknown) {
  return safeAction([newsroom, id], async () => getClaim({ actor: await memberActor(newsroom), claimId: claimId.parse(id) }));
}

export async function getClaimHistoryAction(newsroom: string, id: unknown) {
  return safeAction([newsroom, id], async () => getClaimHistory({ actor: await memberActor(newsroom), claimId: claimId.parse(id) }));
}

const dismissSchema = z.object({ articleId: z.uuid(), type: z.enum(["date", "quote", "legal_basis", "number"]), text: z.string().trim().min(1).max(2000) });

export async function dismissSuggestionAction(newsroom: string, input: unknown) {
  return safeAction([newsroom, input], async () => dismissSuggestion({ actor: await memberActor(newsroom), ...dismissSchema.parse(input) }));
}

/** What a card reads from the text when it opens: earlier fact-checks of the claim, and its suggested claimant. */
export async function readClaimContextAction(newsroom: string, id: unknown) {
  return safeAction([newsroom, id], async () => readClaimContext({ actor: await memberActor(newsroom), claimId: claimId.parse(id) }));
}

export async function decideClaimMatchAction(newsroom: string, input: unknown) {
  return safeAction([newsroom, input], async () => decideClaimMatch({ actor: await memberActor(newsroom), input: decideClaimMatchSchema.parse(input) }));
}

export async function checkSuggestionsAction(newsroom: string, input: unknown) {
  return safeAction([newsroom, input], async () => checkSuggestions({ actor: await memberActor(newsroom), input: checkSuggestionsSchema.parse(input) }));
}
