import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import type { JSONContent } from "@tiptap/core";
import { escapeRe } from "@/lib/claims/text";
import { createClaim } from "@/lib/server/create-claim";
import { proposeVerdict } from "@/lib/server/propose-verdict";
import { createClaimSchema, proposeVerdictSchema } from "@/lib/validation/claim";
import { bigArticleJson, makeArticleFromJson } from "../helpers/big-article";
import { makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { failOnDialog, signIn } from "./helpers";

const payloads = readFileSync("tests/fixtures/xss-payloads.txt", "utf8").split("\n").filter((line) => line.trim());

/** An article of the XSS corpus, one paragraph each, with a dated claim, a rated quote and an article link. */
async function corpusArticle(team: TestNewsroom) {
  const date = randomUUID();
  const quote = randomUUID();
  const doc: JSONContent = {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Le " },
          { type: "text", text: "24 mai 2024", marks: [{ type: "claim", attrs: { id: date, type: "date" } }] },
          { type: "text", text: ", Meta a écrit : " },
          { type: "text", text: "« nous utiliserons vos données »", marks: [{ type: "claim", attrs: { id: quote, type: "quote" } }] },
          { type: "text", text: " (voir " },
          { type: "text", text: "le communiqué", marks: [{ type: "link", attrs: { href: "https://example.org/communique" } }] },
          { type: "text", text: ")." },
        ],
      },
      ...payloads.map((payload) => ({ type: "paragraph", content: [{ type: "text", text: payload }] })),
    ],
  };
  const article = await makeArticleFromJson(team.actors.fact_checker, "Le premier affichage", doc);
  for (const [id, type, quotedText] of [[date, "date", "24 mai 2024"], [quote, "quote", "« nous utiliserons vos données »"]]) {
    await createClaim({ actor: team.actors.fact_checker, input: createClaimSchema.parse({ id, articleId: article.id, type, quotedText }) });
  }
  await proposeVerdict({ actor: team.actors.fact_checker, input: proposeVerdictSchema.parse({ claimId: quote, revision: 1, verdictKey: "false", rationale: "Le texte dit autre chose." }) });
  return { article, date, quote };
}

const INJECTED = "script, iframe, object, embed, img, svg, [onerror], [onload], [onclick], [onmouseover], [onfocus], a[href^='javascript'], [src^='javascript']";

test("with scripts off, the article's text is readable with its claims highlighted, and nothing from the text runs", async ({ browser, page }) => {
  const team = await makeNewsroom();
  const { article, date, quote } = await corpusArticle(team);
  await signIn(page, team.users.editor.email, team.users.editor.password);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const reader = await context.newPage();
  await reader.goto(`/desk/${team.newsroom.slug}/articles/${article.slug}`);

  const text = reader.getByTestId("static-article");
  await expect(text).toBeVisible();
  await expect(text).toContainText("Le 24 mai 2024, Meta a écrit : « nous utiliserons vos données » (voir le communiqué).");
  for (const payload of payloads) await expect(text).toContainText(payload.trim());
  expect(await text.locator(INJECTED).count()).toBe(0);
  await expect(text.getByRole("link", { name: "le communiqué" })).toHaveAttribute("href", "https://example.org/communique");

  // Highlighted as the editor shows them: by type until rated, by verdict (colour and icon) after, named for screen readers.
  const dated = text.locator(`mark[data-claim-id="${date}"]`);
  await expect(dated).toHaveText("24 mai 2024");
  await expect(dated).toHaveClass(/claim-unrated claim-type-date/);
  await expect(dated).toHaveAttribute("aria-label", "Claim Date, not rated");
  const rated = text.locator(`mark[data-claim-id="${quote}"]`);
  await expect(rated).toHaveClass(/claim-rated claim-verdict-false/);
  await expect(rated).toHaveAttribute("data-icon", "✗");
  await expect(rated).toHaveAttribute("style", /--claim-color: #/);
  // The live editor's place is empty without scripts; the toolbar's place is kept and hidden from assistive technology.
  await expect(reader.getByTestId("live-editor")).toHaveCount(0);
  await expect(reader.getByTestId("toolbar-placeholder")).toHaveAttribute("aria-hidden", "true");
  await context.close();
});

/**
 * Where the text's first two blocks and its first highlight are on the page, in the server's text on
 * every frame while it is shown and as it is removed (the last place is kept) and, when asked, in the
 * live editor.
 */
async function recordTextPlace(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { staticPlace: string[]; placeOf: (root: Element) => string[] };
    w.placeOf = (root) =>
      [root.children[0], root.children[1], root.querySelector("mark[data-claim-id]")].map((element) => {
        const r = element!.getBoundingClientRect();
        return `${element!.tagName.toLowerCase()} ${Math.round(r.x)},${Math.round(r.y + scrollY)} ${Math.round(r.width)}×${Math.round(r.height)}`;
      });
    // And just before it is removed, for a swap that came before any frame sampled it.
    const removeChild = Node.prototype.removeChild;
    Node.prototype.removeChild = function <T extends Node>(this: Node, child: T): T {
      const text = child instanceof Element && (child.matches("[data-testid=static-article]") ? child : child.querySelector("[data-testid=static-article]"));
      if (text) w.staticPlace = w.placeOf(text);
      return removeChild.call(this, child) as T;
    };
    const sample = () => {
      const text = document.querySelector("[data-testid=static-article]");
      if (!text && w.staticPlace) return;
      if (text) w.staticPlace = w.placeOf(text);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { staticPlace: string[]; placeOf: (root: Element) => string[] };
      return { before: w.staticPlace, after: w.placeOf(document.querySelector("[data-testid=live-editor]")!) };
    });
}

