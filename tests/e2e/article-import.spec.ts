import { expect, test } from "@playwright/test";
import { db } from "../../lib/db/prisma";
import { makeNewsroom } from "../helpers/factory";
import { startFixtureServer, type FixtureServer } from "../helpers/fixture-server";
import { pagesPort } from "../../playwright.config";
import { failOnDialog, signIn } from "./helpers";

let pages: FixtureServer;
test.beforeAll(async () => {
  pages = await startFixtureServer(pagesPort);
});
test.afterAll(async () => {
  await pages.close();
});

test("an article imported from its URL is previewed, edited, and created as a draft", async ({ page }) => {
  const { users, newsroom } = await makeNewsroom();
  const noDialog = failOnDialog(page);
  await signIn(page, users.fact_checker.email, users.fact_checker.password);
  await page.goto(`/desk/${newsroom.slug}/articles/new`);
  await page.getByLabel("Article URL", { exact: true }).fill(`${pages.origin}/fr/meta-ia.html`);
  await page.getByRole("button", { name: "Fetch the article" }).click();
  await expect(page.getByTestId("new-article-form").getByRole("status")).toContainText("Article fetched");
  await expect(page.getByLabel("Title")).toHaveValue("Facebook veut utiliser vos données personnelles pour son IA");
  await expect(page.getByLabel("Publisher")).toHaveValue("Exemple Numérique");
  await expect(page.getByLabel("Author")).toHaveValue("Claire Martin, Hugo Lefèvre");
  await expect(page.getByLabel("Publication date")).toHaveValue("2024-05-24");
  await expect(page.locator("select#language")).toHaveValue("fr");
  await expect(page.getByLabel("Original article URL")).toHaveValue(`${pages.origin}/fr/meta-ia.html`);
  const body = page.getByTestId("body-editor");
  await expect(body.locator("h2").first()).toHaveText("Meta va lancer ses outils IA en France");
  await expect(body).not.toContainText("À lire aussi");
  await page.screenshot({ path: "test-results/article-import-preview.png", fullPage: true });
  // The preview is the person's to edit before anything is saved.
  expect(await db().article.count({ where: { newsroomId: newsroom.id } })).toBe(0);
  await page.getByLabel("Title").fill("Meta et vos données : ce qui change");
  await body.locator("p").first().click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Ajout de la rédaction.");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByTestId("article-title")).toHaveText("Meta et vos données : ce qui change");
  await expect(page.getByTestId("live-editor")).toContainText("Ajout de la rédaction.");
  const article = await db().article.findFirstOrThrow({ where: { newsroomId: newsroom.id } });
  expect(article).toMatchObject({ sourcePublisher: "Exemple Numérique", sourceAuthor: "Claire Martin, Hugo Lefèvre", language: "fr" });
  expect(article.sourcePublishedAt?.toISOString().slice(0, 10)).toBe("2024-05-24");
  noDialog();
});

test("a page that cannot be imported says why, in the field, and creates nothing", async ({ page }) => {
  const { users, newsroom } = await makeNewsroom();
  await signIn(page, users.fact_checker.email, users.fact_checker.password);
  await page.goto(`/desk/${newsroom.slug}/articles/new`);
  const url = page.getByLabel("Article URL", { exact: true });
  const cases: [string, string][] = [
    [`${pages.origin}/to-metadata`, "This address is on a private network or this machine"],
    [`${pages.origin.replace("127.0.0.1", "localhost")}/fr/meta-ia.html`, "This address is on a private network or this machine"],
    [`${pages.origin}/not-found`, "The site answered with an error (HTTP 404)."],
    [`${pages.origin}/empty.html`, "The page has no text to import"],
    [`${pages.origin}/gzip-bomb`, "The page is too large (more than 5 MB)."],
    [`${pages.origin}/loop`, "The address redirects too many times"],
    ["ftp://example.org/file", "must be an http:// or https:// address"],
  ];
  for (const [address, message] of cases) {
    await url.fill(address);
    await page.getByRole("button", { name: "Fetch the article" }).click();
    await expect(page.locator("#importUrl-error")).toContainText(message);
    await expect(url).toHaveAttribute("aria-invalid", "true");
  }
  await expect(page.getByLabel("Title")).toHaveValue("");
  await page.screenshot({ path: "test-results/article-import-error.png", fullPage: true });
  expect(await db().article.count({ where: { newsroomId: newsroom.id } })).toBe(0);
});
