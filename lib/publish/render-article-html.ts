import type { JSONContent } from "@tiptap/core";
import { CLAIM_MARK } from "../editor/claim-mark";
import { isAllowedHref } from "../editor/extensions";
import { escapeMarkup } from "./escape-markup";
import { PUBLIC_LINK_REL } from "./web-url";
import type { PublishedClaim } from "./snapshot";
import { verdictDisplay } from "./verdict-display";

export type PublicLocale = "fr" | "en";

/** Claim ids become element ids and fragments: only these characters (UUIDs fit). */
export const SAFE_CLAIM_ID = /^[A-Za-z0-9_-]{1,128}$/;

// Blocks nested deeper than this render as a flat run of their paragraphs, so
// that a hostile document cannot exhaust the stack; no words are lost.
const MAX_DEPTH = 64;

const CONTAINERS = new Set(["blockquote", "bulletList", "orderedList", "listItem"]);

const VERDICT_PREFIX: Record<PublicLocale, string> = { fr: "Verdict\u00a0: ", en: "Verdict: " };

const FORMATTING: Record<string, { open: string; close: string; rank: number }> = {
  link: { open: "", close: "</a>", rank: 0 },
  bold: { open: "<strong>", close: "</strong>", rank: 1 },
  italic: { open: "<em>", close: "</em>", rank: 2 },
  underline: { open: "<u>", close: "</u>", rank: 3 },
  strike: { open: "<s>", close: "</s>", rank: 4 },
};

/**
 * How a claim appears: the opening tag of its first piece and of later ones
 * (a claim split by a link or a paragraph), and what follows its last piece.
 */
export type ClaimMarkup = { first: string; continued: string; verdictTag: string };

/** A claim mark's markup by its attributes; undefined leaves its words as plain text. */
export type ClaimMarkupOf = (id: string, type: unknown) => ClaimMarkup | undefined;

/** An open inline element; `key` tells whether the next text node can stay inside it. */
type InlineMark = { key: string; open: string; close: string; rank: number; claimId?: string };

type RenderState = {
  markupOf: ClaimMarkupOf;
  /** The markup of each claim met, from its first piece. */
  claims: Map<string, ClaimMarkup>;
  out: string[];
  /** Claims whose first piece (the one with the id) has been written. */
  started: Set<string>;
  /** Index in `out` of each claim's last closing tag, where its verdict tag goes. */
  lastClose: Map<string, number>;
};

function isNode(value: unknown): value is JSONContent {
  return typeof value === "object" && value !== null && typeof (value as JSONContent).type === "string";
}

function children(node: JSONContent): JSONContent[] {
  return Array.isArray(node.content) ? node.content.filter(isNode) : [];
}

function claimMarkup(claims: PublishedClaim[], locale: PublicLocale): Map<string, ClaimMarkup> {
  const markup = new Map<string, ClaimMarkup>();
  for (const claim of claims) {
    if (typeof claim.id !== "string" || !SAFE_CLAIM_ID.test(claim.id) || markup.has(claim.id)) continue;
    const look = verdictDisplay(claim.verdict, locale);
    const id = claim.id;
    const data = `data-claim="${id}"${look.key ? ` data-verdict="${look.key}"` : ""} style="--verdict-color:${look.color};--verdict-ink:${look.ink}"`;
    markup.set(id, {
      // tabindex=-1: the card's "back to the text" link moves focus here.
      first: `<mark class="claim" id="claim-${id}" tabindex="-1" ${data}>`,
      continued: `<mark class="claim claim-continued" ${data}>`,
      // A link of its own after the claim's text, not around it: the text may
      // hold article links, and links must not nest.
      verdictTag:
        `<a class="verdict-tag" href="#card-${id}">` +
        `<span class="verdict-icon" aria-hidden="true">${escapeMarkup(look.icon)}</span>` +
        `<span class="visually-hidden">${VERDICT_PREFIX[locale]}</span>` +
        `<span class="verdict-label">${escapeMarkup(look.label)}</span></a>`,
    });
  }
  return markup;
}

/** Whether a claim mark shows as a claim; its markup is asked for once per claim. */
function knownClaim(id: string, type: unknown, state: RenderState): boolean {
  if (!state.claims.has(id) && SAFE_CLAIM_ID.test(id)) {
    const markup = state.markupOf(id, type);
    if (markup) state.claims.set(id, markup);
  }
  return state.claims.has(id);
}

function inlineMarks(node: JSONContent, state: RenderState): InlineMark[] {
  const marks = new Map<string, InlineMark>();
  for (const mark of Array.isArray(node.marks) ? node.marks : []) {
    if (!isNode(mark)) continue;
    if (mark.type === CLAIM_MARK) {
      const id = mark.attrs?.id;
      if (typeof id === "string" && knownClaim(id, mark.attrs?.type, state)) {
        marks.set(`claim:${id}`, { key: `claim:${id}`, open: "", close: "</mark>", rank: -1, claimId: id });
      }
      continue;
    }
    const formatting = FORMATTING[mark.type];
    if (!formatting || marks.has(mark.type)) continue;
    if (mark.type === "link") {
      if (!isAllowedHref(mark.attrs?.href)) continue; // the words stay, the link goes
      const href = escapeMarkup(new URL(mark.attrs.href).href);
      marks.set("link", { key: `link:${href}`, open: `<a href="${href}" ${PUBLIC_LINK_REL}>`, close: "</a>", rank: 0 });
    } else {
      marks.set(mark.type, { key: mark.type, ...formatting });
    }
  }
  return [...marks.values()];
}

