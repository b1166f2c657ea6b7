// Screenshots of the main pages for the README and for a look at the UI:
// `npm start` in one shell, then `npx tsx scripts/screenshots.ts [baseURL]`.
import { mkdirSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";
import { DEMO_ARTICLE_TITLE, DEMO_NEWSROOM } from "../prisma/seed/demo-newsroom";

const base = process.argv[2] ?? "http://localhost:3000";
const out = "docs/screenshots";

const PUBLIC_VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } };

/** The demo fact-check as the public sees it (no script, no sign-in): its top, then a claim's card opened from the text. */
async function publicPage(browser: Browser) {
  for (const [device, viewport] of Object.entries(PUBLIC_VIEWPORTS)) {
    for (const scheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport, colorScheme: scheme, javaScriptEnabled: false });
      await page.goto(`${base}/${DEMO_NEWSROOM}`);
      if (device === "desktop") await page.screenshot({ path: `${out}/public-index-${scheme}.png` });
      await page.getByRole("link", { name: DEMO_ARTICLE_TITLE }).click();
      await page.screenshot({ path: `${out}/public-${device}-${scheme}.png` });
      await page.locator("a.verdict-tag").nth(1).click();
      await page.screenshot({ path: `${out}/public-${device}-card-${scheme}.png` });
      await page.close();
    }
  }
}

async function main() {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  for (const scheme of ["light", "dark"] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme, locale: "fr-FR" });
    await page.goto(`${base}/signin`);
    await page.screenshot({ path: `${out}/signin-${scheme}.png` });
    await page.getByLabel("E-mail").fill("editor@demo.factdesk.test");
    await page.getByLabel("Mot de passe").fill(process.env.FACTDESK_DEMO_PASSWORD ?? "factdesk-demo");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(/\/desk\/demo/);
    await page.screenshot({ path: `${out}/articles-${scheme}.png` });
    await page.getByTestId("article-list").getByRole("link").last().click();
    await page.waitForSelector("[data-testid=live-editor]");
    await page.getByTestId("suggest-claims").click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}/article-${scheme}.png` });
    await page.goto(`${base}/desk/demo/articles/new`);
    await page.screenshot({ path: `${out}/new-article-${scheme}.png` });
    await page.close();
  }
  await publicPage(browser);
  await browser.close();
}

void main();
