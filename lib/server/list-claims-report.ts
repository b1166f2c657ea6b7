import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { ClaimReportRow } from "../publish/claims-csv";
import { publicUrls } from "../publish/public-urls";
import type { Actor } from "./actor";

export type ClaimReportQuery = { from?: string; to?: string };

/**
 * Every claim of the newsroom changed between `from` and `to` (YYYY-MM-DD,
 * inclusive; both optional), oldest article first: the rows of the monthly
 * report, each with its article's public address under `baseUrl`.
 */
export async function listClaimsReport({ actor, query, baseUrl }: { actor: Actor; query: ClaimReportQuery; baseUrl: string }): Promise<ClaimReportRow[]> {
  authorize(actor, "article.read");
  const newsroom = await db().newsroom.findUniqueOrThrow({ where: { id: actor.newsroomId }, select: { slug: true } });
  const articleUrl = publicUrls(baseUrl, newsroom.slug).article;
  const updatedAt = {
    ...(query.from ? { gte: new Date(`${query.from}T00:00:00Z`) } : {}),
    ...(query.to ? { lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
  };
  const [claims, ratings] = await Promise.all([
    db().claim.findMany({
      where: { newsroomId: actor.newsroomId, ...(query.from || query.to ? { updatedAt } : {}) },
      include: { article: { select: { title: true, slug: true, createdAt: true, versions: { select: { version: true }, orderBy: { version: "desc" }, take: 1 } } }, _count: { select: { sources: true } } },
      orderBy: [{ article: { createdAt: "asc" } }, { createdAt: "asc" }],
    }),
    db().ratingOption.findMany({ where: { newsroomId: actor.newsroomId }, select: { key: true, labelEn: true } }),
  ]);
  const people = await db().user.findMany({
    where: { id: { in: claims.flatMap((c) => [c.proposedById, c.approvedById]).filter((id): id is string => Boolean(id)) } },
    select: { id: true, name: true },
  });
  const names = new Map(people.map((p) => [p.id, p.name]));
  const labels = new Map(ratings.map((r) => [r.key, r.labelEn]));
  const name = (id: string | null) => (id ? (names.get(id) ?? "") : "");
  return claims.map((c) => ({
    articleTitle: c.article.title,
    articleUrl: articleUrl(c.article.slug),
    claimId: c.id,
    type: c.type,
    statement: c.statement,
    quotedText: c.quotedText,
    claimant: c.claimantName ?? "",
    claimantKind: c.claimantKind ?? "",
    state: c.archivedAt ? "archived" : c.state,
    verdictKey: c.verdictKey ?? "",
    verdict: labels.get(c.verdictKey ?? "") ?? "",
    sources: c._count.sources,
    proposedBy: name(c.proposedById),
    approvedBy: name(c.approvedById),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    publishedVersion: c.article.versions[0] ? String(c.article.versions[0].version) : "",
  }));
}
