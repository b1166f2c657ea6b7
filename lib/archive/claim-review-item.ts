import { ARCHIVE_LIMITS, type ArchiveItem } from "./archive-item";
import { firstObject, isObject, ItemProblem, languageOf, nameOf, optionalNumber, optionalText, partialDate, requiredHttpUrl, requiredText } from "./item-fields";

/** The schema.org type names of a JSON-LD node ("ClaimReview", "schema:ClaimReview", "https://schema.org/ClaimReview" are one). */
export function typesOf(node: Record<string, unknown>): string[] {
  const types = Array.isArray(node["@type"]) ? node["@type"] : [node["@type"]];
  return types.filter((t): t is string => typeof t === "string").map((t) => t.replace(/^(?:schema:|https?:\/\/schema\.org\/)/, ""));
}

const languageOfValue = (value: unknown) => (isObject(value) ? value["@language"] : undefined);

/**
 * One archive item from a schema.org ClaimReview (Google's fact-check markup,
 * a newsroom's claimreview.json, a DataFeed's items). Required: claimReviewed,
 * url and the rating's label (alternateName, or its name). Throws ItemProblem
 * naming the field.
 */
export function claimReviewItem(review: Record<string, unknown>): ArchiveItem {
  const statement = requiredText(review.claimReviewed, "claimReviewed", ARCHIVE_LIMITS.statement);
  const reviewUrl = requiredHttpUrl(review.url, "url");
  const rating = firstObject(review.reviewRating);
  if (!rating) throw new ItemProblem("reviewRating", review.reviewRating === undefined || review.reviewRating === null ? "is missing" : "is not a Rating (an object with alternateName)");
  const verdict =
    optionalText(rating.alternateName, "reviewRating.alternateName", ARCHIVE_LIMITS.verdict) ??
    optionalText(rating.name, "reviewRating.name", ARCHIVE_LIMITS.verdict) ??
    requiredText(undefined, "reviewRating.alternateName", ARCHIVE_LIMITS.verdict);
  const claim = firstObject(review.itemReviewed) ?? {};
  const appearance = firstObject(claim.appearance) ?? firstObject(claim.firstAppearance) ?? {};
  return {
    statement,
    claimantName: nameOf(claim.author, "itemReviewed.author"),
    claimDate: partialDate(claim.datePublished, "itemReviewed.datePublished") ?? partialDate(appearance.datePublished, "itemReviewed.appearance.datePublished"),
    verdict,
    ratingValue: optionalNumber(rating.ratingValue, "reviewRating.ratingValue"),
    bestRating: optionalNumber(rating.bestRating, "reviewRating.bestRating"),
    worstRating: optionalNumber(rating.worstRating, "reviewRating.worstRating"),
    language: languageOf(review.inLanguage, claim.inLanguage, languageOfValue(review.claimReviewed), review["@language"]),
    normalized: {},
    reviewUrl,
    reviewAuthor: nameOf(review.author, "author") ?? nameOf(review.publisher, "publisher"),
    reviewDate: partialDate(review.datePublished, "datePublished"),
  };
}
