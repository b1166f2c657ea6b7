import type { Sql, TransactionSql } from "postgres";
import { ArchiveFileError, type ArchiveFormat, type ArchiveItem, type ArchiveSkip, type ParsedArchive } from "../archive/archive-item";
import { parseFactChecks, parseFactChecksHtml } from "../archive/parse-fact-checks";
import { sql } from "../db/sql";
import { authorize } from "../policies";
import { importSourceSchema } from "../validation/fact-check";
import type { Actor } from "./actor";
import { ValidationError } from "./errors";
import { fetchFactCheckFile, type FactCheckFile } from "./fetch-fact-check-file";

export type ImportFactChecksOptions = {
  actor: Actor;
  /** The file: its parsed JSON (ClaimReview JSON-LD, a claimreview.json, a DataFeed, a claims:search answer), an HTML page, or the address of either (fetched with the safe fetcher). */
  file: FactCheckFile | { url: string };
  /** A file name or an address, kept with each fact-check; the address fetched, else the format's name, when absent. */
  source?: string;
};

export type ImportFactChecksResult = {
  format: ArchiveFormat;
  created: number;
  updated: number;
  /** Already in the archive exactly so (a file imported again). */
  unchanged: number;
  skipped: ArchiveSkip[];
};

const FORMAT_NAMES: Record<ArchiveFormat, string> = {
  claim_review: "ClaimReview JSON-LD",
  data_feed: "ClaimReview DataFeed",
  claims_search: "Fact Check Tools API claims:search",
  html_page: "HTML page",
};

// Rows per INSERT: each column travels as one array parameter (unnest; the
// normalized values as JSON text, parsed by the cast to jsonb), so
// the statement's size does not grow with the batch; 5,000 keeps each under a
// second and the arrays of one batch a few megabytes.
const BATCH = 5000;

// New rows past which the table's statistics are refreshed (autovacuum's own
// threshold is a tenth of the table: a large archive would wait for it).
const ANALYZE_AFTER = 1000;

// The audit event keeps the first reasons; the answer has them all.
const AUDITED_SKIPS = 100;

function parse(file: FactCheckFile): ParsedArchive {
  try {
    return "html" in file ? parseFactChecksHtml(file.html) : parseFactChecks(file.json);
  } catch (error) {
    if (error instanceof ArchiveFileError) throw new ValidationError({ [error.field]: error.message }, `The file cannot be imported: ${error.message}. Nothing was imported.`);
    throw error;
  }
}

function sourceLabel(source: string | undefined, format: ArchiveFormat): string {
  if (source === undefined) return FORMAT_NAMES[format];
  const parsed = importSourceSchema.safeParse(source);
  if (!parsed.success) throw new ValidationError({ source: parsed.error.issues[0].message });
  return parsed.data;
}

const column = <K extends keyof ArchiveItem>(items: ArchiveItem[], key: K) => items.map((item) => item[key]);

