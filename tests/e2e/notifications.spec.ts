import { randomUUID } from "node:crypto";
import { expect, test, type Request } from "@playwright/test";
import { mentionToken } from "@/lib/notifications/mentions";
import { addComment } from "@/lib/server/add-comment";
import { createClaim } from "@/lib/server/create-claim";
import { updateClaim } from "@/lib/server/update-claim";
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
  // The fact-checker's verdict waits for the editor's approval (ratedArticle proposed it, the editor approved it).
  await expect(editor.getByTestId("inbox-unread")).toHaveText(/^1/);
  await expect(editor.getByTestId("inbox-item")).toHaveCount(1);
  await expect(editor.getByTestId("inbox-item")).toContainText(`${team.users.fact_checker.name} proposed a verdict for your approval`);

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
  // The box is a textbox (a textarea may not be a combobox): the list is announced through the active option.
  await expect(box).toHaveAttribute("aria-activedescendant", `${await list.getAttribute("id")}-0`);
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
  await expect(editor.getByTestId("inbox-unread")).toHaveText(/^2/);
  console.log(`inbox count updated ${Date.now() - started} ms after the comment was sent`);
  await expect(editor.getByTestId("inbox-item")).toHaveCount(2);
  const item = editor.getByTestId("inbox-item").first();
  await expect(item).toContainText(`${team.users.fact_checker.name} mentioned you`);
  await expect(item).toContainText(`Bonjour @${team.users.editor.name} peux-tu relire ? <img src=x onerror=alert(1)>`);
  await expect(item).toContainText(article.title);
  await editor.screenshot({ path: "test-results/inbox-unread.png", fullPage: true });

  // The mention is stored as the person's id: a rename shows the new name.
  const stored = await db().comment.findFirstOrThrow({ where: { claimId: unrated } });
  expect(stored.body).toBe(`Bonjour ${mentionToken(team.actors.editor.userId)} peux-tu relire ? <img src=x onerror=alert(1)>`);
  await db().user.update({ where: { id: team.actors.editor.userId }, data: { name: "Edna Renommée" } });
  await editor.reload();
  await expect(editor.getByTestId("inbox-item").first()).toContainText("Bonjour @Edna Renommée peux-tu relire");

  // Opening it: read, and on the claim's article.
  await editor.getByTestId("inbox-item").first().getByRole("link").click();
  await expect(editor).toHaveURL(new RegExp(`/articles/${article.slug}#claim-${unrated}$`));
  await expect(editor.getByTestId("inbox-unread")).toHaveText(/^1/);
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

