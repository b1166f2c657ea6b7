import { describe, expect, it } from "vitest";
import { claimReviewJsonLd, jsonLdScript } from "@/lib/publish/claim-review-json-ld";
import { CLAIM_REVIEW, expectValidClaimReviews as expectValid, violations } from "./claim-review-schema";
import { claim, PAGE_URL, snapshot, verdict } from "./helpers";

describe("the ClaimReview schema check itself", () => {
  it("catches what Google would refuse", () => {
    const [review] = claimReviewJsonLd(snapshot(), PAGE_URL) as Record<string, unknown>[];
    const broken = { ...review, claimReviewed: "", reviewRating: { "@type": "Rating", ratingValue: 4 }, author: null, extra: 1 };
    expect(violations(broken, CLAIM_REVIEW)).toEqual([
      "$.claimReviewed: must have at least 1 characters",
      "$.author: must be an object",
      "$.reviewRating: alternateName is required",
      "$.reviewRating: bestRating is required with ratingValue",
      "$.reviewRating: worstRating is required with ratingValue",
      "$: extra is not allowed",
    ]);
  });
});

describe("claimReviewJsonLd", () => {
  it("describes each claim as Google's fact-check markup wants it: the statement, its claimant, where it appeared", () => {
    const c = claim({ firstAppearanceUrl: "https://www.facebook.com/notification" });
    const reviews = claimReviewJsonLd(snapshot({ claims: [c] }), PAGE_URL);
    expectValid(reviews);
    expect(reviews).toEqual([
      {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: `${PAGE_URL}#claim-${c.id}`,
        claimReviewed: "Meta a prévenu ses utilisateurs le 24 mai 2024.",
        datePublished: "2024-06-01",
        author: { "@type": "Organization", name: "Les Vérificateurs", url: "https://verif.example.org/" },
        reviewRating: { "@type": "Rating", alternateName: "Vrai", ratingValue: 5, bestRating: 5, worstRating: 1 },
        itemReviewed: {
          "@type": "Claim",
          author: { "@type": "Organization", name: "Meta", url: "https://about.meta.com/" },
          datePublished: "2024-05-24",
          appearance: [
            {
              "@type": "CreativeWork",
              url: "https://www.example.com/meta-ia-donnees-personnelles",
              headline: "Meta et vos données personnelles : ce qui est vrai",
              publisher: { "@type": "Organization", name: "Exemple Tech", url: "https://www.example.com" },
              datePublished: "2024-05-24",
            },
          ],
          firstAppearance: { "@type": "CreativeWork", url: "https://www.facebook.com/notification" },
        },
      },
    ]);
  });

  it("gives one review per claim, each with its own fragment", () => {
    const claims = [claim(), claim({ verdict: verdict("false") }), claim({ verdict: verdict("misleading") })];
    const reviews = claimReviewJsonLd(snapshot({ claims }), `${PAGE_URL}#top`) as { url: string; reviewRating: { ratingValue: number } }[];
    expectValid(reviews);
    expect(reviews.map((review) => review.url)).toEqual(claims.map((c) => `${PAGE_URL}#claim-${c.id}`));
    expect(reviews.map((review) => review.reviewRating.ratingValue)).toEqual([5, 1, 3]);
  });

  it("labels the rating in the article's language, and gives no number for unproven", () => {
    const claims = [claim({ verdict: verdict("unproven") })];
    const [fr] = claimReviewJsonLd(snapshot({ claims }), PAGE_URL) as { reviewRating: object }[];
    const [en] = claimReviewJsonLd(snapshot({ claims, language: "en" }), PAGE_URL) as { reviewRating: object }[];
    expect(fr.reviewRating).toEqual({ "@type": "Rating", alternateName: "Invérifiable" });
    expect(en.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unproven" });
  });

  it("gives no number for a rating outside 1–5", () => {
    const [review] = claimReviewJsonLd(snapshot({ claims: [claim({ verdict: { ...verdict("true"), ratingValue: 7 } })] }), PAGE_URL) as { reviewRating: object }[];
    expect(review.reviewRating).toEqual({ "@type": "Rating", alternateName: "Vrai" });
  });

  it("names the original publisher for a claim made by the article itself, or when nobody was recorded; a person with their role", () => {
    const authorOf = (c: ReturnType<typeof claim>) => (claimReviewJsonLd(snapshot({ claims: [c] }), PAGE_URL) as { itemReviewed: { author: object } }[])[0].itemReviewed.author;
    const publisher = { "@type": "Organization", name: "Exemple Tech", url: "https://www.example.com" };
    expect(authorOf(claim({ claimant: { name: null, kind: "article", role: null, url: null } }))).toEqual(publisher);
    expect(authorOf(claim({ claimant: null, normalized: { speaker: "Menlo Park" } }))).toEqual(publisher);
    expect(authorOf(claim({ claimant: { name: "Thierry Breton", kind: "person", role: "commissaire européen", url: null } }))).toEqual({ "@type": "Person", name: "Thierry Breton", jobTitle: "commissaire européen" });
  });

  it("publishes the statement, never the bare fragment, as claimReviewed; an older version without one keeps its text", () => {
    const [checked] = claimReviewJsonLd(snapshot({ claims: [claim({ quotedText: "24 mai 2024" })] }), PAGE_URL) as { claimReviewed: string }[];
    expect(checked.claimReviewed).toBe("Meta a prévenu ses utilisateurs le 24 mai 2024.");
    const [old] = claimReviewJsonLd(snapshot({ claims: [claim({ statement: undefined })] }), PAGE_URL) as { claimReviewed: string }[];
    expect(old.claimReviewed).toBe("24 mai 2024");
  });

  it("leaves out what it does not know rather than publishing empty values", () => {
    const s = snapshot({
      newsroom: { name: "Les Vérificateurs", slug: "verif", publicUrl: null },
      article: { slug: "meta-ia", sourceUrl: null, sourcePublisher: "", sourceAuthor: null, sourcePublishedAt: null },
      claims: [claim({ normalized: {}, claimant: null })],
    });
    const reviews = claimReviewJsonLd(s, PAGE_URL) as { author: object; itemReviewed: object }[];
    expectValid(reviews);
    expect(reviews[0].itemReviewed).toEqual({ "@type": "Claim" });
    expect(reviews[0].author).toEqual({ "@type": "Organization", name: "Les Vérificateurs", url: "https://factdesk.example.org/verif" });
    expect(JSON.stringify(reviews)).not.toMatch(/null|""/);
  });

  it("finds the newsroom's page under a path prefix, and ignores a public URL that is not http(s)", () => {
    const s = snapshot({ newsroom: { name: "N", slug: "verif", publicUrl: "javascript:alert(1)" } });
    const [review] = claimReviewJsonLd(s, "https://example.org/factdesk/verif/meta-ia?utm=x") as { author: { url: string } }[];
    expect(review.author.url).toBe("https://example.org/factdesk/verif");
  });

  it("publishes no appearance or date that is not a real http(s) URL or calendar date", () => {
    const s = snapshot({ article: { slug: "a", sourceUrl: "javascript:alert(1)", sourcePublisher: null, sourceAuthor: null, sourcePublishedAt: "2024-02-31" }, claims: [claim({ claimant: null })] });
    const [review] = claimReviewJsonLd(s, PAGE_URL) as { itemReviewed: object }[];
    expect(review.itemReviewed).toEqual({ "@type": "Claim" });
  });

  it("falls back to the anchored text, and skips a claim with no text at all", () => {
    const anchored = claim({ statement: undefined, quotedText: " ", anchor: { exact: "26 juin 2024", prefix: "", suffix: "", start: 0, end: 12 } });
    const reviews = claimReviewJsonLd(snapshot({ claims: [anchored, claim({ statement: "", quotedText: "" })] }), PAGE_URL) as { claimReviewed: string }[];
    expect(reviews.map((review) => review.claimReviewed)).toEqual(["26 juin 2024"]);
  });
});

describe("jsonLdScript", () => {
  it("keeps a claim containing </script> from closing the element, and stays the same JSON", () => {
    const reviews = claimReviewJsonLd(snapshot({ claims: [claim({ statement: "</script><script>alert(1)</script> & \u2028\u2029 <!--" })] }), PAGE_URL);
    const script = jsonLdScript(reviews);
    expect(script).not.toMatch(/<\/script/i);
    expect(script).not.toMatch(/[<>&\u2028\u2029]/);
    expect(script).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(script)).toEqual(reviews);
  });

  it("serializes one object as well as a list", () => {
    expect(jsonLdScript({ a: "<b>" })).toBe('{"a":"\\u003cb\\u003e"}');
  });
});