test("the live editor takes the server's text's place without moving it, and the text is there once", async ({ page }) => {
  const team = await makeNewsroom();
  const ids = Array.from({ length: 40 }, () => randomUUID());
  const article = await makeArticleFromJson(team.actors.editor, "Deux mille mots", bigArticleJson(2000, ids));
  for (const id of ids) await createClaim({ actor: team.actors.fact_checker, input: createClaimSchema.parse({ id, articleId: article.id, type: "other", quotedText: "trois mots marqués" }) });
  const noDialog = failOnDialog(page);
  await signIn(page, team.users.editor.email, team.users.editor.password);
  const place = await recordTextPlace(page);

  for (const load of ["first", "again (this browser's copy)"]) {
    await page.goto(`/desk/${team.newsroom.slug}/articles/${article.slug}`);
    const editor = page.getByTestId("live-editor");
    await expect(editor, load).toBeVisible();
    await expect(editor).toHaveAttribute("contenteditable", "true");
    await expect(editor.locator("[data-icon]")).toHaveCount(40);
    // Replaced, not doubled: one text on the page, one set of highlights.
    await expect(page.getByTestId("static-article")).toHaveCount(0);
    await expect(page.locator("mark[data-claim-id]")).toHaveCount(40);
    const { before, after } = await place();
    expect(before, `the server's text was shown, ${load} load`).toHaveLength(3);
    expect(after, `the text and its highlights where they were, ${load} load`).toEqual(before);
  }
  noDialog();
});

test("until the live editor holds the text, the server's text is shown alone, and a click on a highlight opens the claim's card", async ({ page }) => {
  const team = await makeNewsroom();
  const { article, quote } = await corpusArticle(team);
  const noDialog = failOnDialog(page);
  await signIn(page, team.users.editor.email, team.users.editor.password);
  // The collaboration server never answers: the editor waits for the text.
  await page.routeWebSocket(/\/collab/, () => undefined);
  await page.goto(`/desk/${team.newsroom.slug}/articles/${article.slug}`);
  const text = page.getByTestId("static-article");
  await expect(text).toBeVisible();
  await expect(page.getByTestId("live-editor")).toBeAttached(); // created, empty, hidden: not shown or announced twice
  await expect(page.getByTestId("live-editor")).toBeHidden();
  await text.locator(`mark[data-claim-id="${quote}"]`).click();
  const card = page.getByTestId("claim-card");
  await expect(card).toBeVisible();
  await expect(card.getByTestId("claim-quote")).toContainText("« nous utiliserons vos données »");
  expect(await page.locator(INJECTED.split(", ").map((s) => `[data-testid=static-article] ${s}`).join(", ")).count()).toBe(0);
  noDialog();
});

/** An article whose text is one sentence found nowhere else. */
async function oneSentenceArticle(team: TestNewsroom) {
  const sentence = `Une phrase lue ici seulement, ${randomUUID()}.`;
  const doc: JSONContent = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: sentence }] }] };
  return { article: await makeArticleFromJson(team.actors.editor, `Une phrase ${randomUUID().slice(0, 8)}`, doc), sentence };
}

test("a page load carries the server's text once: in its HTML, not again in the page's data", async ({ page }) => {
  const team = await makeNewsroom();
  const { article, sentence } = await oneSentenceArticle(team);
  await signIn(page, team.users.editor.email, team.users.editor.password);
  const html = await (await page.goto(`/desk/${team.newsroom.slug}/articles/${article.slug}`))!.text();
  expect(html.split(sentence).length - 1).toBe(1);
  expect(html).toMatch(new RegExp(`data-testid="static-article"[^>]*><p>${escapeRe(sentence)}</p>`));
  await expect(page.getByTestId("live-editor")).toHaveText(sentence);
});

test("an article opened from the desk's list (the page's data only) shows the server's text too; gone back to, it never shows an empty one", async ({ browser, page }) => {
  const team = await makeNewsroom();
  const { article, sentence } = await oneSentenceArticle(team);
  await signIn(page, team.users.editor.email, team.users.editor.password);
  // The collaboration server never answers: only the server's text can show the sentence.
  await page.routeWebSocket(/\/collab/, () => undefined);
  await page.goto(`/desk/${team.newsroom.slug}`);
  await page.getByTestId("article-list").getByRole("link", { name: article.title }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}$`));
  await expect(page.getByTestId("static-article")).toHaveText(sentence);

  // Loaded, left within the app and gone back to: the page's data kept from the load holds only the text's key.
  const again = await (await browser.newContext({ storageState: await page.context().storageState() })).newPage();
  await again.addInitScript(() => {
    const w = window as unknown as { emptyText: boolean };
    w.emptyText = false;
    new MutationObserver(() => {
      if (document.querySelector("[data-testid=static-article]")?.textContent === "") w.emptyText = true;
    }).observe(document, { subtree: true, childList: true });
  });
  await again.goto(`/desk/${team.newsroom.slug}/articles/${article.slug}`);
  await expect(again.getByTestId("live-editor")).toHaveText(sentence);
  await again.getByRole("link", { name: /All articles/ }).click();
  await expect(again.getByTestId("article-list")).toBeVisible();
  await again.goBack();
  await expect(again.getByTestId("live-editor")).toBeVisible();
  await expect(again.getByTestId("live-editor")).toHaveText(sentence);
  expect(await again.evaluate(() => (window as unknown as { emptyText: boolean }).emptyText)).toBe(false);
  await again.context().close();
});
