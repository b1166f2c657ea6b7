import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { mentionToken } from "@/lib/notifications/mentions";
import { addComment } from "@/lib/server/add-comment";
import type { Actor } from "@/lib/server/actor";
import { approveVerdict } from "@/lib/server/approve-verdict";
import { countUnreadNotifications } from "@/lib/server/count-unread-notifications";
import { createClaim } from "@/lib/server/create-claim";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { listNotifications } from "@/lib/server/list-notifications";
import { markAllNotificationsRead } from "@/lib/server/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/server/mark-notification-read";
import { NOTIFICATION_CHANNEL } from "@/lib/server/notify-people";
import { proposeVerdict } from "@/lib/server/propose-verdict";
import { reopenClaim } from "@/lib/server/reopen-claim";
import { syncClaimAnchors } from "@/lib/server/sync-claim-anchors";
import { updateClaim } from "@/lib/server/update-claim";
import { makeArticle, makeNewsroom, makeUser, type TestNewsroom } from "../helpers/factory";

let home: TestNewsroom;
let other: TestNewsroom;
beforeAll(async () => {
  [home, other] = await Promise.all([makeNewsroom(), makeNewsroom()]);
});

async function claim(team = home) {
  const article = await makeArticle(team.actors.editor);
  return createClaim({ actor: team.actors.fact_checker, input: { id: randomUUID(), articleId: article.id, type: "date", quotedText: "24 mai 2024", normalized: { date: "2024-05-24" } } });
}

