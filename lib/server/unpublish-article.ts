import { db } from "../db/prisma";
import { authorize } from "../policies";
import { announcePublicChange, publicChanged } from "../public/invalidation";
import type { Actor } from "./actor";
import { ConflictError, NotFoundError } from "./errors";
import { writeAuditEvent } from "./write-audit-event";

/** Takes the public page down (its URL then answers 410); the versions are kept. */
export async function unpublishArticle({ actor, articleId }: { actor: Actor; articleId: string }) {
  authorize(actor, "article.publish");
  const newsroomSlug = await db().$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, newsroomId: actor.newsroomId }, include: { newsroom: { select: { slug: true } } } });
    if (!article) throw new NotFoundError("article");
    if (article.status !== "published") throw new ConflictError("This article is not published.");
    await tx.article.update({ where: { id: articleId }, data: { status: "unpublished", updatedById: actor.userId } });
    await writeAuditEvent(tx, { actor, action: "article.unpublish", objectType: "article", objectId: articleId, before: { status: "published" }, after: { status: "unpublished" } });
    await announcePublicChange(tx, article.newsroom.slug);
    return article.newsroom.slug;
  });
  publicChanged(newsroomSlug);
}
