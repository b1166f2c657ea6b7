import { describe, expect, it } from "vitest";
import { renderArticleHtml } from "@/lib/publish/render-article-html";
import { NEUTRAL_VERDICT_COLOR } from "@/lib/publish/verdict-display";
import { claim, claimId, claimMark, doc, markedDocument, markupOf, META_ARTICLE, paragraph, parseHtml, text, verdict } from "./helpers";

const bold = { type: "bold" };
const link = (href: string) => ({ type: "link", attrs: { href } });

/** What a screen reader announces for an element: its text without aria-hidden parts. */
function spokenText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll("[aria-hidden=true]").forEach((hidden) => hidden.remove());
  return (clone.textContent ?? "").replace(/\s+/g, " ").trim();
}

describe("renderArticleHtml: the article schema", () => {
  it("renders every node and mark of the schema as its element", () => {
    const html = renderArticleHtml(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [text("Titre")] },
        { type: "heading", attrs: { level: 3 }, content: [text("Sous-titre")] },
        { type: "heading", attrs: { level: 4 }, content: [text("Intertitre")] },
        paragraph(text("gras", [bold]), text(" "), text("italique", [{ type: "italic" }]), text(" "), text("souligné", [{ type: "underline" }]), text(" "), text("barré", [{ type: "strike" }])),
        paragraph(text("ligne 1"), { type: "hardBreak" }, text("ligne 2")),
        { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("un"))] }, { type: "listItem", content: [paragraph(text("deux"))] }] },
        { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [paragraph(text("trois"))] }] },
        { type: "blockquote", content: [paragraph(text("citation"))] },
        paragraph(),
      ),
      [],
      "fr",
    );
    expect(html).toBe(
      "<h2>Titre</h2><h3>Sous-titre</h3><h4>Intertitre</h4>" +
        "<p><strong>gras</strong> <em>italique</em> <u>souligné</u> <s>barré</s></p>" +
        "<p>ligne 1<br>ligne 2</p>" +
        "<ul><li><p>un</p></li><li><p>deux</p></li></ul>" +
        '<ol start="3"><li><p>trois</p></li></ol>' +
        "<blockquote><p>citation</p></blockquote><p></p>",
    );
  });

  it("keeps headings within levels 2–4 and list starts to whole numbers", () => {
    const html = renderArticleHtml(
      doc(
        { type: "heading", attrs: { level: 1 }, content: [text("a")] },
        { type: "heading", attrs: { level: 6 }, content: [text("b")] },
        { type: "heading", attrs: { level: '2" onclick="x' }, content: [text("c")] },
        { type: "orderedList", attrs: { start: '1" onclick="alert(1)' }, content: [{ type: "listItem", content: [paragraph(text("d"))] }] },
      ),
      [],
      "en",
    );
    expect(html).toBe("<h2>a</h2><h4>b</h4><h2>c</h2><ol><li><p>d</p></li></ol>");
  });

  it("escapes every text", () => {
    expect(renderArticleHtml(doc(paragraph(text(`<b>"Tom" & 'Jerry'</b>`))), [], "en")).toBe("<p>&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</p>");
  });

  it("drops nodes and marks outside the schema, with their attributes", () => {
    const html = renderArticleHtml(
      doc(
        { type: "image", attrs: { src: "x", onerror: "alert(1)" } },
        { type: "codeBlock", content: [text("secret()")] },
        { type: "iframe", attrs: { src: "javascript:alert(1)" }, content: [text("frame")] },
        paragraph(text("gardé", [{ type: "textStyle", attrs: { style: "background:url(javascript:alert(1))" } }, { type: "code" }]), { type: "mention", attrs: { id: "x" } } as never),
        { type: "listItem", content: [paragraph(text("orphan item"))] },
        text("loose text") as never,
      ),
      [],
      "en",
    );
    expect(html).toBe("<p>gardé</p>");
  });

  it("renders nothing for something that is not a document", () => {
    expect(renderArticleHtml({ type: "paragraph", content: [text("x")] }, [], "en")).toBe("");
    expect(renderArticleHtml(null as never, [], "en")).toBe("");
    expect(renderArticleHtml({ type: "doc", content: "<script>" as never }, [], "en")).toBe("");
  });

  it("survives a document nested 5,000 levels deep, keeping its words", () => {
    let node = paragraph(text("au fond"));
    for (let i = 0; i < 5_000; i++) node = { type: "blockquote", content: [node] };
    const html = renderArticleHtml(doc(node), [], "en");
    expect(html).toContain("<p>au fond</p>");
    expect(html.match(/<blockquote>/g)).toHaveLength(html.match(/<\/blockquote>/g)!.length);
  });
});

