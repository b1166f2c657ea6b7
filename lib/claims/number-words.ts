/** Numbers written in words: "quatre clics", "quinze pays", "trois millions d'euros", "two thousand people". */
import { MULTIPLIER_WORDS, NUMBER_WORDS } from "./lexicons";
import { readTail, rejectedByPrefix } from "./number-context";
import { SP, alt, overlapsAny, wordBefore } from "./text";
import type { Candidate, DetectContext, Lang, Span } from "./types";

const HUNDRED = new Set(["cent", "cents", "hundred"]);

function lexicon(lang: Lang): Record<string, number> {
  return { ...NUMBER_WORDS[lang], ...MULTIPLIER_WORDS[lang] };
}

/** A run of number words joined by spaces, hyphens, "et"/"and". Case-insensitive. */
function runRegex(lang: Lang): RegExp {
  const word = `(?:${alt(Object.keys(lexicon(lang)))})(?![\\p{L}])`;
  const join = lang === "fr" ? `(?:${SP}+et${SP}+|${SP}+|-)` : `(?:${SP}+and${SP}+|${SP}+|-)`;
  return new RegExp(`(?<![\\p{L}-])${word}(?:${join}${word}){0,8}`, "giu");
}
const RUN_RE: Record<Lang, RegExp> = { fr: runRegex("fr"), en: runRegex("en") };

/** Value of a list of number words; null when the sequence is not a well-formed number. */
export function wordsValue(words: string[], lang: Lang): { value: number; multiplied: boolean } | null {
  const small = NUMBER_WORDS[lang];
  const mult = MULTIPLIER_WORDS[lang];
  let total = 0;
  let current = 0;
  let multiplied = false;
  let prev = "";
  for (const w of words) {
    if (HUNDRED.has(w)) current = (current || 1) * 100;
    else if (mult[w] !== undefined) {
      total += (current || 1) * mult[w];
      current = 0;
      multiplied = true;
    } else if (small[w] !== undefined) {
      if ((w === "vingt" || w === "vingts") && prev === "quatre") current += 76;
      else current += small[w];
    } else return null;
    prev = w;
  }
  return { value: total + current, multiplied };
}

/** Splits "vingt et un" / "two hundred and five" and cuts at a join that does not belong. */
function splitRun(run: string, lang: Lang): string[] {
  const parts = run.toLowerCase().split(/[\s\u00a0\u202f-]+/u).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p === "et" || p === "and") {
      const ok = lang === "fr" ? /^(un|une|onze)$/.test(parts[i + 1] ?? "") : HUNDRED.has(out[out.length - 1] ?? "") || /^(thousand|million|billion)$/.test(out[out.length - 1] ?? "");
      if (!ok) break;
      continue;
    }
    out.push(p);
  }
  return out;
}

/** Counts the characters of the first `n` words of `run` (to cut the span). */
function prefixLength(run: string, n: number): number {
  const re = /[\p{L}]+/gu;
  let len = 0;
  let seen = 0;
  for (const m of run.matchAll(re)) {
    if (m[0].toLowerCase() === "et" || m[0].toLowerCase() === "and") continue;
    if (++seen === n) len = m.index + m[0].length;
  }
  return len || run.length;
}

function wordClaim(ctx: DetectContext, start: number, run: string, blockers: Span[]): Candidate | null {
  const words = splitRun(run, ctx.lang);
  if (words.length === 0) return null;
  const parsed = wordsValue(words, ctx.lang);
  if (!parsed) return null;
  const end = start + prefixLength(run, words.length);
  const prev = wordBefore(ctx.text, start).toLowerCase();
  const onlyMultiplier = MULTIPLIER_WORDS[ctx.lang][words[0]] !== undefined || HUNDRED.has(words[0]);
  if (onlyMultiplier && !/^(a|an|one)$/.test(prev)) return null;
  if (!parsed.multiplied && parsed.value <= 1 && !onlyMultiplier) return null;
  if ((words[0] === "cent" || words[0] === "cents") && prev === "pour") return null;
  if (overlapsAny({ start, end }, blockers) || rejectedByPrefix(ctx.text, start)) return null;
  const tail = readTail(ctx.text, end, ctx.lang, parsed.value, null, parsed.multiplied);
  if (tail.reject || (tail.unit === undefined && !parsed.multiplied)) return null;
  if (words.length === 1 && words[0] === "neuf" && !/[sx]$/u.test(tail.unit ?? "")) return null;
  const normalized: Record<string, unknown> = { value: parsed.value * tail.multiplier };
  if (tail.unit) normalized.unit = tail.unit;
  const claimEnd = tail.end > end && overlapsAny({ start: end, end: tail.end }, blockers) ? end : tail.end;
  return { type: "number", start, end: claimEnd, normalized };
}

/** Numbers written in words, outside the blocked spans. */
export function detectWordNumbers(ctx: DetectContext, blockers: Span[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(RUN_RE[ctx.lang])) {
    const c = wordClaim(ctx, m.index, m[0], blockers);
    if (c) out.push(c);
  }
  return out;
}
