import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ArchiveFileError } from "@/lib/archive/archive-item";
import { parseFactChecks, parseFactChecksHtml } from "@/lib/archive/parse-fact-checks";

const root = path.resolve(import.meta.dirname, "../../..");
const fixture = (name: string) => readFileSync(path.join(root, "tests/fixtures/archive", name), "utf8");
const json = (name: string) => JSON.parse(fixture(name)) as unknown;
const XSS_PAYLOADS = readFileSync(path.join(root, "tests/fixtures/xss-payloads.txt"), "utf8").split("\n").filter(Boolean);

const review = (overrides: Record<string, unknown> = {}) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: "https://example.org/verif/1",
  claimReviewed: "Une affirmation.",
  reviewRating: { "@type": "Rating", alternateName: "Faux" },
  ...overrides,
});

/** The error a file gets: its message and the body field it names. */
function refusal(run: () => unknown): { message: string; field: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof ArchiveFileError) return { message: error.message, field: error.field };
    throw error;
  }
  throw new Error("the file was accepted");
}

describe("a newsroom's claimreview.json (Factdesk's own)", () => {
  it("gives one item per ClaimReview with statement, claimant, dates, verdict, rating, reviewer and URL", () => {
    const parsed = parseFactChecks(json("factdesk-claimreview.json"));
    expect(parsed.format).toBe("claim_review");
    expect(parsed.items).toHaveLength(10);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.items[0]).toEqual({
      statement: "OpenAI est l’entreprise qui a créé ChatGPT.",
      claimantName: "Exemple Média",
      claimDate: "2024-05-24",
      verdict: "Vrai",
      ratingValue: 5,
      bestRating: 5,
      worstRating: 1,
      language: null,
      normalized: {},
      reviewUrl: expect.stringMatching(/^https:\/\/factdesk\.example\/demo\/meta-va-utiliser-vos-donnees-personnelles-pour-entrainer-son-ia#claim-[0-9a-f-]{36}$/),
      reviewAuthor: "Démo Factdesk",
      reviewDate: "2026-12-04",
    });
  });
});

describe("schema.org ClaimReview JSON-LD", () => {
  it("reads one object, an array, and a @graph (other nodes are not items)", () => {
    expect(parseFactChecks(review()).items).toHaveLength(1);
    expect(parseFactChecks([review(), review({ url: "https://example.org/verif/2" })]).items).toHaveLength(2);
    const graph = parseFactChecks(json("claim-review-graph.json"));
    expect(graph.format).toBe("claim_review");
    expect(graph.items).toEqual([
      expect.objectContaining({
        statement: "La dette publique française a dépassé 3 000 milliards d'euros en 2023.",
        claimantName: "Un député",
        claimDate: "2024-03-20",
        verdict: "Vrai", // the Rating's name when it has no alternateName
        reviewAuthor: "Graph Exemple",
        reviewDate: "2024-03-26", // the publisher's own day, the time dropped
        reviewUrl: "https://graph.example/verif/bercy-dette",
      }),
    ]);
  });

  it("accepts the type in its other spellings, values as @value, language tags and Language objects", () => {
    const parsed = parseFactChecks([
      review({ "@type": ["schema:ClaimReview"], claimReviewed: { "@value": "Dit en anglais.", "@language": "en-GB" } }),
      review({ "@type": "https://schema.org/ClaimReview", url: "https://example.org/verif/2", inLanguage: { "@type": "Language", alternateName: "fr-CA" } }),
      review({ url: "https://example.org/verif/3", inLanguage: "French" }), // not a tag: left out
    ]);
    expect(parsed.items.map((i) => [i.statement, i.language])).toEqual([
      ["Dit en anglais.", "en"],
      ["Une affirmation.", "fr"],
      ["Une affirmation.", null],
    ]);
  });

  it("names the first bad item, counting from 1, and the field in the body", () => {
    expect(refusal(() => parseFactChecks(json("malformed.json")))).toEqual({ message: "item 2: claimReviewed is missing", field: "1.claimReviewed" });
    const cases: [unknown, string][] = [
      [[review(), review({ url: "javascript:alert(1)" })], "item 2: url is not an http(s) address"],
      [[review({ url: undefined })], "item 1: url is missing"],
      [[review({ url: "ftp://example.org/x" })], "item 1: url is not an http(s) address"],
      [[review({ reviewRating: undefined })], "item 1: reviewRating is missing"],
      [[review({ reviewRating: "Faux" })], "item 1: reviewRating is not a Rating (an object with alternateName)"],
      [[review({ reviewRating: { ratingValue: 1 } })], "item 1: reviewRating.alternateName is missing"],
      [[review({ reviewRating: { alternateName: "Faux", ratingValue: "un" } })], "item 1: reviewRating.ratingValue is not a number"],
      [[review({ claimReviewed: "x".repeat(2001) })], "item 1: claimReviewed is longer than 2,000 characters"],
      [[review({ claimReviewed: 42 })], "item 1: claimReviewed is not text"],
      [[review({ claimReviewed: "a\u0000b" })], "item 1: claimReviewed must not contain NUL characters (U+0000)"],
      [[review({ datePublished: "hier" })], "item 1: datePublished is not a date (YYYY-MM-DD)"],
      [[review({ datePublished: "2024-02-30" })], "item 1: datePublished is not a real date"],
      [[review({ itemReviewed: { author: { name: "n".repeat(301) } } })], "item 1: itemReviewed.author.name is longer than 300 characters"],
    ];
    for (const [file, message] of cases) expect(refusal(() => parseFactChecks(file)).message, message).toBe(message);
  });

  it("keeps the first of two items with the same review URL, saying why the other is skipped", () => {
    const parsed = parseFactChecks([review(), review({ url: "https://example.org/verif/2" }), review({ url: " https://EXAMPLE.org/verif/1", claimReviewed: "Autre." })]);
    expect(parsed.items.map((i) => i.statement)).toEqual(["Une affirmation.", "Une affirmation."]);
    expect(parsed.skipped).toEqual([{ index: 3, reason: "same review URL as item 1" }]);
  });

  it("refuses a file with no ClaimReview at all", () => {
    for (const file of [[], {}, [{ "@type": "Organization", name: "x" }], "texte", null, { claims: [] }]) {
      expect(refusal(() => parseFactChecks(file)).message, JSON.stringify(file)).toMatch(/^No fact-check found/);
    }
  });

  it("stores the XSS corpus as text, verbatim", () => {
    const parsed = parseFactChecks(XSS_PAYLOADS.map((payload, i) => review({ url: `https://example.org/xss/${i}`, claimReviewed: payload, reviewRating: { alternateName: payload }, author: { name: payload } })));
    expect(parsed.items.map((i) => i.statement)).toEqual(XSS_PAYLOADS.map((p) => p.trim()));
    expect(parsed.items.map((i) => i.verdict)).toEqual(XSS_PAYLOADS.map((p) => p.trim()));
  });
});

