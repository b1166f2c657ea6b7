import type { Tx } from "../db/prisma";
import { claimReviewJsonLd } from "../publish/claim-review-json-ld";
import { publicUrls } from "../publish/public-urls";
import type { VersionSnapshot } from "../publish/snapshot";
import { validateClaimReview, type MarkupIssue } from "../publish/validate-claim-review";

export type LeftOutReason = "no_verdict" | "awaiting_approval" | "orphaned" | "archived";

/** What a publication holds and leaves out, and what its markup lacks: shown before publishing, returned after. */
export type PublicationSummary = {
  rated: { id: string; statement: string; verdictKey: string; statementNeedsReview: boolean }[];
  leftOut: { id: string; quotedText: string; statement: string; reason: LeftOutReason }[];
  /** Markup issues of the rated claims' ClaimReview; an error refuses the publication. */
  markup: (MarkupIssue & { claimId: string })[];
};

function reasonLeftOut(claim: { state: string; archivedAt: Date | null; anchorHealth: string }): LeftOutReason {
  if (claim.archivedAt) return "archived";
  if (claim.anchorHealth === "orphaned" || claim.state === "approved") return "orphaned"; // approved yet not in the text
  return claim.state === "needs_review" ? "awaiting_approval" : "no_verdict";
}

/** The summary of publishing `snapshot` (built from the article's current claims, in the same transaction). */
export async function publicationSummary(tx: Tx, articleId: string, snapshot: VersionSnapshot): Promise<PublicationSummary> {
  const claims = await tx.claim.findMany({
    where: { articleId },
    select: { id: true, quotedText: true, statement: true, statementNeedsReview: true, state: true, archivedAt: true, anchorHealth: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const ratedIds = new Set(snapshot.claims.map((c) => c.id));
  const byId = new Map(claims.map((c) => [c.id, c]));
  // Any absolute base validates the same way; the page's real address is only known per request.
  const pageUrl = publicUrls(process.env.NEXTAUTH_URL ?? "http://localhost", snapshot.newsroom.slug).version(snapshot.article.slug, snapshot.version);
  const reviews = new Map((claimReviewJsonLd(snapshot, pageUrl) as { url: string }[]).map((review) => [review.url, review]));
  const markup = snapshot.claims.flatMap((claim) => {
    const review = reviews.get(`${new URL(pageUrl).href}#claim-${encodeURIComponent(claim.id)}`);
    const issues = review ? validateClaimReview(review) : [{ level: "error" as const, path: "claimReviewed", message: "is required (the claim has no statement)" }];
    return issues.map((issue) => ({ ...issue, claimId: claim.id }));
  });
  return {
    rated: snapshot.claims.map((c) => ({ id: c.id, statement: c.statement ?? c.quotedText, verdictKey: c.verdict.key, statementNeedsReview: byId.get(c.id)?.statementNeedsReview ?? false })),
    leftOut: claims.filter((c) => !ratedIds.has(c.id)).map((c) => ({ id: c.id, quotedText: c.quotedText, statement: c.statement, reason: reasonLeftOut(c) })),
    markup,
  };
}
