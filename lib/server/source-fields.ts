import type { Source } from "../db/generated/client";

/** A calendar date as YYYY-MM-DD (dates are stored at midnight UTC). */
export const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** What a source says, as published versions and the REST API show it. */
export function sourceFields(s: Source) {
  return { url: s.url, title: s.title, publisher: s.publisher, publishedAt: isoDay(s.publishedAt), archiveUrl: s.archiveUrl, excerpt: s.excerpt, kind: s.kind, stance: s.stance };
}
