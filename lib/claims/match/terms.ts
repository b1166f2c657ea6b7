/**
 * The normalized terms of a text: lexicon concepts ("c:deficit", the same in both languages)
 * found as phrases or words, and, for words the lexicon does not know, a stemmed key ("w:zelens").
 * Stop words, numbers and the words of numbers, currencies and dates are left out: values
 * (values.ts) carry them.
 */
import { CURRENCIES, MONTHS, MULTIPLIER_ABBREV, MULTIPLIER_WORDS, NUMBER_WORDS, WEEKDAYS } from "../lexicons";
import { tokenize, type Token } from "./fold";
import { lookupConcept, MAX_PHRASE, phraseKey } from "./lexicon";
import { stem, wordKey } from "./stem";
import { STOP_WORDS } from "./stopwords";
import type { Lang } from "./types";

/** A term found in a text, with its weight and where it was written. */
export type FoundTerm = { term: string; weight: number; start: number; end: number };

/** Weights of words the lexicon does not know: names weigh more than common words. */
export const UNKNOWN_WEIGHT = { name: 1.8, word: 1.2, short: 0.3 };

/** The weight of a lexicon word inside a longer phrase, relative to its own. */
export const PART_WEIGHT = 0.5;

const VALUE_WORDS = new Set(
  [
    ...Object.keys(NUMBER_WORDS.fr), ...Object.keys(NUMBER_WORDS.en), ...Object.keys(MULTIPLIER_WORDS.fr), ...Object.keys(MULTIPLIER_WORDS.en),
    ...Object.keys(MULTIPLIER_ABBREV), ...Object.keys(CURRENCIES), ...Object.keys(MONTHS.fr), ...Object.keys(MONTHS.en),
    ...Object.keys(WEEKDAYS.fr), ...Object.keys(WEEKDAYS.en),
    "percent", "pourcent", "cent", "pc", "bn", "md", "mds", "mrd", "livre", "livres", "pound", "pounds", "sterling", "dollar", "dollars",
    "centimes", "pence", "p", "c", "f", "mg", "kg", "km", "cm", "twh", "gwh", "mw", "gw", "ppm", "per",
  ].map((w) => w.toLowerCase().replace(/\.$/, "")),
);

function isValueWord(t: Token): boolean {
  return /^\d/.test(t.word) || (VALUE_WORDS.has(t.word) && !t.acronym);
}

function phraseAt(tokens: Token[], i: number, lang: Lang): { len: number; term: string; weight: number } | null {
  for (let len = Math.min(MAX_PHRASE, tokens.length - i); len >= 2; len--) {
    const concept = lookupConcept(phraseKey(tokens.slice(i, i + len).map((t) => t.word), lang), lang, false);
    if (concept) return { len, term: concept.id, weight: concept.weight };
  }
  return null;
}

function wordTerm(t: Token, lang: Lang): { term: string; weight: number } | null {
  if (isValueWord(t)) return null;
  if (!t.acronym && STOP_WORDS[lang].has(t.word)) return null;
  const concept = lookupConcept(stem(t.word, lang), lang, t.acronym);
  if (concept) return { term: concept.id, weight: concept.weight };
  if (t.word.length <= 2 && !t.acronym) return { term: `w:${t.word}`, weight: UNKNOWN_WEIGHT.short };
  return { term: `w:${wordKey(t.word, lang)}`, weight: t.capital ? UNKNOWN_WEIGHT.name : UNKNOWN_WEIGHT.word };
}

/** Every term of a text, in order. */
export function findTerms(text: string, lang: Lang): FoundTerm[] {
  const tokens = tokenize(text);
  const out: FoundTerm[] = [];
  for (let i = 0; i < tokens.length; ) {
    const phrase = phraseAt(tokens, i, lang);
    if (phrase) {
      out.push({ term: phrase.term, weight: phrase.weight, start: tokens[i].start, end: tokens[i + phrase.len - 1].end });
      // The words of a phrase count too, for less: "pension minimale" still says "pension".
      for (const t of tokens.slice(i, i + phrase.len)) {
        const word = wordTerm(t, lang);
        if (word && word.term !== phrase.term && word.term.startsWith("c:")) out.push({ term: word.term, weight: word.weight * PART_WEIGHT, start: t.start, end: t.end });
      }
      i += phrase.len;
      continue;
    }
    const word = wordTerm(tokens[i], lang);
    if (word) out.push({ ...word, start: tokens[i].start, end: tokens[i].end });
    i++;
  }
  return out;
}

/** Terms with their weight (the largest when a term comes back). */
export function termWeights(found: FoundTerm[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of found) out[f.term] = Math.max(out[f.term] ?? 0, f.weight);
  return out;
}
