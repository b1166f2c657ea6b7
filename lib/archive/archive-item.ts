/** One fact-check read from an imported file, as the archive stores it (ArchivedFactCheck). */
export type ArchiveItem = {
  /** The claim as checked (ClaimReview's claimReviewed, the Fact Check Tools API's claim text). */
  statement: string;
  claimantName: string | null;
  /** When the claim was made: YYYY-MM-DD, YYYY-MM or YYYY. */
  claimDate: string | null;
  /** The verdict as the reviewer wrote it (alternateName, textualRating). */
  verdict: string;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  /** The primary language subtag, lowercase ("fr", "en"). */
  language: string | null;
  normalized: Record<string, unknown>;
  /** The review's address, normalized (the dedup key). */
  reviewUrl: string;
  reviewAuthor: string | null;
  /** When the review was published: YYYY-MM-DD, YYYY-MM or YYYY. */
  reviewDate: string | null;
};

/**
 * What a file holds: schema.org ClaimReview JSON-LD (one object, an array,
 * `@graph`, a newsroom's claimreview.json), a ClaimReview DataFeed, the
 * Fact Check Tools API's claims:search answer, or an HTML page's JSON-LD.
 */
export type ArchiveFormat = "claim_review" | "data_feed" | "claims_search" | "html_page";

/** An item left out of an import: `index` is its item number (from 1, in reading order). */
export type ArchiveSkip = { index: number; reason: string };

export type ParsedArchive = {
  format: ArchiveFormat;
  /** The items to store, one per review URL, in reading order. */
  items: ArchiveItem[];
  skipped: ArchiveSkip[];
};

// Limits per field: a statement is one claim (the desk's own is at most 280
// characters; imported ones may be longer, never a whole article).
export const ARCHIVE_LIMITS = {
  statement: 2000,
  name: 300,
  verdict: 500,
  url: 2048,
} as const;

/**
 * A file that cannot be imported, naming the first bad item ("item 3:
 * claimReviewed is missing") and where it is in the body (`field`, a dotted
 * path like "2.claimReviewed"): nothing of the file is imported.
 */
export class ArchiveFileError extends Error {
  constructor(
    message: string,
    readonly field = "form",
  ) {
    super(message);
  }
}
