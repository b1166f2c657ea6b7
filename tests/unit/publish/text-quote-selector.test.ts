import { describe, expect, it } from "vitest";
import { articleSchema, documentFromJson, plainTextOf } from "@/lib/editor/document";
import { publishedAnchors, textQuoteSelector } from "@/lib/publish/text-quote-selector";
import type { PublishedAnchor } from "@/lib/publish/snapshot";
import { claimId, claimMark, doc, markedDocument, META_ARTICLE, paragraph, text } from "./helpers";

/** What a W3C client does with the selectors: find the quote by position, with its context around it. */
function expectSelectsIn(plainText: string, anchor: PublishedAnchor | null, quote: string) {
  expect(anchor).not.toBeNull();
  const { exact, prefix, suffix, start, end } = anchor!;
  expect(exact).toBe(quote);
  expect(plainText.slice(start, end)).toBe(exact);
  expect(plainText.slice(start - prefix.length, start)).toBe(prefix);
  expect(plainText.slice(end, end + suffix.length)).toBe(suffix);
}

describe("textQuoteSelector", () => {
  const sentence = "Le 24 mai 2024, une notification Facebook est apparue.";
  const start = sentence.indexOf("24 mai 2024");
  const end = start + "24 mai 2024".length;

  it("gives the quote with up to 32 characters of context on each side", () => {
    expect(textQuoteSelector(sentence, start, end)).toEqual({ exact: "24 mai 2024", prefix: "Le ", suffix: ", une notification Facebook est " });
  });

  it("takes a smaller context, and none at all", () => {
    expect(textQuoteSelector(sentence, start, end, 5)).toEqual({ exact: "24 mai 2024", prefix: "Le ", suffix: ", une" });
    expect(textQuoteSelector(sentence, start, end, 0)).toEqual({ exact: "24 mai 2024", prefix: "", suffix: "" });
  });

  it("selects the whole text and an empty range", () => {
    expect(textQuoteSelector("abc", 0, 3)).toEqual({ exact: "abc", prefix: "", suffix: "" });
    expect(textQuoteSelector("abc", 1, 1)).toEqual({ exact: "", prefix: "a", suffix: "bc" });
  });

  it("never cuts a surrogate pair in half at the edge of the context", () => {
    const emoji = "😀"; // two UTF-16 units
    const before = `${emoji}abc`; // the quote "abc" starts at 2; a context of 3 would start inside the emoji
    expect(textQuoteSelector(before + "Q", 5, 6, 4)).toEqual({ exact: "Q", prefix: "abc", suffix: "" });
    expect(textQuoteSelector(before + "Q", 5, 6, 5)).toEqual({ exact: "Q", prefix: `${emoji}abc`, suffix: "" });
    const after = `Qabc${emoji}`;
    expect(textQuoteSelector(after, 0, 1, 4)).toEqual({ exact: "Q", prefix: "", suffix: "abc" });
    expect(textQuoteSelector(after, 0, 1, 5)).toEqual({ exact: "Q", prefix: "", suffix: `abc${emoji}` });
    for (const context of [1, 2, 3, 4, 5, 6]) {
      const { prefix, suffix } = textQuoteSelector(`${emoji}${emoji}x${emoji}${emoji}`, 4, 5, context);
      expect(() => encodeURIComponent(prefix + suffix)).not.toThrow(); // throws on a lone surrogate
    }
  });

  it.each([
    [-1, 2],
    [2, 1],
    [0, 99],
    [0.5, 2],
    [Number.NaN, 2],
  ])("refuses the range [%s, %s)", (from, to) => {
    expect(() => textQuoteSelector("abcdef", from, to)).toThrow(RangeError);
  });

  it("refuses a negative or fractional context", () => {
    expect(() => textQuoteSelector("abcdef", 1, 2, -1)).toThrow(RangeError);
    expect(() => textQuoteSelector("abcdef", 1, 2, 1.5)).toThrow(RangeError);
  });
});

describe("publishedAnchors", () => {
  it("finds every claim of the fixture article in the plain text the API exposes", () => {
    const quotes = ["24 mai 2024", "« Nous sommes en train de développer des outils IA pour vous »", "plus de 2 milliards d’utilisateurs actifs", "intérêts légitimes", "le droit de vous opposer", "26 juin 2024"];
    const marks: { id: string; quote: string; after?: number }[] = quotes.map((quote) => ({ id: claimId(), quote }));
    // The second "24 mai 2024" too, as its own claim.
    marks.push({ id: claimId(), quote: "24 mai 2024", after: META_ARTICLE.indexOf("Car ce 24 mai") });
    const body = markedDocument(META_ARTICLE, marks);
    const plainText = documentFromJson(body, { keepClaims: true }).text;
    const anchors = publishedAnchors(body, marks.map((mark) => mark.id));
    for (const mark of marks) expectSelectsIn(plainText, anchors[mark.id], mark.quote);
    const [first, , , , , , second] = marks;
    expect(anchors[second.id]!.start).toBeGreaterThan(anchors[first.id]!.start);
    expect(anchors[second.id]!.prefix.endsWith("Car ce ")).toBe(true);
  });

  it("counts headings, list items, quotes, empty paragraphs and line breaks as plainTextOf does", () => {
    const id = claimId();
    const body = doc(
      { type: "heading", attrs: { level: 2 }, content: [text("Titre")] },
      paragraph(),
      { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("un"))] }, { type: "listItem", content: [paragraph(text("deux"), { type: "hardBreak" }, text("trois"))] }] },
      { type: "blockquote", content: [paragraph(text("« "), text("la citation", [{ type: "bold" }, claimMark(id)]), text(" » 😀"))] },
    );
    const plainText = plainTextOf(articleSchema().nodeFromJSON(body));
    expect(plainText).toBe("Titre\n\nun\ndeux\ntrois\n« la citation » 😀");
    expectSelectsIn(plainText, publishedAnchors(body, [id])[id], "la citation");
  });

  it("spans a claim marked in pieces, from its first to its last character", () => {
    const id = claimId();
    const body = doc(paragraph(text("avant "), text("plus de ", [claimMark(id)]), text("2 milliards", [claimMark(id), { type: "italic" }])), paragraph(text("d’utilisateurs", [claimMark(id)]), text(" après")));
    const plainText = plainTextOf(articleSchema().nodeFromJSON(body));
    const anchor = publishedAnchors(body, [id])[id];
    expectSelectsIn(plainText, anchor, "plus de 2 milliards\nd’utilisateurs");
    expect(anchor).toMatchObject({ prefix: "avant ", suffix: " après", start: 6 });
  });

  it("answers null for a claim that has no mark, and nothing for claims not asked about", () => {
    const [kept, missing, other] = [claimId(), claimId(), claimId()];
    const body = doc(paragraph(text("a", [claimMark(kept)]), text(" b ", []), text("c", [claimMark(other)])));
    const anchors = publishedAnchors(body, [kept, missing]);
    expect(Object.keys(anchors).sort()).toEqual([kept, missing].sort());
    expect(anchors[missing]).toBeNull();
    expect(anchors[kept]).toEqual({ exact: "a", prefix: "", suffix: " b c", start: 0, end: 1 });
  });
});
