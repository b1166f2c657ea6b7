import { db } from "../db/prisma";

export type RecordDerivedFailureOptions = { articleId: string; reason: string };

/** The reason as PostgreSQL can store it (it quotes what it failed on: a NUL, a lone surrogate), and short. */
function storableReason(reason: string): string {
  return reason.replace(/\u0000/g, "").toWellFormed().slice(0, 1000);
}

/**
 * Records that the article's derived content (text, JSON, claim anchors)
 * could not be refreshed from its live document: the desk shows the reason,
 * and publishing is refused until a refresh succeeds (refreshArticleContent
 * clears it). The time is the first failure's.
 */
export async function recordDerivedFailure({ articleId, reason }: RecordDerivedFailureOptions): Promise<void> {
  await db().$executeRaw`
    UPDATE "Article" SET "derivedError" = ${storableReason(reason)}, "derivedFailedAt" = coalesce("derivedFailedAt", now())
    WHERE id = ${articleId}::uuid`;
}
