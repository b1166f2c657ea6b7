import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ClaimLooks } from "@/components/editor/claim-looks";
import { staticArticleHtml } from "@/components/editor/static-article";

const payloads = readFileSync("tests/fixtures/xss-payloads.txt", "utf8").split("\n").filter((line) => line.trim());
const CLAIM = "6f1c2f0e-4a57-4b8e-9a55-0f1b1a6f7a01";
const looks: ClaimLooks = { [CLAIM]: { verdictKey: null, color: null, icon: "◷", label: "Claim Date, not rated" } };

const render = (doc: object, given: ClaimLooks = looks) => staticArticleHtml(doc, given);
const paragraph = (...content: object[]) => ({ type: "paragraph", content });

describe("staticArticleHtml: the desk's server-rendered text", () => {
  it("highlights a claim as the editor does: the claim element with its type, colour class, icon and label", () => {
    const html = render({ type: "doc", content: [paragraph({ type: "text", text: "Le " }, { type: "text", text: "24 mai", marks: [{ type: "claim", attrs: { id: CLAIM, type: "date" } }] })] });
    expect(html).toContain(
      `<p>Le <mark class="claim claim-unrated claim-type-date" data-claim-id="${CLAIM}" data-claim-type="date" style="" data-icon="◷" role="mark" aria-label="Claim Date, not rated">24 mai</mark></p>`,
    );
  });

  it("leaves a claim mark without a claim row as plain text, and a hostile mark's id or type inert", () => {
    const html = render({
      type: "doc",
      content: [
        paragraph({ type: "text", text: "sans ligne", marks: [{ type: "claim", attrs: { id: "00000000-0000-0000-0000-000000000000", type: "date" } }] }),
        paragraph({ type: "text", text: "type", marks: [{ type: "claim", attrs: { id: CLAIM, type: '"><script>alert(1)</script>' } }] }),
        paragraph({ type: "text", text: "id", marks: [{ type: "claim", attrs: { id: '"><img src=x onerror=alert(1)>', type: "date" } }] }),
      ],
    }, { ...looks, '"><img src=x onerror=alert(1)>': looks[CLAIM] });
    expect(html).toContain("<p>sans ligne</p>");
    expect(html).toContain(`data-claim-type="other"`);
    expect(html).toContain("<p>id</p>");
    expect(html).not.toMatch(/<script|<img|onerror=/);
  });

  it("writes every payload of the XSS corpus as text, links kept only with safe targets", () => {
    const html = render({
      type: "doc",
      content: [
        ...payloads.map((payload) => paragraph({ type: "text", text: payload, marks: [{ type: "link", attrs: { href: payload } }, { type: "claim", attrs: { id: CLAIM, type: "quote" } }] })),
        paragraph({ type: "text", text: "la source", marks: [{ type: "link", attrs: { href: "https://example.org/source" } }] }),
      ],
    });
    expect(html).toContain(`<a href="https://example.org/source"`);
    // Text keeps its "<" escaped: every tag in the markup is one the renderer wrote.
    const tags = [...html.matchAll(/<([a-z0-9]+)([^>]*)>/g)];
    expect(new Set(tags.map((m) => m[1]))).toEqual(new Set(["p", "mark", "a"]));
    for (const [, , attributes] of tags) expect(attributes).not.toMatch(/\son[a-z]+=|javascript:|data:/i);
  });
});
