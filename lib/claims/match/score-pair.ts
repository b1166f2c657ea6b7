/**
 * How well one archived claim answers one marked claim, from their features alone (so the score
 * does not depend on which other candidates were retrieved). Shared terms give the base; values
 * are strong signals: the same figure (within 0.5 %), the same day, the same legal basis or
 * right, the same speaker raise it; another figure of the same kind, another day, or only other
 * years lower it, because "the same subject another year" is another claim.
 */
import { PLACE_CONCEPTS } from "./lexicon";
import type { ClaimFeatures, Quantity } from "./types";

/** The weights of the signals, in score points (a score is about 0 to 1). */
export const SIGNALS = {
  focusValue: 0.35,
  otherValue: 0.1,
  /** The share of focusValue left when the figure is not the one the candidate is about. */
  secondaryValue: 0.5,
  valueConflict: 0.12,
  mainValueConflict: 0.25,
  valueMissing: 0.08,
  /** A number claim, or a date claim, whose figure or date the candidate does not state at all. */
  valueMissingTyped: 0.2,
  focusDay: 0.35,
  otherDay: 0.1,
  dayConflict: 0.15,
  otherDayConflict: 0.1,
  dayMissing: 0.08,
  dayMissingTyped: 0.3,
  sameYear: 0.04,
  yearConflict: 0.45,
  placeConflict: 0.4,
  periodConflict: 0.15,
  legalDetail: 0.15,
  legalConflict: 0.15,
  speaker: 0.06,
  focusTerms: 0.15,
};

/**
 * How much more it matters that the archived claim is explained by the query's sentence than the
 * reverse: an article's sentence carries context (who said it, where, a rebuttal) the claim lacks.
 */
export const TEXT_BETA = 1.5;

/** Years between a query's years and the making of a claim that names none, for them to differ. */
const PERIOD_GAP = 3;

export type PairScore = { score: number; text: number; signals: Record<string, number> };

const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.005;

const isCurrency = (unit: string) => /^[A-Z]{3}$/.test(unit);

function compatible(a: Quantity, b: Quantity): boolean {
  if (a.unit === b.unit) return true;
  // A figure without a known unit ("64 ans", "1,7 cotisant") may be any count, never money.
  if (a.unit === "count" || b.unit === "count") return !isCurrency(a.unit) && !isCurrency(b.unit);
  // Percentages and percentage points are both shares.
  return (a.unit === "%" && b.unit === "pp") || (a.unit === "pp" && b.unit === "%");
}

/** About 0.5 for a round figure such as 1 or 20, up to 1 for 5.47 or 336,700. */
export function distinctiveness(value: number): number {
  const digits = String(Math.abs(value)).replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length;
  return Math.min(1, 0.35 + 0.2 * digits);
}

function textSimilarity(q: ClaimFeatures, c: ClaimFeatures): number {
  let qTotal = 0;
  let cTotal = 0;
  let sharedQ = 0;
  let sharedC = 0;
  for (const w of Object.values(c.terms)) cTotal += w;
  for (const [t, w] of Object.entries(q.terms)) {
    qTotal += w;
    const cw = c.terms[t];
    const claimant = cw === undefined ? c.claimantTerms?.[t] : undefined;
    if (cw !== undefined) {
      sharedQ += w;
      sharedC += cw;
    } else if (claimant !== undefined) {
      sharedQ += w;
      sharedC += claimant;
      cTotal += claimant;
    }
  }
  if (sharedQ === 0) return 0;
  const coverQ = sharedQ / qTotal;
  const coverC = sharedC / cTotal;
  const b2 = TEXT_BETA * TEXT_BETA;
  return ((1 + b2) * coverQ * coverC) / (b2 * coverQ + coverC);
}

function quantitySignals(q: ClaimFeatures, c: ClaimFeatures, out: Record<string, number>): void {
  let focusMatch = 0;
  let otherMatch = 0;
  let conflict = 0;
  let missing = false;
  for (const a of q.quantities) {
    const comparable = c.quantities.filter((b) => compatible(a, b));
    const matched = comparable.filter((b) => near(a.value, b.value));
    if (matched.length) {
      // A figure the candidate only mentions on the way ("the 80 km/h limit saved 349 lives") tells less.
      const main = matched.some((b) => b.main) || !c.quantities.some((b) => b.main);
      if (a.focus) focusMatch = Math.max(focusMatch, distinctiveness(a.value) * (main ? 1 : SIGNALS.secondaryValue));
      else otherMatch = Math.max(otherMatch, distinctiveness(a.value));
    } else if (a.focus) {
      // Another figure for the very quantity the candidate is about weighs more than a figure in passing.
      if (comparable.length) conflict = Math.max(conflict, comparable.some((b) => b.main) && q.type === "number" ? SIGNALS.mainValueConflict : SIGNALS.valueConflict);
      else missing = true;
    }
  }
  if (focusMatch) out.focusValue = SIGNALS.focusValue * focusMatch;
  if (otherMatch) out.otherValue = SIGNALS.otherValue * otherMatch;
  if (!focusMatch && conflict) out.valueConflict = -conflict;
  else if (!focusMatch && missing) out.valueMissing = -(q.type === "number" ? SIGNALS.valueMissingTyped : SIGNALS.valueMissing);
}

