import { sql } from "../db/sql";
import { authorize } from "../policies";
import type { ArchiveSearch } from "../validation/fact-check";
import type { Actor } from "./actor";
import type { EarlierFactCheck } from "./earlier-fact-checks";

/** One line of the claims search: an approved claim of the newsroom or an imported fact-check. */
export type ArchiveEntry = EarlierFactCheck & { type: string | null; language: string | null; verdictKey: string | null };

export const ARCHIVE_PAGE_SIZE = 25;

/**
 * The newsroom's archive — its approved claims and its imported fact-checks —
 * newest check first, filtered: words (French, English or as written,
 * accent-insensitive), the claim's type (imported fact-checks have none), a
 * verdict (a rating key: imported verdicts match its French or English label),
 * the check's date (from, to: YYYY-MM-DD, a review dated by month or year
 * compared as written), origin and language. One more row than a page tells
 * whether there is a next one.
 */
export async function searchArchive({ actor, filters }: { actor: Actor; filters: ArchiveSearch }): Promise<{ entries: ArchiveEntry[]; more: boolean }> {
  authorize(actor, "newsroom.read");
  const db = sql();
  const { q, type, verdict, from, to, origin, lang, page } = filters;
  const words = q
    ? db`(websearch_to_tsquery('french', factdesk_unaccent(${q})) || websearch_to_tsquery('english', factdesk_unaccent(${q})) || websearch_to_tsquery('simple', factdesk_unaccent(${q})))`
    : null;
  const own = db`
    SELECT c.id, 'newsroom' AS origin, coalesce(nullif(c.statement, ''), c."quotedText") AS statement, c."claimantName" AS claimant,
           coalesce(CASE WHEN a.language = 'en' THEN r."labelEn" ELSE r."labelFr" END, c."verdictKey") AS verdict, c."verdictKey",
           n.name AS "checkedBy", c."updatedAt"::date::text AS date, c.type::text AS type, a.language,
           CASE WHEN a.status = 'published' THEN '/' || n.slug || '/' || a.slug || '#card-' || c.id ELSE '/desk/' || n.slug || '/articles/' || a.slug || '#claim-' || c.id END AS url
    FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" JOIN "Newsroom" n ON n.id = c."newsroomId"
      LEFT JOIN "RatingOption" r ON r."newsroomId" = c."newsroomId" AND r.key = c."verdictKey"
    WHERE c."newsroomId" = ${actor.newsroomId}::uuid AND c.state = 'approved' AND c."archivedAt" IS NULL
      ${type ? db`AND c.type::text = ${type}` : db``}
      ${verdict ? db`AND c."verdictKey" = ${verdict}` : db``}
      ${from ? db`AND c."updatedAt"::date >= ${from}::date` : db``}
      ${to ? db`AND c."updatedAt"::date <= ${to}::date` : db``}
      ${lang ? db`AND a.language = ${lang}` : db``}
      ${words ? db`AND (to_tsvector(CASE a.language WHEN 'fr' THEN 'french' WHEN 'en' THEN 'english' ELSE 'simple' END::regconfig, factdesk_unaccent(c.statement || ' ' || c."quotedText" || ' ' || coalesce(c."claimantName", ''))) || to_tsvector('simple', factdesk_unaccent(c.statement || ' ' || c."quotedText" || ' ' || coalesce(c."claimantName", '')))) @@ ${words}` : db``}`;
  const imported = db`
    SELECT f.id, 'import' AS origin, f.statement, f."claimantName" AS claimant, f.verdict, NULL AS "verdictKey",
           f."reviewAuthor" AS "checkedBy", f."reviewDate" AS date, NULL AS type, f.language, f."reviewUrl" AS url
    FROM "ArchivedFactCheck" f
    WHERE f."newsroomId" = ${actor.newsroomId}::uuid
      ${verdict ? db`AND lower(factdesk_unaccent(f.verdict)) IN (SELECT lower(factdesk_unaccent(label)) FROM "RatingOption" r, unnest(ARRAY[r."labelFr", r."labelEn"]) AS label WHERE r."newsroomId" = ${actor.newsroomId}::uuid AND r.key = ${verdict})` : db``}
      ${from ? db`AND f."reviewDate" >= ${from}` : db``}
      ${to ? db`AND f."reviewDate" <= ${to}` : db``}
      ${lang ? db`AND f.language = ${lang}` : db``}
      ${words ? db`AND f."searchVector" @@ ${words}` : db``}`;
  const parts = [origin !== "import" ? own : null, origin !== "newsroom" && !type ? imported : null].filter((part) => part !== null);
  if (parts.length === 0) return { entries: [], more: false };
  const union = parts.length === 2 ? db`(${parts[0]}) UNION ALL (${parts[1]})` : parts[0];
  const offset = (page - 1) * ARCHIVE_PAGE_SIZE;
  const rows = await db<(ArchiveEntry & { claimant: string | null })[]>`
    SELECT * FROM (${union}) AS archive ORDER BY date DESC NULLS LAST, id LIMIT ${ARCHIVE_PAGE_SIZE + 1} OFFSET ${offset}`;
  return { entries: rows.slice(0, ARCHIVE_PAGE_SIZE), more: rows.length > ARCHIVE_PAGE_SIZE };
}
