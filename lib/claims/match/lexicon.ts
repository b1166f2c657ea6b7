/**
 * The bilingual lexicon: concepts fact-checks share, each with its French and English words
 * and phrases, so that "déficit public" and "budget deficit", "RGPD" and "GDPR", "titre de
 * séjour" and "residence permit" become the same term. It is a lexicon of common concepts
 * (places, institutions, laws, economy, politics, health, climate, migration, technology,
 * everyday verbs), not of particular claims.
 *
 * Each line of a table: `id[:weight] | french forms | english forms`, forms separated by commas.
 * A form written in capitals (2+ letters) is an acronym and matches only a word written in
 * capitals ("US", not "us"; "AME", not "âme"). The weight says how much sharing the concept
 * tells (default 1; countries and everyday words less, laws and institutions more).
 */
import { fold, tokenize } from "./fold";
import { LEXICON_ECONOMY } from "./lexicon-economy";
import { LEXICON_GENERAL } from "./lexicon-general";
import { LEXICON_INSTITUTIONS } from "./lexicon-institutions";
import { LEXICON_AREAS, LEXICON_PLACES } from "./lexicon-places";
import { LEXICON_SOCIETY } from "./lexicon-society";
import { stem } from "./stem";
import type { Lang } from "./types";

export type Concept = { id: string; weight: number };
type Entry = { concept: Concept; acronym: boolean };

/** Longest phrase, in words, that the lexicon holds. */
export const MAX_PHRASE = 8;

/** Stemmed word sequences (joined by spaces) → concept, per language. */
const TABLES: Record<Lang, Map<string, Entry>> = { fr: new Map(), en: new Map() };
/** Every form of a concept, per language, as written (for the retrieval's search terms). */
export const CONCEPT_FORMS = new Map<string, Record<Lang, string[]>>();

export function phraseKey(words: string[], lang: Lang): string {
  return words.map((w) => stem(w, lang)).join(" ");
}

function addForm(lang: Lang, form: string, concept: Concept): void {
  const tokens = tokenize(form);
  if (tokens.length === 0 || tokens.length > MAX_PHRASE) throw new Error(`lexicon: bad form ${JSON.stringify(form)}`);
  const acronym = tokens.length === 1 && /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(form.trim());
  const key = phraseKey(tokens.map((t) => t.word), lang);
  const previous = TABLES[lang].get(key);
  // The first concept to claim a form keeps it: tables are read most specific first.
  if (!previous) TABLES[lang].set(key, { concept, acronym });
  const forms = CONCEPT_FORMS.get(concept.id) ?? { fr: [], en: [] };
  forms[lang].push(fold(form));
  CONCEPT_FORMS.set(concept.id, forms);
}

function load(table: string, places: boolean): void {
  for (const raw of table.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const [head, fr, en] = line.split("|").map((s) => s.trim());
    if (fr === undefined || en === undefined) throw new Error(`lexicon: bad line ${JSON.stringify(line)}`);
    const [id, weight] = head.split(":");
    const concept = { id: `c:${id}`, weight: weight ? Number(weight) : 1 };
    if (places) PLACE_CONCEPTS.add(concept.id);
    for (const [lang, forms] of [["fr", fr], ["en", en]] as const) {
      for (const form of forms.split(",").map((f) => f.trim()).filter(Boolean)) addForm(lang, form, concept);
    }
  }
}

/** Concepts that name one country: claims about two different countries differ. */
export const PLACE_CONCEPTS = new Set<string>();

for (const table of [LEXICON_INSTITUTIONS, LEXICON_PLACES, LEXICON_AREAS, LEXICON_ECONOMY, LEXICON_SOCIETY, LEXICON_GENERAL]) load(table, table === LEXICON_PLACES);

/** The concept of a stemmed word sequence, if the lexicon has it (acronym forms need capitals). */
export function lookupConcept(key: string, lang: Lang, acronym: boolean): Concept | null {
  const entry = TABLES[lang].get(key);
  if (!entry || (entry.acronym && !acronym)) return null;
  return entry.concept;
}