/** 1 for the same day or month, 0.6 for a day within a month named without its day, else 0. */
function dayMatch(a: string, b: string): number {
  if (a === b) return 1;
  return (a.length === 7 && b.startsWith(a)) || (b.length === 7 && a.startsWith(b)) ? 0.6 : 0;
}

const bestDayMatch = (days: string[], others: string[]) => Math.max(0, ...days.flatMap((a) => others.map((b) => dayMatch(a, b))));

function dateSignals(q: ClaimFeatures, c: ClaimFeatures, out: Record<string, number>): void {
  const focus = q.focusDays ?? [];
  const focusMatch = bestDayMatch(focus, c.days);
  if (focusMatch) out.focusDay = SIGNALS.focusDay * focusMatch;
  else if (bestDayMatch(q.days, c.days)) out.otherDay = SIGNALS.otherDay * bestDayMatch(q.days, c.days);
  else if (focus.some((d) => d.length === 10) && c.days.some((d) => d.length === 10)) out.dayConflict = -SIGNALS.dayConflict;
  else if (q.days.some((d) => d.length === 10) && c.days.some((d) => d.length === 10)) out.dayConflict = -SIGNALS.otherDayConflict;
  else if (focus.length) out.dayMissing = -(q.type === "date" ? SIGNALS.dayMissingTyped : SIGNALS.dayMissing);
  if (q.years.length && c.years.length) {
    if (q.years.some((y) => c.years.includes(y))) out.sameYear = SIGNALS.sameYear;
    else out.yearConflict = -SIGNALS.yearConflict;
  } else if (q.years.length && c.madeIn !== undefined && q.years.every((y) => Math.abs(y - c.madeIn!) >= PERIOD_GAP)) {
    // A claim that names no year speaks of its own time: a query about years long before or after is another period.
    out.periodConflict = -SIGNALS.periodConflict;
  }
}

function legalSignals(q: ClaimFeatures, c: ClaimFeatures, out: Record<string, number>): void {
  // Two claims under two different laws, and none in common, are two claims.
  if (q.legal.length && c.legal.length && !q.legal.some((a) => c.legal.some((b) => a.instrument === b.instrument))) out.legalConflict = -SIGNALS.legalConflict;
  for (const a of q.legal) {
    for (const b of c.legal) {
      if (a.instrument !== b.instrument) continue;
      const detail = (a.basis && a.basis === b.basis) || (a.right && a.right === b.right) || (a.article && a.article === b.article);
      if (detail) out.legalDetail = SIGNALS.legalDetail;
    }
  }
}

/** Both name countries, and none in common: "1 % of emissions" said of France and of the UK. */
function placeConflict(q: ClaimFeatures, c: ClaimFeatures): boolean {
  const qPlaces = Object.keys(q.terms).filter((t) => PLACE_CONCEPTS.has(t));
  const cPlaces = Object.keys(c.terms).filter((t) => PLACE_CONCEPTS.has(t));
  return qPlaces.length > 0 && cPlaces.length > 0 && !qPlaces.some((t) => cPlaces.includes(t));
}

/** The score of one candidate for one query, with its parts (for tests and tuning). */
export function scorePair(q: ClaimFeatures, c: ClaimFeatures): PairScore {
  const text = textSimilarity(q, c);
  const signals: Record<string, number> = {};
  quantitySignals(q, c, signals);
  dateSignals(q, c, signals);
  legalSignals(q, c, signals);
  if (q.speakers.some((s) => c.speakers.includes(s))) signals.speaker = SIGNALS.speaker;
  if (placeConflict(q, c)) signals.placeConflict = -SIGNALS.placeConflict;
  const focus = q.focusTerms ?? [];
  if (focus.length && focus.some((t) => c.terms[t] !== undefined)) signals.focusTerms = SIGNALS.focusTerms * focus.filter((t) => c.terms[t] !== undefined).length / focus.length;
  const score = text + Object.values(signals).reduce((a, b) => a + b, 0);
  return { score, text, signals };
}