/**
 * Claims outermost (so a claim's verdict link is never inside an article link,
 * and a claim holding bold text stays one element), and among each kind the
 * elements already open first, so that consecutive text nodes share them.
 */
function nestingOrder(marks: InlineMark[], open: InlineMark[]): InlineMark[] {
  const openIndex = (mark: InlineMark) => {
    const index = open.findIndex((o) => o.key === mark.key);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return marks.sort(
    (a, b) =>
      Number(!a.claimId) - Number(!b.claimId) || openIndex(a) - openIndex(b) || a.rank - b.rank || a.key.localeCompare(b.key),
  );
}

function openMark(mark: InlineMark, state: RenderState): string {
  if (!mark.claimId) return mark.open;
  const markup = state.claims.get(mark.claimId)!;
  if (state.started.has(mark.claimId)) return markup.continued;
  state.started.add(mark.claimId);
  return markup.first;
}

function closeMarks(open: InlineMark[], keep: number, state: RenderState) {
  for (let i = open.length - 1; i >= keep; i--) {
    state.out.push(open[i].close);
    if (open[i].claimId) state.lastClose.set(open[i].claimId!, state.out.length - 1);
  }
}

function renderInline(node: JSONContent, state: RenderState) {
  let open: InlineMark[] = [];
  for (const child of children(node)) {
    let html: string;
    if (child.type === "text" && typeof child.text === "string" && child.text !== "") html = escapeMarkup(child.text);
    else if (child.type === "hardBreak") html = "<br>";
    else continue;
    const wanted = nestingOrder(inlineMarks(child, state), open);
    let keep = 0;
    while (keep < open.length && keep < wanted.length && open[keep].key === wanted[keep].key) keep++;
    closeMarks(open, keep, state);
    for (const mark of wanted.slice(keep)) state.out.push(openMark(mark, state));
    state.out.push(html);
    open = wanted;
  }
  closeMarks(open, 0, state);
}

function wrap(open: string, close: string, state: RenderState, inner: () => void) {
  state.out.push(open);
  inner();
  state.out.push(close);
}

/** The paragraphs and headings under a node, in order, found without recursion. */
function renderFlat(node: JSONContent, state: RenderState) {
  const pending = [node];
  while (pending.length) {
    const next = pending.pop()!;
    if (next.type === "paragraph" || next.type === "heading") wrap("<p>", "</p>", state, () => renderInline(next, state));
    else if (CONTAINERS.has(next.type!)) pending.push(...children(next).reverse());
  }
}

function renderListItems(list: JSONContent, depth: number, state: RenderState) {
  for (const item of children(list)) {
    if (item.type === "listItem") wrap("<li>", "</li>", state, () => renderBlocks(item, depth + 1, state));
  }
}

function orderedListStart(attrs: JSONContent["attrs"]): string {
  const start = attrs?.start;
  return Number.isInteger(start) && start !== 1 && start >= 0 && start <= 1_000_000 ? ` start="${start}"` : "";
}

function renderBlock(node: JSONContent, depth: number, state: RenderState) {
  if (depth > MAX_DEPTH) return renderFlat(node, state);
  switch (node.type) {
    case "paragraph":
      return wrap("<p>", "</p>", state, () => renderInline(node, state));
    case "heading": {
      const level = Math.min(4, Math.max(2, Math.trunc(Number(node.attrs?.level)) || 2));
      return wrap(`<h${level}>`, `</h${level}>`, state, () => renderInline(node, state));
    }
    case "blockquote":
      return wrap("<blockquote>", "</blockquote>", state, () => renderBlocks(node, depth + 1, state));
    case "bulletList":
      return wrap("<ul>", "</ul>", state, () => renderListItems(node, depth + 1, state));
    case "orderedList":
      return wrap(`<ol${orderedListStart(node.attrs)}>`, "</ol>", state, () => renderListItems(node, depth + 1, state));
    default:
    // Anything outside the article schema is dropped with its content.
  }
}

function renderBlocks(node: JSONContent, depth: number, state: RenderState) {
  for (const child of children(node)) renderBlock(child, depth, state);
}

/**
 * Renders an article document to HTML with an allowlist of the article
 * schema: known nodes and marks become elements, text is escaped, links keep
 * only http(s)/mailto targets, and each claim mark whose id is safe and known
 * to `markupOf` is wrapped in the markup it gives (its tags are the caller's:
 * they must hold only escaped values).
 */
export function renderDocumentHtml(doc: JSONContent, markupOf: ClaimMarkupOf): string {
  const state: RenderState = { markupOf, claims: new Map(), out: [], started: new Set(), lastClose: new Map() };
  if (isNode(doc) && doc.type === "doc") renderBlocks(doc, 0, state);
  for (const [id, index] of state.lastClose) state.out[index] = state.claims.get(id)!.verdictTag + state.out[index];
  return state.out.join("");
}

/**
 * The public page's article: claims become highlighted `<mark>`s — verdict
 * colour, icon and label, a link to the claim's card (`#card-{id}`) and an id
 * (`claim-{id}`) for the card's link back. Only the claims given (approved,
 * published) are shown as claims; other claim marks are plain text.
 */
export function renderArticleHtml(doc: JSONContent, claims: PublishedClaim[], locale: PublicLocale): string {
  const markup = claimMarkup(claims, locale);
  return renderDocumentHtml(doc, (id) => markup.get(id));
}
