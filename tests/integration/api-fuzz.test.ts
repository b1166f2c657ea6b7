import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiOperation } from "@/lib/api/operation";
import { API_OPERATIONS } from "@/lib/api/operations";
import { db } from "@/lib/db/prisma";
import { api, tokensFor } from "../helpers/api";
import { startCollab, type TestCollab } from "../helpers/collab";
import { makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { ODD_JSON_VALUES as ODD_VALUES, paths, random, replaced } from "../helpers/fuzz";
import { ratedArticle } from "../helpers/rated-article";

// Seeded fuzzing of every token operation of lib/api/operations.ts: each
// request is a working one with one value replaced by an odd one. Whatever
// the answer, it is never a 5xx, and a refused request changes nothing.

const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const ROUNDS_PER_OPERATION = Number(process.env.FUZZ_ROUNDS ?? 24);
const TIME_BUDGET_MS = 60_000;

/** A path segment for any string: a lone surrogate, which has no UTF-8, as the bytes a client would send for it. */
function pathSegment(text: string): string {
  try {
    return encodeURIComponent(text).slice(0, 300);
  } catch {
    return "%ED%A0%80";
  }
}

type Fixture = { team: TestNewsroom; articleId: string; claimId: string; otherClaimId: string };
type BaseRequest = { path: string; body?: unknown; query?: Record<string, string> };

/** A request that works (or is a well-formed refusal) for each operation. */
function baseRequests(f: Fixture): Record<string, BaseRequest> {
  const article = `/articles/${f.articleId}`;
  return {
    listArticles: { path: "/articles", query: { query: "Meta", status: "draft", limit: "5" } },
    createArticle: { path: "/articles", body: { title: "Titre", language: "fr", sourceUrl: "https://example.org/a", sourcePublisher: "Média", sourcePublishedAt: "2024-05-24", html: "<p>Le <b>24 mai 2024</b>.</p>" } },
    getArticle: { path: article },
    createClaim: { path: `${article}/claims`, body: { type: "other", quote: { exact: "annoncé", prefix: "a ", suffix: " <" }, normalized: { note: "à voir" }, statement: "Meta a annoncé.", claimant: { kind: "article" } } },
    getClaim: { path: `/claims/${f.claimId}` },
    updateClaim: {
      path: `/claims/${f.otherClaimId}`,
      body: { state: "in_progress", normalized: { note: "valeur" }, statement: "Meta a annoncé un changement.", claimant: { name: "Meta", kind: "organization" }, appearanceUrl: "https://example.org/a", verdict: "true", rationale: "Une raison." },
    },
    approveClaim: { path: `/claims/${f.claimId}/approve` },
    addSource: { path: `/claims/${f.claimId}/sources`, body: { url: "https://example.org/s", title: "Titre", publisher: "Éditeur", publishedAt: "2024-05-24", archiveUrl: "https://archive.example.org/s", excerpt: "Extrait.", kind: "media", stance: "supports" } },
    addComment: { path: `/claims/${f.claimId}/comments`, body: { body: "Une remarque." } },
    publishArticle: { path: `${article}/publications`, body: { note: "Première publication." } },
    unpublishArticle: { path: `${article}/publications/current` },
    exportClaims: { path: "/claims.csv", query: { from: "2024-01-01", to: "2024-12-31" } },
    getFactCheckMarkup: { path: `${article}/factcheck-markup` },
    importFactChecks: {
      path: "/fact-checks/imports",
      query: { source: "fuzz.json" },
      body: [{ "@context": "https://schema.org", "@type": "ClaimReview", url: "https://example.org/review#1", claimReviewed: "Meta a annoncé un changement.", datePublished: "2024-05-24", author: { "@type": "Organization", name: "Vérif" }, reviewRating: { "@type": "Rating", alternateName: "Vrai" } }],
    },
    listFactChecks: { path: "/fact-checks", query: { query: "Meta", limit: "5" } },
    findSimilarClaims: { path: "/claims/similar", query: { text: "24 mai 2024", sentence: "Le 24 mai 2024, Meta a annoncé un changement.", lang: "fr", type: "date", published: "2024-05-24" } },
    getClaimMemory: { path: `/claims/${f.claimId}/matches` },
    decideClaimMatch: { path: `/claims/${f.otherClaimId}/matches`, body: { matchId: f.claimId, origin: "newsroom", decision: "dismissed" } },
    // Refused before any connection (127.0.0.1 is not allowed): the fuzz is about the request, not the page.
    importArticle: { path: "/articles/imports", body: { url: "http://127.0.0.1:9/article", submissionId: "8f14e45f-ceea-467f-a0e6-1b5e2d6b8c11" } },
    detectClaims: { path: "/claims/detect", body: { text: "Le 24 mai 2024, Meta a dit « oui ».", lang: "fr", published: "2024-05-24" } },
  };
}

/** Everything of the newsroom a request could change, as text (derived columns of the article excepted: the live document refreshes them). */
async function newsroomState(newsroomId: string): Promise<string> {
  const rows = await db().$queryRawUnsafe<{ state: string }[]>(
    `SELECT concat_ws('§',
       (SELECT string_agg(row(id, title, language, "sourceUrl", "sourcePublisher", "sourcePublishedAt", status)::text, '|' ORDER BY id) FROM "Article" WHERE "newsroomId" = $1::uuid),
       (SELECT string_agg(c::text, '|' ORDER BY c.id) FROM "Claim" c WHERE "newsroomId" = $1::uuid),
       (SELECT string_agg(s::text, '|' ORDER BY s.id) FROM "Source" s WHERE "newsroomId" = $1::uuid),
       (SELECT string_agg(m::text, '|' ORDER BY m.id) FROM "Comment" m WHERE "newsroomId" = $1::uuid),
       (SELECT string_agg(v::text, '|' ORDER BY v.id) FROM "PublishedVersion" v WHERE "newsroomId" = $1::uuid),
       (SELECT string_agg(d::text, '|' ORDER BY d.id) FROM "ClaimMatch" d WHERE "newsroomId" = $1::uuid),
       (SELECT count(*)::text FROM "AuditEvent" WHERE "newsroomId" = $1::uuid)) AS state`,
    newsroomId,
  );
  return rows[0].state;
}

let collab: TestCollab;
beforeAll(async () => {
  collab = await startCollab();
});
afterAll(async () => {
  await collab.stop();
});

describe("API fuzz: odd values in every operation", () => {
  const operations = API_OPERATIONS.filter((op) => op.auth !== "session");

  it("has a working request for every token operation, and for nothing else", () => {
    const ids = Object.keys(baseRequests({ articleId: "a", claimId: "c", otherClaimId: "o" } as Fixture)).sort();
    expect(ids).toEqual(operations.map((op) => op.operationId).sort());
  });

  for (const op of operations) {
    it(`${op.method.toUpperCase()} ${op.path}: never a 5xx; a refusal changes nothing`, { timeout: TIME_BUDGET_MS + 30_000 }, async () => {
      const next = random(SEED + op.operationId.length * 7919 + op.operationId.charCodeAt(0));
      const team = await makeNewsroom();
      const { owner, editor } = await tokensFor(team);
      const { article, rated, unrated } = await ratedArticle(team);
      const fixture = { team, articleId: article.id, claimId: rated, otherClaimId: unrated };
      const base = baseRequests(fixture)[op.operationId];
      expect(base, op.operationId).toBeDefined();
      const started = Date.now();
      for (let round = 0; round < ROUNDS_PER_OPERATION && Date.now() - started < TIME_BUDGET_MS; round++) {
        const odd = ODD_VALUES[Math.floor(next() * ODD_VALUES.length)]();
        const targets = [...paths(base.body).map((p) => ["body", ...p]), ...Object.keys(base.query ?? {}).map((k) => ["query", k]), ["id"], ...((op as ApiOperation).body ? [["body", "__proto__"]] : [])];
        const target = targets[Math.floor(next() * targets.length)];
        let { path, body, query } = base;
        if (target[0] === "body") body = replaced(body ?? {}, target.slice(1), odd);
        else if (target[0] === "query") query = { ...query, [target[1]]: typeof odd === "string" ? odd : JSON.stringify(odd) };
        else if (typeof odd === "string" && odd !== "") path = path.replace(/[0-9a-f-]{36}/, pathSegment(odd));
        const search = query ? `?${new URLSearchParams(query)}` : "";
        const rawBody = body === undefined ? undefined : JSON.stringify(body);
        const before = await newsroomState(team.newsroom.id);
        const response = await api(op.method.toUpperCase() as "GET", `${path}${search}`, { token: op.operationId === "approveClaim" ? editor : owner, rawBody });
        const what = `${op.operationId} round ${round}, ${target.join(".")} = ${JSON.stringify(odd)?.slice(0, 60)}`;
        expect(response.status, `${what}: ${await response.clone().text()}`).toBeLessThan(500);
        if (response.status >= 400) {
          const answer = (await response.json()) as { error?: { code: string; message: string } };
          expect(answer.error?.message, what).toBeTruthy();
          expect(await newsroomState(team.newsroom.id), `${what}: the refused request changed the database`).toBe(before);
        } else if (op.method !== "get") {
          await new Promise((resolve) => setTimeout(resolve, 400)); // the live document's derived refresh settles
        }
      }
    });
  }
});