describe("renderArticleHtml: links", () => {
  it.each([
    ["https://example.org/a?b=1&c=2", "https://example.org/a?b=1&amp;c=2"],
    ["http://example.org", "http://example.org/"],
    ["mailto:redaction@example.org", "mailto:redaction@example.org"],
    ['https://example.org/"><script>alert(1)</script>', "https://example.org/%22%3E%3Cscript%3Ealert(1)%3C/script%3E"],
  ])("keeps %s as a link that passes on no trust", (href, rendered) => {
    expect(renderArticleHtml(doc(paragraph(text("lien", [link(href)]))), [], "en")).toBe(`<p><a href="${rendered}" rel="noopener nofollow ugc">lien</a></p>`);
  });

  it.each(["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "/relative", "//evil.example", "ftp://example.org", ""])(
    "renders the words of a %j link without the link",
    (href) => {
      expect(renderArticleHtml(doc(paragraph(text("mots", [link(href)]))), [], "en")).toBe("<p>mots</p>");
    },
  );
});

describe("renderArticleHtml: claims", () => {
  it("renders an approved claim with its verdict colour, icon and label, linked to its card", () => {
    const c = claim({ verdict: verdict("false") });
    const html = renderArticleHtml(doc(paragraph(text("Le "), text("24 mai 2024", [claimMark(c.id, "date")]), text(", une notification."))), [c], "fr");
    expect(html).toBe(
      `<p>Le <mark class="claim" id="claim-${c.id}" tabindex="-1" data-claim="${c.id}" data-verdict="false" style="--verdict-color:#b91c1c;--verdict-ink:#fff">24 mai 2024` +
        `<a class="verdict-tag" href="#card-${c.id}"><span class="verdict-icon" aria-hidden="true">✗</span><span class="visually-hidden">Verdict\u00a0: </span><span class="verdict-label">Faux</span></a>` +
        `</mark>, une notification.</p>`,
    );
  });

  it("labels the verdict in the page's language, for eyes and for screen readers", () => {
    const c = claim({ verdict: verdict("mostly_true") });
    const body = doc(paragraph(text("claim", [claimMark(c.id)])));
    const en = parseHtml(renderArticleHtml(body, [c], "en")).querySelector(`a[href="#card-${c.id}"]`)!;
    const fr = parseHtml(renderArticleHtml(body, [c], "fr")).querySelector(`a[href="#card-${c.id}"]`)!;
    expect(spokenText(en as unknown as Element)).toBe("Verdict: Mostly true");
    expect(spokenText(fr as unknown as Element)).toBe("Verdict : Plutôt vrai");
    expect(en.querySelector(".verdict-icon")!.textContent).toBe("≈");
  });

  it("shows unproven with its own icon, never colour alone", () => {
    const c = claim({ verdict: verdict("unproven") });
    const html = renderArticleHtml(doc(paragraph(text("x", [claimMark(c.id)]))), [c], "en");
    expect(html).toContain('data-verdict="unproven" style="--verdict-color:#57606a;--verdict-ink:#fff"');
    expect(html).toContain('<span class="verdict-icon" aria-hidden="true">?</span>');
    expect(html).toContain('<span class="verdict-label">Unproven</span>');
  });

  it("renders claims that are not approved and published as plain text", () => {
    const approved = claim();
    const html = renderArticleHtml(doc(paragraph(text("draft claim", [claimMark(claimId())]), text(" and "), text("approved", [claimMark(approved.id)]))), [approved], "en");
    expect(html.startsWith("<p>draft claim and <mark")).toBe(true);
    expect(html.match(/<mark/g)).toHaveLength(1);
  });

  it("keeps one element for a claim holding bold text and a link, with the link inside", () => {
    const c = claim();
    const html = renderArticleHtml(
      doc(paragraph(text("plus de ", [claimMark(c.id)]), text("2 milliards", [bold, claimMark(c.id)]), text(" d'utilisateurs", [claimMark(c.id), link("https://example.org")]))),
      [c],
      "en",
    );
    expect(html.match(/<mark/g)).toHaveLength(1);
    expect(html).toContain(`>plus de <strong>2 milliards</strong><a href="https://example.org/" rel="noopener nofollow ugc"> d&#39;utilisateurs</a><a class="verdict-tag"`);
  });

  it("never nests the verdict link inside an article link", () => {
    const c = claim();
    const html = renderArticleHtml(doc(paragraph(text("lien ", [link("https://example.org")]), text("affirmation", [link("https://example.org"), claimMark(c.id)]), text(" suite", [link("https://example.org")]))), [c], "en");
    const page = parseHtml(html);
    expect(page.querySelectorAll("a a")).toHaveLength(0);
    expect(page.querySelectorAll(`#claim-${c.id} a[href="https://example.org/"]`)).toHaveLength(1);
    expect(page.querySelector(`#claim-${c.id}`)!.textContent).toBe("affirmation✓Verdict: True");
  });

  it("gives a claim split over paragraphs one id, its other pieces a class, and one verdict link after its last piece", () => {
    const c = claim();
    const html = renderArticleHtml(doc(paragraph(text("début "), text("de la phrase", [claimMark(c.id)])), paragraph(text("et sa fin", [claimMark(c.id)]), text(" hors claim"))), [c], "en");
    const page = parseHtml(html);
    const pieces = page.querySelectorAll(`mark[data-claim="${c.id}"]`);
    expect(pieces).toHaveLength(2);
    expect(pieces[0].id).toBe(`claim-${c.id}`);
    expect(pieces[1].id).toBe("");
    expect(pieces[1].className).toBe("claim claim-continued");
    expect(page.querySelectorAll(`a[href="#card-${c.id}"]`)).toHaveLength(1);
    expect(pieces[1].querySelector(`a[href="#card-${c.id}"]`)).not.toBeNull();
  });

  it("keeps ids unique when claims overlap", () => {
    const [a, b] = [claim(), claim({ verdict: verdict("false") })];
    // a: "x y", b: "y z" — they cross, so one of them must be split.
    const html = renderArticleHtml(doc(paragraph(text("x ", [claimMark(a.id)]), text("y", [claimMark(a.id), claimMark(b.id)]), text(" z", [claimMark(b.id)]))), [a, b], "en");
    const ids = [...parseHtml(html).querySelectorAll("[id]")].map((element) => element.id);
    expect(ids.sort()).toEqual([`claim-${a.id}`, `claim-${b.id}`].sort());
    for (const c of [a, b]) expect(html.split(`href="#card-${c.id}"`)).toHaveLength(2);
  });

  it("nests a claim inside a longer one without splitting either", () => {
    const [outer, inner] = [claim(), claim()];
    const html = renderArticleHtml(doc(paragraph(text("a ", [claimMark(outer.id)]), text("b", [claimMark(outer.id), claimMark(inner.id)]), text(" c", [claimMark(outer.id)]))), [outer, inner], "en");
    expect(html).not.toContain("claim-continued");
    expect(parseHtml(html).querySelector(`#claim-${outer.id} #claim-${inner.id}`)).not.toBeNull();
  });

  it("renders a claim whose id or verdict would be unsafe in an attribute without that value", () => {
    const hostileId = '" onmouseover="alert(1)';
    const c = claim({ verdict: { key: 'x" onclick="alert(1)', labelFr: "<b>Faux</b>", labelEn: "<b>False</b>", color: "red;background:url(javascript:alert(1))", ratingValue: 9 } });
    const html = renderArticleHtml(doc(paragraph(text("a", [claimMark(hostileId)]), text("b", [claimMark(c.id)]))), [c, claim({ id: hostileId })], "en");
    expect(html).toContain(`<p>a<mark class="claim" id="claim-${c.id}" tabindex="-1" data-claim="${c.id}" style="--verdict-color:${NEUTRAL_VERDICT_COLOR};--verdict-ink:#fff">b`);
    expect(html).toContain('<span class="verdict-icon" aria-hidden="true">?</span>');
    expect(html).toContain("&lt;b&gt;False&lt;/b&gt;");
    expect(markupOf(html).attributes.map((a) => a.name)).not.toContain("onclick");
  });

  it("marks every rated claim of the fixture article once, in text order", () => {
    const quotes = ["24 mai 2024", "« Nous sommes en train de développer des outils IA pour vous »", "plus de 2 milliards d’utilisateurs actifs", "intérêts légitimes", "le droit de vous opposer", "26 juin 2024"];
    const claims = quotes.map(() => claim());
    const marks = quotes.map((quote, i) => ({ id: claims[i].id, quote }));
    const body = markedDocument(META_ARTICLE, [...marks, { id: claimId(), quote: "Meta AI" }]);
    const page = parseHtml(renderArticleHtml(body, claims, "fr"));
    const rendered = [...page.querySelectorAll("mark")];
    expect(rendered.map((mark) => mark.id)).toEqual(claims.map((c) => `claim-${c.id}`));
    const claimText = (mark: (typeof rendered)[number]) => mark.textContent!.slice(0, -mark.querySelector(".verdict-tag")!.textContent!.length);
    expect(rendered.map(claimText)).toEqual(quotes);
    expect(page.querySelectorAll("p")).toHaveLength(META_ARTICLE.split("\n").filter((line) => line.trim()).length);
  });
});
