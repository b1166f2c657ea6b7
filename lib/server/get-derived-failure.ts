import { db } from "../db/prisma";

/** Why the article's derived content could not be refreshed from its live document last time, or null when it is current. */
export async function getDerivedFailure({ articleId }: { articleId: string }): Promise<string | null> {
  const article = await db().article.findUnique({ where: { id: articleId }, select: { derivedError: true } });
  return article?.derivedError ?? null;
}
