/**
 * Claim detector for French and English news text (tests/fixtures/claims/GUIDELINES.md).
 * Pure: no I/O, runs in the browser. Offsets are UTF-16 code units into `text`.
 */
import { parseIsoDate } from "./calendar";
import { anchorYearlessDays, inheritListYears } from "./date-context";
import { detectAbsoluteDates } from "./dates";
import { furnitureSpans } from "./furniture";
import { guessLanguage } from "./language";
import { detectLegalBases } from "./legal-bases";
import { detectWordNumbers } from "./number-words";
import { detectDigitNumbers } from "./numbers";
import { detectQuotes } from "./quotes";
import { detectRelativeDates } from "./relative-dates";
import { dropOverlaps, mergeSpans, outside } from "./text";
import type { Candidate, DetectContext, DetectOptions, DetectedClaim } from "./types";

export type { ClaimType, DetectedClaim, DetectOptions, Lang } from "./types";
export { guessLanguage } from "./language";
export { speakerCandidate, type SpeakerCandidate, type SpeakerKind } from "./speaker-candidate";

const TYPE_ORDER = { date: 0, legal_basis: 1, number: 2, quote: 3 } as const;

/** Detects date, quote, legal_basis and number claims; sorted by start. */
export function detectClaims(text: string, options: DetectOptions = {}): DetectedClaim[] {
  if (text.length === 0) return [];
  const lang = options.lang ?? guessLanguage(text);
  const published = options.published ? parseIsoDate(options.published) : null;
  const ctx: DetectContext = { text, lang, published };

  const { claims: legal, bills } = detectLegalBases(ctx);
  const dates = dropOverlaps(outside([...detectAbsoluteDates(ctx), ...detectRelativeDates(ctx)], [...legal, ...bills]));
  inheritListYears(text, dates);
  anchorYearlessDays(dates, published?.y ?? null);
  const blockers = mergeSpans([...legal, ...bills, ...dates]);
  const numbers = dropOverlaps([...detectDigitNumbers(ctx, blockers), ...detectWordNumbers(ctx, blockers)]);
  const quotes = detectQuotes(ctx);

  return outside([...legal, ...dates, ...numbers, ...quotes], furnitureSpans(text))
    .sort((a, b) => a.start - b.start || a.end - b.end || TYPE_ORDER[a.type] - TYPE_ORDER[b.type])
    .map((c: Candidate) => ({ type: c.type, start: c.start, end: c.end, text: text.slice(c.start, c.end), normalized: c.normalized }));
}
