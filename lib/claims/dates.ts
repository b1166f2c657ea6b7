/** Absolute dates: "24 mai 2024", "May 24, 2024", "24/05/2024", "2024-05-24", "mars 2023", "2023". */
import { formatDay, formatMonth, formatYear, isValidDay, resolveDayMonth, resolveMonth, type Ymd } from "./calendar";
import { DATE_PREPOSITIONS, MONTHS, REFERENCE_WORDS, WEEKDAYS } from "./lexicons";
import { tenseAround } from "./tense";
import { LB, RB, SP, alt, candidate, isDigit, isLetter, wordAfter, wordBefore, withCapitals } from "./text";
import type { Candidate, DetectContext, Lang } from "./types";

const MONTH_ALT: Record<Lang, string> = {
  fr: alt(withCapitals(Object.keys(MONTHS.fr))),
  en: alt(withCapitals(Object.keys(MONTHS.en)).filter((w) => /^\p{Lu}/u.test(w))),
};
const WD_ALT: Record<Lang, string> = {
  fr: alt(withCapitals(Object.keys(WEEKDAYS.fr))),
  en: alt(withCapitals(Object.keys(WEEKDAYS.en)).filter((w) => /^\p{Lu}/u.test(w))),
};
const DAY = "(?:[12]\\d|3[01]|0?[1-9])";
const YEAR = "(\\d{4})(?!\\d)";
const ORD_EN = "(?:st|nd|rd|th)?";

/** Patterns in order; groups: wd?, day, month, year? (or month, year). */
const PATTERNS: Record<Lang, { re: RegExp; kind: "dmy" | "mdy" | "my" }[]> = {
  fr: [
    { re: new RegExp(`${LB}(?:(${WD_ALT.fr}),?${SP}+)?(1er|1ᵉʳ|premier|${DAY})${SP}+(${MONTH_ALT.fr})(?:${SP}+${YEAR})?(?![\\p{L}])`, "gu"), kind: "dmy" },
    { re: new RegExp(`${LB}()(${MONTH_ALT.fr})${SP}+${YEAR}`, "gu"), kind: "my" },
  ],
  en: [
    { re: new RegExp(`${LB}(?:(${WD_ALT.en}),?${SP}+)?(${MONTH_ALT.en})${SP}+(${DAY})${ORD_EN}(?![\\p{L}\\p{N}])(?:,?${SP}+${YEAR})?`, "gu"), kind: "mdy" },
    { re: new RegExp(`${LB}(?:(${WD_ALT.en}),?${SP}+)?(?:the${SP}+)?(${DAY})${ORD_EN}${SP}+(?:of${SP}+)?(${MONTH_ALT.en})(?![\\p{L}])(?:,?${SP}+${YEAR})?`, "gu"), kind: "dmy" },
    { re: new RegExp(`${LB}()(${MONTH_ALT.en}),?${SP}+${YEAR}`, "gu"), kind: "my" },
  ],
};
/** Day ranges sharing one month: "du 3 au 5 juin 2024", "1-5 May", "May 1-5". Groups: d1, d2, month, year? */
const RANGES: Record<Lang, RegExp> = {
  fr: new RegExp(`${LB}(1er|${DAY})${SP}*(?:au|à|et|-|–)${SP}*(${DAY})${SP}+(${MONTH_ALT.fr})(?![\\p{L}])(?:${SP}+${YEAR})?`, "gu"),
  en: new RegExp(`${LB}(${DAY})${ORD_EN}${SP}*(?:to|and|-|–)${SP}*(${DAY})${ORD_EN}${SP}+(?:of${SP}+)?(${MONTH_ALT.en})(?![\\p{L}])(?:,?${SP}+${YEAR})?`, "gu"),
};
const EN_RANGE_MDY = new RegExp(`${LB}(${MONTH_ALT.en})${SP}+(${DAY})${ORD_EN}${SP}*(?:to|and|-|–)${SP}*(${DAY})${ORD_EN}(?![\\p{L}\\p{N}])(?:,?${SP}+${YEAR})?`, "gu");

