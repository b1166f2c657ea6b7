import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { mentionToken } from "@/lib/notifications/mentions";
import { addComment } from "@/lib/server/add-comment";
import { createClaim } from "@/lib/server/create-claim";
import { markAllNotificationsRead } from "@/lib/server/mark-all-notifications-read";
import { DIGEST_INTERVAL_MS, sendDueDigests } from "@/lib/server/send-due-digests";
import { updateClaim } from "@/lib/server/update-claim";
import { makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { startSmtpServer } from "../helpers/smtp";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const BASE = "https://factdesk.example";
const settings = () => ({ server: smtp.url, from: "desk@factdesk.test", baseUrl: BASE });
/** The team's people only: other test files leave notifications of their own in the same database. */
const peopleOf = (team: TestNewsroom) => Object.values(team.actors).map((a) => a.userId);
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());

const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));

async function claimIn(team: TestNewsroom) {
  const article = await makeArticle(team.actors.editor, `L’article <i>${randomUUID().slice(0, 4)}</i>`);
  return createClaim({ actor: team.actors.fact_checker, input: { id: randomUUID(), articleId: article.id, type: "other", quotedText: "Meta" } });
}

const mention = (team: TestNewsroom, claimId: string, body: string) =>
  addComment({ actor: team.actors.fact_checker, input: { claimId, body: `${mentionToken(team.actors.editor.userId)} ${body}` } });

describe("notification digests by email, through a real SMTP server", () => {
  it("one digest gathers a person's new notifications, with links, everything from people escaped; then at most one per 10 minutes", async () => {
    const team = await makeNewsroom();
    await db().user.update({ where: { id: team.actors.fact_checker.userId }, data: { name: `Zoé <script>alert(1)</script>` } });
    const c = await claimIn(team);
    await mention(team, c.id, `regarde <img src=x onerror=alert(1)> & dis-moi`);
    await updateClaim({ actor: team.actors.fact_checker, input: { claimId: c.id, revision: 1, assigneeId: team.actors.editor.userId } });
    const now = new Date();
    await sendDueDigests({ now, settings: settings(), userIds: peopleOf(team) });
    const [mail, ...more] = mailsTo(team.users.editor.email);
    expect(more).toEqual([]);
    expect(mail.subject).toBe("Factdesk: 2 new notifications");
    const ids = (await db().notification.findMany({ where: { userId: team.actors.editor.userId }, orderBy: { createdAt: "asc" } })).map((n) => n.id);
    for (const id of ids) {
      expect(mail.text).toContain(`${BASE}/desk/${team.newsroom.slug}/inbox/${id}`);
      expect(mail.html).toContain(`href="${BASE}/desk/${team.newsroom.slug}/inbox/${id}"`);
    }
    expect(mail.text).toContain(`Zoé <script>alert(1)</script> mentioned you`);
    expect(mail.text).toContain(`@${team.users.editor.name} regarde <img src=x onerror=alert(1)> & dis-moi`);
    expect(mail.html).toContain("Zoé &lt;script&gt;alert(1)&lt;/script&gt; mentioned you");
    expect(mail.html).toContain("regarde &lt;img src=x onerror=alert(1)&gt; &amp; dis-moi");
    expect(mail.html).not.toMatch(/<script|<img|<i>/);
    expect(mail.html).toContain(`${BASE}/desk/${team.newsroom.slug}/profile`);
    expect(await db().notification.count({ where: { userId: team.actors.editor.userId, emailedAt: null } })).toBe(0);

    // A new notification 5 minutes later waits; after 10 minutes it has its own digest.
    await mention(team, c.id, "encore");
    await sendDueDigests({ now: new Date(now.getTime() + 5 * 60_000), settings: settings(), userIds: peopleOf(team) });
    expect(mailsTo(team.users.editor.email)).toHaveLength(1);
    await sendDueDigests({ now: new Date(now.getTime() + DIGEST_INTERVAL_MS), settings: settings(), userIds: peopleOf(team) });
    const second = mailsTo(team.users.editor.email)[1];
    expect(second.subject).toBe("Factdesk: 1 new notification");
    expect(second.text).toContain("encore");
    expect(second.text).not.toContain("dis-moi");
  });

  it("nobody gets an email with emails turned off, nor for what they already read in the inbox", async () => {
    const team = await makeNewsroom();
    const c = await claimIn(team);
    await db().user.update({ where: { id: team.actors.editor.userId }, data: { emailNotifications: false } });
    await mention(team, c.id, "un");
    await addComment({ actor: team.actors.editor, input: { claimId: c.id, body: `${mentionToken(team.actors.owner.userId)} deux` } });
    await markAllNotificationsRead({ actor: team.actors.owner });
    await sendDueDigests({ settings: settings(), userIds: peopleOf(team) });
    expect(mailsTo(team.users.editor.email)).toEqual([]);
    expect(mailsTo(team.users.owner.email)).toEqual([]);
    // Turned on again: the unread one comes in the next digest.
    await db().user.update({ where: { id: team.actors.editor.userId }, data: { emailNotifications: true } });
    await sendDueDigests({ settings: settings(), userIds: peopleOf(team) });
    expect(mailsTo(team.users.editor.email)).toHaveLength(1);
  });

  it("a mail server that refuses leaves the notifications pending, and the next pass sends them; two senders at once send one digest", async () => {
    const team = await makeNewsroom();
    const c = await claimIn(team);
    await mention(team, c.id, "panne");
    const closed = await startSmtpServer();
    await closed.close();
    const failed = await sendDueDigests({ settings: { ...settings(), server: closed.url }, userIds: peopleOf(team) });
    expect(failed).toEqual({ sent: 0, failed: 1 });
    expect(await db().user.findUniqueOrThrow({ where: { id: team.actors.editor.userId } })).toMatchObject({ lastDigestAt: null });
    expect(await db().notification.count({ where: { userId: team.actors.editor.userId, emailedAt: null } })).toBe(1);
    // As after a restart: the state is all in the database. Two instances race; the person gets one email.
    await Promise.all([sendDueDigests({ settings: settings(), userIds: peopleOf(team) }), sendDueDigests({ settings: settings(), userIds: peopleOf(team) })]);
    expect(mailsTo(team.users.editor.email)).toHaveLength(1);
    expect(mailsTo(team.users.editor.email)[0].text).toContain("panne");
  });

  it("sends nothing when the server cannot send mail", async () => {
    expect(await sendDueDigests({ settings: null })).toEqual({ sent: 0, failed: 0 });
  });
});
