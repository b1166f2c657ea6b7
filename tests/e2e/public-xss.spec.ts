import { readFileSync } from "node:fs";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { createApiToken } from "../../lib/server/create-api-token";
import { makeNewsroom } from "../helpers/factory";
import { failOnDialog, pasteHtml, signIn } from "./helpers";

const payloads = readFileSync("tests/fixtures/xss-payloads.txt", "utf8").split("\n").filter((line) => line.trim());
const asText = (p: string) => p.replace(/&/g, "&amp;").replace(/</g, "&lt;");

test("the XSS corpus carried from paste to claims, sources, verdicts and the public page stays inert", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const team = await makeNewsroom();
  const noDialog = failOnDialog(page);
  await signIn(page, team.users.fact_checker.email, team.users.fact_checker.password);
  await page.goto(`/desk/${team.newsroom.slug}/articles/new`);
  await page.getByLabel("Title").fill(payloads[0]);
  await pasteHtml(page, "[data-testid=body-editor]", payloads.map((p) => `<p>${asText(p)}</p>`).join(""));
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByTestId("article-title")).toHaveText(payloads[0]);

  const checker = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${(await createApiToken({ actor: team.actors.fact_checker, name: "xss" })).token}` } });
  const editor = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${(await createApiToken({ actor: team.actors.editor, name: "xss" })).token}` } });
  const { items } = (await (await checker.get("/api/v1/articles")).json()) as { items: { id: string }[] };
  expect(items).toHaveLength(1);
  const id = items[0].id;
  let rated = 0;
  for (const payload of payloads) {
    const created = await checker.post(`/api/v1/articles/${id}/claims`, { data: { type: "quote", quote: { exact: payload.trim() }, normalized: { speaker: payload.slice(0, 200) } } });
    if (created.status() !== 201) continue; // a payload inside another one is ambiguous (409): skipped
    const claim = (await created.json()) as { id: string };
    expect((await checker.post(`/api/v1/claims/${claim.id}/sources`, { data: { url: `https://example.org/?q=${encodeURIComponent(payload)}`, title: payload.slice(0, 300), publisher: payload.slice(0, 200), excerpt: payload, kind: "media", stance: "context" } })).status()).toBe(201);
    expect((await checker.post(`/api/v1/claims/${claim.id}/sources`, { data: { url: "javascript:alert(1)", kind: "media", stance: "context" } })).status()).toBe(422);
    expect((await checker.patch(`/api/v1/claims/${claim.id}`, { data: { verdict: "false", rationale: payload } })).status()).toBe(200);
    expect((await editor.post(`/api/v1/claims/${claim.id}/approve`)).status()).toBe(200);
    rated++;
  }
  expect(rated).toBeGreaterThan(payloads.length / 2);
  const published = await editor.post(`/api/v1/articles/${id}/publications`, { data: {} });
  expect(published.status()).toBe(201);
  const { url } = (await published.json()) as { url: string };

  const reader = await browser.newPage(); // signed out, scripts on: anything injected would run
  const readerDialogs = failOnDialog(reader);
  await reader.goto(url);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(payloads[0]);
  expect(await reader.locator("script:not([type='application/ld+json']), iframe, object, embed, img, svg, [onerror], [onload], [onclick], [onmouseover], [onfocus], a[href^='javascript'], [src^='javascript']").count()).toBe(0);
  expect(await reader.locator("[data-claim]").count()).toBeGreaterThanOrEqual(rated);
  await expect(reader.locator("main")).toContainText(payloads[1].trim());
  await reader.goto(url.replace(/\/[^/]+$/, ""));
  expect(await reader.locator("script, [onerror], [onload]").count()).toBe(0);
  await reader.waitForTimeout(300);
  readerDialogs();
  noDialog();
  await checker.dispose();
  await editor.dispose();
});
