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
  await expect(memory.getByRole("link", { name: "read it" }).first()).toHaveAttribute("href", /^\/demo\/meta-va-utiliser-vos-donnees-personnelles-pour-entrainer-son-ia#claim-/);
});
