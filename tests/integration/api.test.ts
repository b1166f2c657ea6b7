import { randomUUID } from "node:crypto";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import type { ApiOperation } from "@/lib/api/operation";
import { API_OPERATIONS } from "@/lib/api/operations";
import { db } from "@/lib/db/prisma";
import { ROLES, type Role } from "@/lib/policies";
import { addMember } from "@/lib/server/add-member";
import { createApiToken } from "@/lib/server/create-api-token";
import { proposeVerdict } from "@/lib/server/propose-verdict";
import { publishArticle } from "@/lib/server/publish-article";
import { removeMember } from "@/lib/server/remove-member";
import { revokeApiToken } from "@/lib/server/revoke-api-token";
import { api, API_ROUTE_TEMPLATES, routeModule, tokensFor } from "../helpers/api";
import { connect, startCollab, tokenFor, waitFor, type TestCollab } from "../helpers/collab";
import { startFixtureServer, type FixtureServer } from "../helpers/fixture-server";
import { makeArticle, makeNewsroom, makeUser, type TestNewsroom } from "../helpers/factory";
import { ratedArticle } from "../helpers/rated-article";
import { RANK } from "../helpers/role-matrix";

let collab: TestCollab;
let pages: FixtureServer;
beforeAll(async () => {
  collab = await startCollab(); // claims marked through the API go into live documents
  pages = await startFixtureServer(); // articles imported from their URL
  process.env.FACTDESK_FETCH_ALLOW_HOSTS = pages.hostPort;
});
afterAll(async () => {
  delete process.env.FACTDESK_FETCH_ALLOW_HOSTS;
  await Promise.all([collab.stop(), pages.close()]);
});

