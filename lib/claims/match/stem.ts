/**
 * Light stemming of folded French and English words: plurals, feminines and the commonest
 * derivational endings come off, so that "entraînée", "entraînement" and "entraîner" share a stem,
 * and so do many cognates across the two languages ("électricité" / "electricity" → "electric",
 * "économique" / "economic" → "econom"). Stems are cut to KEY_LENGTH characters to compare words
 * the lexicon does not know ("vaccination" / "vaccine" → "vaccin").
 */
import type { Lang } from "./types";

export const KEY_LENGTH = 6;

// Longest first; each needs a stem of at least 3 letters left.
const FR_SUFFIXES = [
  "issements", "issement", "ations", "ation", "ements", "ement",
  "iques", "ique", "ismes", "isme", "istes", "iste", "ites", "ite", "euses", "euse", "eux", "ives", "ive", "ifs", "if",
  "aient", "erait", "eront", "erons", "ees", "ee", "es", "er", "ez", "e", "ent",
];
const EN_SUFFIXES = [
  "ations", "ation", "ments", "ment", "nesses", "ness", "ities", "ity", "ically", "ical", "ics", "ic", "isms", "ism", "ists", "ist",
  "ings", "ing", "ied", "ies", "ed", "ly", "es", "e", "s",
];

function strip(word: string, suffixes: string[], minStem: number): string {
  for (const s of suffixes) {
    if (word.length - s.length >= minStem && word.endsWith(s)) return word.slice(0, -s.length);
  }
  return word;
}

/** Words the rules would wrongly cut, or cut into another word's stem ("pays" is not "payer"). */
const EXCEPTIONS: Record<Lang, Record<string, string>> = {
  fr: {
    pays: "pays", mois: "mois", fois: "fois", prix: "prix", temps: "temps", corps: "corps", choix: "choix", poids: "poids",
    paix: "paix", voix: "voix", taux: "taux", gaz: "gaz", donnee: "donnee", donnees: "donnee", publicite: "publicit",
    publicites: "publicit", nationalite: "nationalit", nationalites: "nationalit",
  },
  en: { treaty: "treaty", treaties: "treaty", county: "county", counties: "county", news: "news", series: "series" },
};

/** The stem of one folded word. Words of three letters or fewer are kept whole. */
export function stem(word: string, lang: Lang): string {
  // An own property only: "constructor" or "__proto__" in a text is a word, not the object's.
  const exception = Object.hasOwn(EXCEPTIONS[lang], word) ? EXCEPTIONS[lang][word] : undefined;
  if (exception) return exception;
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (lang === "fr") {
    let w = word;
    if (/[sx]$/.test(w) && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
    return strip(w, FR_SUFFIXES, 3);
  }
  let w = word;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  w = w.replace(/y$/, "");
  return strip(w, EN_SUFFIXES, 3);
}

/** The language-neutral key of a word the lexicon does not know. */
export function wordKey(word: string, lang: Lang): string {
  return stem(word, lang).slice(0, KEY_LENGTH);
}
