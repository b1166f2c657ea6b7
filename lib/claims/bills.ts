/**
 * Bills: "le projet de loi de finances pour 2025", "le PLFSS", "une proposition de loi", "the draft
 * ePrivacy Regulation". A bill is not law yet, and it is debated, not invoked as a legal ground: no
 * legal-basis claim (GUIDELINES.md). The year in its name is part of the name ("PLF 2025"), not a date.
 */
import type { Candidate, Span } from "./types";

const BILL_INSTRUMENTS = new Set(["FR_PLF", "FR_PLFSS"]);
const SP = "[ \\u00a0\\u202f]";
/** Words before an instrument's name that make it a draft: "projet de loi …", "proposition de règlement …", "draft …". */
const DRAFT_BEFORE = new RegExp(`(?:(?:avant-)?projets?|propositions?)${SP}+(?:de${SP}+)?$|(?:draft|proposed)${SP}+$`, "iu");
const DRAFT_NAME = new RegExp(`^(?:(?:avant-)?projets?|propositions?)${SP}+de${SP}`, "iu");
const YEAR_AFTER = new RegExp(`^(?:${SP}+rectificatives?)?(?:${SP}+(?:pour|for|de))?${SP}+(?:19|20)\\d\\d(?![\\p{L}\\p{N}])`, "iu");
/** "The Data (Use and Access) Bill", "the Finance Bill 2024" (not "Bill Gates"). */
const EN_BILL = new RegExp(
  `(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’-]*(?:${SP}+(?:\\p{Lu}[\\p{L}'’-]*|and|of|on|for|the|\\([^()\\n]{1,40}\\))){0,6}${SP}+Bill(?:${SP}+(?:19|20)\\d\\d)?(?![\\p{L}\\p{N}]|${SP}+\\p{Lu})`,
  "gu",
);
/** Finance laws are named with their year ("loi de finances pour 2024"): the year belongs to the name. */
const YEARLY_LAWS = new Set(["FR_LOI_FINANCES", "FR_LFSS"]);

/** English bills named in the text: no claim, and no date inside their name. */
export function englishBills(text: string): Span[] {
  return [...text.matchAll(EN_BILL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** "loi de finances pour 2024": the end of a yearly law's name, after its year. */
export function nameEnd(text: string, c: Candidate): number {
  if (!YEARLY_LAWS.has(String(c.normalized.instrument))) return c.end;
  return c.end + (YEAR_AFTER.exec(text.slice(c.end, c.end + 24))?.[0].length ?? 0);
}

/** The span a legal-basis candidate covers when it names a bill (with the year of its name), else null. */
export function billSpan(text: string, c: Candidate): Span | null {
  const before = DRAFT_BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start));
  const draft = before !== null || DRAFT_NAME.test(text.slice(c.start, c.end)) || BILL_INSTRUMENTS.has(String(c.normalized.instrument));
  if (!draft) return null;
  const year = YEAR_AFTER.exec(text.slice(c.end, c.end + 24));
  return { start: before ? c.start - before[0].length : c.start, end: c.end + (year ? year[0].length : 0) };
}
