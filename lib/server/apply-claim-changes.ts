import { db, type Tx } from "../db/prisma";
import type { Actor } from "./actor";
import { proposeVerdict } from "./propose-verdict";
import { reopenClaim } from "./reopen-claim";
import { updateClaim } from "./update-claim";

export type ClaimChanges = {
  reopen: boolean;
  normalized?: Record<string, unknown>;
  assigneeId?: string | null;
  state?: "open" | "in_progress";
  proposal: { verdictKey: string; rationale: string } | null;
};

async function revisionOf(tx: Tx, claimId: string): Promise<number> {
  return (await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { revision: true } })).revision;
}

/**
 * Several changes to one claim (the REST API's PATCH), each through the web
 * app's own domain function (same rules, same audit events), in one
 * transaction: reopen, then state / assignee / value, then the verdict. Any
 * refusal — a rule, someone else's change (409), a value the database will
 * not take — rolls all of them back.
 */
export async function applyClaimChanges({ actor, claimId, revision, changes }: { actor: Actor; claimId: string; revision: number; changes: ClaimChanges }): Promise<void> {
  const { reopen, normalized, assigneeId, state, proposal } = changes;
  await db().$transaction(async (tx) => {
    let current = revision;
    if (reopen) {
      await reopenClaim({ actor, input: { claimId, revision: current }, tx });
      current = await revisionOf(tx, claimId);
    }
    if (normalized !== undefined || assigneeId !== undefined || state !== undefined) {
      await updateClaim({ actor, input: { claimId, revision: current, normalized, assigneeId, state }, tx });
      current = await revisionOf(tx, claimId);
    }
    if (proposal) await proposeVerdict({ actor, input: { claimId, revision: current, ...proposal }, tx });
  });
}
