/** What surrounds a number: currency before it; multiplier, percent, currency, unit or counted noun after it. */
import { CURRENCIES, MEASURE_UNITS, MONTHS, MULTIPLIER_ABBREV, MULTIPLIER_WORDS, POINT_WORDS, REFERENCE_WORDS, STOPWORDS, TIME_UNITS, WEEKDAYS } from "./lexicons";
import { alt, isDigit, isLetter, wordBefore } from "./text";
import type { Lang } from "./types";

export type Tail = { end: number; multiplier: number; unit?: string; counted: boolean; reject: boolean };

const S = "[ \\u00a0\\u202f\\u2009]?";
const CURRENCY_WORDS = Object.keys(CURRENCIES).filter((k) => /^\p{L}/u.test(k));
const CURRENCY_AFTER = new RegExp(`${S}(?:(?:de${S}|d['’]${S}?)?(${alt(CURRENCY_WORDS)})(?![\\p{L}])|([€$£¥]))`, "iuy");
const CURRENCY_BEFORE = /(?:US\$|C\$|A\$|[€$£¥]|\b(?:USD|EUR|GBP|CHF))[ \u00a0\u202f]?$/u;
const PERCENT = new RegExp(`${S}(?:%|(?:pour|per)[ \\u00a0]cent(?![\\p{L}])|pourcent(?![\\p{L}])|percent(?![\\p{L}]))`, "iuy");
const POINTS = new RegExp(`${S}(${alt(POINT_WORDS)})(?![\\p{L}])`, "iuy");
const MULT_WORD: Record<Lang, RegExp> = {
  fr: new RegExp(`${S}(${alt(Object.keys(MULTIPLIER_WORDS.fr))})(?![\\p{L}])`, "iuy"),
  en: new RegExp(`${S}(${alt(Object.keys(MULTIPLIER_WORDS.en))})(?![\\p{L}])`, "iuy"),
};
/** "$75-million", "1.2-billion-euro", "500,000-euro": an amount written as one hyphenated word. */
function hyphenated(lang: Lang): RegExp {
  const money = alt(CURRENCY_WORDS);
  return new RegExp(`[-‑](?:(${alt(Object.keys(MULTIPLIER_WORDS[lang]))})(?:[-‑](${money}))?|(${money}))(?![\\p{L}\\p{N}])`, "iuy");
}
const HYPHENATED: Record<Lang, RegExp> = { fr: hyphenated("fr"), en: hyphenated("en") };
const MULT_ABBREV = new RegExp(`${S}(${alt(Object.keys(MULTIPLIER_ABBREV))})(?![\\p{L}])`, "uy");
const MEASURE = new RegExp(`${S}(${alt(MEASURE_UNITS)})(?![\\p{L}\\p{N}])`, "uy");
const TIME_ATTACHED = /(?:h|H)(?:\d{2})?(?![\p{L}])|:\d|[ \u00a0\u202f]?(?:a\.m\.|p\.m\.|am|pm)(?![\p{L}])|[ \u00a0\u202f]h(?:[ \u00a0\u202f]?\d{2})?(?![\p{L}])/uy;
/** "de"/"d'" (fr) or "of" (en) between a multiplier and its noun ("2 milliards d'euros", "dozens of"). */
const DE = /[ \u00a0\u202f]?(?:de[ \u00a0\u202f]|d['’]|of[ \u00a0\u202f])/uy;
const NOUN = /[ \u00a0\u202f]?([\p{L}][\p{L}'’-]*)/uy;
const ORDINAL = /(?:er|re|e|ème|eme|è|nd|st|rd|th|ᵉ|ᵉʳ)(?![\p{L}])/uy;
const VERB_LIKE = new Set(["said", "say", "says", "told", "made", "took", "left", "came", "went", "saw", "got", "lost", "won", "paid", "spent", "fell", "rose", "grew", "signed", "were", "did", "do", "does", "sont", "ont", "a", "était", "seront", "doivent", "peuvent", "pourraient"]);
const CALENDAR_WORDS = new Set([...Object.keys(MONTHS.fr), ...Object.keys(MONTHS.en), ...Object.keys(WEEKDAYS.fr), ...Object.keys(WEEKDAYS.en)]);

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Currency written before the number ("$1.2bn", "€ 500", "USD 5"): its code and where it starts. */
export function currencyBefore(text: string, start: number): { code: string; start: number } | null {
  const from = Math.max(0, start - 5);
  const m = CURRENCY_BEFORE.exec(text.slice(from, start));
  if (!m) return null;
  const sym = m[0].trim().replace(/^[CA](?=\$)/u, "");
  const code = CURRENCIES[sym.toLowerCase()] ?? CURRENCIES[sym];
  return code ? { code, start: from + m.index } : null;
}

/** Context before the number that makes it a reference, a code or a clock time, not a quantity. */
export function rejectedByPrefix(text: string, start: number): boolean {
  const b1 = text[start - 1];
  if (isLetter(b1) || b1 === "°" || b1 === "#" || b1 === "§" || b1 === "/" || b1 === ":" || b1 === "_") return true;
  if ((b1 === "-" || b1 === "‑") && (isLetter(text[start - 2]) || isDigit(text[start - 2]))) return true;
  if (b1 === "(" && text[start + 1] === ")") return true;
  const prev = wordBefore(text, start).toLowerCase();
  if (prev === "in" && /(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)[ \u00a0]+in[ \u00a0]+$/iu.test(text.slice(Math.max(0, start - 12), start))) return true;
  return REFERENCE_WORDS.has(prev) || REFERENCE_WORDS.has(prev.replace(/^.*['’]/u, ""));
}

/** Counted noun after the number: up to two content words. */
function countedNoun(text: string, at: number, lang: Lang, afterMultiplier: boolean): { end: number; unit: string } | null {
  let pos = at;
  if (afterMultiplier) {
    const m = sticky(DE, text, pos);
    if (m) pos += m[0].length;
  }
  const words: string[] = [];
  let end = pos;
  while (words.length < 2) {
    const m = sticky(NOUN, text, end);
    if (!m) break;
    const w = m[1];
    const lw = w.toLowerCase();
    if (STOPWORDS.has(lw) || CALENDAR_WORDS.has(lw) || TIME_UNITS.has(lw) || (words.length > 0 && /^\p{Lu}/u.test(w))) break;
    if (words.length > 0 && /['’]$/u.test(words[0])) break;
    // A second word that reads as a verb ends the noun ("stores closed", "plaintes reçues").
    if (words.length > 0 && VERB_LIKE.has(lw)) break;
    if (words.length > 0 && (lang === "en" ? /(?:ed|ing)$/u : /(?:ée?s?|[^q]ue?s?)$/u).test(lw)) break;
    words.push(w);
    end += m[0].length;
  }
  return words.length > 0 ? { end, unit: words.join(" ") } : null;
}

/** Reads what follows a number ending at `end`. */
export function readTail(text: string, end: number, lang: Lang, value: number, currency: string | null, multiplied = false): Tail {
  const reject: Tail = { end, multiplier: 1, counted: false, reject: true };
  const next = text[end];
  const hy = sticky(HYPHENATED[lang], text, end);
  if (hy) {
    const multiplier = hy[1] ? MULTIPLIER_WORDS[lang][hy[1].toLowerCase()] : 1;
    const money = hy[2] ?? hy[3];
    const unit = money ? CURRENCIES[money.toLowerCase()] : (currency ?? undefined);
    // "a 27-member bloc" is no amount: only a multiplier or a currency makes one.
    if (multiplier > 1 || unit) return { end: end + hy[0].length, multiplier, unit, counted: true, reject: false };
  }
  if (sticky(TIME_ATTACHED, text, end)) return reject;
  if (next === "/" || next === ":" || ((next === "-" || next === "‑") && (isDigit(text[end + 1]) || isLetter(text[end + 1])))) return reject;
  let pos = end;
  let multiplier = 1;
  const mw = sticky(MULT_WORD[lang], text, pos) ?? sticky(MULT_ABBREV, text, pos);
  if (mw) {
    const key = mw[1];
    const isMeters = key === "m" && lang === "fr" && !currency && !sticky(CURRENCY_AFTER, text, pos + mw[0].length);
    if (!isMeters) {
      multiplier = MULTIPLIER_WORDS[lang][key.toLowerCase()] ?? MULTIPLIER_ABBREV[key] ?? 1;
      pos += mw[0].length;
    }
  }
  if (multiplier === 1 && isLetter(next) && !sticky(MEASURE, text, pos) && !sticky(CURRENCY_AFTER, text, pos)) return reject;
  if (multiplier === 1 && sticky(ORDINAL, text, pos)) return reject;
  const pc = sticky(PERCENT, text, pos);
  if (pc) {
    const pts = sticky(POINTS, text, pos);
    return { end: pos + (pts ? pts[0].length : pc[0].length), multiplier, unit: pts ? "percentage points" : "%", counted: true, reject: false };
  }
  const pts = sticky(POINTS, text, pos);
  if (pts) return { end: pos + pts[0].length, multiplier, unit: "percentage points", counted: true, reject: false };
  const cur = sticky(CURRENCY_AFTER, text, pos);
  const ambiguous = cur && multiplier === 1 && /^(?:livres?|pounds?)$/iu.test(cur[1] ?? "");
  if (cur && !ambiguous) return { end: pos + cur[0].length, multiplier, unit: CURRENCIES[(cur[1] ?? cur[2]).toLowerCase()] ?? CURRENCIES[cur[2] ?? ""], counted: true, reject: false };
  if (currency) return { end: pos, multiplier, unit: currency, counted: true, reject: false };
  const measure = sticky(MEASURE, text, pos);
  if (measure) return { end: pos + measure[0].length, multiplier, unit: measure[1], counted: true, reject: false };
  const de = multiplied || multiplier > 1 ? sticky(DE, text, pos) : null;
  const unitWord = sticky(NOUN, text, pos + (de ? de[0].length : 0))?.[1]?.toLowerCase();
  if (unitWord && TIME_UNITS.has(unitWord) && value * multiplier < 1000) return reject;
  const noun = countedNoun(text, pos, lang, multiplied || multiplier > 1);
  if (noun) return { end: noun.end, multiplier, unit: noun.unit, counted: true, reject: false };
  return { end: pos, multiplier, counted: multiplier > 1, reject: false };
}