const json = async (response: Response) => (await response.json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** An article whose text holds `quote` once, and a claim on "Meta" with a verdict proposed by the fact-checker. */
async function fixtures(team: TestNewsroom) {
  const quote = `phrase ${randomUUID().slice(0, 8)}`;
  const article = await makeArticle(team.actors.editor, `API ${quote}`, `Le 24 mai 2024, Meta a écrit une ${quote}.`);
  const claim = (await json(await api("POST", `/articles/${article.id}/claims`, { token: (await tokensFor(team)).fact_checker, body: { type: "other", quote: { exact: "Meta" } } }))) as { id: string };
  await proposeVerdict({ actor: team.actors.fact_checker, input: { claimId: claim.id, revision: 1, verdictKey: "true", rationale: "Vu." } });
  return { article, quote, claimId: claim.id };
}

type Case = { op: ApiOperation; request: (f: Awaited<ReturnType<typeof fixtures>> & { team: TestNewsroom }) => Promise<[string, unknown?]> };

const CASES: Case[] = [
  { op: API_OPERATIONS[0], request: async () => ["/articles"] },
  { op: API_OPERATIONS[1], request: async () => ["/articles", { title: "Nouveau", language: "fr", text: "Un texte." }] },
  { op: API_OPERATIONS[2], request: async ({ article }) => [`/articles/${article.id}`] },
  {
    op: API_OPERATIONS[3],
    request: async ({ team }) => {
      const fresh = await makeArticle(team.actors.editor, "Frais", "Le 3 juin 2024, un texte frais.");
      return [`/articles/${fresh.id}/claims`, { type: "date", quote: { exact: "3 juin 2024" } }];
    },
  },
  { op: API_OPERATIONS[4], request: async ({ claimId }) => [`/claims/${claimId}`] },
  { op: API_OPERATIONS[5], request: async ({ claimId }) => [`/claims/${claimId}`, { normalized: { note: "vu" } }] },
  { op: API_OPERATIONS[6], request: async ({ claimId }) => [`/claims/${claimId}/approve`] },
  { op: API_OPERATIONS[7], request: async ({ claimId }) => [`/claims/${claimId}/sources`, { url: "https://example.org/a", kind: "media", stance: "supports" }] },
  { op: API_OPERATIONS[8], request: async ({ claimId }) => [`/claims/${claimId}/comments`, { body: "Une remarque." }] },
  { op: API_OPERATIONS[9], request: async ({ article }) => [`/articles/${article.id}/publications`, {}] },
  {
    op: API_OPERATIONS[10],
    request: async ({ team }) => {
      const { article } = await ratedArticle(team);
      await publishArticle({ actor: team.actors.editor, articleId: article.id });
      return [`/articles/${article.id}/publications/current`];
    },
  },
  { op: API_OPERATIONS[11], request: async () => ["/claims/detect", { text: "Le 24 mai 2024." }] },
  { op: API_OPERATIONS[13], request: async () => ["/claims.csv?from=2024-01-01"] },
  {
    op: API_OPERATIONS[14],
    request: async ({ team }) => {
      const { article } = await ratedArticle(team);
      await publishArticle({ actor: team.actors.editor, articleId: article.id });
      return [`/articles/${article.id}/factcheck-markup`];
    },
  },
  {
    op: API_OPERATIONS.find((o) => o.operationId === "importFactChecks")!,
    request: async () => ["/fact-checks/imports", [{ "@type": "ClaimReview", url: "https://example.org/verif/1", claimReviewed: "Une affirmation.", reviewRating: { alternateName: "Faux" } }]],
  },
  { op: API_OPERATIONS.find((o) => o.operationId === "importArticle")!, request: async () => ["/articles/imports", { url: `${pages.origin}/en/inflation.html` }] },
  { op: API_OPERATIONS.find((o) => o.operationId === "listFactChecks")!, request: async () => ["/fact-checks?query=affirmation"] },
  { op: API_OPERATIONS.find((o) => o.operationId === "getClaimMemory")!, request: async (f) => [`/claims/${f.claimId}/matches`] },
  {
    op: API_OPERATIONS.find((o) => o.operationId === "decideClaimMatch")!,
    request: async (f) => [`/claims/${f.claimId}/matches`, { matchId: (await ratedArticle(f.team)).rated, origin: "newsroom", decision: "dismissed" }],
  },
  { op: API_OPERATIONS.find((o) => o.operationId === "findSimilarClaims")!, request: async () => ["/claims/similar?text=24%20mai%202024&sentence=Le%2024%20mai%202024%2C%20Meta%20a%20%C3%A9crit.&lang=fr&type=date"] },
];

const METHOD = (op: ApiOperation) => op.method.toUpperCase() as "GET" | "POST" | "PATCH" | "DELETE";

describe("REST API: every endpoint × every role × own and other newsroom", () => {
  it("covers every token operation", () => {
    expect(CASES.map((c) => c.op.operationId).sort()).toEqual(API_OPERATIONS.filter((o) => o.auth !== "session").map((o) => o.operationId).sort());
  });

  // The minimum role is the one the OpenAPI description documents: the matrix holds it to it.
  for (const { op, request } of CASES) {
    const minimum = op.role!;
    it(`${op.method.toUpperCase()} ${op.path}: allowed from ${minimum}, 403 below, 404 from another newsroom`, async () => {
      const team = await makeNewsroom();
      const tokens = await tokensFor(team);
      for (const role of ROLES) {
        const [path, body] = await request({ team, ...(await fixtures(team)) });
        const response = await api(METHOD(op), path, { token: tokens[role], body });
        if (RANK[role] >= RANK[minimum]) {
          expect(response.status, `${role}: ${await response.clone().text()}`).toBe(op.response.status);
          if (op.response.schema) op.response.schema.parse(await response.json());
        } else {
          expect(response.status, role).toBe(403);
          expect((await json(response)).error.code).toBe("forbidden");
        }
      }
      if (!op.params) return; // nothing of another newsroom's to name (the list test checks isolation)
      const otherTokens = await tokensFor(await makeNewsroom());
      const [path, body] = await request({ team, ...(await fixtures(team)) });
      expect((await api(METHOD(op), path, { token: otherTokens.owner, body })).status).toBe(404);
    });
  }

  it("lists only the token's newsroom's articles, paginated by cursor", async () => {
    const team = await makeNewsroom();
    const other = await makeNewsroom();
    const { owner } = await tokensFor(team);
    const mine = [];
    for (let i = 0; i < 5; i++) mine.push((await makeArticle(team.actors.editor, `Page ${i}`)).id);
    await makeArticle(other.actors.editor, "Pas à nous");
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await json(await api("GET", `/articles?limit=2${cursor ? `&cursor=${cursor}` : ""}`, { token: owner }));
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((a: { id: string }) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(mine.sort());
    expect((await json(await api("GET", "/articles?status=published", { token: owner }))).items).toEqual([]);
  });
});

describe("REST API: authentication and bad input", () => {
  it("401 without a valid token: none, malformed, unknown, revoked, a removed member's; the role is read at each request", async () => {
    const team = await makeNewsroom();
    const article = await makeArticle(team.actors.editor);
    const path = `/articles/${article.id}`;
    for (const headers of [{} as Record<string, string>, { authorization: "Basic abc" }, { authorization: "Bearer" }, { authorization: "Bearer fdk_unknown-token-value" }]) {
      const response = await api("GET", path, { headers });
      expect(response.status).toBe(401);
      expect((await json(response)).error).toMatchObject({ code: "unauthorized" });
    }
    const created = await createApiToken({ actor: team.actors.fact_checker, name: "cms" });
    expect((await api("GET", path, { token: created.token })).status).toBe(200);
    await revokeApiToken({ actor: team.actors.owner, tokenId: created.id });
    expect((await api("GET", path, { token: created.token })).status).toBe(401);

    const leaving = await makeUser("leaving");
    await addMember({ actor: team.actors.owner, email: leaving.email, role: "editor" });
    const actor = { userId: leaving.id, newsroomId: team.newsroom.id, role: "editor" as const };
    const { token } = await createApiToken({ actor, name: "bientôt parti" });
    expect((await api("GET", path, { token })).status).toBe(200);
    const membership = await db().membership.findUniqueOrThrow({ where: { userId_newsroomId: { userId: leaving.id, newsroomId: team.newsroom.id } } });
    await removeMember({ actor: team.actors.owner, membershipId: membership.id });
    expect((await api("GET", path, { token })).status).toBe(401);
  });

  it("names what is wrong: 400 not JSON, 415 not JSON content, 413 too large, 422 with the fields, 404 for a malformed id", async () => {
    const team = await makeNewsroom();
    const { editor } = await tokensFor(team);
    const notJson = await api("POST", "/articles", { token: editor, rawBody: "{oops" });
    expect(notJson.status).toBe(400);
    const form = await api("POST", "/articles", { token: editor, rawBody: "title=x", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(form.status).toBe(415);
    const huge = await api("POST", "/claims/detect", { token: editor, body: { text: "x".repeat(1_100_000) } });
    expect(huge.status).toBe(413);
    expect((await json(huge)).error.message).toMatch(/limit/);

    const empty = await json(await api("POST", "/articles", { token: editor }));
    expect(Object.keys(empty.error.fields).sort()).toEqual(["language", "title"]);
    const invalid = await json(await api("POST", "/articles", { token: editor, body: { title: "", language: "xx", text: "a", html: "<p>b</p>", color: "red" } }));
    expect(invalid.error.code).toBe("invalid");
    expect(Object.keys(invalid.error.fields).sort()).toEqual(["color", "language", "title"]);
    const both = await json(await api("POST", "/articles", { token: editor, body: { title: "x", language: "fr", text: "a", html: "<p>b</p>" } }));
    expect(both.error.fields.text).toMatch(/either text or html/);
    const badSource = await json(await api("POST", `/claims/${randomUUID()}/sources`, { token: editor, body: { url: "javascript:alert(1)", kind: "media", stance: "supports" } }));
    expect(badSource.error.fields.url).toBeDefined();
    expect((await api("GET", "/claims/not-a-uuid", { token: editor })).status).toBe(404);
    const badQuery = await api("GET", "/articles?status=lost&limit=0", { token: editor });
    expect(badQuery.status).toBe(400);
    expect(Object.keys((await json(badQuery)).error.fields).sort()).toEqual(["limit", "status"]);
    expect((await api("GET", "/articles?query=&status=&cursor=&limit=", { token: editor })).status).toBe(200); // empty form fields are absent
    const nested = await api("POST", "/articles", { token: editor, body: { title: "x", language: "fr", html: "<blockquote>".repeat(40_000) + "a" } });
    expect(nested.status).toBe(422);
    expect((await json(nested)).error.fields.html).toBeDefined();
    const badCursor = await api("GET", "/articles?cursor=nope", { token: editor });
    expect((await json(badCursor)).error.fields.cursor).toBeDefined();
  });

  it("rate-limits each token: 429 with Retry-After once the budget is spent, other tokens unaffected", async () => {
    const team = await makeNewsroom();
    const tokens = await tokensFor(team);
    const before = process.env.FACTDESK_API_RATE_LIMIT;
    process.env.FACTDESK_API_RATE_LIMIT = "3";
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await api("GET", "/articles", { token: tokens.viewer })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await api("GET", "/articles", { token: tokens.viewer });
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await json(limited)).error.code).toBe("rate_limited");
      expect((await api("GET", "/articles", { token: tokens.editor })).status).toBe(200);
    } finally {
      process.env.FACTDESK_API_RATE_LIMIT = before;
      if (before === undefined) delete process.env.FACTDESK_API_RATE_LIMIT;
    }
  });

  it("reads HTML bodies without running or keeping anything unsafe", async () => {
    const team = await makeNewsroom();
    const { editor } = await tokensFor(team);
    const created = await json(await api("POST", "/articles", { token: editor, body: { title: "HTML", language: "fr", html: `<h2>Titre</h2><p>Le <a href="javascript:alert(1)">lien</a><img src=x onerror=alert(1)><script>alert(2)</script> reste.</p>` } }));
    expect(created.text).toBe("Titre\nLe lien reste.");
    const stored = await db().article.findUniqueOrThrow({ where: { id: created.id } });
    expect(JSON.stringify(stored.contentJson)).not.toMatch(/javascript|onerror|script/);
  });
});

describe("REST API: claims in the live text, verdicts, concurrency, audit", () => {
  it("marks a quote in the live document (an open editor sees it); 422 when absent, 409 with the count when ambiguous, prefix decides", async () => {
    const team = await makeNewsroom();
    const { fact_checker } = await tokensFor(team);
    const article = await makeArticle(team.actors.editor, "Deux fois", "Meta dit oui. Puis Meta dit non.");
    const editor = await connect(collab.url, article.id, await tokenFor(team.actors.editor, article.id));
    try {
      const absent = await api("POST", `/articles/${article.id}/claims`, { token: fact_checker, body: { type: "quote", quote: { exact: "Google" } } });
      expect(absent.status).toBe(422);
      expect((await json(absent)).error.fields["quote.exact"]).toMatch(/not in the article/);
      const twice = await api("POST", `/articles/${article.id}/claims`, { token: fact_checker, body: { type: "quote", quote: { exact: "Meta dit" } } });
      expect(twice.status).toBe(409);
      expect((await json(twice)).error.message).toMatch(/2 times/);
      const picked = await api("POST", `/articles/${article.id}/claims`, { token: fact_checker, body: { type: "quote", quote: { exact: "Meta dit", suffix: " non" }, normalized: { speaker: "Meta" } } });
      expect(picked.status).toBe(201);
      const claim = await json(picked);
      expect(claim).toMatchObject({ quotedText: "Meta dit", type: "quote", normalized: { speaker: "Meta" }, state: "open" });
      await waitFor(() => editor.doc.getXmlFragment("default").toString().includes(claim.id), 3000, "the mark in the open editor");
      expect(editor.doc.getXmlFragment("default").toString()).toMatch(new RegExp(`Meta dit oui. Puis <claim[^>]* id="${claim.id}"[^>]*>Meta dit</claim[^>]*> non.`));
      const overlap = await api("POST", `/articles/${article.id}/claims`, { token: fact_checker, body: { type: "other", quote: { exact: "dit non" } } });
      expect(overlap.status).toBe(409);
      const badValue = await api("POST", `/articles/${article.id}/claims`, { token: fact_checker, body: { type: "date", quote: { exact: "oui" }, normalized: { date: "2024-13-45" } } });
      expect(badValue.status).toBe(422);
      expect(editor.doc.getXmlFragment("default").toString()).not.toContain("oui</claim>");
    } finally {
      editor.provider.destroy();
    }
  });

  it("verdict, four-eyes approval, If-Match / ETag (412 when stale), reopen; audit events marked via API", async () => {
    const team = await makeNewsroom();
    const tokens = await tokensFor(team);
    const article = await makeArticle(team.actors.editor, "Verdicts", "Le 24 mai 2024, Meta a annoncé un changement.");
    const created = await json(await api("POST", `/articles/${article.id}/claims`, { token: tokens.fact_checker, body: { type: "date", quote: { exact: "24 mai 2024" } } }));
    const read = await api("GET", `/claims/${created.id}`, { token: tokens.viewer });
    const etag = read.headers.get("etag")!;
    expect(etag).toBe('"r1"');

    const badVerdict = await api("PATCH", `/claims/${created.id}`, { token: tokens.fact_checker, body: { verdict: "probably", rationale: "x" } });
    expect(badVerdict.status).toBe(422);
    expect((await json(badVerdict)).error.fields.verdict).toMatch(/must be one of .*true/);
    expect((await api("PATCH", `/claims/${created.id}`, { token: tokens.fact_checker, body: { verdict: "true" } })).status).toBe(422);

    const proposed = await api("PATCH", `/claims/${created.id}`, { token: tokens.fact_checker, body: { verdict: "true", rationale: "La notification est datée." }, headers: { "if-match": etag } });
    expect(proposed.status).toBe(200);
    expect(await json(proposed)).toMatchObject({ state: "needs_review", verdict: "true" });
    const stale = await api("PATCH", `/claims/${created.id}`, { token: tokens.editor, body: { rationale: "Autre." }, headers: { "if-match": etag } });
    expect(stale.status).toBe(412);
    expect(stale.headers.get("etag")).not.toBe(etag);
    expect((await api("PATCH", `/claims/${created.id}`, { token: tokens.editor, body: { rationale: "Autre." }, headers: { "if-match": "whatever" } })).status).toBe(412);

    const selfApproval = await api("POST", `/claims/${created.id}/approve`, { token: tokens.fact_checker });
    expect(selfApproval.status).toBe(403);
    const approved = await api("POST", `/claims/${created.id}/approve`, { token: tokens.editor });
    expect(approved.status).toBe(200);
    expect(await json(approved)).toMatchObject({ state: "approved", approvedById: team.actors.editor.userId });

    // A refused part refuses the whole PATCH before anything is written: the claim stays approved.
    const refused = await api("PATCH", `/claims/${created.id}`, { token: tokens.fact_checker, body: { state: "open", assigneeId: randomUUID(), normalized: { date: "2024-02-30" } } });
    expect(refused.status).toBe(422);
    expect(Object.keys((await json(refused)).error.fields)).toEqual(["normalized.date"]);
    const notMember = await api("PATCH", `/claims/${created.id}`, { token: tokens.fact_checker, body: { state: "open", assigneeId: randomUUID() } });
    expect((await json(notMember)).error.fields.assigneeId).toMatch(/not a member/);
    expect(await json(await api("GET", `/claims/${created.id}`, { token: tokens.viewer }))).toMatchObject({ state: "approved" });
    const reopened = await api("PATCH", `/claims/${created.id}`, { token: tokens.fact_checker, body: { state: "open" } });
    expect(await json(reopened)).toMatchObject({ state: "open" });
    expect((await api("PATCH", `/claims/${created.id}`, { token: tokens.fact_checker, body: {} })).status).toBe(422);

    const events = await db().auditEvent.findMany({ where: { objectId: created.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["claim.create", "verdict.propose", "verdict.approve"]));
    expect(events.every((e) => e.viaApi)).toBe(true);
  });

  it("publishes and unpublishes: 201 with the version and public URL, 422 without the note a correction needs, 409 when not published", async () => {
    const team = await makeNewsroom();
    const tokens = await tokensFor(team);
    const { article, rated } = await ratedArticle(team);
    const first = await api("POST", `/articles/${article.id}/publications`, { token: tokens.editor }); // no body: none is needed
    expect(first.status).toBe(201);
    expect(await json(first)).toMatchObject({ version: 1, url: expect.stringMatching(new RegExp(`/${team.newsroom.slug}/${article.slug}$`)), summary: { rated: [expect.anything()] } });
    await api("PATCH", `/claims/${rated}`, { token: tokens.fact_checker, body: { state: "open" } });
    await api("PATCH", `/claims/${rated}`, { token: tokens.fact_checker, body: { verdict: "misleading", rationale: "Corrigé." } });
    await api("POST", `/claims/${rated}/approve`, { token: tokens.owner });
    const noNote = await api("POST", `/articles/${article.id}/publications`, { token: tokens.editor, body: {} });
    expect(noNote.status).toBe(422);
    expect((await json(noNote)).error.fields.note).toBeDefined();
    expect((await api("POST", `/articles/${article.id}/publications`, { token: tokens.editor, body: { note: "Verdict corrigé." } })).status).toBe(201);
    expect((await api("DELETE", `/articles/${article.id}/publications/current`, { token: tokens.editor })).status).toBe(204);
    expect((await api("DELETE", `/articles/${article.id}/publications/current`, { token: tokens.editor })).status).toBe(409);
    const events = await db().auditEvent.findMany({ where: { objectId: article.id, viaApi: true } });
    expect(events.map((e) => e.action).sort()).toEqual(["article.publish", "article.republish", "article.unpublish"]);
  });
});

describe("OpenAPI description", () => {
  it("is a valid OpenAPI 3.1 document, and every operation in it has its route handler", async () => {
    const document = openApiDocument("http://factdesk.test");
    const result = await new Validator().validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    for (const op of API_OPERATIONS) {
      expect(API_ROUTE_TEMPLATES).toContain(op.path);
      expect(typeof (await routeModule(op.path))[METHOD(op)], `${op.method} ${op.path}`).toBe("function");
    }
  });

  it("each documented example works as documented (and its answer matches the documented schema)", async () => {
    const team = await makeNewsroom();
    const tokens = await tokensFor(team);
    const ids: Record<string, string> = {};
    const pathOf = (op: ApiOperation) => op.path.replace("{id}", op.tag === "Claims" && op.path.startsWith("/claims") ? ids.claim : ids.article);
    const byId = (id: string): ApiOperation => API_OPERATIONS.find((o) => o.operationId === id)!;
    // In the walk-through's order: each example works on what the one before created.
    const sequence: [string, Role][] = [["createArticle", "fact_checker"], ["listArticles", "viewer"], ["createClaim", "fact_checker"], ["addSource", "fact_checker"], ["updateClaim", "fact_checker"], ["addComment", "viewer"], ["detectClaims", "viewer"]];
    for (const [operationId, role] of sequence) {
      const op = byId(operationId);
      expect(op.example, operationId).toBeDefined();
      const query = op.example?.query ? `?${new URLSearchParams(op.example.query)}` : "";
      const response = await api(METHOD(op), pathOf(op) + query, { token: tokens[role], body: op.example?.body });
      expect(response.status, `${operationId}: ${await response.clone().text()}`).toBe(op.response.status);
      const body = await response.json();
      op.response.schema?.parse(body);
      if (operationId === "createArticle") ids.article = body.id;
      if (operationId === "createClaim") ids.claim = body.id;
    }
    await api("POST", `/claims/${ids.claim}/approve`, { token: tokens.editor });
    const publish = byId("publishArticle");
    const published = await api("POST", pathOf(publish), { token: tokens.editor, body: publish.example?.body });
    expect(published.status).toBe(201);
    publish.response.schema?.parse(await published.json());
    const withExamples = (API_OPERATIONS as readonly ApiOperation[]).filter((o) => o.example).map((o) => o.operationId);
    expect(withExamples.sort()).toEqual([...sequence.map(([id]) => id), "publishArticle"].sort());
  });
});
