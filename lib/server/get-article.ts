import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";

/**
 * An article of the actor's newsroom by slug, without its derived text (the
 * live document is the text; the derived copy of a long article is a
 * megabyte the article page does not need). Any other newsroom's is "not found".
 */
export async function getArticle({ actor, slug }: { actor: Actor; slug: string }) {
  authorize(actor, "article.read");
  const article = await db().article.findUnique({
    where: { newsroomId_slug: { newsroomId: actor.newsroomId, slug } },
    omit: { contentJson: true, plainText: true },
    include: {
      createdBy: { select: { name: true } },
      updatedBy: { select: { name: true } },
    },
  });
  if (!article) throw new NotFoundError("article");
  return article;
}
