import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backfillClaimStatements } from "@/lib/db/backfill-statements";
import { db } from "@/lib/db/prisma";
import { documentFromPlainText } from "@/lib/editor/document";
import { answerPublicRoute } from "@/lib/public/answer";
import { validateClaimReview } from "@/lib/publish/validate-claim-review";
import { createArticle } from "@/lib/server/create-article";
import { updateSourcingRule } from "@/lib/server/update-sourcing-rule";
import { api, tokensFor } from "../helpers/api";
import { startCollab, type TestCollab } from "../helpers/collab";
import { makeNewsroom, type TestNewsroom } from "../helpers/factory";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const json = async (response: Response) => (await response.json()) as Json;

let collab: TestCollab;
beforeAll(async () => {
  collab = await startCollab();
});
afterAll(async () => {
  await collab.stop();
});

const TEXT = "Menlo Park, Californie — Meta a annoncé le 22 mai 2024 que ses nouvelles conditions s’appliqueront dès le 26 juin 2024. Le groupe compte plus de 3 milliards d’utilisateurs.";

async function articleWithSource(team: TestNewsroom) {
  return createArticle({
    actor: team.actors.fact_checker,
    input: { title: "Meta et vos données", language: "fr", sourceUrl: "https://media.example.org/meta-ia", sourcePublisher: "Média Exemple", sourceAuthor: undefined, sourcePublishedAt: "2024-05-24" },
    body: documentFromPlainText(TEXT),
  });
}

async function publishedReviews(team: TestNewsroom, articleSlug: string): Promise<Json[]> {
  const response = await answerPublicRoute({ kind: "claimreview", newsroom: team.newsroom.slug }, new Request("http://factdesk.test/x"));
  return ((await response.json()) as Json[]).filter((review) => String(review.url).includes(`/${articleSlug}#`));
}

