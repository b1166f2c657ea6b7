import { db } from "../db/prisma";
import type { Actor } from "./actor";

/** The number the inbox link shows: the actor's unread notifications in this newsroom. */
export async function countUnreadNotifications({ actor }: { actor: Pick<Actor, "userId" | "newsroomId"> }): Promise<number> {
  return db().notification.count({ where: { userId: actor.userId, newsroomId: actor.newsroomId, readAt: null } });
}