/** One batch, upserted by review URL; a row whose fact-check is unchanged is not rewritten. */
async function upsertBatch(tx: Sql, actor: Actor, source: string, items: ArchiveItem[]): Promise<{ created: number; updated: number }> {
  const [counts] = await tx<{ created: number; updated: number }[]>`
    WITH input AS (
      SELECT * FROM unnest(
        ${column(items, "statement")}::text[], ${column(items, "claimantName")}::text[], ${column(items, "claimDate")}::text[],
        ${column(items, "verdict")}::text[], ${column(items, "ratingValue")}::float8[], ${column(items, "bestRating")}::float8[],
        ${column(items, "worstRating")}::float8[], ${column(items, "language")}::text[], ${items.map((item) => JSON.stringify(item.normalized))}::text[]::jsonb[],
        ${column(items, "reviewUrl")}::text[], ${column(items, "reviewAuthor")}::text[], ${column(items, "reviewDate")}::text[]
      ) AS t(statement, "claimantName", "claimDate", verdict, "ratingValue", "bestRating", "worstRating", language, normalized, "reviewUrl", "reviewAuthor", "reviewDate")
    ), written AS (
      INSERT INTO "ArchivedFactCheck" AS f ("newsroomId", statement, "claimantName", "claimDate", verdict, "ratingValue", "bestRating", "worstRating",
        language, normalized, "reviewUrl", "reviewAuthor", "reviewDate", origin, "sourceLabel", "importedById", "updatedAt")
      SELECT ${actor.newsroomId}::uuid, statement, "claimantName", "claimDate", verdict, "ratingValue", "bestRating", "worstRating",
        language, normalized, "reviewUrl", "reviewAuthor", "reviewDate", 'import', ${source}, ${actor.userId}::uuid, now()
      FROM input
      ON CONFLICT ("newsroomId", "reviewUrl") DO UPDATE SET
        statement = EXCLUDED.statement, "claimantName" = EXCLUDED."claimantName", "claimDate" = EXCLUDED."claimDate",
        verdict = EXCLUDED.verdict, "ratingValue" = EXCLUDED."ratingValue", "bestRating" = EXCLUDED."bestRating", "worstRating" = EXCLUDED."worstRating",
        language = EXCLUDED.language, normalized = EXCLUDED.normalized, "reviewAuthor" = EXCLUDED."reviewAuthor", "reviewDate" = EXCLUDED."reviewDate",
        origin = EXCLUDED.origin, "sourceLabel" = EXCLUDED."sourceLabel", "importedById" = EXCLUDED."importedById", "updatedAt" = now()
      WHERE (f.statement, f."claimantName", f."claimDate", f.verdict, f."ratingValue", f."bestRating", f."worstRating", f.language, f.normalized, f."reviewAuthor", f."reviewDate")
        IS DISTINCT FROM (EXCLUDED.statement, EXCLUDED."claimantName", EXCLUDED."claimDate", EXCLUDED.verdict, EXCLUDED."ratingValue", EXCLUDED."bestRating",
          EXCLUDED."worstRating", EXCLUDED.language, EXCLUDED.normalized, EXCLUDED."reviewAuthor", EXCLUDED."reviewDate")
      RETURNING xmax = 0 AS inserted
    )
    SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM written`;
  return counts;
}

/**
 * Imports a file of fact-checks into the newsroom's archive, all or nothing:
 * the first bad item refuses the file, naming it (422, nothing written);
 * otherwise every item is upserted by review URL in one transaction (an item
 * imported again replaces its row, never duplicates it), with one audit event
 * holding the counts. Batched multi-row INSERTs through postgres.js: 100,000
 * items take seconds, where one Prisma call per item would take minutes.
 */
export async function importFactChecks({ actor, file, source }: ImportFactChecksOptions): Promise<ImportFactChecksResult> {
  // Imported verdicts are shown to checkers as settled ("already checked"),
  // as approved ones are: the editors and owners who approve verdicts decide
  // which outside verdicts count.
  authorize(actor, "verdict.approve");
  const fetched = "url" in file ? await fetchFactCheckFile(file.url) : { file, fetchedFrom: undefined };
  const parsed = parse(fetched.file);
  const label = sourceLabel(source ?? fetched.fetchedFrom, parsed.format);
  const counts = await sql().begin(async (tx: TransactionSql) => {
    // One import at a time per newsroom: two files sharing URLs would otherwise wait on each other's rows in opposite orders.
    await tx`SELECT pg_advisory_xact_lock(hashtextextended(${`factdesk.fact-check-import:${actor.newsroomId}`}, 0))`;
    let created = 0;
    let updated = 0;
    for (let start = 0; start < parsed.items.length; start += BATCH) {
      const batch = await upsertBatch(tx as unknown as Sql, actor, label, parsed.items.slice(start, start + BATCH));
      created += batch.created;
      updated += batch.updated;
    }
    const unchanged = parsed.items.length - created - updated;
    const after = { format: parsed.format, source: label, created, updated, unchanged, skipped: parsed.skipped.length, skippedReasons: parsed.skipped.slice(0, AUDITED_SKIPS) };
    // The audit event is written here rather than with writeAuditEvent (a Prisma transaction): it commits with the rows or not at all.
    await tx`
      INSERT INTO "AuditEvent" ("newsroomId", "actorId", "viaApi", action, "objectType", "objectId", after)
      VALUES (${actor.newsroomId}::uuid, ${actor.userId}::uuid, ${actor.viaApi ?? false}, 'fact_checks.import', 'newsroom', ${actor.newsroomId}, ${tx.json(after)})`;
    return { created, updated, unchanged };
  });
  // Fresh statistics for a large import: otherwise the planner takes the newsroom for the
  // few rows it had and searches it row by row, computing each tsvector (seconds at 100,000).
  if (counts.created >= ANALYZE_AFTER) await sql()`ANALYZE "ArchivedFactCheck"`;
  return { format: parsed.format, ...counts, skipped: parsed.skipped };
}
