import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { db } from "@/lib/db/prisma";
import { freePort } from "@/lib/db/embedded-postgres";
import { mentionToken } from "@/lib/notifications/mentions";
import { addComment } from "@/lib/server/add-comment";
import { createClaim } from "@/lib/server/create-claim";
import { makeArticle, makeNewsroom } from "../helpers/factory";
import { startSmtpServer } from "../helpers/smtp";
import { apiSession } from "./helpers";

/** A second Factdesk server on the same database and build, with mail configured (the main test server has none). */
async function startServerWithMail(smtpUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn("node_modules/.bin/tsx", ["server.ts"], {
    env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", NEXTAUTH_URL: url, EMAIL_SERVER: smtpUrl, EMAIL_FROM: "desk@factdesk.test", FACTDESK_SEED_DEMO: "0" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await expect
    .poll(async () => (await fetch(`${url}/api/health`).catch(() => null))?.status ?? 0, { timeout: 90_000, intervals: [500] })
    .toBe(200);
  return { url, child };
}

test("with mail configured, a mention reaches a real SMTP server as a digest whose link opens the claim and marks it read", async () => {
  test.setTimeout(240_000);
  const smtp = await startSmtpServer();
  const server = await startServerWithMail(smtp.url);
  try {
    const team = await makeNewsroom();
    const article = await makeArticle(team.actors.editor, "Le budget <b>voté</b>");
    const claim = await createClaim({ actor: team.actors.fact_checker, input: { id: randomUUID(), articleId: article.id, type: "other", quotedText: "Meta" } });
    const started = Date.now();
    await addComment({ actor: team.actors.fact_checker, input: { claimId: claim.id, body: `${mentionToken(team.actors.editor.userId)} à relire <script>alert(1)</script>` } });

    const mails = () => smtp.messages.filter((m) => m.to.includes(team.users.editor.email));
    await expect.poll(() => mails().length, { timeout: 60_000, intervals: [500] }).toBe(1);
    console.log(`digest received ${Date.now() - started} ms after the mention (the sender looks every 30 s)`);
    const [mail] = mails();
    const notification = await db().notification.findFirstOrThrow({ where: { userId: team.actors.editor.userId } });
    const link = `${server.url}/desk/${team.newsroom.slug}/inbox/${notification.id}`;
    expect(mail.subject).toBe("Factdesk: 1 new notification");
    expect(mail.text).toContain(link);
    expect(mail.text).toContain(`@${team.users.editor.name} à relire <script>alert(1)</script>`);
    expect(mail.html).toContain("à relire &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(mail.html).toContain("Le budget &lt;b&gt;voté&lt;/b&gt;");
    expect(mail.html).not.toMatch(/<script|<b>/);

    // The link, signed in: read, and on to the claim.
    const session = await apiSession(server.url, team.users.editor.email, team.users.editor.password);
    const opened = await session.get(link, { maxRedirects: 0 });
    expect(opened.status()).toBe(303);
    expect(opened.headers().location).toContain(`/desk/${team.newsroom.slug}/articles/${article.slug}#claim-${claim.id}`);
    expect((await db().notification.findUniqueOrThrow({ where: { id: notification.id } })).readAt).not.toBeNull();
    await session.dispose();
  } finally {
    server.child.kill("SIGTERM");
    await once(server.child, "exit");
    await smtp.close();
  }
});