describe("the ClaimReview DataFeed", () => {
  it("gives the items of every DataFeedItem, one object or a list", () => {
    const parsed = parseFactChecks(json("data-feed.json"));
    expect(parsed.format).toBe("data_feed");
    expect(parsed.items).toEqual([
      expect.objectContaining({ claimantName: "Thierry Exemple", claimDate: "2024-06-10", verdict: "Vrai", ratingValue: 5, bestRating: 5, worstRating: 1, language: "fr", reviewAuthor: "Feed Exemple" }),
      expect.objectContaining({ claimantName: "Jane Example, John Example", claimDate: "2023-05", verdict: "True", ratingValue: null, language: "en", reviewUrl: "https://feed.example/fact-checks/gdpr-fine-1-2-billion" }),
    ]);
  });

  it("names a bad item by its place in the feed", () => {
    const feed = json("data-feed.json") as { dataFeedElement: { item: unknown }[] };
    (feed.dataFeedElement[1].item as Record<string, unknown>).url = "nowhere";
    expect(refusal(() => parseFactChecks(feed))).toEqual({ message: "item 2: url is not an http(s) address", field: "dataFeedElement.1.item.url" });
  });
});

describe("the Fact Check Tools API claims:search answer", () => {
  it("gives one item per claimReview, sharing the claim's text, claimant and date", () => {
    const parsed = parseFactChecks(json("claims-search.json"));
    expect(parsed.format).toBe("claims_search");
    expect(parsed.items).toEqual([
      {
        statement: "Meta utilisera les publications publiques des utilisateurs européens pour entraîner son IA à partir du 26 juin 2024.",
        claimantName: "Meta",
        claimDate: "2024-05-22",
        verdict: "Vrai",
        ratingValue: null,
        bestRating: null,
        worstRating: null,
        language: "fr",
        normalized: {},
        reviewUrl: "https://verif.example/2024/06/meta-ia-26-juin",
        reviewAuthor: "Vérif Exemple",
        reviewDate: "2024-06-03",
      },
      expect.objectContaining({ verdict: "Mostly true", language: "en", reviewAuthor: "checks.example.com", claimantName: "Meta" }),
      expect.objectContaining({ statement: "Le RGPD interdit toute utilisation des données personnelles pour entraîner une IA.", verdict: "Faux", claimDate: "2024-06-10" }),
    ]);
  });

  it("names the bad review and the claim it belongs to", () => {
    const answer = json("claims-search.json") as { claims: { text?: string; claimReview: Record<string, unknown>[] }[] };
    answer.claims[0].claimReview[1].textualRating = " ";
    expect(refusal(() => parseFactChecks(answer))).toEqual({ message: "item 2: claimReview.1.textualRating is missing", field: "claims.0.claimReview.1.textualRating" });
    delete answer.claims[1].text;
    answer.claims[0].claimReview[1].textualRating = "Faux";
    expect(refusal(() => parseFactChecks(answer))).toEqual({ message: "item 3: text is missing", field: "claims.1.text" });
    expect(refusal(() => parseFactChecks({ claims: [42] })).message).toBe("claims.0 is not a claim (an object with text and claimReview)");
  });
});

describe("an HTML page's JSON-LD", () => {
  it("reads the ld+json scripts only, never a template's, and runs nothing", () => {
    const parsed = parseFactChecksHtml(fixture("fact-check-page.html"));
    expect(parsed.format).toBe("html_page");
    expect(parsed.items).toEqual([
      expect.objectContaining({ statement: "Toutes les routes départementales sont repassées à 90 km/h depuis 2020.", verdict: "Faux", ratingValue: 1, claimantName: "Un élu local", language: "fr", reviewUrl: "https://page.example/verifications/80-kmh" }),
    ]);
  });

  it("names the block that is not JSON, and the bad item with its block", () => {
    const page = (...blocks: string[]) => `<p>x</p>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join("")}`;
    expect(refusal(() => parseFactChecksHtml(page(JSON.stringify(review()), "{oops")))).toEqual({ message: "JSON-LD block 2 of the page is not valid JSON", field: "html" });
    expect(refusal(() => parseFactChecksHtml(page("{}", JSON.stringify([review(), review({ url: "https://example.org/2", claimReviewed: "" })]))))).toEqual({ message: "item 2 (JSON-LD block 2): claimReviewed is missing", field: "html" });
    expect(refusal(() => parseFactChecksHtml("<script>alert(1)</script><p>Rien.</p>")).message).toMatch(/^No fact-check found/);
  });
});
