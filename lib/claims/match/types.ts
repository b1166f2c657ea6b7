/** Shared types of claim matching ("claim memory"): plain JSON in and out, so rows can be passed in. */
import type { Lang } from "../types";

export type { Lang };

/** The claim types of the archive: the detector's four and "other". */
export type MatchClaimType = "date" | "quote" | "legal_basis" | "number" | "other";

/** A claim already checked (one line of an archive, or one row of the archive table). */
export type ArchiveClaim = {
  id: string;
  lang: Lang;
  /** The claim as the fact-checker wrote it, one sentence. */
  claim: string;
  claimant?: string | null;
  /** When the claim was made: YYYY-MM-DD, YYYY-MM or YYYY. */
  date?: string | null;
  verdict?: string | null;
  url?: string | null;
  type?: MatchClaimType | null;
  normalized?: Record<string, unknown> | null;
  /** What prepareCandidate() derived from the claim; computed when absent (store it to rank faster). */
  features?: ClaimFeatures;
};

/** A claim marked in a new article. */
export type MatchQuery = {
  id?: string;
  lang: Lang;
  /** The marked span, possibly a fragment ("26 juin 2024", "intérêts légitimes"). */
  text: string;
  /** The whole sentence around the span. */
  sentence: string;
  /** The article's date (YYYY-MM-DD), for relative dates. */
  published?: string | null;
  type?: MatchClaimType | null;
  normalized?: Record<string, unknown> | null;
};

/** A quantity with its unit class: "%", "pp" (percentage points), an ISO currency, a measure, or "count". */
/** `focus`: in the marked span (queries); `main`: the figure the archived claim is about (its `normalized`). */
export type Quantity = { value: number; unit: string; focus?: boolean; main?: boolean };

/** A legal reference: instrument and, when said, article, basis or right. */
export type LegalRef = { instrument: string; article?: string; basis?: string; right?: string };

/** Everything matching compares, derived once per text. Plain JSON (a jsonb column can hold it). */
export type ClaimFeatures = {
  /** Normalized terms (concept ids "c:…" and word keys "w:…") with their weights. */
  terms: Record<string, number>;
  /** Terms of who made the claim (candidates only): they count when the query names them, never against. */
  claimantTerms?: Record<string, number>;
  /** Terms of the marked span (queries only). */
  focusTerms?: string[];
  quantities: Quantity[];
  /** Days (YYYY-MM-DD) and months (YYYY-MM) named. */
  days: string[];
  /** Days and months of the marked span (queries only). */
  focusDays?: string[];
  /** Every year the text is about (from days, months, years and resolved relative dates). */
  years: number[];
  /** The year the claim was made (candidates only): the period of a claim that names no year. */
  madeIn?: number;
  legal: LegalRef[];
  /** Folded family names of the speaker or claimant. */
  speakers: string[];
  type: MatchClaimType | null;
};

export type RankOptions = {
  /** At most this many matches (default 5). */
  top?: number;
  /** Matches scoring below this are dropped (default MATCH_THRESHOLD). */
  threshold?: number;
};

export type RankedMatch = { id: string; score: number };
