import { ARCHIVE_LIMITS, ArchiveFileError } from "./archive-item";
import { joinPath, type ArchiveEntry } from "./archive-entry";
import { isObject, ItemProblem, languageOf, nameOf, optionalText, partialDate, requiredHttpUrl, requiredText } from "./item-fields";

/** Does the value look like the Fact Check Tools API's `claims:search` answer? */
export function isClaimsSearchAnswer(value: unknown): value is { claims: unknown[] } {
  return isObject(value) && Array.isArray(value.claims) && value["@type"] === undefined && value["@context"] === undefined;
}

/**
 * The items of a `claims:search` answer
 * (`{"claims": [{"text", "claimant", "claimDate", "claimReview": [{"publisher": {"name", "site"}, "url", "title", "reviewDate", "textualRating", "languageCode"}]}]}`):
 * one per claimReview, the claim's text, claimant and date shared by its reviews.
 */
export function claimsSearchEntries(answer: { claims: unknown[] }): ArchiveEntry[] {
  return answer.claims.flatMap((claim, c) => {
    const claimPath = joinPath("claims", c);
    if (!isObject(claim)) throw new ArchiveFileError(`${claimPath} is not a claim (an object with text and claimReview)`, claimPath);
    const reviews = claim.claimReview === undefined || claim.claimReview === null ? [] : Array.isArray(claim.claimReview) ? claim.claimReview : [claim.claimReview];
    return reviews.map((review, r): ArchiveEntry => ({
      path: claimPath,
      read: () => {
        const at = (field: string) => joinPath("claimReview", Array.isArray(claim.claimReview) ? r : "", field);
        if (!isObject(review)) throw new ItemProblem(at(""), "is not a claim review (an object with url and textualRating)");
        const publisher = isObject(review.publisher) ? review.publisher : {};
        const statement = requiredText(claim.text, "text", ARCHIVE_LIMITS.statement);
        const reviewUrl = requiredHttpUrl(review.url, at("url"));
        const site = optionalText(publisher.site, at("publisher.site"), ARCHIVE_LIMITS.name);
        return {
          statement,
          claimantName: nameOf(claim.claimant, "claimant"),
          claimDate: partialDate(claim.claimDate, "claimDate"),
          verdict: requiredText(review.textualRating, at("textualRating"), ARCHIVE_LIMITS.verdict),
          ratingValue: null,
          bestRating: null,
          worstRating: null,
          language: languageOf(review.languageCode),
          normalized: {},
          reviewUrl,
          reviewAuthor: nameOf(publisher.name, at("publisher.name")) ?? site ?? new URL(reviewUrl).hostname,
          reviewDate: partialDate(review.reviewDate, at("reviewDate")),
        };
      },
    }));
  });
}
