/** Case and accent folding, and tokenization of French and English text. */

const MARKS = /\p{M}+/gu;

/** Lower case, accents removed, ligatures opened, typographic apostrophes straightened. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[’‘ʼ`´]/g, "'");
}

export type Token = {
  /** Folded form. */
  word: string;
  /** Written with a capital letter, not at the start of the sentence. */
  capital: boolean;
  /** Written in capitals (two letters or more): an acronym. */
  acronym: boolean;
  start: number;
  end: number;
};

// Words ("CO2" and "G7" are one word; hyphenated words are split) and digit runs.
const WORD = /[\p{L}][\p{L}\p{N}&]*|\p{N}+(?:[.,]\p{N}+)*/gu;
/** French elided articles and pronouns, English possessive and contracted endings. */
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=\p{L})/u;
const EN_CLITIC = /'(?:s|re|ve|ll|d|t)$/u;
/** Tokens of a text, elisions and possessives taken off ("l'IA" → "ia", "Zelensky's" → "zelensky"). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’&.,-]*/gu)) {
    let raw = m[0].replace(/’/g, "'").replace(/[-'.,]+$/u, "");
    let offset = 0;
    const el = ELISION.exec(raw.toLowerCase());
    if (el) {
      offset = el[0].length;
      raw = raw.slice(offset);
    }
    raw = raw.replace(EN_CLITIC, "");
    for (const w of raw.matchAll(WORD)) {
      const surface = w[0];
      const start = m.index + offset + (w.index ?? 0);
      const acronym = /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(surface);
      // A capital at the start of a sentence may be a name too: common words there are stop words or in the lexicon.
      const capital = acronym || /^\p{Lu}/u.test(surface);
      out.push({ word: fold(surface), capital, acronym, start, end: start + surface.length });
    }
  }
  return out;
}
