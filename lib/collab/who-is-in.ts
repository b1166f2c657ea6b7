import type { Hocuspocus } from "@hocuspocus/server";
import type { CollabContext } from "./authentication";
import { articleIdOf } from "./document-name";

export type PersonInArticle = { id: string; name: string };

/**
 * Who has each article of a newsroom open on this collaboration server, by
 * article id: the authenticated connections' users (never what a browser says
 * of itself), each person once, in name order.
 */
export function whoIsIn(instance: Hocuspocus, newsroomId: string): Record<string, PersonInArticle[]> {
  const present: Record<string, PersonInArticle[]> = {};
  for (const document of instance.documents.values()) {
    const articleId = articleIdOf(document.name);
    if (!articleId) continue;
    const people = new Map<string, PersonInArticle>();
    for (const connection of document.getConnections()) {
      const context = connection.context as Partial<CollabContext>;
      if (context.newsroomId === newsroomId && context.userId && context.name) people.set(context.userId, { id: context.userId, name: context.name });
    }
    if (people.size > 0) present[articleId] = [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
  return present;
}
