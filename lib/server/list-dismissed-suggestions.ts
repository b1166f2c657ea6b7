import { db } from "../db/prisma";
import type { Actor } from "./actor";

/** "type|text" keys of the suggestions dismissed for an article of the actor's newsroom. */
export async function listDismissedSuggestions({ actor, articleId }: { actor: Actor; articleId: string }): Promise<string[]> {
  const rows = await db().dismissedSuggestion.findMany({
    where: { articleId, newsroomId: actor.newsroomId },
    select: { type: true, text: true },
  });
  return rows.map((row) => `${row.type}|${row.text}`);
}
