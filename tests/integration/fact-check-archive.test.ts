import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { answerPublicRoute } from "@/lib/public/answer";
import { importFactChecks } from "@/lib/server/import-fact-checks";
import { publishArticle } from "@/lib/server/publish-article";
import { api, tokensFor } from "../helpers/api";
import { makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { ratedArticle } from "../helpers/rated-article";

const root = path.resolve(import.meta.dirname, "../..");
const fixture = (name: string) => readFileSync(path.join(root, "tests/fixtures/archive", name), "utf8");
const json = (name: string) => JSON.parse(fixture(name)) as unknown;
const XSS_PAYLOADS = readFileSync(path.join(root, "tests/fixtures/xss-payloads.txt"), "utf8").split("\n").filter(Boolean);

type Answer = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const answer = async (response: Response) => (await response.json()) as Answer;

const archived = (team: TestNewsroom) => db().archivedFactCheck.findMany({ where: { newsroomId: team.newsroom.id }, orderBy: { reviewUrl: "asc" } });
const importEvents = (team: TestNewsroom) => db().auditEvent.findMany({ where: { newsroomId: team.newsroom.id, action: "fact_checks.import" }, orderBy: { id: "asc" } });

const review = (url: string, overrides: Record<string, unknown> = {}) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url,
  claimReviewed: "Une affirmation déjà vérifiée.",
  reviewRating: { "@type": "Rating", alternateName: "Faux" },
  ...overrides,
});

