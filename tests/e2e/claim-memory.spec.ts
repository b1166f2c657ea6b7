import { expect, test } from "@playwright/test";
import { db } from "../../lib/db/prisma";
import { makeArticle } from "../helpers/factory";
import { DEMO_PASSWORD, selectInEditor, signIn } from "./helpers";

test("marking a date already rated in the demo fact-check shows the earlier verdict on the card", async ({ page }) => {
  const membership = await db().membership.findFirstOrThrow({ where: { newsroom: { slug: "demo" }, user: { email: "checker@demo.factdesk.test" } } });
  const checker = { userId: membership.userId, newsroomId: membership.newsroomId, role: membership.role };
  const article = await makeArticle(checker, "Meta et l’IA : ce qui change", "Meta entraînera son IA avec les publications des Européens à partir du 26 juin 2024, a annoncé le groupe.");
  await signIn(page, "checker@demo.factdesk.test", DEMO_PASSWORD);
  await page.goto(`/desk/demo/articles/${article.slug}`);
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
  await selectInEditor(page, "26 juin 2024");
  const marked = Date.now();
  await page.getByRole("toolbar", { name: "Mark as" }).getByRole("button", { name: "Date" }).click();
  const memory = page.getByTestId("already-checked");
  await expect(memory.locator("li").first()).toContainText("Trompeur");
  test.info().annotations.push({ type: "already checked shown after", description: `${Date.now() - marked} ms` });
  await expect(memory.locator("li").first()).toContainText("26 juin 2024");
  await expect(memory.getByRole("link", { name: "read it" }).first()).toHaveAttribute("href", /^\/demo\/meta-va-utiliser-vos-donnees-personnelles-pour-entrainer-son-ia#card-/);

  // "Same claim": stored, shown first as linked; the card remembers it when opened again.
  const first = memory.locator("li").first();
  await first.getByRole("button", { name: /^Same claim/ }).click();
  await expect(memory.locator("li[data-linked]")).toHaveCount(1);
  await expect(memory.locator("li[data-linked]")).toContainText("Same claim as:");
  const claim = await db().claim.findFirstOrThrow({ where: { articleId: article.id } });
  await expect.poll(() => db().claimMatch.count({ where: { claimId: claim.id, decision: "linked" } })).toBe(1);
  await memory.locator("li[data-linked]").getByRole("button", { name: /^Unlink/ }).click();
  await expect(memory.locator("li[data-linked]")).toHaveCount(0);
  await expect.poll(() => db().claimMatch.count({ where: { claimId: claim.id } })).toBe(0);
});

test("the claims search page finds earlier checks with filters, and imports a file whole or not at all", async ({ page }) => {
  await signIn(page, "editor@demo.factdesk.test", DEMO_PASSWORD);
  await page.goto("/desk/demo/archive");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Claims already checked");
  await page.getByRole("searchbox", { name: "Words" }).fill("26 juin");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=26\+juin/);
  await expect(page.getByTestId("archive-results")).toContainText("Trompeur");
  await page.getByLabel("Origin").selectOption("import");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("archive-empty")).toHaveText("No checked claim matches these filters.");

  const demo = await db().newsroom.findUniqueOrThrow({ where: { slug: "demo" } });
  const before = await db().archivedFactCheck.count({ where: { newsroomId: demo.id } });
  const form = page.getByTestId("import-fact-checks");
  await form.getByLabel("File").setInputFiles("tests/fixtures/archive/malformed.json");
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("alert")).toContainText(/2/);
  expect(await db().archivedFactCheck.count({ where: { newsroomId: demo.id } })).toBe(before);

  await form.getByLabel("File").setInputFiles("tests/fixtures/archive/claim-review-graph.json");
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByTestId("import-result")).toContainText(/^(1 new, 0 updated|0 new, 0 updated, 1 unchanged)/);
  await page.goto("/desk/demo/archive?origin=import&q=dette");
  await expect(page.getByTestId("archive-entry")).toHaveCount(1);
  await expect(page.getByTestId("archive-entry")).toContainText("La dette publique française");
});

test("a suggestion already checked says so, with the earlier verdict", async ({ page }) => {
  const membership = await db().membership.findFirstOrThrow({ where: { newsroom: { slug: "demo" }, user: { email: "checker@demo.factdesk.test" } } });
  const checker = { userId: membership.userId, newsroomId: membership.newsroomId, role: membership.role };
  const article = await makeArticle(checker, "Meta : les dates à retenir", "Meta entraînera son IA avec les publications des Européens à partir du 26 juin 2024. Le groupe compte 3 milliards d’utilisateurs.");
  await signIn(page, "checker@demo.factdesk.test", DEMO_PASSWORD);
  await page.goto(`/desk/demo/articles/${article.slug}`);
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
  await page.getByTestId("suggest-claims").click();
  const dated = page.getByTestId("suggestion").filter({ hasText: "26 juin 2024" });
  await expect(dated.getByTestId("suggestion-already-checked")).toContainText("Already checked: Trompeur");
  await expect(page.getByTestId("suggestion").filter({ hasText: "3 milliards" }).getByTestId("suggestion-already-checked")).toHaveCount(0);
});
