import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, failOnDialog, pasteHtml, signIn } from "./helpers";

test("a demo editor signs in, finds the fixture draft, pastes a new article and finds it by search", async ({ page }) => {
  const noDialog = failOnDialog(page);
  await signIn(page, "editor@demo.factdesk.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/desk\/demo$/);
  const list = page.getByTestId("article-list");
  const fixtureLink = list.getByRole("link", { name: "Meta va utiliser vos données personnelles pour entraîner son IA" });
  await expect(fixtureLink).toBeVisible();
  await fixtureLink.click();
  await expect(page.getByTestId("live-editor")).toContainText("Le 24 mai 2024, une notification Facebook est apparue");
  await expect(page.getByTestId("live-editor").getByRole("heading", { name: "Meta va lancer ses outils IA en France" })).toBeVisible();
  // The demo fact-check's ten claims are marked in the live text (the seed writes the live document's first state).
  const marks = page.getByTestId("live-editor").locator("mark[data-claim-id]");
  await expect.poll(async () => new Set(await marks.evaluateAll((all) => all.map((m) => m.getAttribute("data-claim-id")))).size).toBe(10);

  await page.goto("/desk/demo/articles/new");
  const title = `Loi Informatique et Libertés ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Original article URL").fill("https://example.org/article");
  await pasteHtml(
    page,
    "[data-testid=body-editor]",
    `<h2>Un intertitre</h2><p>Le <strong>RGPD</strong> prévoit un <em>droit d'opposition</em>, voir <a href="https://eur-lex.europa.eu/">EUR-Lex</a>.</p>
     <ul><li>premier point</li><li>second point</li></ul><blockquote><p>« Une citation »</p></blockquote>
     <p style="color:red" onclick="alert(1)">Texte <span style="font-size:40px">stylé</span><script>alert('paste')</script></p>
     <img src=x onerror="alert('img')"><iframe src="javascript:alert('iframe')"></iframe>
     <p><a href="javascript:alert('link')">lien piégé</a></p><svg><script>alert('svg')</script></svg>`,
  );
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByTestId("toast").first()).toHaveText("Draft created.");
  await expect(page.getByTestId("article-title")).toHaveText(title);

  const body = page.getByTestId("live-editor");
  await expect(body).toContainText("Un intertitre");
  await expect(body.getByRole("heading", { name: "Un intertitre" })).toBeVisible();
  await expect(body.locator("strong")).toHaveText("RGPD");
  await expect(body.getByRole("link", { name: "EUR-Lex" })).toHaveAttribute("href", "https://eur-lex.europa.eu/");
  await expect(body.locator("li")).toHaveCount(2);
  await expect(body.locator("blockquote")).toContainText("« Une citation »");
  await expect(body).toContainText("lien piégé");
  expect(await body.locator("script, iframe, img, svg, [onclick], [onerror], a[href^='javascript']").count()).toBe(0);
  expect(await body.locator("p[style], span[style]").count()).toBe(0);

  await page.goto("/desk/demo");
  await page.getByRole("searchbox", { name: "Search articles" }).fill("interets legitimes");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByTestId("article-list").getByRole("link")).toHaveText(["Meta va utiliser vos données personnelles pour entraîner son IA"]);
  await page.getByRole("searchbox", { name: "Search articles" }).fill("droit d'opposition");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByTestId("article-list").getByRole("link", { name: title })).toBeVisible();
  noDialog();
});

test("keyboard: '/' focuses the search box and 'n' opens a new article", async ({ page }) => {
  await signIn(page, "checker@demo.factdesk.test", DEMO_PASSWORD);
  await page.waitForLoadState("networkidle"); // the shortcuts listen once the page is hydrated
  await page.keyboard.press("/");
  await expect(page.getByRole("searchbox", { name: "Search articles" })).toBeFocused();
  await page.getByRole("searchbox", { name: "Search articles" }).blur();
  await page.keyboard.press("n");
  await expect(page).toHaveURL(/\/desk\/demo\/articles\/new$/);
});
