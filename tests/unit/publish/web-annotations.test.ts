import { describe, expect, it } from "vitest";
import { documentFromJson } from "@/lib/editor/document";
import type { PublishedClaim } from "@/lib/publish/snapshot";
import { publishedAnchors } from "@/lib/publish/text-quote-selector";
import { webAnnotations } from "@/lib/publish/web-annotations";
import { claim, markedDocument, META_ARTICLE, PAGE_URL, snapshot, verdict } from "./helpers";

type Selector = { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number };
type Body = { type: string; purpose: string; value?: string; source?: { id: string; title?: string }; selector?: Selector; state?: { type: string; cached: string } };
type Annotation = {
  id: string;
  type: string;
  motivation: string;
  created: string;
  creator: { type: string; name: string };
  body: Body[];
  target: { source: string; selector?: Selector[] };
};
type Collection = { "@context": string[]; id: string; type: string; total: number; first: { type: string; items: Annotation[] } };

/** A fixture article with its claims anchored as publishing anchors them. */
function anchoredVersion() {
  const quotes = ["24 mai 2024", "intérêts légitimes", "le droit de vous opposer", "26 juin 2024"];
  const claims: PublishedClaim[] = quotes.map((quotedText) => claim({ quotedText }));
  const body = markedDocument(META_ARTICLE, claims.map((c) => ({ id: c.id, quote: c.quotedText })));
  const anchors = publishedAnchors(body, claims.map((c) => c.id));
  return {
    plainText: documentFromJson(body, { keepClaims: true }).text,
    version: snapshot({ claims: claims.map((c) => ({ ...c, anchor: anchors[c.id] })) }),
  };
}

describe("webAnnotations", () => {
  it("is an AnnotationCollection of one assessing Annotation per claim, by the newsroom, at publication time", () => {
    const { version } = anchoredVersion();
    const collection = webAnnotations(version, PAGE_URL) as Collection;
    expect(collection).toMatchObject({
      "@context": ["http://www.w3.org/ns/anno.jsonld"],
      id: `${PAGE_URL}/annotations.jsonld`,
      type: "AnnotationCollection",
      total: 4,
      first: { type: "AnnotationPage", startIndex: 0 },
    });
    const items = collection.first.items;
    expect(items.map((item) => item.id)).toEqual(version.claims.map((c) => `${PAGE_URL}/annotations.jsonld#${c.id}`));
    for (const item of items) {
      expect(item).toMatchObject({ type: "Annotation", motivation: "assessing", created: "2024-06-01T09:30:00.000Z", creator: { type: "Organization", name: "Les Vérificateurs" } });
      expect(item.target.source).toBe(PAGE_URL);
    }
  });

  it("gives selectors that find each claim in the plain text, with its context adjacent", () => {
    const { plainText, version } = anchoredVersion();
    const items = (webAnnotations(version, PAGE_URL) as Collection).first.items;
    items.forEach((item, i) => {
      const [quote, position] = item.target.selector!;
      expect(quote.type).toBe("TextQuoteSelector");
      expect(position.type).toBe("TextPositionSelector");
      const { start, end } = position as { start: number; end: number };
      expect(plainText.slice(start, end)).toBe(quote.exact);
      expect(quote.exact).toBe(version.claims[i].quotedText);
      expect(plainText.slice(start - quote.prefix!.length, start)).toBe(quote.prefix);
      expect(plainText.slice(end, end + quote.suffix!.length)).toBe(quote.suffix);
      expect(quote.prefix!.length).toBeGreaterThan(0);
    });
  });

  it("gives a claim without an anchor the page as target, without selectors", () => {
    const items = (webAnnotations(snapshot({ claims: [claim({ anchor: null })] }), PAGE_URL) as Collection).first.items;
    expect(items[0].target).toEqual({ type: "SpecificResource", source: PAGE_URL });
  });

  it("carries the verdict, the rationale and each source as bodies", () => {
    const c = claim({ verdict: verdict("mostly_false") });
    const [item] = (webAnnotations(snapshot({ claims: [c] }), PAGE_URL) as Collection).first.items;
    expect(item.body).toEqual([
      { type: "TextualBody", purpose: "assessing", value: "Plutôt faux", format: "text/plain", language: "fr" },
      { type: "TextualBody", purpose: "commenting", value: c.rationale, format: "text/plain", language: "fr" },
      {
        type: "SpecificResource",
        purpose: "linking",
        source: { id: c.sources[0].url, title: "L'IA chez Meta", creator: "Meta" },
        selector: { type: "TextQuoteSelector", exact: c.sources[0].excerpt },
        state: { type: "TimeState", cached: c.sources[0].archiveUrl },
      },
    ]);
  });

  it("leaves out an empty rationale, sources that are not http(s), and missing source details", () => {
    const c = claim({
      rationale: "  ",
      sources: [
        { url: "javascript:alert(1)", title: "x", publisher: null, publishedAt: null, archiveUrl: null, excerpt: null, kind: "other", stance: "context" },
        { url: "https://example.org/loi", title: null, publisher: null, publishedAt: null, archiveUrl: "data:text/html,x", excerpt: "", kind: "law", stance: "supports" },
      ],
    });
    const [item] = (webAnnotations(snapshot({ claims: [c], language: "en" }), PAGE_URL) as Collection).first.items;
    expect(item.body).toEqual([
      { type: "TextualBody", purpose: "assessing", value: "True", format: "text/plain", language: "en" },
      { type: "SpecificResource", purpose: "linking", source: { id: "https://example.org/loi" } },
    ]);
  });

  it("is an empty collection for a version without claims", () => {
    expect(webAnnotations(snapshot({ claims: [] }), PAGE_URL)).toMatchObject({ total: 0, first: { items: [] } });
  });
});
