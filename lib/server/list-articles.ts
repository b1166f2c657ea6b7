import { sql } from "../db/sql";
import type { ArticleListQuery } from "../validation/article";
import type { Actor } from "./actor";

export const ARTICLES_PER_PAGE = 20;

export type ArticleListItem = {
  id: string;
  slug: string;
  title: string;
  status: string;
  language: string;
  updatedAt: Date;
  updatedByName: string;
  claimCount: number;
  /** Non-archived claims per workflow state, and approved verdicts per rating key. */
  claimStates: Record<string, number>;
  verdicts: Record<string, number>;
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The newsroom's articles, newest change first (or by title), with full-text
 * search in each article's language, accent-insensitive ("interets" finds
 * "intérêts"), over the title and the first 100,000 characters of the body
 * (factdesk_search_vector, the expression of the GIN index).
 */
export type ArticleListOptions = {
  actor: Actor;
  query: ArticleListQuery;
  status?: string;
  /** Keyset pagination (REST API): the articles after this one, newest change first. */
  after?: { updatedAt: Date; id: string };
  limit?: number;
};

export async function listArticles({ actor, query, status, after, limit = ARTICLES_PER_PAGE }: ArticleListOptions) {
  const q = (query.query ?? "").trim();
  const db = sql();
  // The GIN index answers a query that does not depend on the row: the words in any of the three
  // configurations; each candidate is then held to its own language's query.
  const search = q
    ? db`AND (
        a.id IN (
          SELECT s.id FROM "Article" s
          WHERE s."newsroomId" = ${actor.newsroomId}
            AND factdesk_search_vector(s.language, s.title, s."plainText") @@ (
              websearch_to_tsquery('french', factdesk_unaccent(${q})) || websearch_to_tsquery('english', factdesk_unaccent(${q}))
              || websearch_to_tsquery('simple', factdesk_unaccent(${q})))
            AND factdesk_search_vector(s.language, s.title, s."plainText")
              @@ websearch_to_tsquery(factdesk_search_config(s.language), factdesk_unaccent(${q})))
        OR factdesk_unaccent(a.title) ILIKE '%' || factdesk_unaccent(${escapeLike(q)}) || '%')`
    : db``;
  const order = {
    updated: db`a."updatedAt" DESC`,
    created: db`a."createdAt" DESC`,
    title: db`lower(a.title) ASC`,
  }[query.sort];
  const rows = await db<(ArticleListItem & { total: number })[]>`
    SELECT a.id, a.slug, a.title, a.status, a.language, a."updatedAt", u.name AS "updatedByName",
      (SELECT count(*) FROM "Claim" c WHERE c."articleId" = a.id AND c."archivedAt" IS NULL)::int AS "claimCount",
      (SELECT coalesce(jsonb_object_agg(state, n), '{}') FROM (
        SELECT state, count(*)::int AS n FROM "Claim" c WHERE c."articleId" = a.id AND c."archivedAt" IS NULL GROUP BY state) s) AS "claimStates",
      (SELECT coalesce(jsonb_object_agg("verdictKey", n), '{}') FROM (
        SELECT "verdictKey", count(*)::int AS n FROM "Claim" c
        WHERE c."articleId" = a.id AND c."archivedAt" IS NULL AND c.state = 'approved' GROUP BY "verdictKey") v) AS verdicts,
      count(*) OVER ()::int AS total
    FROM "Article" a JOIN "User" u ON u.id = a."updatedById"
    WHERE a."newsroomId" = ${actor.newsroomId} ${search}
      ${status ? db`AND a.status::text = ${status}` : db``}
      ${after ? db`AND (a."updatedAt" < ${after.updatedAt} OR (a."updatedAt" = ${after.updatedAt} AND a.id > ${after.id}))` : db``}
    ORDER BY ${after ? db`a."updatedAt" DESC` : order}, a.id
    LIMIT ${limit} OFFSET ${after ? 0 : (query.page - 1) * limit}`;
  const total = rows[0]?.total ?? 0;
  return {
    items: rows.map(({ total: _total, ...item }) => item),
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / limit)),
  };
}
