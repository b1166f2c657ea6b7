import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { ratedArticle } from "../helpers/rated-article";
import { deskContext, deskPages, openDeskPage, type Theme } from "./desk-pages";

let team: TestNewsroom;
let articleSlug: string;
let plainSlug: string;

test.beforeAll(async () => {
  team = await makeNewsroom();
  articleSlug = (await ratedArticle(team)).article.slug;
  plainSlug = (await makeArticle(team.actors.editor, "Suggestions", "Le 24 mai 2024, Meta invoque les intérêts légitimes pour 2 milliards d'utilisateurs.")).slug;
});

/** Every axe finding, whatever its impact, by rule and element, for a readable failure. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => ({ rule: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n")[1] ?? ""}`) }));
}

for (const theme of ["light", "dark"] as Theme[]) {
  test(`axe finds nothing on any desk page in the ${theme} theme (a card open, suggestions, a viewer)`, async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    const signedOut = await deskContext(browser, baseURL!, null, { theme, width: 1280, height: 900 });
    await signedOut.page.goto("/signin");
    expect(await violations(signedOut.page), "sign-in").toEqual([]);
    await signedOut.context.close();

    const { context, page } = await deskContext(browser, baseURL!, team.users.owner, { theme, width: 1280, height: 900 });
    for (const { name, path } of deskPages(team, articleSlug)) {
      await openDeskPage(page, path);
      expect(await violations(page), name).toEqual([]);
    }
    await openDeskPage(page, `/desk/${team.newsroom.slug}/articles/${articleSlug}`);
    await page.getByTestId("claim-row").first().click();
    await expect(page.getByTestId("claim-card")).toBeVisible();
    await page.getByTestId("claim-card").getByText("History", { exact: true }).click();
    await expect(page.getByTestId("claim-history")).toBeVisible();
    expect(await violations(page), "a claim card open").toEqual([]);

    await openDeskPage(page, `/desk/${team.newsroom.slug}/articles/${plainSlug}`);
    await page.getByTestId("suggest-claims").click();
    await expect(page.getByTestId("suggestion").first()).toBeVisible();
    expect(await violations(page), "suggestions").toEqual([]);
    await context.close();

    const viewer = await deskContext(browser, baseURL!, team.users.viewer, { theme, width: 1280, height: 900 });
    await openDeskPage(viewer.page, `/desk/${team.newsroom.slug}/articles/${articleSlug}`);
    await viewer.page.getByTestId("claim-row").first().click();
    await expect(viewer.page.getByTestId("claim-card")).toBeVisible();
    expect(await violations(viewer.page), "as a viewer").toEqual([]);
    await viewer.context.close();
  });
}