/** Both ends of a day range become dates; the first end's span is just its day number. */
function findRanges(ctx: DetectContext, out: Candidate[]): void {
  const push = (start: number, end: number, y: string | undefined, m: number, d: number) => {
    const c = dayClaim(ctx, start, end, y ? Number(y) : null, m, d);
    if (c) out.push(c);
  };
  for (const mt of ctx.text.matchAll(RANGES[ctx.lang])) {
    const m = monthNumber(ctx.lang, mt[3]);
    const secondStart = mt.index + mt[0].indexOf(mt[2], mt[1].length);
    push(mt.index, mt.index + mt[1].length, mt[4], m, dayNumber(mt[1]));
    push(secondStart, mt.index + mt[0].length, mt[4], m, dayNumber(mt[2]));
  }
  if (ctx.lang !== "en") return;
  for (const mt of ctx.text.matchAll(EN_RANGE_MDY)) {
    const m = monthNumber("en", mt[1]);
    const firstEnd = mt.index + mt[0].indexOf(mt[2], mt[1].length) + mt[2].length;
    const secondStart = mt.index + mt[0].indexOf(mt[3], firstEnd - mt.index + 1);
    push(mt.index, firstEnd, mt[4], m, dayNumber(mt[2]));
    push(secondStart, secondStart + mt[3].length, mt[4], m, dayNumber(mt[3]));
  }
}

const NUMERIC_DMY = new RegExp(`${LB}(${DAY})([/.-])(0?[1-9]|1[0-2])\\2${YEAR}`, "gu");
const ISO = new RegExp(`${LB}(\\d{4})-(0[1-9]|1[0-2])-([012]\\d|3[01])${RB}`, "gu");
const YEAR_RE = /(?<![\p{L}\p{N}])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}])/gu;

const monthNumber = (lang: Lang, name: string) => MONTHS[lang][name.toLowerCase()] ?? 0;
const dayNumber = (s: string) => (/^(1er|1ᵉʳ|premier)$/u.test(s) ? 1 : Number(s));

/** A day (with or without year), resolved to the nearest year when the year is missing. */
function dayClaim(ctx: DetectContext, start: number, end: number, y: number | null, m: number, d: number, weekday?: number): Candidate | null {
  if (y !== null) return isValidDay(y, m, d) ? { ...candidate("date", start, end, { date: formatDay({ y, m, d }) }), fullDay: true } : null;
  if (!isValidDay(2024, m, d)) return null;
  const resolved: Ymd | null = ctx.published ? resolveDayMonth(ctx.published, m, d, weekday) : null;
  return { ...candidate("date", start, end, resolved ? { date: formatDay(resolved) } : {}), yearless: { m, d, weekday } };
}

function findNamedMonthDates(ctx: DetectContext, out: Candidate[]): void {
  for (const { re, kind } of PATTERNS[ctx.lang]) {
    for (const mt of ctx.text.matchAll(re)) {
      const start = mt.index;
      const end = start + mt[0].length;
      if (kind === "my") {
        const m = monthNumber(ctx.lang, mt[2]);
        if (m) out.push(candidate("date", start, end, { date: formatMonth({ y: Number(mt[3]), m }) }));
        continue;
      }
      const [dayStr, monthStr] = kind === "dmy" ? [mt[2], mt[3]] : [mt[3], mt[2]];
      const year = mt[4] ? Number(mt[4]) : null;
      const weekday = mt[1] ? WEEKDAYS[ctx.lang][mt[1].toLowerCase()] : undefined;
      const c = dayClaim(ctx, start, end, year, monthNumber(ctx.lang, monthStr), dayNumber(dayStr), weekday);
      if (c) out.push(c);
    }
  }
}

function findNumericDates(ctx: DetectContext, out: Candidate[]): void {
  for (const mt of ctx.text.matchAll(NUMERIC_DMY)) {
    const [d, m, y] = [Number(mt[1]), Number(mt[3]), Number(mt[4])];
    const after = ctx.text[mt.index + mt[0].length];
    if (isDigit(after) || isLetter(after)) continue;
    if (isValidDay(y, m, d)) out.push({ ...candidate("date", mt.index, mt.index + mt[0].length, { date: formatDay({ y, m, d }) }), fullDay: true });
  }
  for (const mt of ctx.text.matchAll(ISO)) {
    const [y, m, d] = [Number(mt[1]), Number(mt[2]), Number(mt[3])];
    if (isValidDay(y, m, d)) out.push({ ...candidate("date", mt.index, mt.index + mt[0].length, { date: formatDay({ y, m, d }) }), fullDay: true });
  }
}

const YEAR_VERBS = new Set(["was", "has", "is", "does", "marks", "sees", "remains", "looks", "promises", "ends", "begins", "starts", "brings", "as"]);
const UNIT_AFTER = /^[\s\u00a0\u202f]?(?:%|€|\$|£|euros?\b|dollars?\b|pour cent|per cent|percent|km|kg|habitants|personnes|people|salariés|employees)/iu;

/** "2023-2024": a second year right after the dash. */
function isYearAt(text: string, at: number): boolean {
  return /^(?:1[89]|20)\d\d(?!\d)|^\d\d(?!\d)/u.test(text.slice(at, at + 5));
}

