import { liveDocuments } from "../collab/live-registry";
import type { PersonInArticle } from "../collab/who-is-in";
import type { Actor } from "./actor";

/**
 * Who is in each article of the actor's newsroom now, by article id, as the
 * collaboration server of this process knows it (none when it runs apart).
 */
export function listArticlePresence({ actor }: { actor: Actor }): Record<string, PersonInArticle[]> {
  return liveDocuments()?.whoIsIn(actor.newsroomId) ?? {};
}
