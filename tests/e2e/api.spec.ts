import { expect, request as playwrightRequest, test } from "@playwright/test";
import { makeNewsroom } from "../helpers/factory";
import { apiSession, signIn } from "./helpers";

test("the API over HTTP: a token from the session (same origin only), then a claim created through the API appears in an open editor", async ({ browser, baseURL }) => {
  const team = await makeNewsroom();
  const session = await apiSession(baseURL!, team.users.fact_checker.email, team.users.fact_checker.password);
  const body = { name: "CMS", newsroom: team.newsroom.slug };
  expect((await session.post("/api/v1/tokens", { data: body })).status()).toBe(403); // no Origin
  expect((await session.post("/api/v1/tokens", { data: body, headers: { origin: "https://evil.example" } })).status()).toBe(403);
  const created = await session.post("/api/v1/tokens", { data: body, headers: { origin: new URL(baseURL!).origin } });
  expect(created.status()).toBe(201);
  const { token } = (await created.json()) as { token: string };
  expect(token).toMatch(/^fdk_/);
  const other = await session.post("/api/v1/tokens", { data: { name: "x", newsroom: "not-mine" }, headers: { origin: new URL(baseURL!).origin } });
  expect(other.status()).toBe(404);

  const cms = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  expect((await cms.post("/api/v1/tokens", { data: body })).status()).toBe(401); // a token cannot mint tokens
  const article = await cms.post("/api/v1/articles", { data: { title: "Depuis le CMS", language: "fr", text: "Le 26 juin 2024, la nouvelle politique entrera en vigueur." } });
  expect(article.status()).toBe(201);
  const { id, slug } = (await article.json()) as { id: string; slug: string };

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, team.users.editor.email, team.users.editor.password);
  await page.goto(`/desk/${team.newsroom.slug}/articles/${slug}`);
  const editor = page.getByTestId("live-editor");
  await expect(editor).toContainText("26 juin 2024");

  const claim = await cms.post(`/api/v1/articles/${id}/claims`, { data: { type: "date", quote: { exact: "26 juin 2024" }, normalized: { date: "2024-06-26" } } });
  expect(claim.status()).toBe(201);
  const { id: claimId } = (await claim.json()) as { id: string };
  await expect(editor.locator(`[data-claim-id="${claimId}"]`)).toHaveText("26 juin 2024", { timeout: 5000 });

  // …and what the editor does, the API reads: a verdict set through the API shows on the open card list.
  const patched = await cms.patch(`/api/v1/claims/${claimId}`, { data: { verdict: "true", rationale: "Annoncé par Meta." } });
  expect(patched.status()).toBe(200);
  expect(patched.headers()["etag"]).toBe('"r2"');
  await context.close();
  await cms.dispose();
  await session.dispose();
});

test("the OpenAPI description and its reference page are public", async ({ page, request }) => {
  const spec = await request.get("/api/v1/openapi.json");
  expect(spec.status()).toBe(200);
  const document = (await spec.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toContain("/claims/{id}");
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Factdesk API reference");
  await expect(page.locator("#createClaim")).toContainText("/api/v1/articles/{id}/claims");
  await expect(page.locator("#createClaim pre")).toContainText("Authorization: Bearer");
});
