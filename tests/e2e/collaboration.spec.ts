import { expect, test, type Browser, type Page } from "@playwright/test";
import { makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { caretInFirstParagraph, documentText, editorOf, selectInEditor as select, signIn } from "./helpers";

let team: TestNewsroom;

test.beforeAll(async () => {
  team = await makeNewsroom();
});

/** Opens the article as `role` in a new browser context; `init` runs in each page before its own scripts. */
async function open(browser: Browser, role: keyof TestNewsroom["users"], slug: string, init?: () => void): Promise<Page> {
  const context = await browser.newContext({ locale: "en-GB" });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  await signIn(page, team.users[role].email, team.users[role].password);
  await page.goto(`/desk/${team.newsroom.slug}/articles/${slug}`);
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
  return page;
}

test("two people edit together: text, claim marks and verdicts appear on the other side", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Édition à deux", "Le 24 mai 2024, Meta a annoncé plus de 2 milliards d'utilisateurs.");
  const alice = await open(browser, "editor", article.slug);
  const bob = await open(browser, "fact_checker", article.slug);

  await caretInFirstParagraph(alice, "End");
  await alice.keyboard.type(" Ajout d'Alice.");
  await expect(editorOf(bob)).toContainText("Ajout d'Alice.");

  await select(bob, "24 mai 2024");
  await bob.getByRole("toolbar", { name: "Mark as" }).getByRole("button", { name: "Date" }).click();
  await expect(bob.getByTestId("claim-card")).toBeVisible();
  await expect(bob.getByTestId("claim-quote")).toHaveText("24 mai 2024");
  await expect(editorOf(alice).locator("mark.claim")).toHaveText("24 mai 2024");
  await expect(alice.getByTestId("claim-row")).toHaveCount(1);

  await bob.getByTestId("verdict-select").selectOption("true");
  await bob.getByTestId("rationale").fill("La notification est datée du 24 mai 2024.");
  await bob.getByTestId("propose-verdict").click();
  await alice.getByTestId("claim-row").click();
  await expect(alice.getByTestId("claim-verdict")).toContainText("True", { timeout: 1500 });
  await expect(bob.getByText("You proposed this verdict")).toHaveCount(0);

  await alice.getByTestId("approve-verdict").click();
  await expect(bob.getByTestId("claim-verdict")).toContainText("approved by", { timeout: 1500 });
  await expect(editorOf(bob).locator(".claim-rated")).toHaveCount(1);
  await alice.context().close();
  await bob.context().close();
});

test("each person sees the others' carets with their names, following them as they type, never their own", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Curseurs", "Un premier paragraphe assez long pour que le curseur se déplace.");
  const alice = await open(browser, "editor", article.slug);
  const bob = await open(browser, "fact_checker", article.slug);
  const label = (page: Page, name: string) => editorOf(page).locator(".collaboration-carets__label", { hasText: name });

  await caretInFirstParagraph(alice, "Home");
  await expect(label(bob, team.users.editor.name)).toBeVisible();
  // The caret is drawn anew when it moves (within 60 ms): read where it is once two readings agree.
  const x = async () => (await label(bob, team.users.editor.name).boundingBox())?.x ?? Number.NaN;
  let before = Number.NaN;
  await expect
    .poll(async () => {
      const [last, now] = [before, (before = await x())];
      return now === last;
    })
    .toBe(true);
  await alice.keyboard.type("Alice écrit ici. ");
  await expect.poll(x).toBeGreaterThan(before + 50);

  await caretInFirstParagraph(bob, "End");
  await expect(label(alice, team.users.fact_checker.name)).toBeVisible();
  await expect(label(alice, team.users.editor.name)).toHaveCount(0);
  await expect(label(bob, team.users.fact_checker.name)).toHaveCount(0);
  await alice.context().close();
  await bob.context().close();
});

/** The first paragraph's text up to `caretOf`'s caret as drawn on `page`, or up to the page's own caret; drawn carets' labels left out. */
function textBeforeCaret(page: Page, caretOf?: string): Promise<string> {
  return page.evaluate((name) => {
    const paragraph = document.querySelector("[data-testid=live-editor] p")!;
    const range = document.createRange();
    range.setStart(paragraph, 0);
    if (name) {
      const label = [...paragraph.querySelectorAll(".collaboration-carets__label")].find((element) => element.textContent === name);
      range.setEndBefore(label!.parentElement!);
    } else {
      const selection = getSelection()!;
      range.setEnd(selection.focusNode!, selection.focusOffset);
    }
    const before = range.cloneContents();
    before.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
    return before.textContent ?? "";
  }, caretOf);
}

