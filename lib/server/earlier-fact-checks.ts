import type { Tx } from "../db/prisma";
import type { PublishedEarlierFactCheck } from "../publish/snapshot";

/** An earlier fact-check of a claim: this newsroom's approved claim, or an imported review (its URL, for the desk, may be the desk article). */
export type EarlierFactCheck = PublishedEarlierFactCheck & { id: string; claimant: string | null };

/** Who reads the list: the desk links unpublished claims to their article; the public sees only what is public. */
export type Audience = "desk" | "public";

type LinkedRow = Awaited<ReturnType<typeof readLinked>>[number];

function readLinked(tx: Tx, newsroomId: string, claimIds: string[]) {
  return tx.claimMatch.findMany({
    where: { newsroomId, claimId: { in: claimIds }, decision: "linked" },
    orderBy: { createdAt: "asc" },
    include: {
      matchedClaim: {
        include: {
          article: { select: { slug: true, status: true, language: true, newsroom: { select: { name: true, slug: true } } } },
        },
      },
      matchedFactCheck: true,
    },
  });
}

function verdictLabel(ratings: Map<string, { labelFr: string; labelEn: string }>, key: string | null, language: string): string {
  const rating = key ? ratings.get(key) : undefined;
  if (!rating) return key ?? "";
  return language === "en" ? rating.labelEn : rating.labelFr;
}

function fromClaim(row: LinkedRow, ratings: Map<string, { labelFr: string; labelEn: string }>, audience: Audience): EarlierFactCheck | null {
  const claim = row.matchedClaim;
  if (!claim || claim.state !== "approved" || claim.archivedAt) return null;
  const { article } = claim;
  const published = article.status === "published";
  if (audience === "public" && !published) return null;
  return {
    id: claim.id,
    origin: "newsroom",
    statement: claim.statement || claim.quotedText,
    verdict: verdictLabel(ratings, claim.verdictKey, article.language),
    checkedBy: article.newsroom.name,
    date: claim.updatedAt.toISOString().slice(0, 10),
    url: published ? `/${article.newsroom.slug}/${article.slug}#card-${claim.id}` : `/desk/${article.newsroom.slug}/articles/${article.slug}`,
    claimant: claim.claimantName,
  };
}

function fromImport(row: LinkedRow): EarlierFactCheck | null {
  const fact = row.matchedFactCheck;
  if (!fact) return null;
  return {
    id: fact.id,
    origin: "import",
    statement: fact.statement,
    verdict: fact.verdict,
    checkedBy: fact.reviewAuthor,
    date: fact.reviewDate,
    url: fact.reviewUrl,
    claimant: fact.claimantName,
  };
}

/**
 * The earlier fact-checks a checker linked to each claim ("same claim as…"),
 * oldest link first. For the public, only what the public can read: a linked
 * claim of an unpublished article, or one no longer approved, is left out.
 */
export async function linkedFactChecks(tx: Tx, { newsroomId, claimIds, audience }: { newsroomId: string; claimIds: string[]; audience: Audience }): Promise<Map<string, EarlierFactCheck[]>> {
  const linked = new Map<string, EarlierFactCheck[]>();
  if (claimIds.length === 0) return linked;
  const [rows, ratingRows] = await Promise.all([readLinked(tx, newsroomId, claimIds), tx.ratingOption.findMany({ where: { newsroomId }, select: { key: true, labelFr: true, labelEn: true } })]);
  const ratings = new Map(ratingRows.map((r) => [r.key, r]));
  for (const row of rows) {
    const earlier = row.matchedClaim ? fromClaim(row, ratings, audience) : fromImport(row);
    if (!earlier) continue;
    linked.set(row.claimId, [...(linked.get(row.claimId) ?? []), earlier]);
  }
  return linked;
}