describe("importing fact-checks (POST /api/v1/fact-checks/imports)", () => {
  it("imports a newsroom's claimreview.json twice: the items are created once, then unchanged; a changed verdict updates its row", async () => {
    const team = await makeNewsroom();
    const { editor, owner } = await tokensFor(team);
    const file = json("factdesk-claimreview.json") as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any

    const first = await api("POST", "/fact-checks/imports?source=demo%2Fclaimreview.json", { token: editor, body: file });
    expect(first.status).toBe(201);
    expect(await answer(first)).toEqual({ format: "claim_review", created: 10, updated: 0, unchanged: 0, skipped: [] });
    const second = await api("POST", "/fact-checks/imports", { token: owner, body: file });
    expect(await answer(second)).toEqual({ format: "claim_review", created: 0, updated: 0, unchanged: 10, skipped: [] });
    const rows = await archived(team);
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((r) => r.sourceLabel))).toEqual(new Set(["demo/claimreview.json"])); // an unchanged row keeps where it came from

    file[3].reviewRating.alternateName = "Trompeur";
    const third = await answer(await api("POST", "/fact-checks/imports", { token: editor, body: file }));
    expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 9 });
    const changed = (await archived(team)).find((r) => r.reviewUrl === file[3].url)!;
    expect(changed).toMatchObject({ verdict: "Trompeur", sourceLabel: "ClaimReview JSON-LD", importedById: team.users.editor.id });
    expect((await archived(team)).map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());

    const events = await importEvents(team);
    expect(events.map((e) => [e.actorId, e.viaApi, e.objectId, (e.after as Answer).created, (e.after as Answer).updated, (e.after as Answer).unchanged])).toEqual([
      [team.users.editor.id, true, team.newsroom.id, 10, 0, 0],
      [team.users.owner.id, true, team.newsroom.id, 0, 0, 10],
      [team.users.editor.id, true, team.newsroom.id, 0, 1, 9],
    ]);
  });

  it("imports another newsroom's published claimreview.json, read from its public address", async () => {
    const publisher = await makeNewsroom();
    const { article } = await ratedArticle(publisher);
    await publishArticle({ actor: publisher.actors.editor, articleId: article.id });
    const published = await (await answerPublicRoute({ kind: "claimreview", newsroom: publisher.newsroom.slug }, new Request("http://factdesk.test/x"))).json();
    expect(published).toHaveLength(1);

    const team = await makeNewsroom();
    const { editor } = await tokensFor(team);
    for (const expected of [{ created: 1, unchanged: 0 }, { created: 0, unchanged: 1 }]) {
      expect(await answer(await api("POST", "/fact-checks/imports", { token: editor, body: published }))).toMatchObject(expected);
    }
    const [row] = await archived(team);
    expect(row).toMatchObject({ verdict: "Vrai", reviewAuthor: publisher.newsroom.name, reviewUrl: expect.stringContaining(`/${publisher.newsroom.slug}/${article.slug}#claim-`), origin: "import" });
  });

  it("refuses a malformed file whole, naming the bad item: nothing is written", async () => {
    const team = await makeNewsroom();
    const { editor } = await tokensFor(team);
    const response = await api("POST", "/fact-checks/imports", { token: editor, body: json("malformed.json") });
    expect(response.status).toBe(422);
    const { error } = await answer(response);
    expect(error.message).toBe("The file cannot be imported: item 2: claimReviewed is missing. Nothing was imported.");
    expect(error.fields).toEqual({ "1.claimReviewed": "item 2: claimReviewed is missing" });
    expect(await archived(team)).toEqual([]);
    expect(await importEvents(team)).toEqual([]);

    // A bad item past the first batch of the writer refuses the file just the same.
    const many = Array.from({ length: 6001 }, (_, i) => review(`https://example.org/many/${i}`));
    many[6000] = review("https://example.org/many/last", { url: "mailto:x@example.org" });
    const late = await api("POST", "/fact-checks/imports", { token: editor, body: many });
    expect((await answer(late)).error.message).toContain("item 6001: url is not an http(s) address");
    expect(await archived(team)).toEqual([]);
  });

  it("reads each of the four formats, and an HTML page", async () => {
    const team = await makeNewsroom();
    const { editor } = await tokensFor(team);
    const imports: [string, unknown, object][] = [
      ["claims-search.json", json("claims-search.json"), { format: "claims_search", created: 3 }],
      ["data-feed.json", json("data-feed.json"), { format: "data_feed", created: 2 }],
      ["claim-review-graph.json", json("claim-review-graph.json"), { format: "claim_review", created: 1 }],
      ["fact-check-page.html", { html: fixture("fact-check-page.html") }, { format: "html_page", created: 1 }],
    ];
    for (const [name, body, expected] of imports) {
      const response = await api("POST", `/fact-checks/imports?source=${name}`, { token: editor, body });
      expect(response.status, name).toBe(201);
      expect(await answer(response), name).toMatchObject({ ...expected, updated: 0, skipped: [] });
    }
    const rows = await archived(team);
    expect(rows).toHaveLength(7);
    expect(rows.find((r) => r.reviewUrl === "https://verif.example/2024/06/meta-ia-26-juin")).toMatchObject({
      statement: "Meta utilisera les publications publiques des utilisateurs européens pour entraîner son IA à partir du 26 juin 2024.",
      claimantName: "Meta",
      claimDate: "2024-05-22",
      verdict: "Vrai",
      language: "fr",
      reviewAuthor: "Vérif Exemple",
      reviewDate: "2024-06-03",
      sourceLabel: "claims-search.json",
      normalized: {},
    });
    expect(rows.find((r) => r.reviewUrl === "https://feed.example/fact-checks/dsa-amendes-6-pourcent")).toMatchObject({ ratingValue: 5, bestRating: 5, worstRating: 1, language: "fr", claimantName: "Thierry Exemple" });
    expect(rows.map((r) => r.normalized)).toEqual(rows.map(() => ({})));
  });

  it("skips a review URL repeated in the file, saying why, and audits it", async () => {
    const team = await makeNewsroom();
    const { editor } = await tokensFor(team);
    const body = [review("https://example.org/a"), review("https://example.org/b"), review("https://example.org/a", { claimReviewed: "Autre chose." })];
    expect(await answer(await api("POST", "/fact-checks/imports", { token: editor, body }))).toEqual({ format: "claim_review", created: 2, updated: 0, unchanged: 0, skipped: [{ index: 3, reason: "same review URL as item 1" }] });
    expect((await archived(team)).map((r) => r.statement)).toEqual(["Une affirmation déjà vérifiée.", "Une affirmation déjà vérifiée."]);
    expect((await importEvents(team))[0].after).toMatchObject({ skipped: 1, skippedReasons: [{ index: 3, reason: "same review URL as item 1" }] });
  });

  it("is for editors and owners: a viewer or a fact-checker gets 403 and nothing is written", async () => {
    const team = await makeNewsroom();
    const tokens = await tokensFor(team);
    for (const role of ["viewer", "fact_checker"] as const) {
      const response = await api("POST", "/fact-checks/imports", { token: tokens[role], body: [review("https://example.org/x")] });
      expect(response.status, role).toBe(403);
      expect((await answer(response)).error.code).toBe("forbidden");
    }
    await expect(importFactChecks({ actor: team.actors.fact_checker, file: { json: [review("https://example.org/x")] } })).rejects.toThrow(/verdict\.approve/);
    expect(await archived(team)).toEqual([]);
  });

  it("refuses an address that is not http(s), a bad source label, and bodies that are not a file", async () => {
    const team = await makeNewsroom();
    const { editor } = await tokensFor(team);
    const byUrl = await api("POST", "/fact-checks/imports", { token: editor, body: { url: "ftp://example.org/claimreview.json" } });
    expect(byUrl.status).toBe(422);
    expect((await answer(byUrl)).error.fields).toEqual({ url: "must be an http:// or https:// address" });
    const cases: [string, unknown, number, RegExp][] = [
      ["/fact-checks/imports?source=" + "x".repeat(301), [review("https://example.org/x")], 400, /source/],
      ["/fact-checks/imports", "du texte", 422, /form/],
      ["/fact-checks/imports", { html: 42 }, 422, /html/],
      ["/fact-checks/imports", [{ "@type": "Organization" }], 422, /No fact-check found/],
      ["/fact-checks/imports", [review("https://example.org/x", { claimReviewed: "a\u0000b" })], 422, /NUL/],
      ["/fact-checks/imports", JSON.parse('[{"@type": "ClaimReview", "__proto__": {"x": 1}}]'), 422, /__proto__/],
    ];
    for (const [path, body, status, text] of cases) {
      const response = await api("POST", path, { token: editor, body });
      expect(response.status, path).toBe(status);
      expect(JSON.stringify(await answer(response))).toMatch(text);
    }
    const notJson = await api("POST", "/fact-checks/imports", { token: editor, rawBody: "<html></html>", headers: { "content-type": "text/html" } });
    expect(notJson.status).toBe(415);
    expect(await archived(team)).toEqual([]);
  });

  it("two imports of the same file at once still create each item once", async () => {
    const team = await makeNewsroom();
    const { editor, owner } = await tokensFor(team);
    const body = Array.from({ length: 50 }, (_, i) => review(`https://example.org/race/${i}`));
    const answers = await Promise.all([editor, owner].map(async (token) => answer(await api("POST", "/fact-checks/imports", { token, body }))));
    expect(answers.map((a) => a.created).sort()).toEqual([0, 50]);
    expect(answers.map((a) => a.unchanged).sort()).toEqual([0, 50]);
    expect(await archived(team)).toHaveLength(50);
  });

  it("stores the XSS payloads as text, verbatim, and answers them as JSON strings", async () => {
    const team = await makeNewsroom();
    const { editor, viewer } = await tokensFor(team);
    const body = XSS_PAYLOADS.map((payload, i) => review(`https://example.org/xss/${i}`, { claimReviewed: payload, reviewRating: { alternateName: payload }, itemReviewed: { author: { name: payload.slice(0, 300) } }, datePublished: `2024-01-${String((i % 28) + 1).padStart(2, "0")}` }));
    expect((await answer(await api("POST", "/fact-checks/imports", { token: editor, body }))).created).toBe(XSS_PAYLOADS.length);
    const rows = await archived(team);
    expect(new Set(rows.map((r) => r.statement))).toEqual(new Set(XSS_PAYLOADS));
    expect(rows.every((r) => r.verdict === r.statement)).toBe(true);
    const listed = await api("GET", "/fact-checks?limit=100", { token: viewer });
    expect(listed.headers.get("content-type")).toMatch(/^application\/json/);
    expect(new Set((await answer(listed)).items.map((i: Answer) => i.statement))).toEqual(new Set(XSS_PAYLOADS));
  });
});

