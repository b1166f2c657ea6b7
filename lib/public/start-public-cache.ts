import type { Sql } from "postgres";
import { answerPublicRoute } from "./answer";
import { notifiedNewsroom, onPublicChange, PUBLIC_CHANNEL } from "./invalidation";
import { PublicPageCache, type PublicPageCacheOptions } from "./page-cache";

/**
 * The public page cache of a web instance, kept fresh: this process's
 * publications invalidate it at once, the other instances' through NOTIFY.
 * Each (re)connection of the listener empties it, as a notification may have
 * been missed while it was away.
 */
export async function startPublicCache(options: { sql: Sql } & Omit<PublicPageCacheOptions, "render"> & Partial<Pick<PublicPageCacheOptions, "render">>) {
  const cache = new PublicPageCache({ render: answerPublicRoute, ...options });
  const stopLocal = onPublicChange((newsroom) => cache.invalidate(newsroom));
  const listener = await options.sql.listen(
    PUBLIC_CHANNEL,
    (payload) => {
      const newsroom = notifiedNewsroom(payload);
      if (newsroom !== null) cache.invalidate(newsroom);
    },
    () => cache.invalidate(),
  );
  return {
    cache,
    stop: async () => {
      stopLocal();
      await listener.unlisten();
    },
  };
}