describe("the claim as checked, through the API", () => {
  it("publishes the statement as claimReviewed, the claimant as an Organization and the article as the appearance", async () => {
    const team = await makeNewsroom({ minSources: 1 });
    const tokens = await tokensFor(team);
    const article = await articleWithSource(team);
    const statement = "Les nouvelles conditions de Meta s’appliquent dès le 26 juin 2024.";
    const created = await api("POST", `/articles/${article.id}/claims`, {
      token: tokens.fact_checker,
      body: { type: "date", quote: { exact: "26 juin 2024" }, statement, claimant: { name: "Meta", kind: "organization" } },
    });
    expect(created.status).toBe(201);
    const claim = await json(created);
    expect(claim).toMatchObject({ statement, statementNeedsReview: false, claimant: { name: "Meta", kind: "organization", role: null, url: null } });

    expect((await api("PATCH", `/claims/${claim.id}`, { token: tokens.fact_checker, body: { verdict: "true", rationale: "La notification le dit." } })).status).toBe(200);
    const refused = await api("POST", `/claims/${claim.id}/approve`, { token: tokens.editor });
    expect(refused.status).toBe(409);
    const error = (await json(refused)).error;
    expect(error.code).toBe("sources_required");
    expect(error.message).toMatch(/at least 1 source; this claim has 0: add 1 more/);

    const source = { url: "https://about.fb.com/fr/news/2024/05/", title: "Notification", kind: "primary_document", stance: "supports" };
    expect((await api("POST", `/claims/${claim.id}/sources`, { token: tokens.fact_checker, body: source })).status).toBe(201);
    expect((await api("POST", `/claims/${claim.id}/approve`, { token: tokens.editor })).status).toBe(200);

    const published = await api("POST", `/articles/${article.id}/publications`, { token: tokens.editor, body: {} });
    expect(published.status).toBe(201);
    expect((await json(published)).summary.rated).toEqual([{ id: claim.id, statement, verdictKey: "true", statementNeedsReview: false }]);

    const [review] = await publishedReviews(team, article.slug);
    expect(review.claimReviewed).toBe(statement);
    expect(review.itemReviewed.author).toEqual({ "@type": "Organization", name: "Meta" });
    expect(review.itemReviewed.appearance[0]).toMatchObject({ "@type": "CreativeWork", url: "https://media.example.org/meta-ia", headline: "Meta et vos données", datePublished: "2024-05-24" });
    expect(validateClaimReview(review).filter((issue) => issue.level === "error")).toEqual([]);

    const markup = await json(await api("GET", `/articles/${article.id}/factcheck-markup`, { token: tokens.viewer }));
    expect(markup).toMatchObject({ claimReviewAuthor: { name: team.newsroom.name }, publishDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(markup.claimReviewMarkups).toEqual([
      {
        url: `${markup.pageUrl}#claim-${claim.id}`,
        claimReviewed: statement,
        claimDate: "2024-05-24",
        claimAppearances: ["https://media.example.org/meta-ia"],
        claimAuthor: { name: "Meta" },
        rating: { textualRating: "Vrai", ratingValue: 5, bestRating: 5, worstRating: 1, ratingExplanation: "La notification le dit." },
      },
    ]);
    const page = await answerPublicRoute({ kind: "factcheckMarkup", newsroom: team.newsroom.slug, slug: article.slug, version: "1" }, new Request("http://factdesk.test/x"));
    expect((await page.json()).claimReviewMarkups).toEqual(markup.claimReviewMarkups);
  });

  it("proposes a statement from the span's sentence when none is given, marked as needing review; a person's edit confirms it", async () => {
    const team = await makeNewsroom();
    const { fact_checker } = await tokensFor(team);
    const article = await articleWithSource(team);
    const claim = await json(await api("POST", `/articles/${article.id}/claims`, { token: fact_checker, body: { type: "number", quote: { exact: "plus de 3 milliards" } } }));
    expect(claim.statement).toBe("Le groupe compte plus de 3 milliards d’utilisateurs.");
    expect(claim.statementNeedsReview).toBe(true);
    const edited = await json(await api("PATCH", `/claims/${claim.id}`, { token: fact_checker, body: { statement: "Meta compte plus de 3 milliards d’utilisateurs." } }));
    expect(edited).toMatchObject({ statement: "Meta compte plus de 3 milliards d’utilisateurs.", statementNeedsReview: false });
  });

  it("refuses a verdict while the statement is empty, and a statement past 280 characters or on two lines", async () => {
    const team = await makeNewsroom();
    const { fact_checker } = await tokensFor(team);
    const article = await articleWithSource(team);
    const claim = await json(await api("POST", `/articles/${article.id}/claims`, { token: fact_checker, body: { type: "date", quote: { exact: "22 mai 2024" } } }));
    expect((await api("PATCH", `/claims/${claim.id}`, { token: fact_checker, body: { statement: "" } })).status).toBe(200);
    const refused = await api("PATCH", `/claims/${claim.id}`, { token: fact_checker, body: { verdict: "true", rationale: "Vu." } });
    expect(refused.status).toBe(422);
    expect((await json(refused)).error.fields).toHaveProperty("statement");
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).verdictKey).toBeNull();
    for (const statement of ["x".repeat(281), "Une ligne.\nDeux lignes."]) {
      const bad = await api("PATCH", `/claims/${claim.id}`, { token: fact_checker, body: { statement } });
      expect(bad.status).toBe(422);
      expect((await json(bad)).error.fields).toHaveProperty("statement");
    }
    const claimant = await api("PATCH", `/claims/${claim.id}`, { token: fact_checker, body: { claimant: { kind: "person" } } });
    expect((await json(claimant)).error.fields).toHaveProperty(["claimant.name"]);
  });
});

describe("the sourcing rule", () => {
  it("is the owner's setting, audited; an exempt verdict is approved without a source", async () => {
    const team = await makeNewsroom({ minSources: 2 });
    await expect(updateSourcingRule({ actor: team.actors.editor, input: { minSources: 0, exemptVerdicts: [] } })).rejects.toThrow(/role/);
    await expect(updateSourcingRule({ actor: team.actors.owner, input: { minSources: 1, exemptVerdicts: ["no-such-verdict"] } })).rejects.toThrow();
    await updateSourcingRule({ actor: team.actors.owner, input: { minSources: 2, exemptVerdicts: ["unproven"] } });
    const event = await db().auditEvent.findFirst({ where: { objectId: team.newsroom.id, action: "newsroom.sourcing_rule" } });
    expect(event?.after).toEqual({ minSources: 2, sourceExemptVerdicts: ["unproven"] });

    const tokens = await tokensFor(team);
    const article = await articleWithSource(team);
    const claim = await json(await api("POST", `/articles/${article.id}/claims`, { token: tokens.fact_checker, body: { type: "date", quote: { exact: "22 mai 2024" }, statement: "Meta a annoncé le 22 mai 2024." } }));
    await api("PATCH", `/claims/${claim.id}`, { token: tokens.fact_checker, body: { verdict: "true", rationale: "Vu." } });
    expect((await json(await api("POST", `/claims/${claim.id}/approve`, { token: tokens.editor }))).error.message).toMatch(/at least 2 sources; this claim has 0: add 2 more/);
    await api("PATCH", `/claims/${claim.id}`, { token: tokens.fact_checker, body: { verdict: "unproven", rationale: "Rien trouvé." } });
    expect((await api("POST", `/claims/${claim.id}/approve`, { token: tokens.editor })).status).toBe(200);
  });
});

