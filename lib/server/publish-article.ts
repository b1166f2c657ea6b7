import { liveDocuments } from "../collab/live-registry";
import type { Prisma } from "../db/generated/client";
import { db } from "../db/prisma";
import { authorize } from "../policies";
import { announcePublicChange, publicChanged } from "../public/invalidation";
import { diffVersions } from "../publish/diff-versions";
import { renderArticleHtml } from "../publish/render-article-html";
import type { VersionSnapshot } from "../publish/snapshot";
import type { Actor } from "./actor";
import { buildVersionSnapshot } from "./build-version-snapshot";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { publicationSummary } from "./publication-summary";
import { writeAuditEvent } from "./write-audit-event";

export type PublishArticleOptions = { actor: Actor; articleId: string; note?: string };

// Refused rather than published with the text from before: the editors see another one.
const staleText = (reason: string) =>
  new ConflictError(`The article's text could not be brought up to date from the live document (${reason}). It was not published, so that its page does not show older text.`);

/** The last second of edits, when the document is open in this process (and the article is this newsroom's). */
async function refreshFromLiveDocument(actor: Actor, articleId: string): Promise<void> {
  if (!(await db().article.count({ where: { id: articleId, newsroomId: actor.newsroomId } }))) return;
  try {
    await liveDocuments()?.refreshDerived(articleId);
  } catch (error) {
    throw staleText((error as Error).message);
  }
}

/**
 * Publishes the article as an immutable version n+1: rendered HTML and a
 * snapshot of its approved claims. A correction (a verdict changed, a claim
 * added or withdrawn) needs a change note; markup that fails Google's required
 * fields refuses it. One transaction, one audit event; the answer carries the
 * summary (rated claims, claims left out and why, markup warnings).
 */
export async function publishArticle({ actor, articleId, note }: PublishArticleOptions) {
  authorize(actor, "article.publish");
  await refreshFromLiveDocument(actor, articleId);
  const published = await db().$transaction(async (tx) => {
    // Locks the article row: two publications at once get consecutive numbers.
    const [article] = await tx.$queryRaw<{ id: string; newsroomId: string; derivedError: string | null }[]>`
      SELECT id, "newsroomId", "derivedError" FROM "Article" WHERE id = ${articleId}::uuid AND "newsroomId" = ${actor.newsroomId}::uuid FOR UPDATE`;
    if (!article) throw new NotFoundError("article");
    // Recorded by the collaboration server holding the document, in this process or another.
    if (article.derivedError) throw staleText(article.derivedError);
    const previous = await tx.publishedVersion.findFirst({ where: { articleId }, orderBy: { version: "desc" } });
    const publisher = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
    const changeNote = note?.trim() || null;
    const version = (previous?.version ?? 0) + 1;
    const { snapshot, doc } = await buildVersionSnapshot(tx, { articleId, version, publishedBy: publisher.name, changeNote });
    const summary = await publicationSummary(tx, articleId, snapshot);
    const markupError = summary.markup.find((issue) => issue.level === "error");
    if (markupError) throw new ValidationError({ markup: `Claim ${markupError.claimId}: ${markupError.path} ${markupError.message}.` }, "The fact-check markup would be invalid: nothing was published.");
    const diff = diffVersions(previous ? (previous.claimsSnapshot as unknown as VersionSnapshot) : null, snapshot);
    if (diff.changeNoteRequired && !changeNote) {
      throw new ValidationError({ note: "Verdicts or claims changed since the last version: say what changed in a note." });
    }
    const html = renderArticleHtml(doc, snapshot.claims, snapshot.language === "fr" ? "fr" : "en");
    const created = await tx.publishedVersion.create({
      data: {
        newsroomId: actor.newsroomId,
        articleId,
        version,
        title: snapshot.title,
        html,
        claimsSnapshot: snapshot as unknown as Prisma.InputJsonValue,
        changeNote,
        publishedById: actor.userId,
        publishedAt: new Date(snapshot.publishedAt),
      },
    });
    await tx.article.update({ where: { id: articleId }, data: { status: "published", updatedById: actor.userId } });
    await writeAuditEvent(tx, {
      actor,
      action: previous ? "article.republish" : "article.publish",
      objectType: "article",
      objectId: articleId,
      after: { version, changeNote, claims: snapshot.claims.length, added: diff.added.length, withdrawn: diff.withdrawn.length, verdictChanged: diff.verdictChanged.length },
    });
    await announcePublicChange(tx, snapshot.newsroom.slug);
    return { version: created.version, slug: snapshot.article.slug, newsroomSlug: snapshot.newsroom.slug, summary };
  });
  publicChanged(published.newsroomSlug);
  return published;
}
