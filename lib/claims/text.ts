/** Small text helpers shared by the detectors. All of them scan a bounded window. */
import type { Candidate, Span } from "./types";

/** Horizontal spaces, including no-break (U+00A0), narrow no-break (U+202F) and thin (U+2009). */
export const SP = "[ \\t\\u00a0\\u202f\\u2009]";
/** Apostrophes: straight and typographic. */
export const APOS = "['’]";
/** Regex fragments for "no letter/digit just before / just after". */
export const LB = "(?<![\\p{L}\\p{N}_])";
export const RB = "(?![\\p{L}\\p{N}_])";

const LETTER_RE = /\p{L}/u;
const UPPER_RE = /\p{Lu}/u;

export function isSpace(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\u00a0" || c === "\u202f" || c === "\u2009";
}

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

export function isLetter(c: string | undefined): boolean {
  return c !== undefined && c !== "" && LETTER_RE.test(c);
}

export function isUpper(c: string | undefined): boolean {
  return c !== undefined && c !== "" && UPPER_RE.test(c);
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** An alternation of literal words, longest first so the longest wins. */
export function alt(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
}

/** Both "mai" and "Mai": for case-sensitive patterns over lowercase lexicons. */
export function withCapitals(words: Iterable<string>): string[] {
  const out: string[] = [];
  for (const w of words) out.push(w, w.charAt(0).toUpperCase() + w.slice(1));
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}.°'’§#-]/u;

/** The word ending just before `idx` (after skipping up to 3 spaces), scanning at most 40 chars. */
export function wordBefore(text: string, idx: number): string {
  let i = idx;
  let skipped = 0;
  while (i > 0 && isSpace(text[i - 1]) && skipped < 3) {
    i--;
    skipped++;
  }
  const end = i;
  while (i > 0 && end - i < 40 && WORD_CHAR.test(text[i - 1])) i--;
  return text.slice(i, end);
}

/** The word starting just after `idx` (after skipping up to 3 spaces), at most 40 chars. */
export function wordAfter(text: string, idx: number): { word: string; start: number; end: number } {
  let i = idx;
  let skipped = 0;
  while (i < text.length && isSpace(text[i]) && skipped < 3) {
    i++;
    skipped++;
  }
  const start = i;
  while (i < text.length && i - start < 40 && /[\p{L}\p{N}'’-]/u.test(text[i])) i++;
  return { word: text.slice(start, i), start, end: i };
}

/** Keeps the longest of overlapping candidates (earliest first, longest first). */
export function dropOverlaps<T extends Span>(cands: T[]): T[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.start >= lastEnd) {
      out.push(c);
      lastEnd = c.end;
    }
  }
  return out;
}

/** Merges spans into sorted, disjoint intervals. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Whether `span` overlaps any of the merged (sorted, disjoint) `blockers`. Binary search. */
export function overlapsAny(span: Span, blockers: Span[]): boolean {
  let lo = 0;
  let hi = blockers.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blockers[mid].start < span.end) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && blockers[found].end > span.start;
}

/** Candidates that overlap none of the blockers. */
export function outside<T extends Span>(cands: T[], blockers: Span[]): T[] {
  const merged = mergeSpans(blockers);
  return cands.filter((c) => !overlapsAny(c, merged));
}

export function candidate(type: Candidate["type"], start: number, end: number, normalized: Record<string, unknown>): Candidate {
  return { type, start, end, normalized };
}

/** Start of the sentence containing `idx` (bounded look-back of `max` chars). */
export function sentenceStart(text: string, idx: number, max = 400): number {
  const floor = Math.max(0, idx - max);
  for (let i = idx - 1; i >= floor; i--) {
    const c = text[i];
    if (c === "\n") return i + 1;
    if ((c === "." || c === "!" || c === "?") && isSpace(text[i + 1]) && !isAbbrevBefore(text, i)) return i + 1;
  }
  return floor;
}

/** End of the sentence containing `idx` (bounded look-ahead). */
export function sentenceEnd(text: string, idx: number, max = 400): number {
  const ceil = Math.min(text.length, idx + max);
  for (let i = idx; i < ceil; i++) {
    const c = text[i];
    if (c === "\n") return i;
    if ((c === "." || c === "!" || c === "?") && (i + 1 >= text.length || isSpace(text[i + 1]) || text[i + 1] === "\n") && !isAbbrevBefore(text, i)) return i + 1;
  }
  return ceil;
}

const ABBREV = new Set(["M", "Mme", "Dr", "Mr", "Mrs", "Ms", "St", "art", "Art", "p", "No", "n", "vs", "etc", "Jr", "Sr", "Prof", "Pr", "Me", "Mgr", "p.m", "a.m", "U.S", "U.K", "cf", "Inc", "Ltd", "Corp", "Co"]);

function isAbbrevBefore(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && dot - i < 6 && /[\p{L}.]/u.test(text[i - 1])) i--;
  const word = text.slice(i, dot);
  return ABBREV.has(word) || (word.length === 1 && isUpper(word));
}
