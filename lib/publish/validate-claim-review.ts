// Checks ClaimReview markup against the fields Google's fact-check markup
// documentation lists: required (claimReviewed, reviewRating with
// alternateName, url), recommended (author with name and url, datePublished,
// itemReviewed: a Claim with author, datePublished and appearance), and
// consistency (ratingValue between worstRating and bestRating, absolute URLs,
// ISO dates). An error refuses a publication; a warning is shown before it.

export type MarkupIssue = { level: "error" | "warning"; path: string; message: string };

type Json = Record<string, unknown>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

function isAbsoluteUrl(value: unknown): boolean {
  if (typeof value !== "string") return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && value === value.trim();
  } catch {
    return false;
  }
}

function isIsoDate(value: unknown): boolean {
  return typeof value === "string" && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

/** Every `url` and `date…` field anywhere in the markup, checked for form. */
function checkForms(value: unknown, path: string, issues: MarkupIssue[]): void {
  if (Array.isArray(value)) return value.forEach((item, i) => checkForms(item, `${path}[${i}]`, issues));
  if (!isObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if ((key === "url" || key === "sameAs") && child !== undefined && !isAbsoluteUrl(child)) issues.push({ level: "error", path: at, message: "must be an absolute http(s) URL" });
    else if (/^date/.test(key) && child !== undefined && !isIsoDate(child)) issues.push({ level: "error", path: at, message: "must be an ISO 8601 date" });
    else checkForms(child, at, issues);
  }
}

function checkRating(rating: unknown, issues: MarkupIssue[]): void {
  if (!isObject(rating)) return void issues.push({ level: "error", path: "reviewRating", message: "is required" });
  if (!text(rating.alternateName)) issues.push({ level: "error", path: "reviewRating.alternateName", message: "is required (the verdict in words)" });
  const { ratingValue, bestRating, worstRating } = rating;
  if (ratingValue === undefined) return;
  if (typeof ratingValue !== "number" || typeof bestRating !== "number" || typeof worstRating !== "number") {
    return void issues.push({ level: "error", path: "reviewRating.ratingValue", message: "comes with numeric bestRating and worstRating" });
  }
  if (worstRating >= bestRating) issues.push({ level: "error", path: "reviewRating.worstRating", message: "must be below bestRating" });
  if (ratingValue < worstRating || ratingValue > bestRating) issues.push({ level: "error", path: "reviewRating.ratingValue", message: `must be between ${worstRating} and ${bestRating}` });
}

function checkAuthor(author: unknown, path: string, issues: MarkupIssue[], needsUrl: boolean): void {
  if (!isObject(author)) return void issues.push({ level: "warning", path, message: "is recommended" });
  if (author["@type"] !== "Person" && author["@type"] !== "Organization") issues.push({ level: "warning", path: `${path}.@type`, message: "should be Person or Organization" });
  if (!text(author.name)) issues.push({ level: "warning", path: `${path}.name`, message: "is recommended" });
  if (needsUrl && author.url === undefined) issues.push({ level: "warning", path: `${path}.url`, message: "is recommended" });
}

function checkItemReviewed(item: unknown, issues: MarkupIssue[]): void {
  if (!isObject(item)) return void issues.push({ level: "warning", path: "itemReviewed", message: "is recommended (the Claim: who made it, when, where)" });
  if (item["@type"] !== "Claim") issues.push({ level: "warning", path: "itemReviewed.@type", message: "should be Claim" });
  checkAuthor(item.author, "itemReviewed.author", issues, false);
  if (item.datePublished === undefined) issues.push({ level: "warning", path: "itemReviewed.datePublished", message: "is recommended (when the claim was made)" });
  if (item.appearance === undefined && item.firstAppearance === undefined) issues.push({ level: "warning", path: "itemReviewed.appearance", message: "is recommended (where the claim appeared)" });
}

/** Every issue of one ClaimReview object; an empty list means Google's required and recommended fields are all there. */
export function validateClaimReview(review: unknown): MarkupIssue[] {
  if (!isObject(review)) return [{ level: "error", path: "", message: "is not a JSON object" }];
  const issues: MarkupIssue[] = [];
  if (review["@type"] !== "ClaimReview") issues.push({ level: "error", path: "@type", message: "must be ClaimReview" });
  if (!text(review.claimReviewed)) issues.push({ level: "error", path: "claimReviewed", message: "is required (the claim, in words)" });
  else if (review.claimReviewed.trim().split(/\s+/).length < 3) issues.push({ level: "warning", path: "claimReviewed", message: "reads like a fragment: word the claim as a sentence" });
  if (review.url === undefined) issues.push({ level: "error", path: "url", message: "is required (the review's address)" });
  checkRating(review.reviewRating, issues);
  checkAuthor(review.author, "author", issues, true);
  if (review.datePublished === undefined) issues.push({ level: "warning", path: "datePublished", message: "is recommended" });
  checkItemReviewed(review.itemReviewed, issues);
  checkForms(review, "", issues);
  return issues.map((issue) => ({ ...issue, path: issue.path.replace(/^\./, "") }));
}

export function hasErrors(issues: MarkupIssue[]): boolean {
  return issues.some((issue) => issue.level === "error");
}
