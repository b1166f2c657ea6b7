import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { db } from "../../lib/db/prisma";
import { makeNewsroom } from "../helpers/factory";
import { failOnDialog, pasteHtml, signIn } from "./helpers";

const payloads = readFileSync("tests/fixtures/xss-payloads.txt", "utf8").split("\n").filter((line) => line.trim());

test("every XSS payload pasted as HTML, and typed into the title, stays inert text", async ({ page }) => {
  const { users, newsroom } = await makeNewsroom();
  const noDialog = failOnDialog(page);
  await signIn(page, users.fact_checker.email, users.fact_checker.password);
  await page.goto(`/desk/${newsroom.slug}/articles/new`);
  await page.getByLabel("Title").fill(payloads[0]);
  // As HTML (the markup itself), then as text of paragraphs.
  await pasteHtml(page, "[data-testid=body-editor]", payloads.join("\n"));
  await pasteHtml(page, "[data-testid=body-editor]", payloads.map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`).join(""));
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByTestId("article-title")).toHaveText(payloads[0]);
  const body = page.getByTestId("live-editor");
  for (const payload of payloads.slice(0, 10)) await expect(body).toContainText(payload.trim());
  expect(await page.locator("main script, main iframe, main img, main svg, main object, main embed, main [onerror], main [onload], main a[href^='javascript']").count()).toBe(0);
  await page.reload();
  await page.waitForTimeout(500);
  noDialog();
});

test("bad fields are named, a huge body is refused with its limit, and nothing typed is lost", async ({ page }) => {
  const { users, newsroom } = await makeNewsroom();
  await signIn(page, users.editor.email, users.editor.password);
  await page.goto(`/desk/${newsroom.slug}/articles/new`);
  await page.getByLabel("Title").fill("x".repeat(320));
  await page.getByLabel("Original article URL").fill("javascript:alert(1)");
  await page.getByLabel("Publication date").fill("2999-01-01");
  await pasteHtml(page, "[data-testid=body-editor]", "<p>Un texte à garder.</p>");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByText("must be at most 300 characters")).toBeVisible();
  await expect(page.getByText("must be an http:// or https:// address")).toBeVisible();
  await expect(page.getByText("is in the future")).toBeVisible();
  await expect(page.getByTestId("body-editor")).toContainText("Un texte à garder.");
  await expect(page.getByLabel("Original article URL")).toHaveValue("javascript:alert(1)");

  await page.getByTestId("body-editor").evaluate((element) => {
    const transfer = new DataTransfer();
    transfer.setData("text/plain", "mot ".repeat(1_300_000));
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
  });
  await expect(page.getByText("The text is 5,200,000 characters long; the limit is 300,000.")).toBeVisible();
  await expect(page.getByTestId("body-editor")).toHaveText("Un texte à garder.");
  expect(await db().article.count({ where: { newsroomId: newsroom.id } })).toBe(0);
});

test("a double click on submit creates one article", async ({ page }) => {
  const { users, newsroom } = await makeNewsroom();
  await signIn(page, users.editor.email, users.editor.password);
  await page.goto(`/desk/${newsroom.slug}/articles/new`);
  await page.getByLabel("Title").fill("Une seule fois");
  await pasteHtml(page, "[data-testid=body-editor]", "<p>Texte.</p>");
  await page.getByRole("button", { name: "Create draft" }).dblclick();
  await expect(page.getByTestId("article-title")).toHaveText("Une seule fois");
  expect(await db().article.count({ where: { newsroomId: newsroom.id } })).toBe(1);
});

test("the UI follows Accept-Language and a switch is remembered", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "fr-FR", baseURL });
  const page = await context.newPage();
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Connexion à Factdesk" })).toBeVisible();
  await page.getByTestId("locale-switcher").selectOption("en");
  await expect(page.getByRole("heading", { name: "Sign in to Factdesk" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Sign in to Factdesk" })).toBeVisible();
  await context.close();
});
