/**
 * Quotations between « », “ ”, „ “, ‹ › or straight double quotes, at least three words long.
 * One linear scan: a quote never spans more than MAX_QUOTE chars or a blank line (a straight
 * quote never spans a line break), and an opening mark met again before its closing mark
 * leaves the first one unclosed.
 */
import { findSpeaker, type QuoteSpeakerState } from "./speakers";
import { candidate, isDigit, isLetter, wordBefore } from "./text";
import type { Candidate, DetectContext } from "./types";

export const MAX_QUOTE = 2000;
const OPENERS = /[«“„‹"]/;
const CLOSERS: Record<string, string> = { "«": "»", "“": "”", "„": "“”", "‹": "›", '"': '"' };
const TITLE_CUES = new Set([
  "titled", "entitled", "called", "named", "dubbed", "nicknamed", "branded", "labelled", "labeled", "hashtag", "intitulé", "intitulée",
  "intitulés", "intitulées", "baptisé", "baptisée", "baptisés", "appelé", "appelée", "appelés", "nommé", "nommée", "surnommé", "surnommée",
  "dénommé", "dénommée", "mot-clé", "hashtag",
]);
const MINOR = new Set(["of", "the", "a", "an", "and", "or", "in", "on", "for", "to", "at", "by", "with", "from"]);

/** Index of the closing mark for the opener at `i`, or -1 (scan is bounded). */
function findClose(text: string, i: number): number {
  const open = text[i];
  const closers = CLOSERS[open];
  const limit = Math.min(text.length, i + MAX_QUOTE);
  for (let j = i + 1; j < limit; j++) {
    const c = text[j];
    if (closers.includes(c)) return j;
    if (c === open) return -1;
    if (c === "\n" && (open === '"' || isBlankLineAt(text, j))) return -1;
  }
  return -1;
}

function isBlankLineAt(text: string, nl: number): boolean {
  for (let k = nl + 1; k < text.length && k < nl + 40; k++) {
    const c = text[k];
    if (c === "\n") return true;
    if (c !== " " && c !== "\t" && c !== "\r" && c !== "\u00a0") return false;
  }
  return false;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words of the quote, counting at most 3 (that is all the rule needs). */
function countWords(s: string): number {
  let n = 0;
  WORD_RE.lastIndex = 0;
  while (n < 3 && WORD_RE.exec(s) !== null) n++;
  return n;
}

/** Title-case content of ≤ 8 words in English ("Quiet Feeds Are Here") reads as a title. */
function looksLikeTitle(content: string): boolean {
  const words = content.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length > 8 || /[.!?,;]/u.test(content)) return false;
  return words.every((w, k) => k > 0 && MINOR.has(w.toLowerCase()) ? true : /^[\p{Lu}\p{N}]/u.test(w.replace(/^[^\p{L}\p{N}]+/u, "")));
}

function isQuoteClaim(ctx: DetectContext, start: number, end: number): boolean {
  const content = ctx.text.slice(start + 1, end - 1);
  if (countWords(content) < 3) return false;
  const prev = wordBefore(ctx.text, start).toLowerCase().replace(/[,:]$/u, "");
  if (TITLE_CUES.has(prev)) return false;
  return !(ctx.lang === "en" && looksLikeTitle(content));
}

/** The quote claims of the text that open before `until`, in order, each with its speaker. */
export function* scanQuotes(ctx: DetectContext, until = ctx.text.length): Generator<QuoteSpeakerState> {
  const { text } = ctx;
  let prev: QuoteSpeakerState | null = null;
  let paragraph = 0;
  let scanned = 0;
  const openers = new RegExp(OPENERS.source, "g");
  let m: RegExpExecArray | null;
  while ((m = openers.exec(text)) !== null && m.index < until) {
    const i = m.index;
    if (text[i] === '"' && (isDigit(text[i - 1]) || isLetter(text[i - 1]))) continue;
    const j = findClose(text, i);
    if (j === -1) continue;
    openers.lastIndex = j + 1;
    if (!isQuoteClaim(ctx, i, j + 1)) continue;
    for (; scanned < i; scanned++) if (text[scanned] === "\n") paragraph = scanned + 1;
    prev = findSpeaker(text, { start: i, end: j + 1 }, ctx.lang, prev, paragraph);
    yield prev;
  }
}

/** All quote claims, with their speaker's name when one is named nearby. */
export function detectQuotes(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const q of scanQuotes(ctx)) out.push(candidate("quote", q.span.start, q.span.end, q.speaker ? { speaker: q.speaker.name } : {}));
  return out;
}
