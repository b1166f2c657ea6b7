import type { Tx } from "../db/prisma";

/** Channel on which the collaboration servers hear of membership changes (to disconnect people). */
export const MEMBERSHIP_CHANNEL = "factdesk_membership";

/** Announces, at commit, that a user's access to a newsroom changed ("*" for every newsroom). */
export async function notifyMembershipChange(tx: Tx, change: { userId: string; newsroomId: string }): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${MEMBERSHIP_CHANNEL}, ${JSON.stringify(change)})`;
}
