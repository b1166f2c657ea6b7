import { expect, test, type Browser, type Page } from "@playwright/test";
import { makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { caretInFirstParagraph, documentText, editorOf, selectInEditor, signIn } from "./helpers";

let team: TestNewsroom;

test.beforeAll(async () => {
  team = await makeNewsroom();
});

/** Opens the article as `role` in its own browser context. */
async function open(browser: Browser, role: keyof TestNewsroom["users"], slug: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ locale: "en-GB", viewport });
  const page = await context.newPage();
  await signIn(page, team.users[role].email, team.users[role].password);
  await page.goto(`/desk/${team.newsroom.slug}/articles/${slug}`);
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
  return page;
}

const TRANSPARENT = "rgba(0, 0, 0, 0)";

test("each person sees the other's caret in a visible colour with their name", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Couleurs", "Un paragraphe pour voir le curseur des autres.");
  const alice = await open(browser, "editor", article.slug);
  const bob = await open(browser, "fact_checker", article.slug);

  await caretInFirstParagraph(alice, "End");
  const caret = editorOf(bob).locator(".collaboration-carets__caret", { hasText: team.users.editor.name });
  await expect(caret).toBeVisible();
  // Found and read in one step: a caret that moves is drawn anew (up to 60 ms later), and one
  // found before that and read after would be read detached from the page.
  const colours = await editorOf(bob).evaluate((root, name) => {
    const element = [...root.querySelectorAll(".collaboration-carets__caret")].find((caret) => caret.textContent?.includes(name))!;
    const label = element.querySelector(".collaboration-carets__label")!;
    return { line: getComputedStyle(element).borderLeftColor, label: getComputedStyle(label).backgroundColor, text: getComputedStyle(label).color };
  }, team.users.editor.name);
  expect(colours.line).toMatch(/^rgb\(\d+, \d+, \d+\)$/);
  expect(colours.label).toBe(colours.line);
  expect(colours.text).toBe("rgb(255, 255, 255)");

  // A selection is drawn in the same colour, translucent.
  await alice.keyboard.press("Shift+Home");
  const selectionColour = () =>
    editorOf(bob).evaluate((root) => {
      const selection = root.querySelector(".ProseMirror-yjs-selection");
      return selection ? getComputedStyle(selection).backgroundColor : null;
    });
  await expect.poll(selectionColour).toMatch(/^rgba\(\d+, \d+, \d+, 0\.\d+\)$/);
  expect((await selectionColour())!.replace(/^rgba\((.*), 0\.\d+\)$/, "rgb($1)")).toBe(colours.line);
  await alice.context().close();
  await bob.context().close();
});

test("at 390 px a tap on a highlight opens its card as a sheet, and Escape returns to the text", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Toucher", "Meta invoque les intérêts légitimes depuis 2023.");
  const page = await open(browser, "fact_checker", article.slug);
  await selectInEditor(page, "intérêts légitimes");
  await page.keyboard.press("Control+Alt+3");
  await expect(page.getByTestId("claim-card")).toBeVisible();
  await page.getByTestId("claim-card").press("Escape");
  await expect(page.getByTestId("claim-card")).toHaveCount(0);
  await page.context().close();

  const context = await browser.newContext({ locale: "en-GB", viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const phone = await context.newPage();
  await signIn(phone, team.users.fact_checker.email, team.users.fact_checker.password);
  await phone.goto(`/desk/${team.newsroom.slug}/articles/${article.slug}`);
  await expect(phone.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
  await editorOf(phone).locator("mark.claim").tap();
  const card = phone.getByTestId("claim-card");
  await expect(card).toBeVisible();
  await expect(card).toBeInViewport();
  const sheet = await phone.getByTestId("claim-sheet").boundingBox();
  expect(sheet!.y + sheet!.height).toBeLessThanOrEqual(844 + 1);
  expect(sheet!.width).toBeLessThanOrEqual(390);
  await card.press("Escape");
  await expect(card).toHaveCount(0);
  await expect(editorOf(phone)).toBeFocused();
  await context.close();
});

test("a claim inside another is drawn and announced with its own type and verdict, and a click opens it beside the text, the caret staying there", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Imbriquées", "Il a déclaré : « Meta invoque les intérêts légitimes » hier.");
  const page = await open(browser, "fact_checker", article.slug);
  await selectInEditor(page, "Meta invoque les intérêts légitimes");
  await page.keyboard.press("Control+Alt+2");
  await expect(page.getByTestId("claim-card")).toBeVisible();
  await page.getByTestId("claim-card").press("Escape");
  // Escape selected the claim's text: a drag inside a selection would move it.
  await page.keyboard.press("End");
  await selectInEditor(page, "intérêts légitimes");
  await page.keyboard.press("Control+Alt+3");
  const card = page.getByTestId("claim-card");
  await expect(card.getByTestId("claim-quote")).toHaveText("intérêts légitimes");
  await card.getByTestId("verdict-select").selectOption("true");
  await card.getByTestId("rationale").fill("Article 6(1)(f) du RGPD.");
  await card.getByTestId("propose-verdict").click();
  await card.press("Escape");

  const inner = editorOf(page).getByText("intérêts légitimes", { exact: true });
  await expect(inner).toHaveAttribute("aria-label", "Claim Legal basis, True");
  await expect(inner).toHaveClass(/claim-rated claim-verdict-true/);
  const outer = inner.locator("xpath=..");
  await expect(outer).toHaveAttribute("aria-label", "Claim Quote, not rated");
  const backgrounds = await inner.evaluate((element) => [getComputedStyle(element).borderBottomColor, getComputedStyle(element.parentElement!).borderBottomColor]);
  expect(backgrounds[0]).not.toBe(backgrounds[1]);

  await inner.click();
  await expect(card.getByTestId("claim-quote")).toHaveText("intérêts légitimes");
  // Beside the text, the card opened by a click leaves the caret in the text, where the click put it.
  await expect(editorOf(page)).toBeFocused();
  await card.press("Escape");
  await editorOf(page).getByText("Meta invoque", { exact: false }).first().click({ position: { x: 5, y: 5 } });
  await expect(card.getByTestId("claim-quote")).toHaveText("Meta invoque les intérêts légitimes");
  // The keys go on into the text, with the card open beside it.
  await page.keyboard.press("End");
  await page.keyboard.type(" Vu.");
  await expect.poll(() => documentText(page)).toContain("hier. Vu.");
  await expect(card).toBeVisible();
  await page.context().close();
});

test("the presence bar names who else is on the article, who is typing and whose card is open; the list shows who is in", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Présence", "Le 24 mai 2024, Meta a annoncé un changement.");
  const alice = await open(browser, "editor", article.slug);
  const bar = alice.getByTestId("presence-bar");
  await expect(bar).toContainText("Only you on this article");
  const bob = await open(browser, "fact_checker", article.slug);
  const bobInAlice = bar.getByTestId("presence-person").filter({ hasText: team.users.fact_checker.name });
  await expect(bobInAlice).toBeVisible();
  await expect(bob.getByTestId("presence-bar").getByTestId("presence-person")).toHaveText(new RegExp(team.users.editor.name));

  await caretInFirstParagraph(bob, "End");
  await bob.keyboard.type(" Bob ajoute");
  await expect(bobInAlice).toHaveAttribute("data-typing", "true");
  await expect(bobInAlice).toContainText("typing…");
  await expect(bobInAlice).toHaveAttribute("data-typing", "false", { timeout: 6000 });

  await selectInEditor(bob, "24 mai 2024");
  await bob.keyboard.press("Control+Alt+1");
  await expect(bob.getByTestId("claim-card")).toBeVisible();
  await expect(bobInAlice).toContainText("on “24 mai 2024”");
  await alice.screenshot({ path: "test-results/presence-bar-1280.png" });
  const avatar = await bobInAlice.locator(".presence-avatar").evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(avatar).not.toBe(TRANSPARENT);

  const list = await alice.context().newPage();
  await list.goto(`/desk/${team.newsroom.slug}`);
  const row = list.getByRole("row").filter({ hasText: "Présence" });
  await expect(row.getByTestId("people-in-article")).toContainText(team.users.editor.name);
  await expect(row.getByTestId("people-in-article")).toContainText(team.users.fact_checker.name);

  await bob.context().close();
  await expect(bar).toContainText("Only you on this article", { timeout: 40_000 });
  await alice.context().close();
});

