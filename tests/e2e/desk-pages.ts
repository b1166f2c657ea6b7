import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { TestNewsroom } from "../helpers/factory";
import { signIn } from "./helpers";

export type Theme = "light" | "dark";

/** A signed-in browser context in a theme (the theme menu's cookie) and a viewport. */
export async function deskContext(browser: Browser, baseURL: string, user: { email: string; password: string } | null, options: { theme: Theme; width: number; height?: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "en-GB", colorScheme: options.theme, viewport: { width: options.width, height: options.height ?? 844 } });
  await context.addCookies([{ name: "factdesk-theme", value: options.theme, url: baseURL }]);
  const page = await context.newPage();
  if (user) await signIn(page, user.email, user.password);
  return { context, page };
}

/** Every page of the desk a member reaches, for a newsroom and one of its articles. */
export function deskPages(team: TestNewsroom, articleSlug: string): { name: string; path: string }[] {
  const base = `/desk/${team.newsroom.slug}`;
  return [
    { name: "newsrooms", path: "/desk" },
    { name: "article list", path: base },
    { name: "article", path: `${base}/articles/${articleSlug}` },
    { name: "new article", path: `${base}/articles/new` },
    { name: "queue", path: `${base}/queue` },
    { name: "members", path: `${base}/members` },
    { name: "tokens", path: `${base}/tokens` },
    { name: "settings", path: `${base}/settings` },
  ];
}

/** Opens a desk page and waits until it is whole (the article's live text connected). */
export async function openDeskPage(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  if (path.includes("/articles/") && !path.endsWith("/new")) await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
}
