import { candidateFeatures, candidateTerms, rankMatches, type ArchiveClaim, type ClaimFeatures, type MatchQuery } from "../claims/match/rank-matches";
import { STOP_WORDS } from "../claims/match/stopwords";
import { sql } from "../db/sql";
import { authorize } from "../policies";
import type { Actor } from "./actor";
import type { EarlierFactCheck } from "./earlier-fact-checks";

/** An earlier fact-check shown as "already checked", with the ranking's score. */
export type SimilarClaim = EarlierFactCheck & { score: number };

// Above the development archive (295 claims): there the retrieval is exact; past it, the
// first rows found (ordering by ts_rank reads every match's vector: seconds at 100,000).
const CANDIDATES_PER_ORIGIN = 300;

// Deriving a claim's features (terms, figures, days, legal references) is most
// of a ranking's time (0.3–0.5 ms a claim); a claim retrieved again reuses them.
// Keyed by everything they are derived from, so an edited claim is derived anew.
const FEATURES_KEPT = 50_000;
const featureCache = new Map<string, ClaimFeatures>();

function withFeatures<T extends ArchiveClaim>(row: T): T {
  const key = JSON.stringify([row.id, row.lang, row.claim, row.claimant, row.date, row.type, row.normalized]);
  let features = featureCache.get(key);
  if (!features) {
    features = candidateFeatures(row);
    if (featureCache.size >= FEATURES_KEPT) featureCache.delete(featureCache.keys().next().value!);
    featureCache.set(key, features);
  }
  return { ...row, features };
}

type Row = ArchiveClaim & { origin: "newsroom" | "import"; verdictText: string; checkedBy: string | null; checkedOn: string | null; link: string | null };

/**
 * An OR of the words for `to_tsquery`: letters and digits only, so no text can
 * change the query's syntax; no stop word of either language (a concept's
 * form "ministère des finances" gives "des", which every row holds: the
 * bitmap would cover the table and its first rows be any). Up to 80 terms: with fewer (24 words), the
 * development set's top 5 through PostgreSQL differed from the in-memory
 * ranking for 5 of 127 queries (tests/integration/claim-memory-parity.test.ts).
 */
function orQuery(words: string[]): string {
  const safe = [...new Set(words.flatMap((w) => w.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 1 && !STOP_WORDS.fr.has(w) && !STOP_WORDS.en.has(w)))].slice(0, 80);
  return safe.join(" | ");
}

/** The candidates: the newsroom's approved claims and its imported fact-checks sharing words or concepts (either language) with the query. */
async function retrieve(newsroomId: string, query: MatchQuery, excludeClaimId: string | null): Promise<Row[]> {
  const terms = candidateTerms(query);
  const own = orQuery([...terms.words, ...terms.names, ...terms.conceptForms[query.lang]]);
  const fr = orQuery([...terms.words, ...terms.conceptForms.fr]);
  const en = orQuery([...terms.words, ...terms.conceptForms.en]);
  if (!own && !fr && !en) return [];
  const db = sql();
  const [claims, archived] = await Promise.all([
    db<Row[]>`
      SELECT c.id, a.language AS lang, c.statement AS claim, c."claimantName" AS claimant, a."sourcePublishedAt"::text AS date, c.type,
             c.normalized, 'newsroom' AS origin, coalesce(CASE WHEN a.language = 'fr' THEN r."labelFr" ELSE r."labelEn" END, c."verdictKey") AS "verdictText",
             n.name AS "checkedBy", c."updatedAt"::date::text AS "checkedOn",
             CASE WHEN a.status = 'published' THEN '/' || n.slug || '/' || a.slug || '#card-' || c.id ELSE '/desk/' || n.slug || '/articles/' || a.slug END AS link
      FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" JOIN "Newsroom" n ON n.id = c."newsroomId"
        LEFT JOIN "RatingOption" r ON r."newsroomId" = c."newsroomId" AND r.key = c."verdictKey"
      WHERE c."newsroomId" = ${newsroomId}::uuid AND c.state = 'approved' AND c."archivedAt" IS NULL AND c.statement <> ''
        AND c.id <> ${excludeClaimId ?? "00000000-0000-0000-0000-000000000000"}::uuid
        AND to_tsvector('simple', factdesk_unaccent(c.statement || ' ' || c."quotedText")) @@ (to_tsquery('simple', ${own}) || to_tsquery('french', ${fr}) || to_tsquery('english', ${en}))
      ORDER BY c."updatedAt" DESC LIMIT ${CANDIDATES_PER_ORIGIN}`,
    db<Row[]>`
      SELECT f.id, coalesce(f.language, ${query.lang}) AS lang, f.statement AS claim, f."claimantName" AS claimant, f."claimDate" AS date,
             NULL AS type, f.normalized, 'import' AS origin, f.verdict AS "verdictText", f."reviewAuthor" AS "checkedBy", f."reviewDate" AS "checkedOn", f."reviewUrl" AS link
      FROM "ArchivedFactCheck" f
      WHERE f."newsroomId" = ${newsroomId}::uuid
        AND f."searchVector" @@ (to_tsquery('simple', ${own}) || to_tsquery('french', ${fr}) || to_tsquery('english', ${en}))
      LIMIT ${CANDIDATES_PER_ORIGIN}`,
  ]);
  return [...claims, ...archived].map((row) => withFeatures({ ...row, lang: row.lang === "en" ? "en" : "fr" }));
}

/**
 * The earlier fact-checks of the same claim, best first, or nothing: the
 * candidates PostgreSQL finds are ranked by the same function as the
 * command-line matcher (lib/claims/match), which abstains below its
 * threshold — a false "already checked" costs a checker as much as a miss.
 */
export async function findSimilarClaims({
  actor,
  query,
  excludeClaimId = null,
  decided = new Set<string>(),
  top = 5,
}: {
  actor: Actor;
  query: MatchQuery;
  excludeClaimId?: string | null;
  /** Earlier fact-checks a checker already decided on for this claim: not offered again. */
  decided?: ReadonlySet<string>;
  top?: number;
}): Promise<SimilarClaim[]> {
  authorize(actor, "article.read");
  const rows = (await retrieve(actor.newsroomId, query, excludeClaimId)).filter((row) => !decided.has(row.id));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return rankMatches(query, rows, { top }).map(({ id, score }) => {
    const row = byId.get(id)!;
    return { id, origin: row.origin, score, statement: row.claim, verdict: row.verdictText, checkedBy: row.checkedBy, date: row.checkedOn, url: row.link, claimant: row.claimant ?? null };
  });
}
