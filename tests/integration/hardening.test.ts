import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { applyClaimChanges } from "@/lib/server/apply-claim-changes";
import { api, tokensFor } from "../helpers/api";
import { startCollab, type TestCollab } from "../helpers/collab";
import { makeNewsroom } from "../helpers/factory";
import { ratedArticle } from "../helpers/rated-article";

const json = async (response: Response) => (await response.json()) as { error: { code: string; message: string; fields?: Record<string, string> } };

let collab: TestCollab;
beforeAll(async () => {
  collab = await startCollab();
});
afterAll(async () => {
  await collab.stop();
});

describe("no partial writes", () => {
  for (const [name, rationale] of [["NUL", "bad\u0000rationale"], ["a lone surrogate", "bad\ud800rationale"]]) {
    it(`a PATCH whose rationale holds ${name} answers 422 naming it, and the claim is unchanged, revision included`, async () => {
      const team = await makeNewsroom();
      const { owner } = await tokensFor(team);
      const { unrated } = await ratedArticle(team);
      const before = await db().claim.findUniqueOrThrow({ where: { id: unrated } });
      const response = await api("PATCH", `/claims/${unrated}`, { token: owner, body: { state: "in_progress", normalized: { note: "1" }, verdict: "true", rationale } });
      expect(response.status).toBe(422);
      expect((await json(response)).error.fields).toHaveProperty("rationale");
      expect(await db().claim.findUniqueOrThrow({ where: { id: unrated } })).toEqual(before);
    });
  }

  it("when the last step of several fails in the database, the earlier steps are rolled back", async () => {
    const team = await makeNewsroom();
    const { unrated } = await ratedArticle(team);
    const before = await db().claim.findUniqueOrThrow({ where: { id: unrated } });
    const audits = await db().auditEvent.count({ where: { objectId: unrated } });
    // Past the edge's text rule on purpose: PostgreSQL itself refuses the NUL at the verdict's write.
    const changes = { reopen: false, update: { state: "in_progress" as const, normalized: { note: "changé" } }, proposal: { verdictKey: "true", rationale: "bad\u0000" } };
    await expect(applyClaimChanges({ actor: team.actors.fact_checker, claimId: unrated, revision: before.revision, changes })).rejects.toThrow();
    expect(await db().claim.findUniqueOrThrow({ where: { id: unrated } })).toEqual(before);
    expect(await db().auditEvent.count({ where: { objectId: unrated } })).toBe(audits);
  });
});

describe("pasted HTML", () => {
  it("keeps everything after an inline SVG with a style or a script", async () => {
    const team = await makeNewsroom();
    const { fact_checker } = await tokensFor(team);
    const html = '<p>one</p><svg><style>.a{}</style></svg><p>two</p><svg viewBox="0 0 1 1"><script>alert(1)</script><path d="M0"/></svg><p>three</p>';
    const response = await api("POST", "/articles", { token: fact_checker, body: { title: "SVG", language: "en", html } });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const article = await db().article.findUniqueOrThrow({ where: { id } });
    expect(article.plainText).toBe("one\ntwo\nthree");
  });
});

describe("odd input gets 400/422, never 500", () => {
  it("NUL and lone surrogates in every kind of field are named", async () => {
    const team = await makeNewsroom();
    const { owner } = await tokensFor(team);
    const { article, rated } = await ratedArticle(team);
    const cases: [string, string, unknown, string][] = [
      ["POST", "/articles", { title: "a\u0000", language: "fr", text: "x" }, "title"],
      ["POST", "/articles", { title: "a", language: "fr", text: "x\ud800" }, "text"],
      ["POST", "/articles", { title: "a", language: "fr", html: "<p>x\u0000</p>" }, "html"],
      ["POST", `/claims/${rated}/comments`, { body: "a\u0000" }, "body"],
      ["POST", `/claims/${rated}/sources`, { url: "https://example.org", title: "\udfff", kind: "media", stance: "supports" }, "title"],
      ["POST", `/articles/${article.id}/claims`, { type: "other", quote: { exact: "Meta\u0000" } }, "quote.exact"],
    ];
    for (const [method, path, body, field] of cases) {
      const response = await api(method as "POST", path, { token: owner, body });
      expect(response.status, `${path} ${field}`).toBe(422);
      expect((await json(response)).error.fields, `${path} ${field}`).toHaveProperty([field]);
    }
    const search = await api("GET", "/articles?query=a%00b", { token: owner });
    expect(search.status).toBe(400);
    expect((await json(search)).error.fields).toHaveProperty("query");
  });

  it("a cursor with an impossible date or a non-UUID id is a 422 naming the cursor", async () => {
    const team = await makeNewsroom();
    const { owner } = await tokensFor(team);
    for (const cursor of [["+275760-09-13T00:00:00.000Z", "00000000-0000-4000-8000-000000000000"], ["2024-01-01T00:00:00.000Z", "------------------------------------"]]) {
      const encoded = Buffer.from(JSON.stringify(cursor)).toString("base64url");
      const response = await api("GET", `/articles?cursor=${encoded}`, { token: owner });
      expect(response.status).toBe(422);
      expect((await json(response)).error.fields).toHaveProperty("cursor");
    }
  });

  it("a body sent as text/plain is not read as JSON, and a __proto__ field is named", async () => {
    const team = await makeNewsroom();
    const { owner } = await tokensFor(team);
    const body = JSON.stringify({ title: "a", language: "fr", text: "x" });
    expect((await api("POST", "/articles", { token: owner, rawBody: body, headers: { "content-type": "text/plain; application/json" } })).status).toBe(415);
    expect((await api("POST", "/articles", { token: owner, rawBody: body, headers: { "content-type": "application/json; charset=utf-8" } })).status).toBe(201);
    const polluted = await api("POST", "/articles", { token: owner, rawBody: '{"title": "a", "language": "fr", "text": "x", "__proto__": {"admin": true}}' });
    expect(polluted.status).toBe(422);
    const fields = (await json(polluted)).error.fields!;
    expect(Object.keys(fields)).toEqual(["__proto__"]);
    expect(Object.getOwnPropertyDescriptor(fields, "__proto__")?.value).toBe("is not an allowed field name");
  });
});
