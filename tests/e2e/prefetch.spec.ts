import { expect, test } from "@playwright/test";
import { makeArticle, makeNewsroom } from "../helpers/factory";
import { signIn } from "./helpers";

// The desk's pages are dynamic: a page prefetches another only when the person shows intent.
test("desk pages prefetch a link's page on hover or focus, not every link on screen", async ({ page }) => {
  const team = await makeNewsroom();
  const article = await makeArticle(team.actors.editor, "Préchargement");
  await signIn(page, team.users.editor.email, team.users.editor.password);
  const prefetched: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has("_rsc") && request.headers()["next-router-prefetch"]) prefetched.push(url.pathname);
  });

  await page.goto(`/desk/${team.newsroom.slug}`);
  await page.goto(`/desk/${team.newsroom.slug}/articles/${article.slug}`);
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
  await page.waitForLoadState("networkidle");
  expect(prefetched).toEqual([]);

  const back = page.getByRole("link", { name: /All articles|Tous les articles/ });
  await back.hover();
  await expect.poll(() => prefetched).toContain(`/desk/${team.newsroom.slug}`);
  await page.getByRole("link", { name: /My queue|Ma file/ }).focus();
  await expect.poll(() => prefetched).toContain(`/desk/${team.newsroom.slug}/queue`);
  await back.click();
  await expect(page).toHaveURL(new RegExp(`/desk/${team.newsroom.slug}$`));
  await expect(page.getByRole("link", { name: "Préchargement" })).toBeVisible();
});
