import type { JSONContent } from "@tiptap/core";
import { escapeMarkup } from "@/lib/publish/escape-markup";
import { renderDocumentHtml, type ClaimMarkup } from "@/lib/publish/render-article-html";
import { claimHighlightAttrs, type ClaimLook, type ClaimLooks } from "./claim-looks";
import { CLAIM_TYPE_KEYS } from "./claim-types";

/** The live editor's claim element and its highlight, as one tag (ids are checked safe by the renderer). */
function highlightMarkup(id: string, type: unknown, look: ClaimLook): ClaimMarkup {
  const markType = CLAIM_TYPE_KEYS.find((key) => key === type) ?? "other";
  const { class: highlight, ...attrs } = claimHighlightAttrs(look, markType);
  const attributes = Object.entries({ class: `claim ${highlight}`, "data-claim-id": id, "data-claim-type": markType, ...attrs })
    .map(([name, value]) => `${name}="${escapeMarkup(value)}"`)
    .join(" ");
  const tag = `<mark ${attributes}>`;
  return { first: tag, continued: tag, verdictTag: "" };
}

/**
 * The article's text as the server last derived it from the live document,
 * with the claims highlighted as the editor shows them: readable before any
 * script runs, and replaced in place by the live editor once it holds the text.
 * Built with the public page's allowlist renderer: nothing from the content runs.
 */
export function staticArticleHtml(doc: JSONContent, looks: ClaimLooks): string {
  return renderDocumentHtml(doc, (id, type) => (looks[id] ? highlightMarkup(id, type, looks[id]) : undefined));
}
