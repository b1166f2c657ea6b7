import { appearances, calendarDate, claimAuthor, claimReviewedOf } from "./claim-review-json-ld";
import { compactJson, nonBlank } from "./compact-json";
import type { PublishedClaim, VersionSnapshot } from "./snapshot";
import { verdictDisplay } from "./verdict-display";
import { webUrl } from "./web-url";

type Json = Record<string, unknown>;

function markup(claim: PublishedClaim, snapshot: VersionSnapshot, page: URL): Json | undefined {
  const claimReviewed = claimReviewedOf(claim);
  if (!claimReviewed) return undefined;
  const verdict = verdictDisplay(claim.verdict, snapshot.language);
  const author = claimAuthor(claim, snapshot.article);
  return compactJson({
    url: `${page.href}#claim-${encodeURIComponent(claim.id)}`,
    claimReviewed,
    claimDate: calendarDate(snapshot.article.sourcePublishedAt),
    claimAppearances: appearances(claim, snapshot)?.map((work) => work.url as string),
    claimFirstAppearance: webUrl(claim.firstAppearanceUrl),
    claimAuthor: author ? compactJson({ name: author.name, jobTitle: author.jobTitle, sameAs: author.url }) : undefined,
    rating: compactJson({
      textualRating: verdict.label,
      ...(verdict.ratingValue === null ? {} : { ratingValue: verdict.ratingValue, bestRating: 5, worstRating: 1 }),
      ratingExplanation: nonBlank(claim.rationale),
    }),
  });
}

/**
 * The request body of the Fact Check Tools API's `pages.create` for a
 * published version (a ClaimReviewMarkupPage): what a newsroom submits to
 * Google with its own credentials. Built from the same snapshot and the same
 * functions as the page's ClaimReview JSON-LD, so the two never disagree.
 */
export function factCheckMarkupPage(snapshot: VersionSnapshot, pageUrl: string): Json {
  const page = new URL(pageUrl);
  page.hash = "";
  return {
    pageUrl: page.href,
    publishDate: snapshot.publishedAt.slice(0, 10),
    claimReviewAuthor: { name: snapshot.newsroom.name },
    claimReviewMarkups: snapshot.claims.map((claim) => markup(claim, snapshot, page)).filter((entry): entry is Json => entry !== undefined),
  };
}
