import type { Tx } from "../db/prisma";

/** Channel on which the collaboration servers hear that a claim changed (to tell open editors). */
export const CLAIM_CHANNEL = "factdesk_claims";

/** Announces a claim change; NOTIFY is transactional, so it is delivered only if the change commits. */
export async function notifyClaimChange(tx: Tx, change: { articleId: string; claimId: string }): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CLAIM_CHANNEL}, ${JSON.stringify(change)})`;
}
