import type { NotificationKind } from "../db/generated/enums";
import type { Tx } from "../db/prisma";

/** Channel on which the desk's inbox streams hear that someone has a new or read notification. */
export const NOTIFICATION_CHANNEL = "factdesk_notifications";

export type NotifyPeople = {
  /** Who caused it (never notified); null for Factdesk itself. */
  actor: { userId: string | null; newsroomId: string };
  kind: NotificationKind;
  claimId: string;
  commentId?: string;
  recipientIds: readonly (string | null | undefined)[];
};

/**
 * Adds a notification for each recipient who is an active member of the
 * newsroom, except the actor, inside the caller's transaction, and announces
 * it at commit. Returns the ids of the people notified.
 */
export async function notifyPeople(tx: Tx, notice: NotifyPeople): Promise<string[]> {
  const { actor } = notice;
  const wanted = [...new Set(notice.recipientIds.filter((id): id is string => Boolean(id) && id !== actor.userId))];
  if (wanted.length === 0) return [];
  const members = await tx.membership.findMany({
    where: { newsroomId: actor.newsroomId, userId: { in: wanted }, user: { disabledAt: null } },
    select: { userId: true },
  });
  const recipients = members.map((m) => m.userId);
  if (recipients.length === 0) return [];
  await tx.notification.createMany({
    data: recipients.map((userId) => ({ newsroomId: actor.newsroomId, userId, actorId: actor.userId, kind: notice.kind, claimId: notice.claimId, commentId: notice.commentId ?? null })),
  });
  await announceInboxChange(tx, actor.newsroomId, recipients);
  return recipients;
}

/** Tells the open desks of these people that their inbox changed (NOTIFY is delivered at commit). */
export async function announceInboxChange(tx: Tx, newsroomId: string, userIds: readonly string[]): Promise<void> {
  for (const userId of userIds) await tx.$executeRaw`SELECT pg_notify(${NOTIFICATION_CHANNEL}, ${JSON.stringify({ userId, newsroomId })})`;
}
