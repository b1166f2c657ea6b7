import { db } from "../db/prisma";
import type { Actor } from "./actor";
import { announceInboxChange } from "./notify-people";

/** Marks every unread notification of the actor in this newsroom read; returns how many. */
export async function markAllNotificationsRead({ actor }: { actor: Actor }): Promise<number> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({ where: { userId: actor.userId, newsroomId: actor.newsroomId, readAt: null }, data: { readAt: new Date() } });
    if (count > 0) await announceInboxChange(tx, actor.newsroomId, [actor.userId]);
    return count;
  });
}
