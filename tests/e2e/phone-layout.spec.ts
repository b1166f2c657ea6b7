import { expect, test } from "@playwright/test";
import { makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { ratedArticle } from "../helpers/rated-article";
import { deskContext, deskPages, openDeskPage } from "./desk-pages";

let team: TestNewsroom;
let articleSlug: string;

test.beforeAll(async () => {
  team = await makeNewsroom();
  articleSlug = (await ratedArticle(team)).article.slug;
});

/** How wide the page is against the screen: no page may scroll sideways. */
const widths = (page: import("@playwright/test").Page) =>
  page.evaluate(() => ({ page: document.documentElement.scrollWidth, body: document.body.scrollWidth, screen: window.innerWidth }));

for (const width of [360, 390]) {
  test(`every desk page fits a ${width} px screen (no sideways scrolling), with the navigation in a menu`, async ({ browser, baseURL }) => {
    const { context, page } = await deskContext(browser, baseURL!, team.users.owner, { theme: "light", width });
    for (const { name, path } of deskPages(team, articleSlug)) {
      await openDeskPage(page, path);
      const measured = await widths(page);
      expect(measured.page, `${name} at ${width} px: ${JSON.stringify(measured)}`).toBeLessThanOrEqual(width);
      expect(measured.body, `${name} at ${width} px`).toBeLessThanOrEqual(width);
    }
    // The newsroom's navigation is one menu button; its links open under it.
    await openDeskPage(page, `/desk/${team.newsroom.slug}`);
    const menu = page.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("link", { name: "Queue" })).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await page.getByRole("link", { name: "Queue" }).click();
    await expect(page).toHaveURL(/\/queue$/);
    expect((await widths(page)).page).toBeLessThanOrEqual(width);

    // An open claim card is a sheet within the screen.
    await openDeskPage(page, `/desk/${team.newsroom.slug}/articles/${articleSlug}`);
    await page.getByTestId("live-editor").locator("mark.claim").first().click();
    await expect(page.getByTestId("claim-card")).toBeInViewport();
    expect((await widths(page)).page).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `test-results/phone-${width}-claim-sheet.png` });
    await context.close();
  });
}
