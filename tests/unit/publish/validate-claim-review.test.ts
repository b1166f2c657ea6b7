import { describe, expect, it } from "vitest";
import { claimReviewJsonLd } from "@/lib/publish/claim-review-json-ld";
import { validateClaimReview } from "@/lib/publish/validate-claim-review";
import { claim, PAGE_URL, snapshot } from "./helpers";

const review = () => claimReviewJsonLd(snapshot({ claims: [claim()] }), PAGE_URL)[0] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const without = (path: string[]) => {
  const copy = structuredClone(review());
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key];
  delete at[path.at(-1)!];
  return copy;
};
const errors = (value: unknown) => validateClaimReview(value).filter((issue) => issue.level === "error").map((issue) => issue.path);
const warnings = (value: unknown) => validateClaimReview(value).filter((issue) => issue.level === "warning").map((issue) => issue.path);

describe("the ClaimReview validator", () => {
  it("finds nothing to say about complete markup", () => {
    expect(validateClaimReview(review())).toEqual([]);
  });

  it("rejects each missing required field", () => {
    expect(errors(without(["claimReviewed"]))).toEqual(["claimReviewed"]);
    expect(errors(without(["url"]))).toEqual(["url"]);
    expect(errors(without(["reviewRating"]))).toEqual(["reviewRating"]);
    expect(errors(without(["reviewRating", "alternateName"]))).toEqual(["reviewRating.alternateName"]);
    expect(errors({ ...review(), claimReviewed: "   " })).toEqual(["claimReviewed"]);
  });

  it("warns of each missing recommended field", () => {
    expect(warnings(without(["author"]))).toEqual(["author"]);
    expect(warnings(without(["author", "url"]))).toEqual(["author.url"]);
    expect(warnings(without(["datePublished"]))).toEqual(["datePublished"]);
    expect(warnings(without(["itemReviewed"]))).toEqual(["itemReviewed"]);
    expect(warnings(without(["itemReviewed", "author"]))).toEqual(["itemReviewed.author"]);
    expect(warnings(without(["itemReviewed", "datePublished"]))).toEqual(["itemReviewed.datePublished"]);
    expect(warnings(without(["itemReviewed", "appearance"]))).toEqual(["itemReviewed.appearance"]);
    expect(warnings({ ...review(), claimReviewed: "24 mai" })).toEqual(["claimReviewed"]);
  });

  it("checks consistency: the rating inside its scale, absolute URLs, ISO dates", () => {
    const base = review();
    expect(errors({ ...base, reviewRating: { ...base.reviewRating, ratingValue: 7 } })).toEqual(["reviewRating.ratingValue"]);
    expect(errors({ ...base, reviewRating: { ...base.reviewRating, worstRating: 5, bestRating: 1 } })).toContain("reviewRating.worstRating");
    expect(errors({ ...base, reviewRating: { "@type": "Rating", alternateName: "Vrai", ratingValue: 3 } })).toEqual(["reviewRating.ratingValue"]);
    expect(errors({ ...base, url: "/relative#claim-1" })).toEqual(["url"]);
    expect(errors({ ...base, url: "javascript:alert(1)" })).toEqual(["url"]);
    expect(errors({ ...base, datePublished: "24/05/2024" })).toEqual(["datePublished"]);
    expect(errors({ ...base, itemReviewed: { ...base.itemReviewed, appearance: [{ "@type": "CreativeWork", url: "ftp://x" }] } })).toEqual(["itemReviewed.appearance[0].url"]);
    expect(errors("not an object")).toEqual([""]);
  });
});
