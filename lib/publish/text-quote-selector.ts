import type { JSONContent } from "@tiptap/core";
import { claimAnchors } from "../editor/claim-anchors";
import { articleSchema, plainTextOf } from "../editor/document";
import type { PublishedAnchor } from "./snapshot";

export type TextQuote = { exact: string; prefix: string; suffix: string };

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * A W3C TextQuoteSelector for text[start, end): the quote and up to `context`
 * UTF-16 units either side, shortened by one where the cut would fall inside
 * a surrogate pair (an emoji), which would not survive as JSON text.
 */
export function textQuoteSelector(text: string, start: number, end: number, context = 32): TextQuote {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`No range [${start}, ${end}) in a text of ${text.length} characters.`);
  }
  if (!Number.isInteger(context) || context < 0) throw new RangeError(`The context must be a whole number, not ${context}.`);
  let prefixStart = Math.max(0, start - context);
  if (prefixStart > 0 && prefixStart < start && isLowSurrogate(text.charCodeAt(prefixStart)) && isHighSurrogate(text.charCodeAt(prefixStart - 1))) {
    prefixStart += 1;
  }
  let suffixEnd = Math.min(text.length, end + context);
  if (suffixEnd < text.length && suffixEnd > end && isHighSurrogate(text.charCodeAt(suffixEnd - 1)) && isLowSurrogate(text.charCodeAt(suffixEnd))) {
    suffixEnd -= 1;
  }
  return { exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) };
}

/**
 * Where each claim sits in the document's plain text — the text the API
 * exposes (plainTextOf) — from its first to its last marked character, with
 * the quote and its context; null for a claim with no mark in the document.
 */
export function publishedAnchors(doc: JSONContent, claimIds: string[]): Record<string, PublishedAnchor | null> {
  const node = articleSchema().nodeFromJSON(doc);
  const text = plainTextOf(node);
  // The plain text before a position, measured the way plainTextOf builds it.
  const offsetOf = (pos: number) => node.textBetween(0, pos, "\n", "\n").length;
  const anchors = new Map<string, PublishedAnchor | null>(claimIds.map((id) => [id, null]));
  for (const anchor of claimAnchors(node)) {
    if (!anchors.has(anchor.claimId)) continue;
    const start = offsetOf(anchor.from);
    const end = offsetOf(anchor.to);
    anchors.set(anchor.claimId, { ...textQuoteSelector(text, start, end), start, end });
  }
  return Object.fromEntries(anchors);
}