test("opening an article puts the focus in its text; a viewer may not resolve others' comments nor be assigned", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Focus", "Meta invoque les intérêts légitimes.");
  const checker = await open(browser, "fact_checker", article.slug);
  await expect(editorOf(checker)).toBeFocused();
  await selectInEditor(checker, "intérêts légitimes");
  await checker.keyboard.press("Control+Alt+3");
  const card = checker.getByTestId("claim-card");
  await card.getByTestId("comment-input").fill("Quelle base ?");
  await card.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(card.getByTestId("comment-list")).toContainText("Quelle base ?");
  await expect(card.getByTestId("claim-assignee").locator("option", { hasText: team.users.viewer.name })).toHaveCount(0);

  const viewer = await open(browser, "viewer", article.slug);
  await viewer.getByTestId("claim-row").click();
  const seen = viewer.getByTestId("claim-card");
  await expect(seen.getByTestId("comment-list")).toContainText("Quelle base ?");
  await expect(seen.getByRole("button", { name: "Resolve" })).toHaveCount(0);
  await checker.context().close();
  await viewer.context().close();
});

test("“?” lists the keyboard shortcuts; the toolbar names only shortcuts that do what it says", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Raccourcis", "Un texte.");
  const page = await open(browser, "editor", article.slug);
  const toolbar = page.getByRole("toolbar", { name: "Formatting" });
  await expect(toolbar.getByRole("button", { name: "Bold" })).toHaveAttribute("title", "Bold (Ctrl+B)");
  await expect(toolbar.getByRole("button", { name: "Heading" })).toHaveAttribute("title", "Heading");
  await page.goto(`/desk/${team.newsroom.slug}`);
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  // A key pressed before the page's scripts have started does nothing: pressed again until they listen.
  await expect(async () => {
    await page.keyboard.press("?");
    await expect(help).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(help).toContainText("Ctrl+Alt+1…5");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await page.context().close();
});

test("undo removes one's own word at once while someone else types, and never their text", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Annuler", "Début. Milieu. Fin.");
  const alice = await open(browser, "editor", article.slug);
  const bob = await open(browser, "fact_checker", article.slug);
  await caretInFirstParagraph(bob, "End");
  await caretInFirstParagraph(alice, "Home");
  // Both type at once, letter by letter: Bob's letters reach Alice between hers.
  const aliceTypes = (async () => {
    for (const letter of "THREE") await alice.keyboard.type(letter, { delay: 60 });
  })();
  const bobTypes = bob.keyboard.type(" bobtext", { delay: 40 });
  await Promise.all([aliceTypes, bobTypes]);
  await expect(editorOf(alice)).toContainText("THREEDébut.");
  await expect(editorOf(alice)).toContainText("Fin. bobtext");
  await alice.keyboard.press("Control+z");
  await expect.poll(() => documentText(alice)).toBe("Début. Milieu. Fin. bobtext");
  await expect.poll(() => documentText(bob)).toBe("Début. Milieu. Fin. bobtext");
  await alice.context().close();
  await bob.context().close();
});
