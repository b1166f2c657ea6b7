/**
 * What a candidate retrieval should look for to fetch the archived claims rankMatches() needs:
 * words for full-text search (in the query's language), the same concepts written in both
 * languages (for claims checked in the other language), names for trigram similarity, and the
 * normalized values to compare with indexed columns.
 */
import { fold, tokenize } from "./fold";
import { CONCEPT_FORMS } from "./lexicon";
import { queryFeatures } from "./features";
import { STOP_WORDS } from "./stopwords";
import type { Lang, LegalRef, MatchQuery } from "./types";

export type CandidateTerms = {
  lang: Lang;
  /** Folded content words of the sentence, focus first (for `plainto_tsquery` / `websearch_to_tsquery`). */
  words: string[];
  /** Concept ids, and their forms in each language (an OR of these phrases finds translations). */
  concepts: string[];
  conceptForms: Record<Lang, string[]>;
  /** Words written with a capital (names, acronyms): same in both languages, for `pg_trgm` similarity. */
  names: string[];
  /** Figures with the range (±0.5 %) an indexed value must fall in, and their unit class. */
  values: { value: number; unit: string; min: number; max: number; focus: boolean }[];
  days: string[];
  years: number[];
  legal: LegalRef[];
  speakers: string[];
};

/** The terms and values a retrieval should search the archive for, for one marked claim. */
export function candidateTerms(query: MatchQuery): CandidateTerms {
  const f = queryFeatures(query);
  const tokens = tokenize(query.sentence || query.text);
  const stop = STOP_WORDS[query.lang];
  const focus = new Set(tokenize(query.text).map((t) => t.word));
  const words = [...new Set(tokens.filter((t) => t.word.length > 2 && !stop.has(t.word) && !/^\d/.test(t.word)).map((t) => t.word))];
  words.sort((a, b) => Number(focus.has(b)) - Number(focus.has(a)));
  const concepts = Object.keys(f.terms).filter((t) => t.startsWith("c:"));
  const conceptForms: Record<Lang, string[]> = { fr: [], en: [] };
  for (const c of concepts) {
    const forms = CONCEPT_FORMS.get(c);
    if (!forms) continue;
    for (const lang of ["fr", "en"] as const) conceptForms[lang].push(...forms[lang]);
  }
  return {
    lang: query.lang,
    words,
    concepts,
    conceptForms: { fr: [...new Set(conceptForms.fr)], en: [...new Set(conceptForms.en)] },
    names: [...new Set(tokens.filter((t) => t.capital && !stop.has(t.word)).map((t) => fold(t.word)))],
    values: f.quantities.map((q) => {
      const d = Math.abs(q.value) * 0.005;
      return { value: q.value, unit: q.unit, min: q.value - d, max: q.value + d, focus: q.focus === true };
    }),
    days: f.days,
    years: f.years,
    legal: f.legal,
    speakers: f.speakers,
  };
}
