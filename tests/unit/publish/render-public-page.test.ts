import { describe, expect, it } from "vitest";
import { articleBlocks } from "@/lib/publish/article-with-cards";
import { PUBLIC_PAGE_CSS } from "@/lib/publish/public-page-style";
import { renderArticleHtml } from "@/lib/publish/render-article-html";
import { renderPublicPage, type PublicPageOptions } from "@/lib/publish/render-public-page";
import type { PublishedClaim, VersionSnapshot } from "@/lib/publish/snapshot";
import { claim, markedDocument, META_ARTICLE, parsePage, snapshot, verdict } from "./helpers";

const BASE = "https://factdesk.example.org/verif/meta-ia";

/** The fixture article with four rated claims, published as `versions` versions (the last one shown unless `shown`). */
function page(options: { claims?: PublishedClaim[]; versions?: number; shown?: number; edit?: Partial<VersionSnapshot> } = {}) {
  const claims = options.claims ?? [
    claim({ quotedText: "24 mai 2024", verdict: verdict("mostly_false") }),
    claim({ type: "quote", quotedText: "« Nous sommes en train de développer des outils IA pour vous »", verdict: verdict("mostly_true") }),
    claim({ type: "legal_basis", quotedText: "intérêts légitimes", verdict: verdict("true") }),
    claim({ quotedText: "26 juin 2024", verdict: verdict("misleading"), sources: [] }),
  ].map((c) => ({ ...c, anchor: { exact: c.quotedText, prefix: "", suffix: "", start: 0, end: 0 } }));
  const doc = markedDocument(META_ARTICLE, claims.filter((c) => c.anchor).map((c) => ({ id: c.id, quote: c.quotedText })));
  const count = options.versions ?? 1;
  const shown = options.shown ?? count;
  const version = (n: number) => snapshot({ version: n, claims, ...options.edit });
  const versions = Array.from({ length: count }, (_, i) => count - i).map((n) => ({
    version: n,
    changeNote: n === 1 ? null : `Correction ${n}`,
    publishedAt: new Date(Date.UTC(2024, 5, n)),
    url: `${BASE}/v/${n}`,
    snapshot: version(n),
  }));
  const pageOptions: PublicPageOptions = {
    snapshot: version(shown),
    articleHtml: renderArticleHtml(doc, claims, "fr"),
    pageUrl: `${BASE}/v/${shown}`,
    canonicalUrl: shown === count ? BASE : `${BASE}/v/${shown}`,
    newsroomUrl: "https://factdesk.example.org/verif",
    versions,
    firstPublishedAt: versions[versions.length - 1].publishedAt,
  };
  const html = renderPublicPage(pageOptions);
  return { html, document: parsePage(html), claims };
}

describe("articleBlocks", () => {
  it("splits rendered HTML into its top-level blocks, nested lists and quotes kept whole", () => {
    const blocks = ["<h2>Titre</h2>", "<p>a <mark>b</mark></p>", "<ul><li><p>un</p><ul><li><p>deux</p></li></ul></li></ul>", "<blockquote><p>c</p><p>d</p></blockquote>", "<p></p>"];
    expect(articleBlocks(blocks.join(""))).toEqual(blocks);
    expect(articleBlocks("")).toEqual([]);
  });
});

