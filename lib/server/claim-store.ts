import type { Claim, Prisma } from "../db/generated/client";
import type { Tx } from "../db/prisma";
import type { Actor } from "./actor";
import { ConflictError, NotFoundError } from "./errors";
import { notifyClaimChange } from "./notify-claim-change";
import { writeAuditEvent } from "./write-audit-event";

/** A claim of the actor's newsroom, or "not found" (also for another newsroom's). */
export async function findClaim(tx: Tx, actor: Pick<Actor, "newsroomId">, claimId: string): Promise<Claim> {
  const claim = await tx.claim.findFirst({ where: { id: claimId, newsroomId: actor.newsroomId } });
  if (!claim) throw new NotFoundError("claim");
  return claim;
}

type ClaimChange = {
  actor: Actor;
  claim: Claim;
  revision: number;
  data: Prisma.ClaimUpdateManyMutationInput;
  action: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

/**
 * Writes a change to a claim if nobody changed it since `revision` (else 409
 * with the claim as it now is), bumps the revision, audits and notifies.
 */
export async function changeClaim(tx: Tx, change: ClaimChange): Promise<void> {
  const { actor, claim } = change;
  const updated = await tx.claim.updateMany({
    where: { id: claim.id, revision: change.revision },
    data: { ...change.data, revision: { increment: 1 } },
  });
  if (updated.count === 0) {
    const current = await tx.claim.findUnique({ where: { id: claim.id } });
    throw new ConflictError("This claim was changed by someone else since you opened it: review the new version and try again.", current);
  }
  await writeAuditEvent(tx, { actor, action: change.action, objectType: "claim", objectId: claim.id, before: change.before, after: change.after });
  await notifyClaimChange(tx, { articleId: claim.articleId, claimId: claim.id });
}
