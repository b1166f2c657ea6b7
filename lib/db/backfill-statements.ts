import type { Sql } from "postgres";
import { proposeStatementFor } from "../claims/statement";

/** The migration that added statements: the backfill runs with it, once. */
export const STATEMENT_MIGRATION = "20261204000000_claim_statement";

/**
 * Gives every claim without a statement (claims made before statements
 * existed) one proposed from its span and its sentence in the article's text,
 * marked as needing review: old claims stay valid, and a person confirms each
 * before it is rated. Runs once, right after the migration that added statements.
 */
export async function backfillClaimStatements(sql: Sql): Promise<number> {
  const rows = await sql<{ id: string; quotedText: string; plainText: string }[]>`
    SELECT c.id, c."quotedText", a."plainText" FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" WHERE c.statement = ''`;
  for (const row of rows) {
    await sql`UPDATE "Claim" SET statement = ${proposeStatementFor(row.plainText, row.quotedText)}, "statementNeedsReview" = true WHERE id = ${row.id} AND statement = ''`;
  }
  return rows.length;
}
