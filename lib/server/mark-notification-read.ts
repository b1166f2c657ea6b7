import { db } from "../db/prisma";
import type { MarkNotificationReadInput } from "../validation/notification";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";
import { announceInboxChange } from "./notify-people";

/**
 * Marks one of the actor's notifications read (opening it) and returns where
 * it leads; another person's, or another newsroom's, is "not found".
 */
export async function markNotificationRead({ actor, input }: { actor: Actor; input: MarkNotificationReadInput }) {
  return db().$transaction(async (tx) => {
    const notification = await tx.notification.findFirst({
      where: { id: input.notificationId, userId: actor.userId, newsroomId: actor.newsroomId },
      select: { id: true, readAt: true, claim: { select: { id: true, article: { select: { slug: true } } } } },
    });
    if (!notification) throw new NotFoundError("notification");
    if (!notification.readAt) {
      await tx.notification.update({ where: { id: notification.id }, data: { readAt: new Date() } });
      await announceInboxChange(tx, actor.newsroomId, [actor.userId]);
    }
    return { claimId: notification.claim.id, articleSlug: notification.claim.article.slug };
  });
}