test("another's caret that moves while one types is drawn where they are once one stops", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Curseurs en mouvement", "Un premier paragraphe assez long pour que le curseur se déplace de mot en mot.");
  const alice = await open(browser, "editor", article.slug);
  const bob = await open(browser, "fact_checker", article.slug);
  await caretInFirstParagraph(bob, "End");
  await caretInFirstParagraph(alice, "Home");
  // Bob's moves reach Alice between her keystrokes, which redraw them: drawn from the text before each keystroke.
  await Promise.all([
    alice.keyboard.type("Alice écrit pendant que Bob se déplace. ", { delay: 40 }),
    (async () => {
      for (let word = 0; word < 5; word++) {
        await bob.waitForTimeout(150);
        await bob.keyboard.press("Control+ArrowLeft");
      }
    })(),
  ]);
  await expect.poll(() => documentText(bob)).toContain("Alice écrit pendant que Bob se déplace. Un premier");
  const where = await textBeforeCaret(bob);
  expect(where).toMatch(/^Alice écrit pendant que Bob se déplace\. Un premier paragraphe .+ $/);
  await expect.poll(() => textBeforeCaret(alice, team.users.fact_checker.name)).toBe(where);
  await alice.context().close();
  await bob.context().close();
});

test("suggested claims are accepted (a claim with its value) or dismissed (not suggested again)", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Suggestions", "Le 24 mai 2024, Meta invoque les intérêts légitimes pour 2 milliards d'utilisateurs.");
  const page = await open(browser, "fact_checker", article.slug);
  await page.getByTestId("suggest-claims").click();
  const suggestions = page.getByTestId("suggestion");
  await expect(suggestions).toHaveCount(3);
  await expect(editorOf(page).locator(".claim-suggestion")).toHaveCount(3);
  await page.getByRole("button", { name: "Accept: 24 mai 2024" }).click();
  await expect(page.getByTestId("claim-row")).toHaveCount(1);
  await expect(editorOf(page).locator("mark.claim")).toHaveText("24 mai 2024");
  await page.getByRole("button", { name: /^Dismiss: .*milliards/ }).click();
  await expect(suggestions).toHaveCount(1);
  await page.getByTestId("claim-row").click();
  await expect(page.getByTestId("value-date")).toHaveValue("2024-05-24");
  await page.reload();
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
  await page.getByTestId("suggest-claims").click();
  await expect(suggestions).toHaveCount(1);
  await expect(suggestions.first()).toContainText("intérêts légitimes");
  await page.context().close();
});

test("a claim card: bad and good sources, source edit, threaded comments, assignee, keyboard back to the text", async ({ browser }) => {
  const noDialog: string[] = [];
  const article = await makeArticle(team.actors.editor, "Carte", "Meta invoque les intérêts légitimes.");
  const page = await open(browser, "fact_checker", article.slug);
  page.on("dialog", (dialog) => {
    noDialog.push(dialog.message());
    void dialog.dismiss();
  });
  await select(page, "intérêts légitimes");
  await page.keyboard.press("Control+Alt+3");
  const card = page.getByTestId("claim-card");
  await expect(card).toBeVisible();

  await card.getByTestId("add-source").click();
  const form = card.getByTestId("source-form");
  await form.getByLabel("URL", { exact: true }).fill("javascript:alert(1)");
  await form.getByRole("button", { name: "Save source" }).click();
  await expect(form.getByText("must be an http:// or https:// address")).toBeVisible();
  await form.locator("input[name=url]").fill("https://eur-lex.europa.eu/eli/reg/2016/679/oj");
  await form.getByLabel("Title").fill("<img src=x onerror=alert(1)> RGPD, article 6");
  await form.getByLabel("Kind").selectOption("law_or_regulation");
  await form.getByRole("button", { name: "Save source" }).click();
  const sources = card.getByTestId("source-list");
  await expect(sources.getByRole("link", { name: "<img src=x onerror=alert(1)> RGPD, article 6" })).toBeVisible();
  await sources.getByRole("button", { name: "Edit" }).click();
  await card.getByTestId("source-form").getByLabel("Title").fill("RGPD, article 6, paragraphe 1, point f");
  await card.getByTestId("source-form").getByRole("button", { name: "Save source" }).click();
  await expect(sources.getByRole("link", { name: "RGPD, article 6, paragraphe 1, point f" })).toBeVisible();

  await card.getByTestId("comment-input").fill("Quelle base exactement ?");
  await card.getByRole("button", { name: "Comment", exact: true }).click();
  await card.getByTestId("comment-list").getByRole("button", { name: "Reply" }).click();
  const reply = card.getByRole("textbox", { name: `Reply to ${team.users.fact_checker.name}` });
  await reply.fill("Article 6(1)(f).");
  await card.getByRole("button", { name: "Reply" }).and(card.locator("button[type=submit]")).click();
  await expect(card.locator(".comment-replies")).toContainText("Article 6(1)(f).");
  await card.getByRole("button", { name: "Resolve" }).first().click();
  await expect(card.locator(".comment.resolved").first()).toBeVisible();

  await card.getByTestId("claim-assignee").selectOption({ label: team.users.fact_checker.name });
  await expect(page.getByTestId("toast").last()).toHaveText("Saved.");
  await card.press("Escape");
  await expect(editorOf(page)).toBeFocused();
  await page.goto(`/desk/${team.newsroom.slug}/queue`);
  await expect(page.getByTestId("queue-assigned")).toContainText("intérêts légitimes");
  expect(noDialog).toEqual([]);
  await page.context().close();
});

