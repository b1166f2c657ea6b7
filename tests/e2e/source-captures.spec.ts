import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { db } from "../../lib/db/prisma";
import { createClaim } from "../../lib/server/create-claim";
import { createClaimSchema } from "../../lib/validation/claim";
import { pagesPort } from "../../playwright.config";
import { makeArticle, makeNewsroom } from "../helpers/factory";
import { startFixtureServer, type FixtureServer } from "../helpers/fixture-server";
import { failOnDialog, signIn } from "./helpers";

let pages: FixtureServer;
test.beforeAll(async () => {
  pages = await startFixtureServer(pagesPort);
});
test.afterAll(async () => {
  await pages.close();
});

/** A fact-checker on a fresh article's claim card, its "add a source" form open. */
async function openSourceForm(page: Page) {
  const team = await makeNewsroom();
  const article = await makeArticle(team.actors.editor, "Meta et l’IA", "Le 24 mai 2024, Meta a annoncé un changement.");
  const claimId = randomUUID();
  await createClaim({ actor: team.actors.fact_checker, input: createClaimSchema.parse({ id: claimId, articleId: article.id, type: "date", quotedText: "24 mai 2024" }) });
  await signIn(page, team.users.fact_checker.email, team.users.fact_checker.password);
  await page.goto(`/desk/${team.newsroom.slug}/articles/${article.slug}`);
  await page.locator(`[data-testid=claim-row][data-claim-id="${claimId}"]`).click();
  await page.getByTestId("add-source").click();
  return { team, form: page.getByTestId("source-form") };
}

test("a source added with a URL shows its capture within seconds, whether its passage was found, and its copy", async ({ page, context }) => {
  const noDialog = failOnDialog(page);
  const { team, form } = await openSourceForm(page);
  await form.getByLabel("URL", { exact: true }).fill(`${pages.origin}/fr/meta-ia.html`);
  await form.getByLabel("Supporting passage").fill("Le 24 mai 2024, une notification Facebook est apparue « Nous sommes en train de développer des outils IA pour vous »");
  await form.getByRole("button", { name: "Save source" }).click();

  const captures = page.getByTestId("source-captures");
  await expect(captures).toContainText(/Captured on .+ \(SHA-256 [0-9a-f]{12}…\)/, { timeout: 15_000 });
  await expect(captures.getByTestId("passage-check")).toHaveText("The quoted passage is in the capture.");
  await page.screenshot({ path: "test-results/source-capture-card.png", fullPage: true });

  // The copy: the page's readable text, in a sandbox where nothing runs.
  const [copy] = await Promise.all([context.waitForEvent("page"), captures.getByRole("link", { name: "captured copy" }).click()]);
  const answer = await copy.waitForLoadState().then(() => copy.request.get(copy.url()));
  expect(answer.headers()["content-security-policy"]).toMatch(/^sandbox; default-src 'none'/);
  await expect(copy.locator("pre")).toContainText("applicables dès le 26 juin 2024");
  await copy.screenshot({ path: "test-results/source-capture-copy.png" });
  await copy.close();

  // Capture again: the earlier capture is kept.
  await captures.getByRole("button", { name: "Capture again" }).click();
  await expect(captures.getByText("Earlier captures (1)")).toBeVisible({ timeout: 15_000 });
  await expect(captures).toContainText(/Captured on/);
  expect(await db().sourceCapture.count({ where: { newsroomId: team.newsroom.id, status: "captured" } })).toBe(2);
  noDialog();
});

test("a source on a private address shows why its capture failed", async ({ page }) => {
  const { form } = await openSourceForm(page);
  await form.getByLabel("URL", { exact: true }).fill(`${pages.origin}/to-metadata`);
  await form.getByRole("button", { name: "Save source" }).click();
  await expect(page.getByTestId("source-captures")).toContainText("Capture failed: This address is on a private network or this machine", { timeout: 15_000 });
});
