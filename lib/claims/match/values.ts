/**
 * The normalized values of a text: quantities with a unit class, days, months and years, legal
 * references and quoted speakers. The claim detector (lib/claims) does the reading; this file
 * adds the figures it leaves out on purpose ("one per cent", "one in ten", "a quarter", "64 ans",
 * "1.5C") and maps units to classes comparable across languages (EUR, %, count…).
 */
import { detectClaims } from "../detect-claims";
import { NUMBER_WORDS } from "../lexicons";
import { fold } from "./fold";
import type { Lang, LegalRef, Quantity } from "./types";

export type Located<T> = T & { start: number; end: number };

export type TextValues = {
  quantities: Located<Quantity>[];
  dates: Located<{ date: string }>[];
  legal: Located<LegalRef>[];
  speakers: string[];
};

const CURRENCY_CODES = new Set(["EUR", "USD", "GBP", "CHF", "JPY", "CNY"]);
const UNIT_ALIASES: Record<string, string> = {
  livre: "GBP", livres: "GBP", "livres sterling": "GBP", pound: "GBP", pounds: "GBP", sterling: "GBP",
  "°c": "°C", degres: "°C", degre: "°C", degrees: "°C", degree: "°C", c: "°C",
  "percentage points": "pp", "points de pourcentage": "pp", "point de pourcentage": "pp",
  tonnes: "t", tonne: "t", tons: "t", ton: "t", "tco2e": "t", kilos: "kg", kilogrammes: "kg", kilograms: "kg",
  kilometres: "km", kilometers: "km", metres: "m", meters: "m", litres: "l", liters: "l",
};
const MEASURES = new Set(["°C", "°F", "pp", "t", "kg", "g", "mg", "km", "cm", "mm", "m", "l", "ppm", "mg/kg", "twh", "gwh", "mwh", "kwh", "gw", "mw", "kw", "ha", "km2", "m2", "mph", "km/h"]);

/** The class of a unit as the detector or an archive writes it: "%", "pp", "EUR", "°C", "twh"… or "count". */
export function unitClass(unit: unknown): string {
  if (typeof unit !== "string" || unit.trim() === "") return "count";
  if (unit === "%") return "%";
  if (CURRENCY_CODES.has(unit.toUpperCase()) && unit.length === 3) return unit.toUpperCase();
  const folded = fold(unit).trim();
  const own = (key: string) => (Object.hasOwn(UNIT_ALIASES, key) ? UNIT_ALIASES[key] : undefined); // "constructor" is a unit word, not the object's
  const alias = own(folded) ?? own(unit.toLowerCase());
  if (alias) return alias;
  if (MEASURES.has(folded) || MEASURES.has(unit)) return MEASURES.has(unit) ? unit : folded;
  return "count";
}

const SMALL: Record<Lang, Record<string, number>> = NUMBER_WORDS;
const WORD_PERCENT = /(?<![\p{L}])([\p{L}]+)[ \u00a0-](?:per ?cent|pour ?cent|percent)(?![\p{L}])/gu;
const ONE_IN = /(?<![\p{L}\p{N}])(?:un|une|one|1)[ \u00a0](?:sur|in|out of)[ \u00a0]([\p{L}]+|\d+)(?![\p{L}\p{N}])/gu;
const FRACTIONS: [RegExp, number][] = [
  [/(?<![\p{L}])(?:un|a|one)[ \u00a0](?:quart|quarter)(?![\p{L}])/gu, 25],
  [/(?<![\p{L}])(?:trois[ \u00a0]quarts|three[ \u00a0]quarters)(?![\p{L}])/gu, 75],
  [/(?<![\p{L}])(?:la[ \u00a0]moitie|half)(?![\p{L}])/gu, 50],
  [/(?<![\p{L}])(?:un|a|one)[ \u00a0](?:tiers|third)(?![\p{L}])/gu, 33.3],
  [/(?<![\p{L}])(?:deux[ \u00a0]tiers|two[ \u00a0]thirds)(?![\p{L}])/gu, 66.7],
];
const DEGREES = /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)?)[ \u00a0]?°?C(?![\p{L}])/gu;
const BARE = /(?<![\p{L}\p{N}.,-])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)(?![\p{N}])/gu;

