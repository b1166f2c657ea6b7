import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { mentionToken } from "@/lib/notifications/mentions";
import { addComment } from "@/lib/server/add-comment";
import { createClaim } from "@/lib/server/create-claim";
import { db } from "@/lib/db/prisma";
import { makeArticle, makeNewsroom } from "../helpers/factory";
import { ratedArticle } from "../helpers/rated-article";
import { failOnDialog, signIn } from "./helpers";

test("a mention typed with the @ list reaches the other person's inbox live; opening it marks it read and opens its claim", async ({ browser }) => {
  const team = await makeNewsroom();
  const { article, unrated } = await ratedArticle(team);

  const editor = await (await browser.newContext()).newPage();
  const checker = await (await browser.newContext()).newPage();
  const noDialog = failOnDialog(editor);
  await signIn(editor, team.users.editor.email, team.users.editor.password);
  await editor.goto(`/desk/${team.newsroom.slug}/inbox`);
  await expect(editor.getByRole("heading", { name: "Inbox" })).toBeVisible();
  await expect(editor.getByText(/Nothing here yet/)).toBeVisible();
  await expect(editor.getByTestId("inbox-unread")).toHaveCount(0);

  // The fact-checker mentions the editor from the claim's card, with the keyboard only.
  await signIn(checker, team.users.fact_checker.email, team.users.fact_checker.password);
  await checker.goto(`/desk/${team.newsroom.slug}/articles/${article.slug}`);
  await checker.locator(`[data-testid=claim-row][data-claim-id="${unrated}"]`).click();
  const box = checker.getByTestId("comment-input");
  await box.click();
  await box.pressSequentially("Bonjour @");
  const list = checker.getByRole("listbox", { name: "Mention a member" });
  await expect(list).toBeVisible();
  await expect(list.getByRole("option")).toHaveCount(4);
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await box.press("Escape");
  await expect(list).toBeHidden();
  await expect(checker.getByTestId("claim-card")).toBeVisible();
  await box.pressSequentially(team.users.editor.name.slice(0, 4));
  await expect(list.getByRole("option")).toHaveCount(1);
  await expect(list.getByRole("option", { selected: true })).toHaveText(team.users.editor.name);
  await checker.screenshot({ path: "test-results/mention-list.png" });
  await box.press("ArrowDown");
  await box.press("Enter");
  await expect(box).toHaveValue(`Bonjour @${team.users.editor.name} `);
  await box.pressSequentially("peux-tu relire ? <img src=x onerror=alert(1)>");
  const started = Date.now();
  await checker.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(checker.getByTestId("comment-list").locator(".mention")).toHaveText(`@${team.users.editor.name}`);

  // The editor's count and list change without a reload.
  await expect(editor.getByTestId("inbox-unread")).toHaveText(/^1/);
  console.log(`inbox count updated ${Date.now() - started} ms after the comment was sent`);
  const item = editor.getByTestId("inbox-item");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(`${team.users.fact_checker.name} mentioned you`);
  await expect(item).toContainText(`Bonjour @${team.users.editor.name} peux-tu relire ? <img src=x onerror=alert(1)>`);
  await expect(item).toContainText(article.title);
  await editor.screenshot({ path: "test-results/inbox-unread.png", fullPage: true });

  // The mention is stored as the person's id: a rename shows the new name.
  const stored = await db().comment.findFirstOrThrow({ where: { claimId: unrated } });
  expect(stored.body).toBe(`Bonjour ${mentionToken(team.actors.editor.userId)} peux-tu relire ? <img src=x onerror=alert(1)>`);
  await db().user.update({ where: { id: team.actors.editor.userId }, data: { name: "Edna Renommée" } });
  await editor.reload();
  await expect(editor.getByTestId("inbox-item")).toContainText("Bonjour @Edna Renommée peux-tu relire");

  // Opening it: read, and on the claim's article.
  await editor.getByTestId("inbox-item").getByRole("link").click();
  await expect(editor).toHaveURL(new RegExp(`/articles/${article.slug}#claim-${unrated}$`));
  await expect(editor.getByTestId("inbox-unread")).toHaveCount(0);
  noDialog();
});

test("'Mark all read' clears the count; another newsroom's notifications stay apart", async ({ page }) => {
  const [team, other] = await Promise.all([makeNewsroom(), makeNewsroom()]);
  const article = await makeArticle(team.actors.editor);
  const claim = await createClaim({ actor: team.actors.fact_checker, input: { id: randomUUID(), articleId: article.id, type: "other", quotedText: "Meta" } });
  for (const word of ["un", "deux"]) await addComment({ actor: team.actors.fact_checker, input: { claimId: claim.id, body: `${mentionToken(team.actors.viewer.userId)} ${word}` } });
  await signIn(page, team.users.viewer.email, team.users.viewer.password);
  await page.goto(`/desk/${team.newsroom.slug}/inbox`);
  await expect(page.getByTestId("inbox-unread")).toHaveText(/^2/);
  await expect(page.getByTestId("inbox-item")).toHaveCount(2);
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByText("All notifications marked read.")).toBeVisible();
  await expect(page.getByTestId("inbox-unread")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Mark all read" })).toHaveCount(0);
  await expect(page.getByTestId("inbox-item")).toHaveCount(2);
  // Not a member of the other newsroom: its inbox and its stream are "not found".
  expect((await page.request.get(`/desk/${other.newsroom.slug}/inbox/events`)).status()).toBe(404);
  expect((await page.request.get(`/desk/${team.newsroom.slug}/inbox/${randomUUID()}`, { maxRedirects: 0 })).status()).toBe(404);
  expect((await page.request.get(`/desk/${team.newsroom.slug}/inbox/not-an-id`, { maxRedirects: 0 })).status()).toBe(404);
});
