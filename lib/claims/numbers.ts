/**
 * Numbers written with digits: "3,5 millions d'euros", "$1.2bn", "12,000 complaints", "40 %",
 * "1 234 567" (space, no-break or narrow no-break separators). Digit runs are found by one
 * regex without nested ambiguity, then split into numbers by simple rules.
 */
import { enumeratedCounts } from "./enumerations";
import { currencyBefore, readTail, rejectedByPrefix } from "./number-context";
import { overlapsAny, wordAfter, wordBefore } from "./text";
import type { Candidate, DetectContext, Lang, Span } from "./types";

/** Digit runs joined by single separators; no backtracking possible (separator then digit). */
const DIGIT_RUN = /\d+(?:[.,\u00a0\u202f\u2009 ]\d+)*/g;
const GROUP_SPACE = /[\u00a0\u202f\u2009 ]/u;

type Piece = { start: number; end: number; raw: string };
type Num = { start: number; end: number; value: number };

/** Splits a digit run at its spaces into pieces with their offsets. */
function pieces(run: string, offset: number): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (let i = 0; i <= run.length; i++) {
    if (i === run.length || GROUP_SPACE.test(run[i])) {
      out.push({ start: offset + from, end: offset + i, raw: run.slice(from, i) });
      from = i + 1;
    }
  }
  return out;
}

/** Value of one space-free piece ("12,000", "3,5", "1.200", "27.5"), or null if irregular ("1.2.3"). */
export function pieceValue(raw: string, lang: Lang): number | null {
  if (/^\d+$/.test(raw)) return raw.length > 1 && raw[0] === "0" ? null : Number(raw);
  let m = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/.exec(raw);
  if (m) {
    const groups = m[1].split(",").length - 1;
    if (lang === "fr" && groups === 1 && !m[2]) return Number(raw.replace(",", "."));
    return Number(m[1].replace(/,/g, "") + (m[2] ? `.${m[2]}` : ""));
  }
  m = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(raw);
  if (m) {
    const groups = m[1].split(".").length - 1;
    if (lang === "en" && groups === 1 && !m[2]) return Number(raw);
    return Number(m[1].replace(/\./g, "") + (m[2] ? `.${m[2]}` : ""));
  }
  m = /^(\d+)[.,](\d+)$/.exec(raw);
  return m ? Number(`${m[1]}.${m[2]}`) : null;
}

/** Joins space-grouped thousands ("1 234 567", "12 400,5") and returns the numbers of a run. */
function numbersOfRun(run: string, offset: number, lang: Lang): Num[] {
  const out: Num[] = [];
  const ps = pieces(run, offset);
  for (let i = 0; i < ps.length; i++) {
    const first = ps[i];
    if (pieceValue(first.raw, lang) === null) continue;
    let digits = first.raw;
    let end = first.end;
    if (/^\d{1,3}$/.test(first.raw)) {
      while (i + 1 < ps.length && /^\d{3}(?:[.,]\d+)?$/.test(ps[i + 1].raw)) {
        const nxt = ps[++i];
        digits += nxt.raw;
        end = nxt.end;
        if (/[.,]/.test(nxt.raw)) break;
      }
    }
    const value = pieceValue(digits === first.raw ? digits : digits.replace(",", "."), digits === first.raw ? lang : "en");
    if (value !== null) out.push({ start: first.start, end, value });
  }
  return out;
}

const VOTE_WORDS = new Set(["contre", "against", "pour"]);

/** "499 voix pour, 28 contre", "by 310 votes to 250 against": a bare tally is still a count. */
function isVoteCount(text: string, n: Span): boolean {
  return VOTE_WORDS.has(wordAfter(text, n.end).word.toLowerCase()) || /^(?:contre|against)$/iu.test(wordBefore(text, n.start));
}

/** A number found, or a bare figure (no noun, unit or size of its own): no claim unless a list gives it a noun. */
type Found = { claim: Candidate; bare: boolean };

function toClaim(ctx: DetectContext, n: Num, blockers: Span[]): Found | null {
  if (overlapsAny(n, blockers) || rejectedByPrefix(ctx.text, n.start)) return null;
  const currency = currencyBefore(ctx.text, n.start);
  const tail = readTail(ctx.text, n.end, ctx.lang, n.value, currency?.code ?? null);
  if (tail.reject) return null;
  const digits = ctx.text.slice(n.start, n.end).replace(/\D/g, "").length;
  const bare = !tail.counted && tail.unit === undefined && digits < 4 && Number.isInteger(n.value) && !isVoteCount(ctx.text, n);
  let start = currency ? currency.start : n.start;
  let value = n.value;
  const sign = ctx.text[start - 1];
  if ((sign === "-" || sign === "−") && (start === 1 || /[\s(]/u.test(ctx.text[start - 2]))) {
    start -= 1;
    value = -value;
  }
  const end = trimToBlockers(n.end, tail.end, blockers);
  const normalized: Record<string, unknown> = { value: roundValue(value * tail.multiplier) };
  if (tail.unit) normalized.unit = tail.unit;
  return { claim: { type: "number", start, end, normalized }, bare };
}

/** Cuts a number's tail (its counted noun) where a date or legal reference begins. */
function trimToBlockers(coreEnd: number, end: number, blockers: Span[]): number {
  if (end > coreEnd && overlapsAny({ start: coreEnd, end }, blockers)) return coreEnd;
  return end;
}

const roundValue = (v: number) => Math.round(v * 1e6) / 1e6;

/** Numbers written with digits, outside the blocked spans (dates, legal references). */
export function detectDigitNumbers(ctx: DetectContext, blockers: Span[]): Candidate[] {
  const claims: Candidate[] = [];
  const bare: Candidate[] = [];
  for (const m of ctx.text.matchAll(DIGIT_RUN)) {
    const run = m[0].replace(/[.,\u00a0\u202f\u2009 ]+$/u, "");
    for (const n of numbersOfRun(run, m.index, ctx.lang)) {
      const found = toClaim(ctx, n, blockers);
      if (found) (found.bare ? bare : claims).push(found.claim);
    }
  }
  const listed = enumeratedCounts(ctx.text, claims, bare);
  const replaced = new Set(listed.map((c) => c.start));
  return [...claims.filter((c) => !replaced.has(c.start)), ...listed].sort((a, b) => a.start - b.start);
}
