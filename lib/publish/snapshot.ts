/**
 * What a published version holds: filled from PostgreSQL when an editor
 * publishes, stored with the version and never changed afterwards. Every
 * public rendering and export of a version is derived from it alone.
 */

export type PublishedSource = {
  url: string;
  title: string | null;
  publisher: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  archiveUrl: string | null;
  excerpt: string | null;
  kind: string;
  stance: "supports" | "refutes" | "context";
  /** The latest capture of the URL when the version was published: its stored copy's path; absent in versions published before captures. */
  capture?: PublishedCapture | null;
};

export type PublishedCapture = { id: string; capturedAt: string; sha256: string; path: string };

export type PublishedVerdict = {
  key: string;
  labelFr: string;
  labelEn: string;
  color: string;
  /** schema.org ratingValue on a 1–5 scale; null for "unproven". */
  ratingValue: number | null;
};

/** Where a claim sits in the version's plain text (plainTextOf), as W3C selectors need it. */
export type PublishedAnchor = { exact: string; prefix: string; suffix: string; start: number; end: number };

/** Who made a claim; "article": the original article's publisher. */
export type PublishedClaimant = { name: string | null; kind: "person" | "organization" | "article"; role: string | null; url: string | null };

/** An earlier fact-check a checker linked to the claim ("we checked this before"): public ones only. */
export type PublishedEarlierFactCheck = {
  origin: "newsroom" | "import";
  statement: string;
  verdict: string;
  checkedBy: string | null;
  /** YYYY-MM-DD (or YYYY-MM, YYYY for imported reviews) */
  date: string | null;
  /** The claim's public card (a path on this site) or the review's address. */
  url: string | null;
};

export type PublishedClaim = {
  id: string;
  type: "date" | "quote" | "legal_basis" | "number" | "other";
  quotedText: string;
  /** The claim as worded by the fact-checker (ClaimReview's claimReviewed); absent in versions published before statements. */
  statement?: string;
  claimant?: PublishedClaimant | null;
  /** Where the claim appeared when not in the article itself; an earlier appearance. */
  appearanceUrl?: string | null;
  firstAppearanceUrl?: string | null;
  normalized: Record<string, unknown>;
  verdict: PublishedVerdict;
  rationale: string;
  sources: PublishedSource[];
  proposedBy: string;
  approvedBy: string;
  anchor: PublishedAnchor | null;
  /** Absent in versions published before claim memory. */
  checkedBefore?: PublishedEarlierFactCheck[];
};

export type VersionSnapshot = {
  version: number;
  title: string;
  language: string;
  newsroom: { name: string; slug: string; publicUrl: string | null };
  article: {
    slug: string;
    sourceUrl: string | null;
    sourcePublisher: string | null;
    sourceAuthor: string | null;
    sourcePublishedAt: string | null;
  };
  /** ISO 8601 */
  publishedAt: string;
  publishedBy: string;
  changeNote: string | null;
  claims: PublishedClaim[];
};
