import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rankMatches, type ArchiveClaim, type MatchQuery } from "@/lib/claims/match/rank-matches";
import { scoreMatches } from "@/lib/claims/match/score-matches";
import { sql } from "@/lib/db/sql";
import { findSimilarClaims } from "@/lib/server/find-similar-claims";
import { makeNewsroom } from "../helpers/factory";

const DEV = "tests/fixtures/claims/matching/dev";
const lines = <T>(file: string) => readFileSync(`${DEV}/${file}`, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as T);

describe("claim memory: PostgreSQL retrieval and the command line agree", () => {
  it("gives the same top 5 as ranking the whole development archive in memory, for every development query", { timeout: 120_000 }, async () => {
    const archive = lines<ArchiveClaim & { url?: string }>("archive.jsonl");
    const queries = lines<MatchQuery & { id: string }>("queries.jsonl");
    const gold = JSON.parse(readFileSync(`${DEV}/gold.json`, "utf8")) as Record<string, string[]>;
    const team = await makeNewsroom();
    const uuidOf = new Map<string, string>(archive.map((claim) => [claim.id, randomUUID()]));
    const devIdOf = new Map([...uuidOf].map(([dev, uuid]) => [uuid, dev]));
    const rows = archive.map((claim) => ({
      id: uuidOf.get(claim.id)!,
      newsroomId: team.newsroom.id,
      statement: claim.claim,
      claimantName: claim.claimant ?? null,
      claimDate: claim.date ?? null,
      verdict: claim.verdict ?? "?",
      language: claim.lang,
      normalized: sql().json((claim.normalized ?? {}) as never),
      reviewUrl: claim.url ?? `https://example.org/reviews/${claim.id}`,
      sourceLabel: "dev set",
      updatedAt: new Date(),
    }));
    await sql()`INSERT INTO "ArchivedFactCheck" ${sql()(rows)}`;

    const inDatabase: Record<string, string[]> = {};
    let differing = 0;
    for (const query of queries) {
      const found = await findSimilarClaims({ actor: team.actors.viewer, query });
      inDatabase[query.id] = found.map((match) => devIdOf.get(match.id)!);
      const inMemory = rankMatches(query, archive).map((match) => match.id);
      if (JSON.stringify(inDatabase[query.id]) !== JSON.stringify(inMemory)) differing++;
    }
    const langOf = (id: string) => (archive.find((claim) => claim.id === id) ?? queries.find((query) => query.id === id))!.lang;
    const score = scoreMatches(queries, gold, inDatabase, langOf);
    console.log(`claim memory through PostgreSQL on the dev set: MAP@5 ${score.map5.toFixed(3)}, P@1 ${score.p1.toFixed(3)}, false alarms ${score.falseAlarms}/${score.noGold}; top 5 differs from the in-memory ranking for ${differing} of ${queries.length} queries`);
    expect(differing).toBe(0);
  });
});
