import { db, type Tx } from "../db/prisma";
import type { UpdateClaimInput } from "../validation/claim";
import type { Actor } from "./actor";
import { proposeVerdict } from "./propose-verdict";
import { reopenClaim } from "./reopen-claim";
import { updateClaim } from "./update-claim";

export type ClaimChanges = {
  reopen: boolean;
  /** Value, assignee, state, statement, claimant, appearances: what updateClaim takes. */
  update: Omit<UpdateClaimInput, "claimId" | "revision">;
  proposal: { verdictKey: string; rationale: string } | null;
};

async function revisionOf(tx: Tx, claimId: string): Promise<number> {
  return (await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { revision: true } })).revision;
}

/**
 * Several changes to one claim (the REST API's PATCH), each through the web
 * app's own domain function (same rules, same audit events), in one
 * transaction: reopen, then the claim's fields (a statement before the
 * verdict that needs one), then the verdict. Any
 * refusal — a rule, someone else's change (409), a value the database will
 * not take — rolls all of them back.
 */
export async function applyClaimChanges({ actor, claimId, revision, changes }: { actor: Actor; claimId: string; revision: number; changes: ClaimChanges }): Promise<void> {
  const { reopen, update, proposal } = changes;
  await db().$transaction(async (tx) => {
    let current = revision;
    if (reopen) {
      await reopenClaim({ actor, input: { claimId, revision: current }, tx });
      current = await revisionOf(tx, claimId);
    }
    if (Object.values(update).some((value) => value !== undefined)) {
      await updateClaim({ actor, input: { claimId, revision: current, ...update }, tx });
      current = await revisionOf(tx, claimId);
    }
    if (proposal) await proposeVerdict({ actor, input: { claimId, revision: current, ...proposal }, tx });
  });
}
