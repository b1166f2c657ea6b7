import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { Actor } from "./actor";
import { buildVersionSnapshot } from "./build-version-snapshot";
import { NotFoundError } from "./errors";
import { publicationSummary, type PublicationSummary } from "./publication-summary";

/** What publishing the article now would publish and leave out, for the editor to confirm. Writes nothing. */
export async function previewPublication({ actor, articleId }: { actor: Actor; articleId: string }): Promise<PublicationSummary & { version: number }> {
  authorize(actor, "article.publish");
  return db().$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, newsroomId: actor.newsroomId }, select: { id: true } });
    if (!article) throw new NotFoundError("article");
    const previous = await tx.publishedVersion.findFirst({ where: { articleId }, orderBy: { version: "desc" }, select: { version: true } });
    const version = (previous?.version ?? 0) + 1;
    const { snapshot } = await buildVersionSnapshot(tx, { articleId, version, publishedBy: "", changeNote: null });
    return { version, ...(await publicationSummary(tx, articleId, snapshot)) };
  });
}
