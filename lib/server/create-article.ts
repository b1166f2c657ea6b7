import { Prisma } from "../db/generated/client";
import { articleDocumentName } from "../collab/document-name";
import { initialDocumentState } from "../collab/initial-state";
import { db } from "../db/prisma";
import type { ArticleDocument } from "../editor/document";
import { authorize } from "../policies";
import type { ArticleInput } from "../validation/article";
import type { Actor } from "./actor";
import { slugify } from "./slugify";
import { writeAuditEvent } from "./write-audit-event";

export type CreateArticleOptions = { actor: Actor; input: ArticleInput; body: ArticleDocument };

async function freeSlug(newsroomId: string, title: string): Promise<string> {
  const base = slugify(title);
  const taken = await db().article.findMany({
    where: { newsroomId, slug: { startsWith: base } },
    select: { slug: true },
  });
  const used = new Set(taken.map((a) => a.slug));
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Creates a draft. A repeated submission (same submissionId) returns the
 * article the first one created instead of a duplicate.
 */
export async function createArticle({ actor, input, body }: CreateArticleOptions) {
  authorize(actor, "article.create");
  const { submissionId, sourcePublishedAt, ...fields } = input;
  const findPrevious = () =>
    submissionId ? db().article.findFirst({ where: { newsroomId: actor.newsroomId, submissionId } }) : null;
  const previous = await findPrevious();
  if (previous) return previous;
  for (let attempt = 0; ; attempt++) {
    try {
      return await db().$transaction(async (tx) => {
        const article = await tx.article.create({
          data: {
            ...fields,
            sourcePublishedAt: sourcePublishedAt ? new Date(`${sourcePublishedAt}T00:00:00Z`) : null,
            submissionId: submissionId ?? null,
            slug: await freeSlug(actor.newsroomId, input.title),
            newsroomId: actor.newsroomId,
            contentJson: body.json as Prisma.InputJsonValue,
            plainText: body.text,
            createdById: actor.userId,
            updatedById: actor.userId,
          },
        });
        // The live document's first state, written now rather than converted on the first open.
        await tx.$executeRaw`INSERT INTO collab_snapshot (document, state) VALUES (${articleDocumentName(article.id)}, ${initialDocumentState(body.json)})`;
        await writeAuditEvent(tx, {
          actor,
          action: "article.create",
          objectType: "article",
          objectId: article.id,
          after: { title: article.title, slug: article.slug, language: article.language },
        });
        return article;
      });
    } catch (error) {
      // Two submissions raced: either the same form (return its article) or the same slug (retry).
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
      const raced = await findPrevious();
      if (raced) return raced;
    }
  }
}
