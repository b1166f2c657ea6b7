import { expect, test, type Browser } from "@playwright/test";
import { makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { editorOf, selectInEditor, signIn } from "./helpers";

let team: TestNewsroom;

test.beforeAll(async () => {
  team = await makeNewsroom({ minSources: 1 });
});

async function open(browser: Browser, role: keyof TestNewsroom["users"], slug: string) {
  const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await signIn(page, team.users[role].email, team.users[role].password);
  await page.goto(`/desk/${team.newsroom.slug}/articles/${slug}`);
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected");
  return page;
}

test("a marked claim gets a proposed statement to edit and a suggested claimant to accept; publishing says what it leaves out", async ({ browser }) => {
  const text = "Mais la notification est arrivée le 22 mai 2024, selon plusieurs lecteurs. « Nous utiliserons vos publications pour entraîner notre IA », a annoncé Meta.";
  const article = await makeArticle(team.actors.editor, "Meta et vos publications", text);
  const checker = await open(browser, "fact_checker", article.slug);

  // A date: the statement proposed is its sentence, without the attribution and the connective.
  await selectInEditor(checker, "22 mai 2024");
  await checker.getByRole("toolbar", { name: "Mark as" }).getByRole("button", { name: "Date" }).click();
  await expect(checker.getByTestId("claim-card")).toBeVisible();
  await expect(checker.getByTestId("statement")).toHaveValue("La notification est arrivée le 22 mai 2024.");
  await expect(checker.getByTestId("statement-proposed")).toBeVisible();
  await checker.getByRole("button", { name: "← All claims" }).click();

  // A quote: the speaker found in the text is offered, never filled in.
  await selectInEditor(checker, "« Nous utiliserons vos publications pour entraîner notre IA »");
  await checker.getByRole("toolbar", { name: "Mark as" }).getByRole("button", { name: "Quote" }).click();
  await expect(checker.getByTestId("statement-proposed")).toBeVisible();
  await expect(checker.getByTestId("claimant-kind")).toHaveValue("");
  await expect(checker.getByTestId("claimant-suggestion")).toContainText("Suggested from the text: Meta");
  await checker.getByTestId("accept-claimant").click();
  await expect(checker.getByTestId("claimant-kind")).toHaveValue("organization");
  await expect(checker.getByTestId("claimant-name")).toHaveValue("Meta");
  await checker.getByTestId("save-claimant").click();
  await expect(checker.getByTestId("toast").last()).toHaveText("Claimant saved.");
  await expect(checker.getByTestId("claimant-suggestion")).toHaveCount(0); // the card shows the saved claim
  await expect(checker.getByTestId("claimant-name")).toHaveValue("Meta");

  const statement = "Meta utilisera les publications de ses utilisateurs pour entraîner son IA.";
  await checker.getByTestId("statement").fill(statement);
  await expect(checker.getByTestId("statement-count")).toContainText(`${statement.length}/280`);
  await checker.getByTestId("save-statement").click();
  await expect(checker.getByTestId("toast").last()).toHaveText("Statement saved.");
  await expect(checker.getByTestId("statement-proposed")).toHaveCount(0);
  await expect(checker.getByTestId("statement")).toHaveValue(statement);

  await checker.getByTestId("verdict-select").selectOption("true");
  await checker.getByTestId("rationale").fill("Meta l’a écrit dans sa notification.");
  await checker.getByTestId("propose-verdict").click();
  await expect(checker.getByTestId("approve-editors-only")).toBeVisible();
  await expect(checker.getByTestId("sources-required")).toContainText("Approval needs 1 more source(s)");

  // The editor cannot approve without a source, and the publish summary lists both claims as left out.
  const editor = await open(browser, "editor", article.slug);
  await editor.getByTestId("claim-row").filter({ hasText: "Nous utiliserons" }).click();
  await expect(editor.getByTestId("approve-verdict")).toBeDisabled();
  await expect(editor.getByTestId("sources-required")).toBeVisible();
  await editor.getByTestId("publish").click();
  const summary = editor.getByTestId("publish-dialog");
  await expect(summary).toContainText("Left out: 2 claim(s)");
  await expect(editor.getByTestId("publish-left-out")).toContainText("verdict waiting for approval");
  await expect(editor.getByTestId("publish-left-out")).toContainText("no verdict yet");
  await expect(editorOf(editor)).toContainText("22 mai 2024");
  await editor.keyboard.press("Escape");
  await expect(summary).toBeHidden();
  await checker.context().close();
  await editor.context().close();
});
