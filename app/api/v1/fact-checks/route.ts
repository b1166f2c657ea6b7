import { apiHandler } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { ValidationError } from "@/lib/server/errors";
import { listFactChecks, type ArchivedFactCheckRow } from "@/lib/server/list-fact-checks";

export const dynamic = "force-dynamic";

// A page's cursor is the offset where it ends: a search computes all its matches before ordering them anyway.
const encodeCursor = (offset: number) => Buffer.from(JSON.stringify([offset])).toString("base64url");

function decodeCursor(cursor: string): number {
  try {
    const [offset] = JSON.parse(Buffer.from(cursor, "base64url").toString()) as [unknown];
    if (typeof offset === "number" && Number.isInteger(offset) && offset > 0 && offset <= 1_000_000) return offset;
  } catch {
    // refused below
  }
  throw new ValidationError({ cursor: "is not a cursor this API gave" });
}

function factCheckJson(row: ArchivedFactCheckRow) {
  return {
    id: row.id,
    statement: row.statement,
    claimant: row.claimantName,
    claimDate: row.claimDate,
    verdict: row.verdict,
    ratingValue: row.ratingValue,
    bestRating: row.bestRating,
    worstRating: row.worstRating,
    language: row.language,
    normalized: row.normalized,
    reviewUrl: row.reviewUrl,
    reviewAuthor: row.reviewAuthor,
    reviewDate: row.reviewDate,
    origin: row.origin,
    source: row.sourceLabel,
    importedAt: row.importedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** GET /api/v1/fact-checks */
export const GET = apiHandler(op.listFactChecks, async ({ actor, query }) => {
  const offset = query.cursor ? decodeCursor(query.cursor) : 0;
  const rows = await listFactChecks({ actor, query: query.query, limit: query.limit, offset });
  const items = rows.slice(0, query.limit);
  return { body: { items: items.map(factCheckJson), nextCursor: rows.length > query.limit ? encodeCursor(offset + query.limit) : null } };
});
