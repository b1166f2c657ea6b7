import type { ArchiveItem } from "../archive/archive-item";
import { sql } from "../db/sql";
import { authorize } from "../policies";
import type { Actor } from "./actor";

/** An archived fact-check as stored: the imported item, with its row's identity and history. */
export type ArchivedFactCheckRow = ArchiveItem & {
  id: string;
  origin: "import";
  sourceLabel: string;
  importedAt: Date;
  updatedAt: Date;
};

export type ListFactChecksOptions = {
  actor: Actor;
  /** Words to find: full-text over the statement and the claimant, in French, English and as written, accent-insensitive. */
  query?: string;
  limit: number;
  offset?: number;
};

const COLUMNS = `f.id, f.statement, f."claimantName", f."claimDate", f.verdict, f."ratingValue", f."bestRating", f."worstRating", f.language, f.normalized,
  f."reviewUrl", f."reviewAuthor", f."reviewDate", f.origin, f."sourceLabel", f."importedAt", f."updatedAt"`;

/**
 * The newsroom's archived fact-checks, newest review first; with a query,
 * those whose statement or claimant holds its words (websearch syntax:
 * "quoted phrases", -excluded), stemmed in French or in English or as
 * written, accent-insensitive ("chomage" finds "chômage"). `limit + 1` rows
 * tell the caller whether there is a next page.
 */
export async function listFactChecks({ actor, query, limit, offset = 0 }: ListFactChecksOptions): Promise<ArchivedFactCheckRow[]> {
  authorize(actor, "newsroom.read");
  const db = sql();
  const q = query?.trim() ?? "";
  const order = db`ORDER BY "reviewDate" DESC NULLS LAST, id LIMIT ${limit + 1} OFFSET ${offset}`;
  if (!q) return db<ArchivedFactCheckRow[]>`SELECT ${db.unsafe(COLUMNS)} FROM "ArchivedFactCheck" f WHERE f."newsroomId" = ${actor.newsroomId}::uuid ${order}`;
  // Materialized: the matches come from the GIN index. Left to itself, the planner walks the
  // newest reviews first hoping to meet 21 matches soon, computing each one's tsvector: seconds
  // at 100,000 fact-checks when the matches are old.
  return db<ArchivedFactCheckRow[]>`
    WITH hits AS MATERIALIZED (
      SELECT ${db.unsafe(COLUMNS)} FROM "ArchivedFactCheck" f
      WHERE f."newsroomId" = ${actor.newsroomId}::uuid
        AND f."searchVector" @@ (
          websearch_to_tsquery('french', factdesk_unaccent(${q})) || websearch_to_tsquery('english', factdesk_unaccent(${q}))
          || websearch_to_tsquery('simple', factdesk_unaccent(${q}))))
    SELECT * FROM hits ${order}`;
}
