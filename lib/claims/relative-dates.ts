/** Relative dates resolved against the publication date: "hier", "l'an dernier", "last Tuesday", "two years ago". */
import { addDays, addMonths, formatDay, formatMonth, formatYear, resolveWeekday, type Direction, type Ymd } from "./calendar";
import { NUMBER_WORDS, WEEKDAYS } from "./lexicons";
import { SPEECH_VERBS } from "./speech-lexicon";
import { tenseAround } from "./tense";
import { LB, RB, SP, alt, candidate, wordBefore, withCapitals } from "./text";
import type { Candidate, DetectContext, Lang } from "./types";

type Unit = "day" | "week" | "month" | "year";
type Resolver = (pub: Ymd, mt: RegExpExecArray | RegExpMatchArray) => string | null;

const day = (n: number): Resolver => (pub) => formatDay(addDays(pub, n));
const month = (n: number): Resolver => (pub) => formatMonth(addMonths(pub, n));
const year = (n: number): Resolver => (pub) => formatYear(pub.y + n);
const weekMonth = (n: number): Resolver => (pub) => formatMonth(addDays(pub, 7 * n));

function shift(pub: Ymd, unit: Unit, n: number): string {
  if (unit === "day") return formatDay(addDays(pub, n));
  if (unit === "week") return formatMonth(addDays(pub, 7 * n));
  if (unit === "month") return formatMonth(addMonths(pub, n));
  return formatYear(pub.y + n);
}

const UNIT_WORDS: Record<string, Unit> = {
  jour: "day", jours: "day", semaine: "week", semaines: "week", mois: "month", an: "year", ans: "year", année: "year", années: "year",
  day: "day", days: "day", week: "week", weeks: "week", month: "month", months: "month", year: "year", years: "year",
};

function countOf(lang: Lang, s: string): number | null {
  if (/^\d{1,3}$/.test(s)) return Number(s);
  const w = s.toLowerCase();
  if (w === "a" || w === "an") return 1;
  return NUMBER_WORDS[lang][w] ?? null;
}

const SMALL = (lang: Lang) => `\\d{1,3}|${alt(withCapitals(Object.keys(NUMBER_WORDS[lang])))}${lang === "en" ? "|an?|An?" : ""}`;

/** Fixed expressions: [pattern, resolver]. The pattern is the whole span. */
const FIXED: Record<Lang, [string, Resolver][]> = {
  fr: [
    ["[Aa]vant-hier", day(-2)], ["[Hh]ier", day(-1)], ["[Aa]près-demain", day(2)], ["[Dd]emain", day(1)],
    [`(?:an|année)${SP}+(?:dernier|dernière|passé|passée)`, year(-1)], [`(?:an|année)${SP}+(?:prochain|prochaine)`, year(1)], [`[Cc]ette${SP}+année`, year(0)],
    [`mois${SP}+(?:dernier|passé)`, month(-1)], [`mois${SP}+prochain`, month(1)], [`[Cc]e${SP}+mois(?:-ci)?`, month(0)],
    [`[Cc]e${SP}+matin`, day(0)], [`[Cc]e${SP}+soir`, day(0)], [`[Cc]et${SP}+après-midi`, day(0)], [`[Cc]ette${SP}+nuit`, day(0)],
    [`semaine${SP}+(?:dernière|passée)`, weekMonth(-1)], [`semaine${SP}+prochaine`, weekMonth(1)], [`[Cc]ette${SP}+semaine`, weekMonth(0)],
  ],
  en: [
    [`the${SP}+day${SP}+before${SP}+yesterday`, day(-2)], ["[Yy]esterday", day(-1)], [`the${SP}+day${SP}+after${SP}+tomorrow`, day(2)], ["[Tt]omorrow", day(1)],
    [`[Ll]ast${SP}+year`, year(-1)], [`[Nn]ext${SP}+year`, year(1)], [`[Tt]his${SP}+year`, year(0)],
    [`[Ll]ast${SP}+month`, month(-1)], [`[Nn]ext${SP}+month`, month(1)], [`[Tt]his${SP}+month`, month(0)],
    [`[Tt]his${SP}+(?:morning|afternoon|evening)`, day(0)], ["[Tt]onight", day(0)], [`[Ll]ast${SP}+night`, day(-1)],
    [`[Ll]ast${SP}+week`, weekMonth(-1)], [`[Nn]ext${SP}+week`, weekMonth(1)], [`[Tt]his${SP}+week`, weekMonth(0)],
  ],
};
const FIXED_RE: Record<Lang, RegExp> = {
  fr: new RegExp(`${LB}(?:${FIXED.fr.map(([p]) => `(${p})`).join("|")})${RB}`, "gu"),
  en: new RegExp(`${LB}(?:${FIXED.en.map(([p]) => `(${p})`).join("|")})${RB}`, "gu"),
};
const AGO: Record<Lang, RegExp> = {
  fr: new RegExp(`${LB}[Ii]l${SP}+y${SP}+a${SP}+(${SMALL("fr")})${SP}+(jours?|semaines?|mois|ans?|années?)${RB}`, "gu"),
  en: new RegExp(`${LB}(${SMALL("en")})${SP}+(days?|weeks?|months?|years?)${SP}+ago${RB}`, "gu"),
};
const WEEKDAY_RE: Record<Lang, RegExp> = {
  fr: new RegExp(`${LB}(?:([Cc]e)${SP}+)?(${alt(withCapitals(Object.keys(WEEKDAYS.fr)))})(?:${SP}+(dernier|passé|prochain))?${RB}`, "gu"),
  en: new RegExp(`${LB}(?:([Ll]ast|[Nn]ext|[Tt]his)${SP}+)?(${alt(Object.keys(WEEKDAYS.en).map((w) => w[0].toUpperCase() + w.slice(1)))})${RB}`, "gu"),
};
const WD_ANY = `(?:${alt(withCapitals([...Object.keys(WEEKDAYS.fr), ...Object.keys(WEEKDAYS.en)]))})`;
/** "du mardi au samedi", "from Monday to Friday": opening hours, not dates. */
const RANGE_AFTER = new RegExp(`^${SP}+(?:au|à|to|through|-|–)${SP}+${WD_ANY}`, "u");
const RANGE_BEFORE = new RegExp(`${WD_ANY}${SP}+(?:au|à|to|through|-|–)${SP}+$`, "u");

