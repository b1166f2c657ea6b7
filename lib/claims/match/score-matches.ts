/**
 * Scoring of a matcher against a labelled set, as the shared score-matching.mjs does: MAP@5
 * (average precision at 5 over min(|gold|, 5)), Recall@5, P@1 and MRR over the queries with gold,
 * MAP@5 by kind (same-language, cross-language, mixed), and the false alarm rate over the queries
 * without gold.
 */
import type { Lang } from "./types";

export const TOP = 5;

export type LabelledQuery = { id: string; lang: Lang };
export type MatchKind = "same-language" | "cross-language" | "mixed";
export type MatchScore = {
  withGold: number;
  noGold: number;
  map5: number;
  recall5: number;
  p1: number;
  mrr: number;
  byKind: Partial<Record<MatchKind, { queries: number; map5: number }>>;
  falseAlarms: number;
  falseAlarmRate: number;
  /** One line per query not answered perfectly. */
  failures: string[];
};

export function averagePrecision(ranked: string[], gold: Set<string>): number {
  let hits = 0;
  let sum = 0;
  ranked.slice(0, TOP).forEach((id, k) => {
    if (gold.has(id)) sum += ++hits / (k + 1);
  });
  return sum / Math.min(gold.size, TOP);
}

function kindOf(lang: Lang, gold: string[], langOf: (id: string) => Lang): MatchKind {
  const langs = new Set(gold.map(langOf));
  if (!langs.has(lang)) return "cross-language";
  return langs.size > 1 ? "mixed" : "same-language";
}

/** Scores `ranked` (query id → archive ids, best first) against `gold` (query id → relevant ids). */
export function scoreMatches(queries: LabelledQuery[], gold: Record<string, string[]>, ranked: Record<string, string[]>, langOf: (id: string) => Lang): MatchScore {
  const sums = { ap: 0, recall: 0, p1: 0, rr: 0 };
  const kinds: Partial<Record<MatchKind, { queries: number; ap: number }>> = {};
  const failures: string[] = [];
  let withGold = 0;
  let noGold = 0;
  let falseAlarms = 0;
  for (const q of queries) {
    const got = (ranked[q.id] ?? []).slice(0, TOP);
    const goldIds = gold[q.id] ?? [];
    if (goldIds.length === 0) {
      noGold++;
      if (got.length) {
        falseAlarms++;
        failures.push(`false alarm ${q.id}: got ${got.join(" ")}`);
      }
      continue;
    }
    withGold++;
    const goldSet = new Set(goldIds);
    const ap = averagePrecision(got, goldSet);
    const first = got.findIndex((id) => goldSet.has(id));
    sums.ap += ap;
    sums.recall += got.filter((id) => goldSet.has(id)).length / goldSet.size;
    sums.p1 += first === 0 ? 1 : 0;
    sums.rr += first === -1 ? 0 : 1 / (first + 1);
    const kind = kindOf(q.lang, goldIds, langOf);
    const k = (kinds[kind] ??= { queries: 0, ap: 0 });
    k.queries++;
    k.ap += ap;
    if (ap < 1) failures.push(`${first === -1 ? "missed" : "partly missed"} ${q.id} [${kind}]: AP ${ap.toFixed(2)}, gold ${goldIds.join(" ")}; got ${got.join(" ") || "nothing"}`);
  }
  const mean = (x: number) => (withGold ? x / withGold : 0);
  return {
    withGold,
    noGold,
    map5: mean(sums.ap),
    recall5: mean(sums.recall),
    p1: mean(sums.p1),
    mrr: mean(sums.rr),
    byKind: Object.fromEntries(Object.entries(kinds).map(([kind, v]) => [kind, { queries: v.queries, map5: v.ap / v.queries }])),
    falseAlarms,
    falseAlarmRate: noGold ? falseAlarms / noGold : 0,
    failures,
  };
}
