import { db } from "../db/prisma";
import type { Actor } from "./actor";
import { describeNotifications, notificationSelect } from "./describe-notifications";

/** How many notifications the inbox shows (newest first). */
export const INBOX_LIMIT = 100;

/** The actor's own notifications in this newsroom, newest first, with how many are unread. */
export async function listNotifications({ actor }: { actor: Actor }) {
  const mine = { userId: actor.userId, newsroomId: actor.newsroomId };
  const [rows, unread] = await Promise.all([
    db().notification.findMany({ where: mine, select: notificationSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: INBOX_LIMIT }),
    db().notification.count({ where: { ...mine, readAt: null } }),
  ]);
  const { items, names } = await describeNotifications(db(), rows);
  return { items, names, unread };
}
