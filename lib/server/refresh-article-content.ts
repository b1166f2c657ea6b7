import type { JSONContent } from "@tiptap/core";
import { Prisma } from "../db/generated/client";
import { db } from "../db/prisma";

export type RefreshArticleContentOptions = { articleId: string; json: JSONContent; text: string; editorUserId?: string | null };

/**
 * Stores the plain text and JSON derived from the live document (for search,
 * the list and the API), and clears a failure recorded before
 * (recordDerivedFailure). Derived data: written only by the collaboration server.
 */
export async function refreshArticleContent({ articleId, json, text, editorUserId }: RefreshArticleContentOptions): Promise<void> {
  await db().article.updateMany({
    where: { id: articleId, OR: [{ NOT: { plainText: text, contentJson: { equals: json as Prisma.InputJsonValue } } }, { derivedError: { not: null } }] },
    data: {
      contentJson: json as Prisma.InputJsonValue,
      plainText: text,
      derivedError: null,
      derivedFailedAt: null,
      ...(editorUserId ? { updatedById: editorUserId } : {}),
    },
  });
}
