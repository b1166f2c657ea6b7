// `npm run bench:match [-- N]`: claim memory against N archived fact-checks (default
// 100,000, at most 200,000) in PostgreSQL: the development set's archive plus N
// variants of its claims (figures, years and places changed, so that retrieval meets
// many near neighbours), inserted into a fresh newsroom; then every development query
// through findSimilarClaims (PostgreSQL retrieval, then the ranking function), first
// with the features of no claim derived yet (cold), then again (warm). Prints the
// time per match (p50, p95, p99). On the embedded PostgreSQL of .data/bench-postgres,
// or the DATABASE_URL one. The newsroom is deleted afterwards.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { random } from "../tests/helpers/fuzz";
import { openBenchDatabase, percentile } from "./bench-common";
import type { ArchiveClaim, MatchQuery } from "../lib/claims/match/rank-matches";

const DEFAULT_ITEMS = 100_000;
const MAX_ITEMS = 200_000;
const DEV = "tests/fixtures/claims/matching/dev";

const lines = <T>(file: string) => readFileSync(`${DEV}/${file}`, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as T);


const PLACES = ["en Bretagne", "in Wales", "à Lyon", "in Ohio", "en Belgique", "in Ontario", "au Québec", "in Bavaria", "en Corse", "in Kerala"];

/** A variant of an archived claim: its figures and years changed, a place added. */
function variant(claim: ArchiveClaim, next: () => number): string {
  const changed = claim.claim.replace(/\d+/g, (digits) => String(Math.max(1, Math.round(Number(digits) * (0.5 + next())))));
  return `${changed.replace(/[.!?]$/, "")} ${PLACES[Math.floor(next() * PLACES.length)]}.`;
}

async function main() {
  const { count, database } = await openBenchDatabase("bench:match", { defaultCount: DEFAULT_ITEMS, maxCount: MAX_ITEMS });
  // Imported after DATABASE_URL is set: they open the process's clients.
  const { makeNewsroom } = await import("../tests/helpers/factory");
  const { findSimilarClaims } = await import("../lib/server/find-similar-claims");
  const { db } = await import("../lib/db/prisma");
  const { endSql, sql } = await import("../lib/db/sql");

  const archive = lines<ArchiveClaim>("archive.jsonl");
  const queries = lines<MatchQuery>("queries.jsonl");
  const team = await makeNewsroom();
  try {
    const next = random(20261204);
    const started = performance.now();
    const rows = Array.from({ length: archive.length + count }, (_, i) => {
      const source = archive[i % archive.length];
      return {
        id: randomUUID(),
        newsroomId: team.newsroom.id,
        statement: i < archive.length ? source.claim : variant(source, next),
        claimantName: source.claimant ?? null,
        claimDate: source.date ?? null,
        verdict: source.verdict ?? "?",
        language: source.lang,
        reviewUrl: `https://bench.example/reviews/${i}`,
        sourceLabel: "bench-match",
        updatedAt: new Date(),
      };
    });
    for (let at = 0; at < rows.length; at += 5_000) await sql()`INSERT INTO "ArchivedFactCheck" ${sql()(rows.slice(at, at + 5_000))}`;
    await sql()`ANALYZE "ArchivedFactCheck"`;
    console.log(`${rows.length.toLocaleString("en")} archived fact-checks inserted in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    for (const run of ["cold (no claim's features derived yet)", "warm (features kept)"]) {
      const times: number[] = [];
      let found = 0;
      for (const query of queries) {
        const at = performance.now();
        found += (await findSimilarClaims({ actor: team.actors.viewer, query })).length > 0 ? 1 : 0;
        times.push(performance.now() - at);
      }
      console.log(`${run}: ${queries.length} matches, p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms (${found} with a match)`);
    }
  } finally {
    await db().newsroom.delete({ where: { id: team.newsroom.id } });
    await sql()`VACUUM ANALYZE "ArchivedFactCheck"`;
    await db().$disconnect();
    await endSql();
    if (database.embedded) await database.stop();
  }
}

void main();