describe("searching the archive (GET /api/v1/fact-checks)", () => {
  it("finds words accent-insensitively, stemmed in French and English, newest review first, page by page", async () => {
    const team = await makeNewsroom();
    const { editor, viewer } = await tokensFor(team);
    await api("POST", "/fact-checks/imports", { token: editor, body: json("claims-search.json") });
    await api("POST", "/fact-checks/imports", { token: editor, body: json("data-feed.json") });
    const search = async (query: string) => (await answer(await api("GET", `/fact-checks?query=${encodeURIComponent(query)}`, { token: viewer }))).items.map((i: Answer) => i.reviewUrl);
    // The English review of a French claim shares its statement: found too.
    expect(await search("entrainer IA")).toEqual(["https://verif.example/2024/06/rgpd-ia-interdiction", "https://checks.example.com/meta-ai-training-june-26", "https://verif.example/2024/06/meta-ia-26-juin"]);
    expect(await search("amende")).toEqual(["https://feed.example/fact-checks/dsa-amendes-6-pourcent"]); // French stemming: "amendes"
    expect(await search("fines imposed")).toEqual(["https://feed.example/fact-checks/gdpr-fine-1-2-billion"]); // English: "fine", "imposed"
    expect(await search("Thierry")).toEqual(["https://feed.example/fact-checks/dsa-amendes-6-pourcent"]); // the claimant
    expect(await search('"données personnelles" -meta')).toEqual(["https://verif.example/2024/06/rgpd-ia-interdiction"]);
    expect(await search("rien de tel ici zzz")).toEqual([]);

    const [item] = (await answer(await api("GET", "/fact-checks?query=DSA", { token: viewer }))).items;
    expect(item).toEqual({
      id: expect.any(String),
      statement: "Le DSA permet d'infliger aux très grandes plateformes des amendes allant jusqu'à 6 % de leur chiffre d'affaires mondial.",
      claimant: "Thierry Exemple",
      claimDate: "2024-06-10",
      verdict: "Vrai",
      ratingValue: 5,
      bestRating: 5,
      worstRating: 1,
      language: "fr",
      normalized: {},
      reviewUrl: "https://feed.example/fact-checks/dsa-amendes-6-pourcent",
      reviewAuthor: "Feed Exemple",
      reviewDate: "2024-06-12",
      origin: "import",
      source: "ClaimReview DataFeed",
      importedAt: expect.any(String),
      updatedAt: expect.any(String),
    });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Answer = await answer(await api("GET", `/fact-checks?limit=2${cursor ? `&cursor=${cursor}` : ""}`, { token: viewer }));
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i: Answer) => i.reviewDate));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["2024-06-15", "2024-06-12", "2024-06-12", "2024-06-05", "2024-06-03"]);
    expect((await api("GET", "/fact-checks?cursor=bm9wZQ", { token: viewer })).status).toBe(422);
    expect((await api("GET", "/fact-checks?limit=500", { token: viewer })).status).toBe(400);
  });

  it("shows a newsroom its own archive only; the same review URL may be in two archives", async () => {
    const team = await makeNewsroom();
    const other = await makeNewsroom();
    const [mine, theirs] = [await tokensFor(team), await tokensFor(other)];
    await api("POST", "/fact-checks/imports", { token: mine.editor, body: json("claims-search.json") });
    expect((await answer(await api("GET", "/fact-checks", { token: theirs.owner }))).items).toEqual([]);
    expect((await answer(await api("GET", "/fact-checks?query=RGPD", { token: theirs.owner }))).items).toEqual([]);
    expect(await answer(await api("POST", "/fact-checks/imports", { token: theirs.editor, body: json("claims-search.json") }))).toMatchObject({ created: 3 });
    expect((await answer(await api("GET", "/fact-checks", { token: mine.viewer }))).items).toHaveLength(3);
  });
});
