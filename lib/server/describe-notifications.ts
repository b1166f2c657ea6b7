import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/prisma";
import { mentionedUserIds } from "../notifications/mentions";

export const notificationSelect = {
  id: true,
  kind: true,
  actorId: true,
  commentId: true,
  readAt: true,
  createdAt: true,
  newsroomId: true,
  claim: { select: { id: true, quotedText: true, statement: true, article: { select: { slug: true, title: true } } } },
} as const satisfies Prisma.NotificationSelect;

type Row = Prisma.NotificationGetPayload<{ select: typeof notificationSelect }>;

/** A notification as the inbox and the digest show it: who did it, on which claim, and the comment for a mention. */
export type NotificationView = Row & { actorName: string | null; commentBody: string | null };

/**
 * Adds the actor's name and the comment's body to notification rows (two
 * reads for the whole list), and the names of the people the comments mention.
 */
export async function describeNotifications(tx: Tx, rows: Row[]): Promise<{ items: NotificationView[]; names: Record<string, string> }> {
  const commentIds = rows.map((r) => r.commentId).filter((id): id is string => Boolean(id));
  const comments = commentIds.length ? await tx.comment.findMany({ where: { id: { in: commentIds } }, select: { id: true, body: true } }) : [];
  const bodies = new Map(comments.map((c) => [c.id, c.body]));
  const mentioned = comments.flatMap((c) => mentionedUserIds(c.body));
  const userIds = [...new Set([...rows.map((r) => r.actorId).filter((id): id is string => Boolean(id)), ...mentioned])];
  const users = userIds.length ? await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [];
  const names = Object.fromEntries(users.map((u) => [u.id, u.name]));
  const items = rows.map((row) => ({
    ...row,
    actorName: row.actorId ? (names[row.actorId] ?? null) : null,
    commentBody: row.commentId ? (bodies.get(row.commentId) ?? null) : null,
  }));
  return { items, names };
}
