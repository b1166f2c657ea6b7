/** Shared types of the claim detector (see tests/fixtures/claims/GUIDELINES.md). */

export type ClaimType = "date" | "quote" | "legal_basis" | "number";

export type Lang = "fr" | "en";

export type DetectedClaim = {
  type: ClaimType;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just after the last character (exclusive). */
  end: number;
  text: string;
  normalized: Record<string, unknown>;
};

export type DetectOptions = {
  lang?: Lang;
  /** Publication date of the document, YYYY-MM-DD; relative dates resolve against it. */
  published?: string;
};

export type Span = { start: number; end: number };

/** A claim before its text is sliced out of the document. */
export type Candidate = Span & {
  type: ClaimType;
  normalized: Record<string, unknown>;
  /** Day and month of a date written without its year (for "les 18 novembre, 7 et 8 décembre 2020"). */
  yearless?: { m: number; d: number; weekday?: number };
  /** A day written in full (day, month and year): later year-less days may take their year from it. */
  fullDay?: boolean;
};

/** What every per-type detector receives. */
export type DetectContext = {
  text: string;
  lang: Lang;
  published: import("./calendar").Ymd | null;
};
