import { compactJson, nonBlank } from "./compact-json";
import { newsroomUrl } from "./newsroom-url";
import type { PublishedClaim, VersionSnapshot } from "./snapshot";
import { verdictDisplay } from "./verdict-display";
import { webUrl } from "./web-url";

type JsonLd = Record<string, unknown>;

/** A YYYY-MM-DD that is a real calendar date, else undefined. */
export function calendarDate(value: string | null): string | undefined {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(value ?? "")?.[0];
  return date && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date) ? date : undefined;
}

/** The UTC calendar date of an ISO timestamp. */
function dayOf(iso: string): string | undefined {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/** The original article's publisher, as an organization (named after its site when the publisher is not recorded). */
function publisherOf(article: VersionSnapshot["article"]): JsonLd | undefined {
  const site = webUrl(article.sourceUrl) ? new URL(webUrl(article.sourceUrl)!) : undefined;
  const name = nonBlank(article.sourcePublisher) ?? site?.hostname;
  return name ? compactJson({ "@type": "Organization", name, url: site?.origin }) : undefined;
}

/** Who made the claim, as the checker recorded it: a person, an organization, or the original article's publisher. */
export function claimAuthor(claim: PublishedClaim, article: VersionSnapshot["article"]): JsonLd | undefined {
  const claimant = claim.claimant;
  if (!claimant || claimant.kind === "article") return publisherOf(article);
  const name = nonBlank(claimant.name);
  if (!name) return undefined;
  return compactJson({
    "@type": claimant.kind === "person" ? "Person" : "Organization",
    name,
    jobTitle: claimant.kind === "person" ? nonBlank(claimant.role) : undefined,
    url: webUrl(claimant.url),
  });
}

/** Where the claim appeared: the original article (with its headline, publisher and date), or the address the checker gave for this claim. */
export function appearances(claim: PublishedClaim, snapshot: VersionSnapshot): JsonLd[] | undefined {
  const own = webUrl(claim.appearanceUrl);
  if (own) return [{ "@type": "CreativeWork", url: own }];
  const article = snapshot.article;
  const url = webUrl(article.sourceUrl);
  if (!url) return undefined;
  return [compactJson({ "@type": "CreativeWork", url, headline: nonBlank(snapshot.title), publisher: publisherOf(article), datePublished: calendarDate(article.sourcePublishedAt) })];
}

/** The claim as published: its statement (versions published before statements existed: the marked text). */
export function claimReviewedOf(claim: PublishedClaim): string | undefined {
  return nonBlank(claim.statement) ?? nonBlank(claim.quotedText) ?? nonBlank(claim.anchor?.exact);
}

function claimReview(claim: PublishedClaim, snapshot: VersionSnapshot, page: URL, author: JsonLd): JsonLd | undefined {
  const claimReviewed = claimReviewedOf(claim);
  if (!claimReviewed) return undefined; // required by Google; the claim stays on the page
  const verdict = verdictDisplay(claim.verdict, snapshot.language);
  const firstAppearance = webUrl(claim.firstAppearanceUrl);
  return compactJson({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${page.href}#claim-${encodeURIComponent(claim.id)}`,
    claimReviewed,
    datePublished: dayOf(snapshot.publishedAt),
    author,
    reviewRating: compactJson({
      "@type": "Rating",
      alternateName: verdict.label,
      ...(verdict.ratingValue === null ? {} : { ratingValue: verdict.ratingValue, bestRating: 5, worstRating: 1 }),
    }),
    itemReviewed: compactJson({
      "@type": "Claim",
      author: claimAuthor(claim, snapshot.article),
      datePublished: calendarDate(snapshot.article.sourcePublishedAt),
      appearance: appearances(claim, snapshot),
      firstAppearance: firstAppearance ? { "@type": "CreativeWork", url: firstAppearance } : undefined,
    }),
  });
}

/**
 * One schema.org ClaimReview per published claim, following Google's
 * fact-check markup rules: each review's `url` is the page with the claim's
 * fragment, the author is the newsroom, the rating always has its label
 * (`alternateName`) and its 1–5 number when the verdict has one.
 */
export function claimReviewJsonLd(snapshot: VersionSnapshot, pageUrl: string): object[] {
  const page = new URL(pageUrl);
  page.hash = "";
  const author = { "@type": "Organization", name: snapshot.newsroom.name, url: newsroomUrl(snapshot.newsroom, page.href) };
  return snapshot.claims
    .map((claim) => claimReview(claim, snapshot, page, author))
    .filter((review): review is JsonLd => review !== undefined);
}

const SCRIPT_UNSAFE: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/**
 * JSON for the inside of a `<script type="application/ld+json">`: the same
 * JSON, with the characters that could end the element or confuse an HTML or
 * JavaScript reader written as \u escapes (only strings can hold them).
 */
export function jsonLdScript(objects: object | object[]): string {
  return JSON.stringify(objects).replace(/[<>&\u2028\u2029]/g, (char) => SCRIPT_UNSAFE[char]);
}
