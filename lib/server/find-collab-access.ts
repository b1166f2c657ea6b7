import { db } from "../db/prisma";
import type { Role } from "../policies";

export type CollabAccess = { role: Role; name: string };

/** The user's role on the article's newsroom — null if the article is not in that newsroom or they are not a member. */
export async function findCollabAccess(options: { userId: string; newsroomId: string; articleId: string }): Promise<CollabAccess | null> {
  const membership = await db().membership.findFirst({
    where: {
      userId: options.userId,
      newsroomId: options.newsroomId,
      user: { disabledAt: null },
      newsroom: { articles: { some: { id: options.articleId } } },
    },
    select: { role: true, user: { select: { name: true } } },
  });
  return membership ? { role: membership.role, name: membership.user.name } : null;
}