test("due dates and priority: set on the card, 'My queue' sorted by them with the overdue ones marked", async ({ page }) => {
  const team = await makeNewsroom();
  const { article, unrated } = await ratedArticle(team);
  const checker = team.actors.fact_checker;
  const later = await createClaim({ actor: checker, input: { id: randomUUID(), articleId: article.id, type: "other", quotedText: "plus tard" } });
  const urgent = await createClaim({ actor: checker, input: { id: randomUUID(), articleId: article.id, type: "other", quotedText: "urgent sans date" } });
  await updateClaim({ actor: team.actors.editor, input: { claimId: later.id, revision: 1, assigneeId: checker.userId, dueDate: "2099-01-01" } });
  await updateClaim({ actor: team.actors.editor, input: { claimId: urgent.id, revision: 1, assigneeId: checker.userId, priority: "urgent" } });
  await updateClaim({ actor: team.actors.editor, input: { claimId: unrated, revision: 1, assigneeId: checker.userId } });

  // On the card: a due date in the past and a high priority, saved and audited.
  await signIn(page, team.users.fact_checker.email, team.users.fact_checker.password);
  await page.goto(`/desk/${team.newsroom.slug}/articles/${article.slug}`);
  await page.locator(`[data-testid=claim-row][data-claim-id="${unrated}"]`).click();
  await page.getByTestId("claim-due-date").fill("2024-01-15");
  await expect(page.getByText("Due date and priority saved.")).toBeVisible();
  await expect(page.getByTestId("claim-schedule").getByText("Overdue")).toBeVisible();
  await page.getByTestId("claim-priority").selectOption("high");
  await expect.poll(async () => (await db().claim.findUniqueOrThrow({ where: { id: unrated } })).priority).toBe("high");
  const saved = await db().claim.findUniqueOrThrow({ where: { id: unrated } });
  expect(saved.dueDate?.toISOString().slice(0, 10)).toBe("2024-01-15");
  await page.getByTestId("claim-schedule").screenshot({ path: "test-results/claim-schedule.png" });

  await page.goto(`/desk/${team.newsroom.slug}/queue`);
  const rows = page.getByTestId("queue-assigned").getByTestId("queue-row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("Meta");
  await expect(rows.nth(0)).toContainText("Overdue");
  await expect(rows.nth(0)).toContainText("High");
  await expect(rows.nth(1)).toContainText("plus tard");
  await expect(rows.nth(1)).not.toContainText("Overdue");
  await expect(rows.nth(2)).toContainText("urgent sans date");
  await expect(rows.nth(2)).toContainText("Urgent");
  await page.screenshot({ path: "test-results/queue-due.png", fullPage: true });
});

test("a person turns notification emails off and on from their settings", async ({ page }) => {
  const team = await makeNewsroom();
  await signIn(page, team.users.viewer.email, team.users.viewer.password);
  await page.goto(`/desk/${team.newsroom.slug}/inbox`);
  await page.getByRole("link", { name: "My settings" }).click();
  const box = page.getByRole("checkbox", { name: "Send me notification emails" });
  await expect(box).toBeChecked();
  await box.uncheck();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await expect.poll(async () => (await db().user.findUniqueOrThrow({ where: { id: team.actors.viewer.userId } })).emailNotifications).toBe(false);
  await page.reload();
  await expect(box).not.toBeChecked();
  await page.screenshot({ path: "test-results/profile.png", fullPage: true });
});

test("several tabs of one person share one stream, and each shows the count live", async ({ page }) => {
  const team = await makeNewsroom();
  const article = await makeArticle(team.actors.editor);
  const claim = await createClaim({ actor: team.actors.fact_checker, input: { id: randomUUID(), articleId: article.id, type: "other", quotedText: "Meta" } });
  await signIn(page, team.users.viewer.email, team.users.viewer.password);
  // The inbox streams open at a time (a reload ends its page's stream and the new page opens one).
  const open = new Set<Request>();
  const isStream = (request: Request) => request.url().endsWith("/inbox/events");
  let opened = 0;
  page.context().on("request", (request) => void (isStream(request) && (opened++, open.add(request))));
  page.context().on("requestfinished", (request) => void open.delete(request));
  page.context().on("requestfailed", (request) => void open.delete(request));
  const tabs = [page, await page.context().newPage(), await page.context().newPage()];
  for (const [i, tab] of tabs.entries()) await tab.goto(`/desk/${team.newsroom.slug}${i === 0 ? "" : i === 1 ? "/queue" : "/inbox"}`);
  await addComment({ actor: team.actors.fact_checker, input: { claimId: claim.id, body: `${mentionToken(team.actors.viewer.userId)} regarde` } });
  for (const tab of tabs) await expect(tab.getByTestId("inbox-unread")).toHaveText(/^1/);
  await expect(tabs[2].getByTestId("inbox-item")).toHaveCount(1);
  await expect.poll(() => open.size).toBe(1);
  // The tab holding the stream closes: one other tab takes it over.
  const openedBefore = opened;
  await tabs[0].close();
  await addComment({ actor: team.actors.fact_checker, input: { claimId: claim.id, body: `${mentionToken(team.actors.viewer.userId)} encore` } });
  for (const tab of tabs.slice(1)) await expect(tab.getByTestId("inbox-unread")).toHaveText(/^2/);
  expect(opened - openedBefore).toBe(1);
});