test("the proposer of a verdict cannot approve it (four-eyes), and the server says so", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Quatre yeux", "Plus de 2 milliards d'utilisateurs actifs.");
  const editor = await open(browser, "editor", article.slug);
  await select(editor, "2 milliards");
  await editor.keyboard.press("Control+Alt+4");
  await editor.getByTestId("verdict-select").selectOption("mostly_true");
  await editor.getByTestId("rationale").fill("Meta revendique 3 milliards.");
  await editor.getByTestId("propose-verdict").click();
  await expect(editor.getByText("You proposed this verdict: another editor must approve it.")).toBeVisible();
  await expect(editor.getByTestId("approve-verdict")).toHaveCount(0);
  await editor.context().close();
});

test("a viewer's editor is read-only", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Lecture seule", "Texte intouchable.");
  const viewer = await open(browser, "viewer", article.slug);
  await expect(editorOf(viewer)).toHaveAttribute("contenteditable", "false");
  await editorOf(viewer).click();
  await viewer.keyboard.type("vandalisme");
  await expect(editorOf(viewer)).toHaveText("Texte intouchable.");
  await viewer.context().close();
});

test("offline edits are kept and sync on reconnect", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Hors ligne", "Début.");
  const alice = await open(browser, "editor", article.slug);
  const bob = await open(browser, "owner", article.slug);
  await alice.context().setOffline(true);
  await expect(alice.getByTestId("connection-state")).toHaveAttribute("data-state", "offline", { timeout: 15_000 });
  await caretInFirstParagraph(alice, "End");
  await alice.keyboard.type(" Écrit hors ligne.");
  await bob.waitForTimeout(500);
  await expect(editorOf(bob)).not.toContainText("Écrit hors ligne.");
  await alice.context().setOffline(false);
  await expect(editorOf(bob)).toContainText("Début. Écrit hors ligne.", { timeout: 20_000 });
  await expect(alice.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
  await alice.context().close();
  await bob.context().close();
});

test("edits kept in this browser while offline reach the others when the article is opened again, compacted past 500 updates", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Copie locale", "Début.");
  const alice = await open(browser, "editor", article.slug);
  await alice.context().setOffline(true);
  await expect(alice.getByTestId("connection-state")).toHaveAttribute("data-state", "offline", { timeout: 15_000 });
  await caretInFirstParagraph(alice, "End");
  // Each key is one stored update: more than 500 of them are merged into one.
  await alice.keyboard.type(" Gardé dans ce navigateur.".padEnd(520, "x"));
  const storedUpdates = () => alice.evaluate(async () => {
    const name = (await indexedDB.databases()).map((d) => d.name!).find((n) => n.startsWith("factdesk:"))!;
    const db = await new Promise<IDBDatabase>((resolve) => (indexedDB.open(name).onsuccess = (e) => resolve((e.target as IDBOpenDBRequest).result)));
    const count = await new Promise<number>((resolve) => (db.transaction("updates").objectStore("updates").count().onsuccess = (e) => resolve((e.target as IDBRequest<number>).result)));
    db.close();
    return count;
  });
  await expect.poll(storedUpdates, { timeout: 5_000 }).toBeLessThan(50);
  // The tab closes before the server saw anything; the same browser opens the article again, online.
  const context = alice.context();
  await alice.close();
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(`/desk/${team.newsroom.slug}/articles/${article.slug}`);
  await expect(editorOf(again)).toContainText("Début. Gardé dans ce navigateur.xxx");
  const bob = await open(browser, "owner", article.slug);
  await expect(editorOf(bob)).toContainText("Début. Gardé dans ce navigateur.xxx", { timeout: 10_000 });
  // The same document on both sides (each also draws the other's caret).
  await expect.poll(() => documentText(bob)).toBe(await documentText(again));
  await context.close();
  await bob.context().close();
});