function wordNumber(word: string, lang: Lang): number | null {
  const w = word.toLowerCase();
  return SMALL[lang][w] ?? SMALL.fr[w] ?? SMALL.en[w] ?? (/^\d+$/.test(w) ? Number(w) : null);
}

/** Figures the detector does not report as claims but that say the same thing as one. */
function extraQuantities(text: string, lang: Lang): Located<Quantity>[] {
  const folded = fold(text);
  const out: Located<Quantity>[] = [];
  for (const m of folded.matchAll(WORD_PERCENT)) {
    const n = wordNumber(m[1], lang);
    if (n !== null) out.push({ value: n, unit: "%", start: m.index, end: m.index + m[0].length });
  }
  for (const m of folded.matchAll(ONE_IN)) {
    const n = wordNumber(m[1], lang);
    if (n) out.push({ value: Math.round((1000 / n)) / 10, unit: "%", start: m.index, end: m.index + m[0].length });
  }
  for (const [re, value] of FRACTIONS) {
    for (const m of folded.matchAll(re)) out.push({ value, unit: "%", start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(DEGREES)) out.push({ value: Number(m[1].replace(",", ".")), unit: "°C", start: m.index, end: m.index + m[0].length });
  return out;
}

/** Digits no claim covers ("64 ans", "in 18 months"): a value without a known unit. */
function bareNumbers(text: string, covered: { start: number; end: number }[], lang: Lang): Located<Quantity>[] {
  const out: Located<Quantity>[] = [];
  for (const m of text.matchAll(BARE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered.some((c) => c.start < end && start < c.end)) continue;
    const raw = m[1].replace(/[ \u00a0\u202f]/g, "");
    const value = lang === "fr" ? Number(raw.replace(",", ".")) : Number(raw.replace(/,(?=\d{3}(?!\d))/g, "").replace(",", "."));
    if (Number.isFinite(value) && !(Number.isInteger(value) && value >= 1800 && value <= 2100)) out.push({ value, unit: "count", start, end });
  }
  return out;
}

/** A date for the detector to resolve relative dates against: YYYY-MM-DD, or the middle of a month or year. */
export function referenceDay(date: string | null | undefined): string | undefined {
  if (!date) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-15`;
  if (/^\d{4}$/.test(date)) return `${date}-07-01`;
  return undefined;
}

/** The values of a text, with where each was written. */
export function textValues(text: string, lang: Lang, published?: string | null): TextValues {
  const claims = detectClaims(text, { lang, published: referenceDay(published) });
  const out: TextValues = { quantities: [], dates: [], legal: [], speakers: [] };
  for (const c of claims) {
    const n = c.normalized;
    if (c.type === "number" && typeof n.value === "number") out.quantities.push({ value: n.value, unit: unitClass(n.unit), start: c.start, end: c.end });
    else if (c.type === "date" && typeof n.date === "string") out.dates.push({ date: n.date, start: c.start, end: c.end });
    else if (c.type === "legal_basis" && typeof n.instrument === "string") out.legal.push({ ...legalRef(n), start: c.start, end: c.end });
    else if (c.type === "quote" && typeof n.speaker === "string") out.speakers.push(n.speaker);
  }
  const extra = extraQuantities(text, lang).filter((q) => !out.quantities.some((c) => c.start < q.end && q.start < c.end));
  out.quantities.push(...extra);
  out.quantities.push(...bareNumbers(text, [...claims, ...extra], lang));
  return out;
}

export function legalRef(n: Record<string, unknown>): LegalRef {
  const ref: LegalRef = { instrument: String(n.instrument) };
  for (const k of ["article", "basis", "right"] as const) if (typeof n[k] === "string") ref[k] = n[k] as string;
  return ref;
}

/** The family name of a speaker or claimant, folded ("Donald Trump" → "trump"). */
export function speakerKeys(name: string | null | undefined): string[] {
  if (!name) return [];
  const words = fold(name).split(/[^a-z0-9]+/).filter((w) => w.length > 2);
  return words.length ? [words[words.length - 1]] : [];
}
