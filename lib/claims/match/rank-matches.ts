/**
 * Claim matching ("claim memory"): the archived claims a marked claim was already checked as,
 * best first. Pure (no I/O), French and English. The desk, the API and `claims:match` all rank
 * with rankMatches(); only the retrieval of candidates differs (PostgreSQL in the app, the whole
 * archive in memory in the command).
 */
import { candidateFeatures, queryFeatures } from "./features";
import { scorePair } from "./score-pair";
import type { ArchiveClaim, ClaimFeatures, MatchQuery, RankOptions, RankedMatch } from "./types";

export type { ArchiveClaim, ClaimFeatures, MatchQuery, RankOptions, RankedMatch } from "./types";
export { candidateFeatures, prepareCandidate, queryFeatures } from "./features";
export { candidateTerms, type CandidateTerms } from "./candidate-terms";

/**
 * Below this score nothing is shown: a false "already checked" costs a checker as much time as a
 * miss, so the matcher abstains rather than offer a weak match.
 */
export const MATCH_THRESHOLD = 0.42;

/**
 * Scores every candidate against the query, sorts them best first (ties by id) and keeps at most
 * `top` (default 5) scoring at least `threshold`. Candidates are plain JSON (archive lines or
 * table rows); a candidate's `features`, when stored, spare computing them again.
 */
export function rankMatches(query: MatchQuery, candidates: readonly ArchiveClaim[], options: RankOptions = {}): RankedMatch[] {
  const top = options.top ?? 5;
  const threshold = options.threshold ?? MATCH_THRESHOLD;
  const q: ClaimFeatures = queryFeatures(query);
  const seen = new Set<string>();
  const scored: RankedMatch[] = [];
  for (const c of candidates) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    const { score } = scorePair(q, c.features ?? candidateFeatures(c));
    if (score >= threshold) scored.push({ id: c.id, score: Math.round(score * 10_000) / 10_000 });
  }
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(0, Math.max(0, top));
}