/** The kinds of notification a person has about a claim. */
async function kindsFor(actor: Actor, claimId: string) {
  const rows = await db().notification.findMany({ where: { userId: actor.userId, claimId }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => r.kind);
}

const revisionOf = async (id: string) => (await db().claim.findUniqueOrThrow({ where: { id } })).revision;

describe("who is notified of what", () => {
  it("a mention notifies the member mentioned, once, and never the author who mentions themself", async () => {
    const c = await claim();
    const { viewer, editor, fact_checker } = home.actors;
    await addComment({ actor: fact_checker, input: { claimId: c.id, body: `${mentionToken(viewer.userId)} ${mentionToken(viewer.userId)} ${mentionToken(fact_checker.userId)} peux-tu relire ?` } });
    expect(await kindsFor(viewer, c.id)).toEqual(["mention"]);
    expect(await kindsFor(fact_checker, c.id)).toEqual([]);
    expect(await kindsFor(editor, c.id)).toEqual([]);
  });

  it("a mention of someone outside the newsroom is refused, naming the body, and saves nothing", async () => {
    const c = await claim();
    const before = await db().comment.count({ where: { claimId: c.id } });
    const error = await addComment({ actor: home.actors.editor, input: { claimId: c.id, body: `${mentionToken(other.actors.editor.userId)} ?` } }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields.body).toMatch(/not a member/);
    expect(await db().comment.count({ where: { claimId: c.id } })).toBe(before);
    expect(await db().notification.count({ where: { userId: other.actors.editor.userId } })).toBe(0);
  });

  it("an assignment notifies the assignee, unless they assign themself", async () => {
    const c = await claim();
    await updateClaim({ actor: home.actors.editor, input: { claimId: c.id, revision: 1, assigneeId: home.actors.fact_checker.userId } });
    expect(await kindsFor(home.actors.fact_checker, c.id)).toEqual(["assignment"]);
    await updateClaim({ actor: home.actors.editor, input: { claimId: c.id, revision: 2, assigneeId: home.actors.editor.userId } });
    expect(await kindsFor(home.actors.editor, c.id)).toEqual([]);
    // Another change to the claim is not a new assignment.
    await updateClaim({ actor: home.actors.owner, input: { claimId: c.id, revision: 3, state: "in_progress" } });
    expect(await kindsFor(home.actors.editor, c.id)).toEqual([]);
  });

  it("a proposed verdict notifies the approvers (editors and owners) except the proposer; approval notifies the proposer", async () => {
    const c = await claim();
    await proposeVerdict({ actor: home.actors.editor, input: { claimId: c.id, revision: 1, verdictKey: "true", rationale: "Daté." } });
    expect(await kindsFor(home.actors.owner, c.id)).toEqual(["approval_requested"]);
    expect(await kindsFor(home.actors.editor, c.id)).toEqual([]);
    expect(await kindsFor(home.actors.fact_checker, c.id)).toEqual([]);
    expect(await kindsFor(home.actors.viewer, c.id)).toEqual([]);
    await approveVerdict({ actor: home.actors.owner, input: { claimId: c.id, revision: 2 } });
    expect(await kindsFor(home.actors.editor, c.id)).toEqual(["verdict_approved"]);
    expect(await kindsFor(home.actors.owner, c.id)).toEqual(["approval_requested"]);
  });

  it("reopening a verdict under review rejects it: the proposer is told", async () => {
    const c = await claim();
    await proposeVerdict({ actor: home.actors.fact_checker, input: { claimId: c.id, revision: 1, verdictKey: "false", rationale: "Faux." } });
    await reopenClaim({ actor: home.actors.editor, input: { claimId: c.id, revision: 2 } });
    expect(await kindsFor(home.actors.fact_checker, c.id)).toEqual(["verdict_rejected"]);
    expect(await kindsFor(home.actors.editor, c.id)).toEqual(["approval_requested"]);
  });

  it("a claim sent back to review because its text changed notifies those who rated it", async () => {
    const c = await claim();
    await proposeVerdict({ actor: home.actors.fact_checker, input: { claimId: c.id, revision: 1, verdictKey: "true", rationale: "Daté." } });
    await approveVerdict({ actor: home.actors.editor, input: { claimId: c.id, revision: 2 } });
    await syncClaimAnchors({ articleId: c.articleId, anchors: [{ claimId: c.id, text: "25 mai 2024" }] });
    expect(await kindsFor(home.actors.fact_checker, c.id)).toEqual(["verdict_approved", "text_changed"]);
    expect(await kindsFor(home.actors.editor, c.id)).toEqual(["approval_requested", "text_changed"]);
    expect((await kindsFor(home.actors.owner, c.id)).filter((k) => k === "text_changed")).toEqual([]);
  });

  it("a person removed from the newsroom is no longer notified", async () => {
    const team = await makeNewsroom();
    const c = await claim(team);
    await db().membership.deleteMany({ where: { userId: team.actors.owner.userId, newsroomId: team.newsroom.id } });
    await proposeVerdict({ actor: team.actors.fact_checker, input: { claimId: c.id, revision: 1, verdictKey: "true", rationale: "x" } });
    expect(await kindsFor(team.actors.owner, c.id)).toEqual([]);
    expect(await kindsFor(team.actors.editor, c.id)).toEqual(["approval_requested"]);
  });
});

describe("the inbox", () => {
  it("lists only the person's own notifications in this newsroom, with the actor's name and the comment", async () => {
    const reader = await makeUser("reader");
    const team = await makeNewsroom();
    await db().membership.createMany({ data: [{ userId: reader.id, newsroomId: team.newsroom.id, role: "viewer" }, { userId: reader.id, newsroomId: other.newsroom.id, role: "viewer" }] });
    const here: Actor = { userId: reader.id, newsroomId: team.newsroom.id, role: "viewer" };
    const there: Actor = { userId: reader.id, newsroomId: other.newsroom.id, role: "viewer" };
    const c = await claim(team);
    const d = await claim(other);
    await addComment({ actor: team.actors.editor, input: { claimId: c.id, body: `Vois ${mentionToken(reader.id)} <script>alert(1)</script>` } });
    await addComment({ actor: other.actors.editor, input: { claimId: d.id, body: `${mentionToken(reader.id)} ailleurs` } });
    const inbox = await listNotifications({ actor: here });
    expect(inbox.unread).toBe(1);
    expect(inbox.items).toHaveLength(1);
    expect(inbox.items[0]).toMatchObject({ kind: "mention", actorName: team.users.editor.name, commentBody: `Vois ${mentionToken(reader.id)} <script>alert(1)</script>`, readAt: null });
    expect(inbox.names[reader.id]).toBe(reader.name);
    expect((await listNotifications({ actor: there })).items.map((i) => i.claim.id)).toEqual([d.id]);
    // Nobody else sees it, nor can open it.
    expect((await listNotifications({ actor: team.actors.owner })).items.map((i) => i.id)).not.toContain(inbox.items[0].id);
    await expect(markNotificationRead({ actor: team.actors.owner, input: { notificationId: inbox.items[0].id } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(markNotificationRead({ actor: there, input: { notificationId: inbox.items[0].id } })).rejects.toBeInstanceOf(NotFoundError);
    expect(await countUnreadNotifications({ actor: here })).toBe(1);
  });

  it("opening marks one read and leads to its claim; 'mark all read' clears the rest of this newsroom only", async () => {
    const c = await claim();
    const { viewer } = home.actors;
    for (const body of ["un", "deux", "trois"]) await addComment({ actor: home.actors.editor, input: { claimId: c.id, body: `${mentionToken(viewer.userId)} ${body}` } });
    const before = await countUnreadNotifications({ actor: viewer });
    const [first] = (await listNotifications({ actor: viewer })).items;
    const article = await db().article.findUniqueOrThrow({ where: { id: c.articleId } });
    expect(await markNotificationRead({ actor: viewer, input: { notificationId: first.id } })).toEqual({ claimId: c.id, articleSlug: article.slug });
    expect(await countUnreadNotifications({ actor: viewer })).toBe(before - 1);
    expect(await markAllNotificationsRead({ actor: viewer })).toBe(before - 1);
    expect(await countUnreadNotifications({ actor: viewer })).toBe(0);
    expect(await markAllNotificationsRead({ actor: viewer })).toBe(0);
  });

  it("announces each new notification and each read on the notification channel, at commit", async () => {
    const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => undefined });
    const heard: { userId: string; newsroomId: string }[] = [];
    // Other test files share the database and the channel: only this newsroom's announcements count.
    const listener = await sql.listen(NOTIFICATION_CHANNEL, (payload) => {
      const announced = JSON.parse(payload);
      if (announced.newsroomId === home.newsroom.id) heard.push(announced);
    });
    try {
      const c = await claim();
      await updateClaim({ actor: home.actors.editor, input: { claimId: c.id, revision: await revisionOf(c.id), assigneeId: home.actors.fact_checker.userId } });
      await expect.poll(() => heard, { timeout: 10_000 }).toContainEqual({ userId: home.actors.fact_checker.userId, newsroomId: home.newsroom.id });
      // A refused change announces nothing.
      const count = heard.length;
      await updateClaim({ actor: home.actors.editor, input: { claimId: c.id, revision: 1, assigneeId: home.actors.viewer.userId } }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(heard).toHaveLength(count);
    } finally {
      await listener.unlisten();
      await sql.end();
    }
  });
});
