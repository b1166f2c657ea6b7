import { db } from "../db/prisma";
import type { Actor } from "./actor";

/** The user as an actor of the article's newsroom, or null when they are not a member there (or no such article). */
export async function getArticleAccess({ userId, articleId }: { userId: string; articleId: string }): Promise<Actor | null> {
  const article = await db().article.findUnique({
    where: { id: articleId },
    select: { newsroomId: true, newsroom: { select: { memberships: { where: { userId }, select: { role: true } } } } },
  });
  const membership = article?.newsroom.memberships[0];
  return article && membership ? { userId, newsroomId: article.newsroomId, role: membership.role } : null;
}