/** Whether a lone 4-digit number 1800–2099 at [start,end) reads as a year. */
function isYear(text: string, start: number, end: number, lang: Lang): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before === "/" || after === "/" || after === ":" || (after === "," || after === ".") && isDigit(text[end + 1])) return false;
  if ((before === "." || before === ",") && isDigit(text[start - 2])) return false;
  if (/[$€£]/u.test(before ?? "") || (before === " " && /[$€£]/u.test(text[start - 2] ?? ""))) return false;
  if (before === "-" && isLetter(text[start - 2]) && !/mi|mid/iu.test(text.slice(Math.max(0, start - 4), start - 1))) return false;
  if (UNIT_AFTER.test(text.slice(end, end + 12))) return false;
  const prev = wordBefore(text, start).toLowerCase().replace(/^.*['’]/u, "");
  if (DATE_PREPOSITIONS.has(prev)) return true;
  if (REFERENCE_WORDS.has(prev) || (after === "-" && isDigit(text[end + 1]) && !isYearAt(text, end + 1))) return false;
  // French writes counts without separators more often than years before a noun ("2000 manifestants").
  const next = wordAfter(text, end).word;
  if (lang === "fr" && /^\p{Ll}{3,}[sx]$/u.test(next) && !YEAR_VERBS.has(next)) return false;
  return true;
}

function findYears(ctx: DetectContext, out: Candidate[]): void {
  for (const mt of ctx.text.matchAll(YEAR_RE)) {
    const end = mt.index + 4;
    if (isYear(ctx.text, mt.index, end, ctx.lang)) out.push(candidate("date", mt.index, end, { date: formatYear(Number(mt[1])) }));
  }
}

const FULL_MONTHS = (lang: Lang) =>
  alt(withCapitals(Object.keys(MONTHS[lang]).filter((w) => !w.endsWith("."))).filter((w) => lang === "fr" || /^\p{Lu}/u.test(w)));
const MONTH_ONLY: Record<Lang, RegExp> = {
  fr: new RegExp(`${LB}(${FULL_MONTHS("fr")})(?![\\p{L}\\p{N}])`, "gu"),
  en: new RegExp(`${LB}(${FULL_MONTHS("en")})(?![\\p{L}\\p{N}])`, "gu"),
};
const EN_MONTH_PREP = new Set(["in", "since", "until", "till", "by", "from", "of", "during", "through", "before", "after", "early", "late", "mid", "end", "between", "and", "or", "to", "last", "next", "this", "that", "every"]);

/** A month named without day or year: "en décembre", "in March", "en mai dernier", "last May". */
function findBareMonths(ctx: DetectContext, out: Candidate[]): void {
  for (const mt of ctx.text.matchAll(MONTH_ONLY[ctx.lang])) {
    const name = mt[1];
    const prev = wordBefore(ctx.text, mt.index).toLowerCase().replace(/-$/u, "").replace(/^.*-/u, "");
    const capital = /^\p{Lu}/u.test(name);
    if (ctx.lang === "en" && !EN_MONTH_PREP.has(prev)) continue;
    if (ctx.lang === "fr" && capital && !DATE_PREPOSITIONS.has(prev)) continue;
    const m = monthNumber(ctx.lang, name);
    const next = wordAfter(ctx.text, mt.index + name.length);
    const end = mt.index + name.length;
    if (!ctx.published) {
      out.push(candidate("date", mt.index, end, {}));
      continue;
    }
    const startWithModifier = ctx.lang === "en" && (prev === "last" || prev === "next") ? mt.index - prev.length - 1 : mt.index;
    const suffix = next.word.toLowerCase();
    const strictPast = prev === "last" || suffix === "dernier";
    const strictFuture = prev === "next" || suffix === "prochain";
    const dir = strictPast ? "past" : strictFuture ? "future" : tenseAround(ctx.text, mt.index, end, ctx.lang);
    const ym = resolveMonth(ctx.published, m, dir, strictPast || strictFuture);
    const spanEnd = strictPast || strictFuture ? (ctx.lang === "fr" ? next.end : end) : end;
    out.push(candidate("date", startWithModifier, spanEnd, { date: formatMonth(ym) }));
  }
}

/** All absolute-date candidates (overlaps are resolved by the caller). */
export function detectAbsoluteDates(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  findNamedMonthDates(ctx, out);
  findRanges(ctx, out);
  findNumericDates(ctx, out);
  findYears(ctx, out);
  findBareMonths(ctx, out);
  return out;
}