describe("renderPublicPage: claims and their cards", () => {
  it("puts each claim's card right after the paragraph holding the claim, in text order", () => {
    const { document, claims } = page();
    const children = [...document.querySelector("#text")!.children];
    for (const c of claims) {
      const card = document.getElementById(`card-${c.id}`)!;
      const notes = card.parentElement!;
      expect(notes.className).toBe("claim-notes");
      expect(notes.previousElementSibling!.querySelector(`#claim-${c.id}`)).not.toBeNull();
      expect(children).toContain(notes);
    }
    const order = [...document.querySelectorAll("article.card")].map((card) => card.id);
    expect(order).toEqual(claims.map((c) => `card-${c.id}`));
  });

  it("links each claim to its card and back, to elements that exist and take focus", () => {
    const { document, claims } = page();
    for (const c of claims) {
      const card = document.querySelector(`a.verdict-tag[href="#card-${c.id}"]`)!;
      expect(card).not.toBeNull();
      const target = document.getElementById(`card-${c.id}`)!;
      expect(target.getAttribute("tabindex")).toBe("-1");
      expect(target.querySelector(`a[href="#claim-${c.id}"]`)!.textContent).toContain("Retour au texte");
      expect(document.getElementById(`claim-${c.id}`)!.getAttribute("tabindex")).toBe("-1");
    }
    // Every in-page link leads somewhere.
    for (const link of document.querySelectorAll('a[href^="#"]')) expect(document.getElementById(link.getAttribute("href")!.slice(1)), link.getAttribute("href")!).not.toBeNull();
  });

  it("names each card by its verdict and claim, and shows the verdict as icon and words", () => {
    const { document, claims } = page();
    const card = document.getElementById(`card-${claims[0].id}`)!;
    const names = card.getAttribute("aria-labelledby")!.split(" ").map((id) => document.getElementById(id)!.textContent);
    expect(names).toEqual(["✗Plutôt faux", "Meta a prévenu ses utilisateurs le 24 mai 2024."]);
    expect(card.querySelector(".badge-icon")!.getAttribute("aria-hidden")).toBe("true");
    expect(card.getAttribute("style")).toBe("--v:#c2410c;--ink:#fff");
  });

  it("shows the analysis, the sources with their passage and archived copy, and the open link", () => {
    const { document, claims } = page();
    const card = document.getElementById(`card-${claims[0].id}`)!;
    expect(card.querySelector(".rationale")!.textContent).toBe("Analyse\u00a0: La notification est datée du 24 mai 2024.");
    const source = card.querySelector(".source")!;
    expect(source.querySelector("a")!.getAttribute("href")).toBe("https://about.fb.com/fr/news/2024/05/ia-chez-meta/");
    expect(source.textContent).toContain("Meta, 22 mai 2024");
    expect(source.querySelector(".stance")!.textContent).toBe("confirme");
    expect(source.querySelector(".passage")!.textContent).toBe("Nous nous préparons à étendre nos expériences en IA chez Meta à votre région.");
    expect(source.querySelector(".source-archive a")!.getAttribute("href")).toBe("https://web.archive.org/web/20240524/https://about.fb.com/fr/news/2024/05/ia-chez-meta/");
    expect(card.querySelector(".card-open")!.textContent).toBe("Analyse et source\u00a0: «\u00a024 mai 2024\u00a0»");
    expect(document.getElementById(`card-${claims[3].id}`)!.querySelector(".card-open")!.textContent).toBe("Lire toute l’analyse\u00a0: «\u00a026 juin 2024\u00a0»");
  });

  it("leaves out a stance or claim type it has no words for, inherited property names too", () => {
    const odd = claim({ type: "constructor" as never, sources: [{ ...claim().sources[0], stance: "toString" as never }], anchor: { exact: "24 mai 2024", prefix: "", suffix: "", start: 0, end: 0 } });
    const { document } = page({ claims: [odd] });
    const card = document.getElementById(`card-${odd.id}`)!;
    expect(card.querySelector(".card-type")!.textContent).toBe("Fait");
    expect(card.querySelector(".stance")).toBeNull();
  });

  it("closes the article with the cards of claims it cannot find in the text", () => {
    const found = claim({ anchor: { exact: "24 mai 2024", prefix: "", suffix: "", start: 0, end: 0 } });
    const lost = claim({ quotedText: "disparu", anchor: null });
    const { document } = page({ claims: [found, lost] });
    const rest = document.querySelector(".claim-notes-rest")!;
    expect(rest.querySelector("h2")!.textContent).toBe("Autres affirmations vérifiées");
    expect(rest.querySelector(`#card-${lost.id}`)).not.toBeNull();
    expect(rest.querySelector(`#card-${lost.id} .card-back`)).toBeNull();
  });

  it("shows a card whose id cannot be a fragment whole, with no links to it", () => {
    const odd = claim({ id: "not a safe id", anchor: { exact: "24 mai 2024", prefix: "", suffix: "", start: 0, end: 0 } });
    const { html, document } = page({ claims: [odd] });
    expect(document.querySelector(".card-whole")).not.toBeNull();
    expect(html).not.toContain("card-not a safe id");
  });
});

