/** Guesses French or English from function-word counts in the first 20,000 characters. */
import type { Lang } from "./types";

const FR = new Set(["le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "pour", "que", "qui", "dans", "sur", "pas", "au", "aux", "avec", "ce", "cette", "il", "elle", "nous", "vous", "sont", "été", "par", "mais", "ou", "leur", "ses", "son", "sa", "selon", "d", "l", "qu", "n"]);
const EN = new Set(["the", "and", "of", "to", "in", "is", "was", "for", "that", "with", "on", "as", "by", "it", "are", "be", "has", "have", "from", "which", "this", "will", "said", "its", "their", "an", "were", "had", "not", "but", "or", "they", "he", "she"]);

export function guessLanguage(text: string): Lang {
  const sample = text.slice(0, 20_000).toLowerCase();
  let fr = 0;
  let en = 0;
  for (const m of sample.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (FR.has(w)) fr++;
    if (EN.has(w)) en++;
  }
  fr += (sample.match(/[éèêàçùœ«»]/gu)?.length ?? 0) / 4;
  return fr > en ? "fr" : "en";
}
