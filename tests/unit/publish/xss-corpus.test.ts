import { describe, expect, it } from "vitest";
import { atomFeed } from "@/lib/publish/atom-feed";
import { claimReviewJsonLd, jsonLdScript } from "@/lib/publish/claim-review-json-ld";
import { renderArticleHtml } from "@/lib/publish/render-article-html";
import { renderNewsroomPage } from "@/lib/publish/render-newsroom-page";
import { renderPublicPage } from "@/lib/publish/render-public-page";
import type { PublishedClaim, PublishedSource } from "@/lib/publish/snapshot";
import { webAnnotations } from "@/lib/publish/web-annotations";
import { expectValidClaimReviews } from "./claim-review-schema";
import { claim, claimMark, doc, markupOf, PAGE_URL, paragraph, parseHtml, parsePage, parseXml, snapshot, text, XSS_PAYLOADS, xmlProblem } from "./helpers";

/** The elements the article renderer may write, and what each attribute's value may be. */
const ELEMENTS = new Set(["p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "br", "strong", "em", "u", "s", "a", "mark", "span"]);
const ATTRIBUTE_VALUES: Record<string, RegExp> = {
  href: /^(https?:\/\/[^\s"'<>]+|mailto:[^\s"'<>]+|#card-[A-Za-z0-9_-]+)$/,
  rel: /^noopener nofollow ugc$/,
  class: /^(claim|claim claim-continued|verdict-tag|verdict-icon|verdict-label|visually-hidden)$/,
  id: /^claim-[A-Za-z0-9_-]+$/,
  tabindex: /^-1$/,
  "data-claim": /^[A-Za-z0-9_-]+$/,
  "data-verdict": /^[A-Za-z0-9_-]+$/,
  style: /^--verdict-color:#[0-9a-f]{6};--verdict-ink:#(fff|000)$/,
  "aria-hidden": /^true$/,
  start: /^\d+$/,
};

const escaped = (payload: string) =>
  payload.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");

/** No element, attribute or URL the allowlist does not name, in the string and once parsed by a browser's rules. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  const markup = markupOf(html);
  for (const name of [...markup.rawElements, ...markup.elements]) expect(ELEMENTS, name).toContain(name);
  for (const { name, value } of [...markup.rawAttributes, ...markup.attributes]) {
    expect(name).not.toMatch(/^on/);
    expect(Object.keys(ATTRIBUTE_VALUES), name).toContain(name);
    expect(value, name).toMatch(ATTRIBUTE_VALUES[name]);
  }
  expect(markup.body.querySelectorAll("script, iframe, img, svg, object, embed, form, style, link, meta, base")).toHaveLength(0);
}

function hostileSource(payload: string, url = payload): PublishedSource {
  return { url, title: payload, publisher: payload, publishedAt: payload, archiveUrl: payload, excerpt: payload, kind: payload, stance: "refutes" };
}

function hostileClaim(payload: string): PublishedClaim {
  return claim({
    quotedText: payload,
    statement: payload,
    claimant: { name: payload, kind: "person", role: payload, url: payload },
    normalized: { speaker: payload },
    rationale: payload,
    verdict: { key: payload, labelFr: payload, labelEn: payload, color: payload, ratingValue: 2 },
    sources: [hostileSource(payload), hostileSource(payload, `https://example.org/source?q=${payload}`)],
    proposedBy: payload,
    approvedBy: payload,
    anchor: { exact: payload, prefix: payload, suffix: payload, start: 0, end: payload.length },
  });
}

describe("the XSS corpus (tests/fixtures/xss-payloads.txt) stays inert when published", () => {
  it("has all 45 payloads", () => {
    expect(XSS_PAYLOADS).toHaveLength(45);
  });

  it.each(XSS_PAYLOADS)("renders %s as escaped text in the article, its links and its verdicts", (payload) => {
    const hostile = hostileClaim(payload);
    const body = doc(
      paragraph(text(payload)),
      paragraph(text(payload, [{ type: "link", attrs: { href: payload } }])),
      paragraph(text(payload, [{ type: "link", attrs: { href: `https://example.org/?q=${payload}` } }])),
      paragraph(text(payload, [claimMark(hostile.id), { type: "link", attrs: { href: payload } }, { type: payload }])),
      { type: "heading", attrs: { level: payload }, content: [text(payload, [claimMark(payload)])] },
      { type: payload, attrs: { onclick: payload }, content: [text(payload)] },
    );
    const html = renderArticleHtml(body, [hostile, claim({ id: payload })], "fr");
    expectInert(html);
    expect(html).toContain(escaped(payload));
    // The five texts and the verdict label, each as words on the page.
    expect(parseHtml(html).body.textContent!.split(payload)).toHaveLength(7);
  });

  it.each(XSS_PAYLOADS)("keeps %s inert on the whole public page and on the newsroom index", (payload) => {
    const hostile = hostileClaim(payload);
    const version = snapshot({
      title: payload,
      newsroom: { name: payload, slug: "verif", publicUrl: payload },
      article: { slug: "meta-ia", sourceUrl: payload, sourcePublisher: payload, sourceAuthor: payload, sourcePublishedAt: payload },
      changeNote: payload,
      claims: [hostile],
    });
    const versions = [
      { version: 2, changeNote: payload, publishedAt: new Date("2024-06-02T00:00:00Z"), url: PAGE_URL, snapshot: version },
      { version: 1, changeNote: null, publishedAt: new Date("2024-06-01T00:00:00Z"), url: PAGE_URL, snapshot: snapshot({ claims: [] }) },
    ];
    const articleHtml = renderArticleHtml(doc(paragraph(text(payload, [claimMark(hostile.id)]))), [hostile], "fr");
    const publicPage = renderPublicPage({ snapshot: version, articleHtml, pageUrl: PAGE_URL, canonicalUrl: PAGE_URL, newsroomUrl: PAGE_URL, versions, firstPublishedAt: versions[1].publishedAt });
    const index = renderNewsroomPage({ newsroom: { name: payload }, baseUrl: PAGE_URL, feedUrl: PAGE_URL, articles: [{ url: PAGE_URL, latest: version, updatedAt: new Date() }] });
    for (const html of [publicPage, index]) {
      const page = parsePage(html);
      expect([...page.querySelectorAll("script")].every((script) => script.getAttribute("type") === "application/ld+json")).toBe(true);
      expect(page.querySelectorAll("iframe, img, svg, object, embed, form, base, meta[http-equiv]")).toHaveLength(0);
      for (const element of page.querySelectorAll("*")) {
        for (const { name, value } of element.attributes) {
          expect(name).not.toMatch(/^on/);
          if (name === "href") expect(value).toMatch(/^(https?:\/\/[^\s"'<>]+|#[A-Za-z0-9_-]+)$/);
          if (name === "style") expect(value).toMatch(/^--(v|verdict-color):#[0-9a-f]{6};--(ink|verdict-ink):#(fff|000)(;flex-grow:\d+)?$/);
        }
      }
    }
    expect(parsePage(publicPage).querySelector("h1")!.textContent).toBe(payload);
    expect(parsePage(index).querySelector("h1")!.textContent).toBe(payload);
  });

  it.each(XSS_PAYLOADS)("keeps %s inside the ClaimReview JSON-LD script", (payload) => {
    const version = snapshot({
      title: payload,
      newsroom: { name: payload, slug: "verif", publicUrl: payload },
      article: { slug: "meta-ia", sourceUrl: payload, sourcePublisher: payload, sourceAuthor: payload, sourcePublishedAt: payload },
      claims: [hostileClaim(payload)],
    });
    const reviews = claimReviewJsonLd(version, PAGE_URL) as { claimReviewed: string; author: { name: string }; itemReviewed: { author: { name: string } } }[];
    expectValidClaimReviews(reviews);
    expect(reviews[0].claimReviewed).toBe(payload);
    expect(reviews[0].author.name).toBe(payload);
    expect(reviews[0].itemReviewed.author.name).toBe(payload);
    const script = jsonLdScript(reviews);
    expect(script).not.toMatch(/<\/script/i);
    expect(script).not.toContain("<");
    expect(JSON.parse(script)).toEqual(reviews);
    const page = parseHtml(`<script type="application/ld+json">${script}</script><p id="after">after</p>`);
    expect(page.querySelectorAll("script")).toHaveLength(1);
    expect(JSON.parse(page.querySelector("script")!.textContent!)).toEqual(reviews);
    expect(page.querySelector("#after")).not.toBeNull();
  });

  it.each(XSS_PAYLOADS)("carries %s as data only in the W3C export, with http(s) links only", (payload) => {
    const collection = webAnnotations(snapshot({ title: payload, claims: [hostileClaim(payload)] }), PAGE_URL) as {
      first: { items: { body: { purpose: string; value?: string; source?: { id: string; title: string } }[] }[] };
    };
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
    const bodies = collection.first.items[0].body;
    expect(bodies.map((body) => body.purpose)).toEqual(["assessing", "commenting", "linking"]);
    expect(bodies[1].value).toBe(payload);
    expect(bodies[2].source!.title).toBe(payload);
    const urls = JSON.stringify(collection).match(/"(id|source|cached|homepage)":"[^"]*"/g)!;
    for (const url of urls) expect(url).toMatch(/":"https?:\/\//);
    expect(jsonLdScript(collection)).not.toContain("<");
  });

  it.each(XSS_PAYLOADS)("keeps %s as text in the Atom feed", (payload) => {
    const xml = atomFeed({
      newsroom: { name: payload, slug: "verif" },
      selfUrl: "https://factdesk.example.org/verif/feed.xml",
      siteUrl: "https://factdesk.example.org/verif",
      entries: [{ id: "urn:uuid:0b7f4f4e-9a52-4d43-9d3c-6c1d2a1e7f10", title: payload, summary: payload, url: `https://example.org/?q=${payload}`, published: "2024-06-01T00:00:00Z", updated: "2024-06-01T00:00:00Z" }],
    });
    expect(xmlProblem(xml)).toBeNull();
    const feed = parseXml(xml).documentElement;
    const names = new Set([...feed.querySelectorAll("*")].map((element) => element.localName));
    expect([...names].sort()).toEqual(["author", "entry", "generator", "id", "link", "name", "published", "summary", "title", "updated", "uri"]);
    const entry = feed.querySelector("entry")!;
    expect(entry.querySelector("title")!.textContent).toBe(payload);
    expect(entry.querySelector("summary")!.textContent).toBe(payload);
  });
});