describe("publishing with a summary", () => {
  it("lists every claim left out with its reason, and the API returns the same summary", async () => {
    const team = await makeNewsroom();
    const tokens = await tokensFor(team);
    const article = await articleWithSource(team);
    const mark = async (exact: string) => json(await api("POST", `/articles/${article.id}/claims`, { token: tokens.fact_checker, body: { type: "date", quote: { exact }, statement: `Il s’est passé quelque chose le ${exact}.` } }));
    const rated = await mark("22 mai 2024");
    const waiting = await mark("26 juin 2024");
    const open = await json(await api("POST", `/articles/${article.id}/claims`, { token: tokens.fact_checker, body: { type: "number", quote: { exact: "plus de 3 milliards" } } }));
    for (const claim of [rated, waiting]) await api("PATCH", `/claims/${claim.id}`, { token: tokens.fact_checker, body: { verdict: "true", rationale: "Vu." } });
    await api("POST", `/claims/${rated.id}/approve`, { token: tokens.editor });
    const summary = (await json(await api("POST", `/articles/${article.id}/publications`, { token: tokens.editor, body: {} }))).summary;
    expect(summary.rated.map((c: Json) => c.id)).toEqual([rated.id]);
    expect(summary.leftOut).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: waiting.id, reason: "awaiting_approval" }),
        expect.objectContaining({ id: open.id, reason: "no_verdict" }),
      ]),
    );
    expect(summary.markup.filter((issue: Json) => issue.level === "error")).toEqual([]);
  });
});

describe("the claims report (CSV)", () => {
  it("has one row per claim, and a cell starting like a formula is neutralised", async () => {
    const team = await makeNewsroom();
    const tokens = await tokensFor(team);
    const article = await articleWithSource(team);
    await api("POST", `/articles/${article.id}/claims`, { token: tokens.fact_checker, body: { type: "date", quote: { exact: "22 mai 2024" }, statement: "=HYPERLINK(\"http://evil.example\";\"x\")" } });
    const response = await api("GET", "/claims.csv", { token: tokens.viewer });
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await response.text()).replace(/^\ufeff/, "").trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^articleTitle,articleUrl,claimId,type,statement,/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"";""x"")"`);
    const other = await tokensFor(await makeNewsroom());
    expect((await (await api("GET", "/claims.csv", { token: other.viewer })).text()).trim().split("\r\n")).toHaveLength(1);
    expect((await api("GET", "/claims.csv?from=2024-13-01", { token: tokens.viewer })).status).toBe(400);
  });
});

describe("statements for claims made before statements existed", () => {
  it("are proposed from the span's sentence and marked as needing review", async () => {
    const team = await makeNewsroom();
    const article = await articleWithSource(team);
    const { id } = await db().claim.create({
      data: { newsroomId: team.newsroom.id, articleId: article.id, type: "date", quotedText: "26 juin 2024", createdById: team.actors.fact_checker.userId },
    });
    const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => undefined });
    try {
      expect(await backfillClaimStatements(sql)).toBeGreaterThanOrEqual(1);
    } finally {
      await sql.end();
    }
    const claim = await db().claim.findUniqueOrThrow({ where: { id } });
    expect(claim).toMatchObject({ statement: "Meta a annoncé le 22 mai 2024 que ses nouvelles conditions s’appliqueront dès le 26 juin 2024.", statementNeedsReview: true });
  });
});