describe("renderPublicPage: the page around the article", () => {
  it("sums up the verdicts at the top, best first, in words and icons", () => {
    const { document } = page();
    expect(document.querySelector(".summary h2")!.textContent).toBe("4 affirmations vérifiées");
    expect([...document.querySelectorAll(".verdict-counts li")].map((li) => li.textContent)).toEqual(["✓Vrai× 1", "≈Plutôt vrai× 1", "!Trompeur× 1", "✗Plutôt faux× 1"]);
    expect(document.querySelector(".verdict-bar")!.getAttribute("aria-hidden")).toBe("true");
  });

  it("says who checked it, when, and which article it checked", () => {
    const { document } = page({ versions: 2 });
    expect(document.querySelector("h1")!.textContent).toBe("Meta et vos données personnelles : ce qui est vrai");
    expect(document.querySelector(".byline")!.textContent).toBe("Publié le 1 juin 2024, mis à jour le 1 juin 2024 · Vérifié par Alice Martin, Bruno Keller");
    const original = document.querySelector(".original")!;
    expect(original.textContent).toBe("Article d’origine\u00a0: Exemple Tech, par Jeanne Dupont, 24 mai 2024");
    expect(original.querySelector("a")!.getAttribute("href")).toBe("https://www.example.com/meta-ia-donnees-personnelles");
  });

  it("names the original article by its date alone when that is all there is", () => {
    const { document } = page({ edit: { article: { slug: "x", sourceUrl: "javascript:alert(1)", sourcePublisher: null, sourceAuthor: null, sourcePublishedAt: "2024-05-24" } } });
    expect(document.querySelector(".original")!.textContent).toBe("Article d’origine\u00a0: 24 mai 2024");
    expect(document.querySelector(".original a")).toBeNull();
  });

  it("offers every version in a selector that needs no script, the shown one marked", () => {
    const { document } = page({ versions: 3, shown: 3 });
    const selector = document.querySelector("nav.versions details")!;
    expect(selector.querySelector("summary")!.textContent).toBe("Version 3 sur 3 · actuelle");
    const links = [...selector.querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual([`${BASE}/v/3`, `${BASE}/v/2`, `${BASE}/v/1`]);
    expect(links.map((a) => a.getAttribute("aria-current"))).toEqual(["page", null, null]);
    expect(document.querySelector(".old-version")).toBeNull();
  });

  it("tells the reader of an older version that it was corrected, with a link to the current one", () => {
    const { document } = page({ versions: 2, shown: 1 });
    expect(document.querySelector("nav.versions summary")!.textContent).toBe("Version 1 sur 2");
    expect(document.querySelector('nav.versions a[aria-current="page"]')!.getAttribute("href")).toBe(`${BASE}/v/1`);
    const notice = document.querySelector(".old-version")!;
    expect(notice.textContent).toContain("Vous lisez la version 1 de cette vérification, publiée le 1 juin 2024.");
    expect(notice.querySelector("a")!.getAttribute("href")).toBe(`${BASE}/v/2`);
  });

  it("logs corrections and updates, newest first", () => {
    const { document } = page({ versions: 2 });
    expect([...document.querySelectorAll(".log > ol > li")].map((li) => li.textContent)).toEqual([
      "Version 2 (affichée) — 2 juin 2024 : Correction 2",
      "Version 1 — 1 juin 2024 : Première publication",
    ]);
  });

  it("has no script but its ClaimReview data, and keeps canonical and Open Graph tags", () => {
    const { document } = page({ versions: 2, shown: 1 });
    expect([...document.querySelectorAll("script")].map((s) => s.getAttribute("type"))).toEqual(["application/ld+json"]);
    expect(document.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe(`${BASE}/v/1`);
    expect(document.querySelector('meta[property="og:title"]')!.getAttribute("content")).toBe("Meta et vos données personnelles : ce qui est vrai");
    expect(document.documentElement.getAttribute("lang")).toBe("fr");
  });

  it("speaks English on an English fact-check", () => {
    const { document } = page({ edit: { language: "en" } });
    expect(document.documentElement.getAttribute("lang")).toBe("en");
    expect(document.querySelector(".summary h2")!.textContent).toBe("4 claims checked");
    expect(document.querySelector(".skip-link")!.textContent).toBe("Skip to the checked text");
  });

  it("styles for wide and narrow screens, print and dark mode", () => {
    expect(PUBLIC_PAGE_CSS).toContain("@media print");
    expect(PUBLIC_PAGE_CSS).toContain("prefers-color-scheme:dark");
    expect(PUBLIC_PAGE_CSS).toContain(".card:target");
    expect(PUBLIC_PAGE_CSS).toContain('a[href^="http"]::after{content:" <" attr(href) ">"');
  });
});
