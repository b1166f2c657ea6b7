import type { PublishedClaim, PublishedVerdict } from "./snapshot";

export type VerdictCount = { verdict: PublishedVerdict; count: number };

/**
 * How many claims got each verdict, for the summary at the top of a page and
 * in lists: the best rating first, unproven (no rating) last; verdicts of
 * equal rating in the order they first appear.
 */
export function verdictSummary(claims: PublishedClaim[]): VerdictCount[] {
  const counts = new Map<string, VerdictCount>();
  for (const claim of claims) {
    const entry = counts.get(claim.verdict.key);
    if (entry) entry.count += 1;
    else counts.set(claim.verdict.key, { verdict: claim.verdict, count: 1 });
  }
  const rank = (verdict: PublishedVerdict) => (Number.isFinite(verdict.ratingValue) ? verdict.ratingValue! : -Infinity);
  return [...counts.values()].sort((a, b) => (rank(a.verdict) === rank(b.verdict) ? 0 : rank(b.verdict) - rank(a.verdict)));
}
