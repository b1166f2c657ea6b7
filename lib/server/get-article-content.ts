import type { JSONContent } from "@tiptap/core";
import { db } from "../db/prisma";

/** The stored ProseMirror JSON of an article (the pasted body until the live document takes over). */
export async function getArticleContent({ articleId }: { articleId: string }): Promise<JSONContent | null> {
  const article = await db().article.findUnique({ where: { id: articleId }, select: { contentJson: true } });
  return (article?.contentJson as JSONContent | undefined) ?? null;
}