test("the connection badge says connecting, not offline, until the first connection is made", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Première connexion", "Début.");
  const alice = await open(browser, "editor", article.slug, () => {
    const w = window as unknown as { badgeStates: string[] };
    w.badgeStates = [];
    new MutationObserver(() => {
      const state = document.querySelector("[data-testid=connection-state]")?.getAttribute("data-state");
      if (state && state !== w.badgeStates.at(-1)) w.badgeStates.push(state);
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-state"] });
  });
  await expect(alice.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
  const states = await alice.evaluate(() => (window as unknown as { badgeStates: string[] }).badgeStates);
  expect(states[0]).toBe("connecting");
  expect(states).not.toContain("offline");
  await alice.context().close();
});

test("opening an article reads this browser's copy once", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Une lecture", "Début.");
  const alice = await open(browser, "editor", article.slug, () => {
    const open = indexedDB.open.bind(indexedDB);
    const w = window as unknown as { copyReads: number };
    w.copyReads = 0;
    indexedDB.open = (name: string, version?: number) => {
      if (name.startsWith("factdesk:")) w.copyReads++;
      return open(name, version);
    };
  });
  await editorOf(alice).locator("p").first().click();
  await alice.keyboard.type("Lu une fois. ");
  await expect(editorOf(alice)).toContainText("Lu une fois.");
  expect(await alice.evaluate(() => (window as unknown as { copyReads: number }).copyReads)).toBe(1);
  await alice.context().close();
});

test("a browser that refuses IndexedDB still edits live, without a local copy", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Sans copie locale", "Début.");
  const alice = await open(browser, "editor", article.slug, () => {
    indexedDB.open = () => {
      throw new DOMException("The user denied permission to access the database.", "SecurityError");
    };
  });
  await caretInFirstParagraph(alice, "End");
  await alice.keyboard.type(" Sans IndexedDB.");
  const bob = await open(browser, "owner", article.slug);
  await expect(editorOf(bob)).toContainText("Début. Sans IndexedDB.");
  await alice.context().close();
  await bob.context().close();
});

test("the editor is configured once: after opening, its view holds the document's own nodes (no rebuild of every paragraph)", async ({ browser }) => {
  const article = await makeArticle(team.actors.editor, "Configuré une fois", "Premier paragraphe.\n\nDeuxième paragraphe.\n\nTroisième paragraphe.");
  const alice = await open(browser, "editor", article.slug);
  // Opened again: this browser's copy renders the text as the editor is created, before anything else is set up.
  await alice.reload();
  await expect(alice.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
  await select(alice, "Deuxième");
  await expect(alice.getByRole("toolbar", { name: "Mark as" })).toBeVisible();
  await alice.keyboard.press("End");
  await alice.keyboard.type(" Suite.");
  await expect(editorOf(alice)).toContainText("Deuxième paragraphe. Suite.");
  const { stale, total } = await editorOf(alice).evaluate((element) => {
    type View = { docView: { children: { node: unknown }[] }; state: { doc: { forEach: (f: (node: unknown) => void) => void } } };
    const view = (element as unknown as { editor: { view: View } }).editor.view;
    const own = new Set<unknown>();
    view.state.doc.forEach((node) => own.add(node));
    const nodes = view.docView.children.map((desc) => desc.node).filter(Boolean);
    return { stale: nodes.filter((node) => !own.has(node)).length, total: nodes.length };
  });
  expect(total).toBeGreaterThanOrEqual(3);
  expect(stale).toBe(0);
  await alice.context().close();
});
