import { apiHandler, preconditionFailed } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { claimResult, failIfStale } from "@/lib/api/results";
import { claimEtag } from "@/lib/api/serialize";
import { db } from "@/lib/db/prisma";
import { authorize } from "@/lib/policies";
import type { Actor } from "@/lib/server/actor";
import { applyClaimChanges } from "@/lib/server/apply-claim-changes";
import { assertAssignee } from "@/lib/server/assert-assignee";
import { ValidationError } from "@/lib/server/errors";
import { getClaim } from "@/lib/server/get-claim";
import { listRatings } from "@/lib/server/list-ratings";
import { parseNormalized } from "@/lib/server/parse-normalized";
import type { ClaimWithDetails } from "@/lib/server/with-claim-names";

export const dynamic = "force-dynamic";

/** GET /api/v1/claims/{id} */
export const GET = apiHandler(op.getClaim, async ({ actor, params }) => claimResult(actor, params.id));

/** Everything the PATCH would write is checked first, so that a refusal leaves the claim untouched. */
async function checkBeforeWriting(actor: Actor, claim: ClaimWithDetails, body: { assigneeId?: string | null; normalized?: Record<string, unknown> }) {
  if (body.normalized !== undefined) parseNormalized(claim.type, body.normalized);
  if (body.assigneeId) await assertAssignee(db(), actor.newsroomId, body.assigneeId);
}

/** The verdict and rationale to propose, checked against the rating scale before anything is written. */
async function verdictToPropose(actor: Actor, claim: { verdictKey: string | null; rationale: string | null }, verdict?: string, rationale?: string) {
  if (verdict === undefined && rationale === undefined) return null;
  const key = verdict ?? claim.verdictKey;
  const text = rationale ?? claim.rationale;
  if (!key) throw new ValidationError({ verdict: "is required with a rationale (the claim has no verdict yet)" });
  if (!text) throw new ValidationError({ rationale: "is required with a verdict" });
  const keys = (await listRatings({ actor })).map((r) => r.key);
  if (!keys.includes(key)) throw new ValidationError({ verdict: `must be one of ${keys.join(", ")}` });
  return { verdictKey: key, rationale: text };
}

/**
 * PATCH /api/v1/claims/{id}: every input is checked before anything is
 * written, then every part is applied in one transaction (all or nothing). A
 * change by someone else in between is a conflict (412 when the client sent
 * If-Match).
 */
export const PATCH = apiHandler(op.updateClaim, async ({ actor, params, body, ifMatch }) => {
  authorize(actor, "claim.edit");
  const claim = await getClaim({ actor, claimId: params.id });
  if (ifMatch !== null && ifMatch !== claim.revision) preconditionFailed(claimEtag(claim));
  await checkBeforeWriting(actor, claim, body);
  const proposal = await verdictToPropose(actor, claim, body.verdict, body.rationale);
  const reopen = body.state === "open" && (claim.state === "needs_review" || claim.state === "approved");
  // The verdict goes through the proposal; the rest is the claim's fields (reopening leaves it in progress: `state` then says open).
  const { verdict: _verdict, rationale: _rationale, ...update } = body;
  try {
    await applyClaimChanges({ actor, claimId: claim.id, revision: claim.revision, changes: { reopen, update, proposal } });
  } catch (error) {
    if (ifMatch !== null) await failIfStale(actor, claim.id, claim.revision, error);
    throw error;
  }
  return claimResult(actor, claim.id);
});
