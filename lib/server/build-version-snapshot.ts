import type { JSONContent } from "@tiptap/core";
import type { Tx } from "../db/prisma";
import type { PublishedCapture, PublishedClaim, VersionSnapshot } from "../publish/snapshot";
import { publishedAnchors } from "../publish/text-quote-selector";
import { claimantOf } from "./claimant-columns";
import { linkedFactChecks } from "./earlier-fact-checks";
import { isoDay as day, sourceFields } from "./source-fields";
const LATEST_CAPTURE = { where: { status: "captured" }, orderBy: { capturedAt: "desc" }, take: 1, select: { id: true, capturedAt: true, sha256: true } } as const;

/** A source's latest capture as the public page links it: /{newsroom}/{article}/captures/{id}. */
function publishedCapture(capture: { id: string; capturedAt: Date | null; sha256: string | null } | undefined, newsroomSlug: string, articleSlug: string): PublishedCapture | null {
  if (!capture?.capturedAt || !capture.sha256) return null;
  const path = `/${encodeURIComponent(newsroomSlug)}/${encodeURIComponent(articleSlug)}/captures/${capture.id}`;
  return { id: capture.id, capturedAt: capture.capturedAt.toISOString(), sha256: capture.sha256, path };
}

/**
 * What the public will see of an article now: its text, and only its
 * approved claims with their verdicts, rationales and sources.
 */
export async function buildVersionSnapshot(tx: Tx, options: { articleId: string; version: number; publishedBy: string; changeNote: string | null }) {
  const article = await tx.article.findUniqueOrThrow({ where: { id: options.articleId }, include: { newsroom: true } });
  const [claims, ratings] = await Promise.all([
    tx.claim.findMany({ where: { articleId: article.id, state: "approved", archivedAt: null, verdictKey: { not: null } }, include: { sources: { orderBy: { createdAt: "asc" }, include: { captures: LATEST_CAPTURE } } } }),
    tx.ratingOption.findMany({ where: { newsroomId: article.newsroomId } }),
  ]);
  const people = await tx.user.findMany({
    where: { id: { in: claims.flatMap((c) => [c.proposedById, c.approvedById]).filter((id): id is string => Boolean(id)) } },
    select: { id: true, name: true },
  });
  const name = new Map(people.map((p) => [p.id, p.name]));
  const linked = await linkedFactChecks(tx, { newsroomId: article.newsroomId, claimIds: claims.map((c) => c.id), audience: "public" });
  const doc = article.contentJson as JSONContent;
  const anchors = publishedAnchors(doc, claims.map((c) => c.id));
  const published: PublishedClaim[] = claims
    .filter((c) => anchors[c.id]) // a claim whose text is gone is not shown as rated
    .map((c) => {
      const rating = ratings.find((r) => r.key === c.verdictKey)!;
      return {
        id: c.id,
        type: c.type,
        quotedText: c.quotedText,
        statement: c.statement,
        claimant: claimantOf(c),
        appearanceUrl: c.appearanceUrl,
        firstAppearanceUrl: c.firstAppearanceUrl,
        normalized: c.normalized as Record<string, unknown>,
        verdict: { key: rating.key, labelFr: rating.labelFr, labelEn: rating.labelEn, color: rating.color, ratingValue: rating.ratingValue },
        rationale: c.rationale ?? "",
        sources: c.sources.map((s) => ({ ...sourceFields(s), capture: publishedCapture(s.captures[0], article.newsroom.slug, article.slug) })),
        proposedBy: name.get(c.proposedById ?? "") ?? "",
        approvedBy: name.get(c.approvedById ?? "") ?? "",
        anchor: anchors[c.id],
        checkedBefore: (linked.get(c.id) ?? []).map(({ origin, statement, verdict, checkedBy, date, url }) => ({ origin, statement, verdict, checkedBy, date, url })),
      };
    })
    .sort((a, b) => a.anchor!.start - b.anchor!.start);
  const snapshot: VersionSnapshot = {
    version: options.version,
    title: article.title,
    language: article.language,
    newsroom: { name: article.newsroom.name, slug: article.newsroom.slug, publicUrl: article.newsroom.publicUrl },
    article: {
      slug: article.slug,
      sourceUrl: article.sourceUrl,
      sourcePublisher: article.sourcePublisher,
      sourceAuthor: article.sourceAuthor,
      sourcePublishedAt: day(article.sourcePublishedAt),
    },
    publishedAt: new Date().toISOString(),
    publishedBy: options.publishedBy,
    changeNote: options.changeNote,
    claims: published,
  };
  return { snapshot, doc };
}
