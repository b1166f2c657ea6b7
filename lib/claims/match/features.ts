/**
 * Features of a query (a claim marked in an article) and of an archived claim: terms, values and
 * the claim's type, computed once. An archived claim's features are plain JSON: compute them when
 * the claim enters the archive (prepareCandidate) and store them beside it.
 */
import { fold, tokenize } from "./fold";
import { findTerms, termWeights } from "./terms";
import type { ArchiveClaim, ClaimFeatures, LegalRef, MatchClaimType, MatchQuery, Quantity } from "./types";
import { legalRef, speakerKeys, textValues, unitClass, type TextValues } from "./values";

/** How much more the words of the marked span weigh than the rest of its sentence. */
export const FOCUS_BOOST = 2;

const TYPES = new Set(["date", "quote", "legal_basis", "number", "other"]);

function claimType(type: unknown): MatchClaimType | null {
  return typeof type === "string" && TYPES.has(type) ? (type as MatchClaimType) : null;
}

function years(values: TextValues, extra: string[]): number[] {
  const out = new Set<number>();
  for (const d of [...values.dates.map((x) => x.date), ...extra]) {
    const y = Number(d.slice(0, 4));
    if (Number.isInteger(y) && y > 0) out.add(y);
  }
  return [...out].sort();
}

function days(values: TextValues, extra: string[]): string[] {
  return [...new Set([...values.dates.map((d) => d.date), ...extra].filter((d) => d.length >= 7))].sort();
}

/** The value an archive or a query states in `normalized`, as a quantity, a date or a legal reference. */
function normalizedValues(n: Record<string, unknown> | null | undefined): { quantity?: Quantity; date?: string; legal?: LegalRef; speaker?: string } {
  if (!n) return {};
  const out: { quantity?: Quantity; date?: string; legal?: LegalRef; speaker?: string } = {};
  if (typeof n.value === "number" && Number.isFinite(n.value)) out.quantity = { value: n.value, unit: unitClass(n.unit) };
  if (typeof n.date === "string" && /^\d{4}(?:-\d{2}){0,2}$/.test(n.date)) out.date = n.date;
  if (typeof n.instrument === "string") out.legal = legalRef(n);
  if (typeof n.speaker === "string") out.speaker = n.speaker;
  return out;
}

const sameQuantity = (a: Quantity, b: Quantity) => a.unit === b.unit && Math.abs(a.value - b.value) <= Math.abs(a.value) * 0.005;

/** The features of an archived claim. */
export function candidateFeatures(claim: ArchiveClaim): ClaimFeatures {
  const values = textValues(claim.claim, claim.lang, claim.date);
  const norm = normalizedValues(claim.normalized);
  const quantities: Quantity[] = values.quantities.map(({ value, unit }) => ({ value, unit }));
  if (norm.quantity) {
    const same = quantities.find((q) => sameQuantity(q, norm.quantity!));
    if (same) same.main = true;
    else quantities.push({ ...norm.quantity, main: true });
  }
  const legal = values.legal.map(({ start: _s, end: _e, ...ref }) => ref);
  if (norm.legal) legal.push(norm.legal);
  const extraDates = norm.date ? [norm.date] : [];
  return {
    terms: termWeights(findTerms(claim.claim, claim.lang)),
    claimantTerms: claim.claimant ? termWeights(findTerms(claim.claimant, claim.lang)) : {},
    quantities,
    days: days(values, extraDates),
    years: years(values, extraDates),
    ...(claim.date && /^\d{4}/.test(claim.date) ? { madeIn: Number(claim.date.slice(0, 4)) } : {}),
    legal,
    speakers: [...new Set([...speakerKeys(claim.claimant), ...speakerKeys(norm.speaker), ...values.speakers.flatMap(speakerKeys)])],
    type: claimType(claim.type),
  };
}

/** The archived claim with its features, ready to rank (and to store). */
export function prepareCandidate<T extends ArchiveClaim>(claim: T): T & { features: ClaimFeatures } {
  return { ...claim, features: claim.features ?? candidateFeatures(claim) };
}

/** The folded words written with a capital, to compare with claimants' family names. */
function namesIn(text: string): string[] {
  return tokenize(text).filter((t) => t.capital && t.word.length > 2).map((t) => fold(t.word));
}

/** Where the marked span sits in its sentence (the first occurrence), or null. */
function spanOf(query: MatchQuery): { start: number; end: number } | null {
  const at = query.sentence.indexOf(query.text);
  return at === -1 ? null : { start: at, end: at + query.text.length };
}

const inside = (x: { start: number; end: number }, span: { start: number; end: number } | null) => span !== null && x.start < span.end && span.start < x.end;

/** The features of a marked claim: its sentence's, with the span's terms and values as the focus. */
export function queryFeatures(query: MatchQuery): ClaimFeatures {
  const sentence = query.sentence || query.text;
  const span = spanOf({ ...query, sentence });
  const found = findTerms(sentence, query.lang);
  const focus = span ? found.filter((f) => inside(f, span)) : findTerms(query.text, query.lang);
  const terms = termWeights(found);
  for (const f of focus) terms[f.term] = Math.max(terms[f.term] ?? 0, f.weight * FOCUS_BOOST);
  const values = textValues(sentence, query.lang, query.published);
  const focusValues = span ? values : textValues(query.text, query.lang, query.published);
  const quantities: Quantity[] = values.quantities.map(({ value, unit, start, end }) => ({ value, unit, focus: inside({ start, end }, span) }));
  if (!span) for (const q of focusValues.quantities) quantities.push({ value: q.value, unit: q.unit, focus: true });
  const norm = normalizedValues(query.normalized);
  if (norm.quantity) {
    const same = quantities.find((q) => sameQuantity(q, norm.quantity!) || (q.unit === "count" && Math.abs(q.value - norm.quantity!.value) <= Math.abs(q.value) * 0.005));
    if (same) {
      // The marked claim's own reading wins: "2 000 livres" read as a count is GBP.
      same.focus = true;
      same.unit = norm.quantity.unit;
    }
    else quantities.push({ ...norm.quantity, focus: true });
  }
  const legal = values.legal.map(({ start: _s, end: _e, ...ref }) => ref);
  if (norm.legal) legal.push(norm.legal);
  const focusDays = [...(norm.date ? [norm.date] : []), ...(span ? values : focusValues).dates.filter((d) => !span || inside(d, span)).map((d) => d.date)];
  return {
    terms,
    focusTerms: [...new Set(focus.map((f) => f.term))],
    quantities,
    days: days(values, norm.date ? [norm.date] : []),
    focusDays: [...new Set(focusDays.filter((d) => d.length >= 7))],
    years: years(values, norm.date ? [norm.date] : []),
    legal,
    // Who is named in the sentence may be who made the archived claim ("Sunak a répété que…").
    speakers: [...new Set([...speakerKeys(norm.speaker), ...values.speakers.flatMap(speakerKeys), ...namesIn(sentence)])],
    type: claimType(query.type),
  };
}