const HABITUAL = new Set(["chaque", "les", "tous", "un", "une", "every", "each", "a", "black", "cyber", "good", "super", "ash", "holy", "easter"]);
/** "Sunday Times", "Monday Night Football": a weekday that is part of a name. */
const NAME_AFTER = /^[ \u00a0](?:Times|Telegraph|Mirror|Express|Post|Herald|Mail|Independent|Journal|Night|Morning|Sport|People|Star)(?![\p{L}])/u;

const TODAY: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}'’])aujourd['’]hui(?![\p{L}])/gu,
  en: /(?<![\p{L}])today(?![\p{L}'’])/gu,
};

/**
 * "aujourd'hui" / "today" name the publication day only right after an event or speech verb
 * ("a annoncé aujourd'hui", "said today"); "Aujourd'hui, les jeunes…" means nowadays.
 */
function findToday(ctx: DetectContext, out: Candidate[]): void {
  for (const mt of ctx.text.matchAll(TODAY[ctx.lang])) {
    const prev = wordBefore(ctx.text, mt.index).toLowerCase();
    const eventVerb = SPEECH_VERBS[ctx.lang].has(prev) || (ctx.lang === "en" ? /ed$/u.test(prev) : /(?:é|ée|és|ées|it|is|u)$/u.test(prev));
    if (!eventVerb) continue;
    out.push(candidate("date", mt.index, mt.index + mt[0].length, ctx.published ? { date: formatDay(ctx.published) } : {}));
  }
}

function findFixed(ctx: DetectContext, out: Candidate[]): void {
  findToday(ctx, out);
  for (const mt of ctx.text.matchAll(FIXED_RE[ctx.lang])) {
    const idx = mt.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    const resolver = FIXED[ctx.lang][idx]?.[1];
    if (!resolver || (/^[Dd]emain$/u.test(mt[0]) && /^(?:de|d['’]|du)$/u.test(wordBefore(ctx.text, mt.index).toLowerCase()))) continue;
    const date = ctx.published ? resolver(ctx.published, mt) : null;
    out.push(candidate("date", mt.index, mt.index + mt[0].length, date ? { date } : {}));
  }
  for (const mt of ctx.text.matchAll(AGO[ctx.lang])) {
    const n = countOf(ctx.lang, mt[1]);
    const unit = UNIT_WORDS[mt[2].toLowerCase()];
    if (n === null || !unit) continue;
    out.push(candidate("date", mt.index, mt.index + mt[0].length, ctx.published ? { date: shift(ctx.published, unit, -n) } : {}));
  }
}

function findWeekdays(ctx: DetectContext, out: Candidate[]): void {
  for (const mt of ctx.text.matchAll(WEEKDAY_RE[ctx.lang])) {
    const [, pre, name, post] = mt;
    const nameStart = mt.index + (pre ? mt[0].indexOf(name, pre.length) : 0);
    if (!pre && HABITUAL.has(wordBefore(ctx.text, nameStart).toLowerCase())) continue;
    const after = ctx.text.slice(mt.index + mt[0].length, mt.index + mt[0].length + 16);
    if (NAME_AFTER.test(after) || RANGE_AFTER.test(after) || RANGE_BEFORE.test(ctx.text.slice(Math.max(0, nameStart - 16), nameStart))) continue;
    const modifier = (pre ?? post ?? "").toLowerCase();
    const strict = modifier === "last" || modifier === "next" || modifier === "dernier" || modifier === "passé" || modifier === "prochain";
    let dir: Direction = "nearest";
    if (modifier === "last" || modifier === "dernier" || modifier === "passé") dir = "past";
    else if (modifier === "next" || modifier === "prochain") dir = "future";
    else if (!modifier) dir = tenseAround(ctx.text, nameStart, mt.index + mt[0].length, ctx.lang);
    const start = ctx.lang === "fr" && pre ? nameStart : mt.index;
    const wd = WEEKDAYS[ctx.lang][name.toLowerCase()];
    const date = ctx.published ? formatDay(resolveWeekday(ctx.published, wd, dir, strict)) : null;
    out.push(candidate("date", start, mt.index + mt[0].length, date ? { date } : {}));
  }
}

/** All relative-date candidates. */
export function detectRelativeDates(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  findFixed(ctx, out);
  findWeekdays(ctx, out);
  return out;
}
