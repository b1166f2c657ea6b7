import { once } from "node:events";
import { createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/prisma";
import { ForbiddenError } from "@/lib/policies";
import { acceptInvitation } from "@/lib/server/accept-invitation";
import { addMember } from "@/lib/server/add-member";
import { changeMemberRole } from "@/lib/server/change-member-role";
import { createInvitation } from "@/lib/server/create-invitation";
import { createNewsroom } from "@/lib/server/create-newsroom";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { removeMember } from "@/lib/server/remove-member";
import { auditEventsFor, makeNewsroom, makeUser } from "../helpers/factory";

/** Runs the desk's server actions as `user` signed in (the session is the only part not real). */
async function signedInAs(user: { id: string; email: string; name: string }) {
  vi.resetModules();
  const session: SessionUser = { id: user.id, email: user.email, name: user.name, locale: null };
  vi.doMock("@/lib/auth/session", async (original) => ({ ...(await original<object>()), getSessionUser: async () => session }));
  const actions = {
    members: await import("@/app/(desk)/desk/[newsroom]/members/actions"),
    desk: await import("@/app/(desk)/desk/actions"),
    invite: await import("@/app/(desk)/invite/[token]/actions"),
  };
  vi.doUnmock("@/lib/auth/session");
  return actions;
}

const membershipOf = (userId: string, newsroomId: string) => db().membership.findUnique({ where: { userId_newsroomId: { userId, newsroomId } } });
const newsroomInput = () => {
  const slug = `nr-${randomUUID().slice(0, 8)}`;
  return { name: `Newsroom ${slug}`, slug, defaultLanguage: "fr" as const, publicUrl: undefined };
};

/** A minimal SMTP server that keeps the messages it receives. */
async function fakeSmtpServer() {
  const messages: { to: string[]; data: string }[] = [];
  const server = createServer((socket: Socket) => {
    let to: string[] = [];
    let data: string | null = null;
    let buffer = "";
    socket.write("220 fake ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let end: number;
      while ((end = buffer.indexOf("\r\n")) !== -1) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data !== null) {
          if (line === ".") {
            messages.push({ to, data });
            [to, data] = [[], null];
            socket.write("250 queued\r\n");
          } else data += `${line}\n`;
        } else if (/^RCPT TO:/i.test(line)) {
          to.push(line.slice(8).replace(/[<>]/g, "").trim());
          socket.write("250 ok\r\n");
        } else if (/^DATA/i.test(line)) {
          data = "";
          socket.write("354 go on\r\n");
        } else if (/^QUIT/i.test(line)) socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { url: `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`, messages, close: () => server.close() };
}

describe("newsroom membership", () => {
  it("the creator is owner; a newsroom keeps at least one owner", async () => {
    const { actors } = await makeNewsroom();
    const own = await db().membership.findFirstOrThrow({ where: { userId: actors.owner.userId, newsroomId: actors.owner.newsroomId } });
    expect(own.role).toBe("owner");
    await expect(changeMemberRole({ actor: actors.owner, membershipId: own.id, role: "editor" })).rejects.toBeInstanceOf(ConflictError);
    await expect(removeMember({ actor: actors.owner, membershipId: own.id })).rejects.toBeInstanceOf(ConflictError);
  });


  it("role changes and removals are audited with before and after", async () => {
    const { actors } = await makeNewsroom();
    const added = await addMember({ actor: actors.owner, email: (await makeUser()).email, role: "viewer" });
    await changeMemberRole({ actor: actors.owner, membershipId: added.id, role: "editor" });
    await removeMember({ actor: actors.owner, membershipId: added.id });
    const events = await auditEventsFor(added.id);
    expect(events.map((e) => e.action)).toEqual(["membership.create", "membership.update", "membership.delete"]);
    expect(events[1].before).toEqual({ role: "viewer" });
    expect(events[1].after).toEqual({ role: "editor" });
  });

  it("an invitation link works once and not after it expires", async () => {
    const { actors } = await makeNewsroom();
    const { token } = await createInvitation({ actor: actors.owner, role: "fact_checker", days: 1 });
    const first = await makeUser();
    const joined = await acceptInvitation({ userId: first.id, token });
    expect(joined.role).toBe("fact_checker");
    await expect(acceptInvitation({ userId: (await makeUser()).id, token })).rejects.toBeInstanceOf(ConflictError);

    const expired = await createInvitation({ actor: actors.owner, role: "viewer", days: 1 });
    await db().invitation.updateMany({ where: { newsroomId: actors.owner.newsroomId, acceptedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(acceptInvitation({ userId: (await makeUser()).id, token: expired.token })).rejects.toThrow(/expired/);
    await expect(acceptInvitation({ userId: first.id, token: "inv_forged-token" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a removed member's API tokens are revoked with the membership", async () => {
    const { actors, users } = await makeNewsroom();
    const token = await db().apiToken.create({ data: { userId: users.editor.id, newsroomId: actors.owner.newsroomId, name: "cms", tokenHash: `h-${users.editor.id}` } });
    const membership = await db().membership.findFirstOrThrow({ where: { userId: users.editor.id, newsroomId: actors.owner.newsroomId } });
    await removeMember({ actor: actors.owner, membershipId: membership.id });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).not.toBeNull();
  });

  it("inviting an existing member by email says so and changes nothing", async () => {
    const { actors, users } = await makeNewsroom();
    await expect(createInvitation({ actor: actors.owner, email: users.viewer.email.toUpperCase(), role: "editor", days: 7 })).rejects.toBeInstanceOf(ConflictError);
    expect((await membershipOf(users.viewer.id, actors.owner.newsroomId))?.role).toBe("viewer");
  });
});

describe("inviting people by email", () => {
  it("answers the same for an email with an account and one without, and adds nobody", async () => {
    const { newsroom, users } = await makeNewsroom();
    const known = await makeUser("known");
    const unknown = `nobody-${randomUUID()}@nowhere.test`;
    const { members } = await signedInAs(users.owner);
    const answers = [];
    for (const email of [known.email, unknown]) {
      const result = await members.createInvitationAction(newsroom.slug, { email, role: "editor" });
      if (!result.ok) throw new Error(result.error);
      expect(result.data.email).toBe(email);
      expect(result.data.path).toMatch(/^\/invite\/inv_[\w-]{20,}$/);
      answers.push({ ...result.data, email: "<email>", path: "<path>", expiresAt: "<date>" });
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toEqual({ email: "<email>", path: "<path>", expiresAt: "<date>", emailed: false });
    expect(await membershipOf(known.id, newsroom.id)).toBeNull();
    const invitations = await db().invitation.findMany({ where: { newsroomId: newsroom.id }, orderBy: { createdAt: "asc" } });
    expect(invitations.map((i) => [i.email, i.role, i.acceptedAt])).toEqual([
      [known.email, "editor", null],
      [unknown, "editor", null],
    ]);
  });

  it("the person joins only by accepting, signed in with that email; another account cannot use the link", async () => {
    const { newsroom, actors } = await makeNewsroom();
    const invitee = await makeUser("invitee");
    const stranger = await makeUser("stranger");
    const { token } = await createInvitation({ actor: actors.owner, email: invitee.email.toUpperCase(), role: "fact_checker", days: 7 });
    expect(await membershipOf(invitee.id, newsroom.id)).toBeNull();

    await expect(acceptInvitation({ userId: stranger.id, token })).rejects.toBeInstanceOf(ForbiddenError);
    const { invite } = await signedInAs(stranger);
    expect(await invite.acceptInvitationAction(token)).toMatchObject({ ok: false, status: 403 });
    expect(await membershipOf(stranger.id, newsroom.id)).toBeNull();
    expect(await db().invitation.findFirst({ where: { newsroomId: newsroom.id } })).toMatchObject({ acceptedAt: null });

    const joined = await acceptInvitation({ userId: invitee.id, token });
    expect(joined).toMatchObject({ role: "fact_checker", newsroom: { slug: newsroom.slug } });
    expect((await membershipOf(invitee.id, newsroom.id))?.role).toBe("fact_checker");
    await expect(acceptInvitation({ userId: invitee.id, token })).rejects.toBeInstanceOf(ConflictError);
  });

  it("emails the link when the server can send mail, to an address with an account and to one without", async () => {
    const { newsroom, actors } = await makeNewsroom();
    const known = await makeUser("mailed");
    const unknown = `nobody-${randomUUID()}@nowhere.test`;
    const smtp = await fakeSmtpServer();
    const saved = { EMAIL_SERVER: process.env.EMAIL_SERVER, EMAIL_FROM: process.env.EMAIL_FROM, NEXTAUTH_URL: process.env.NEXTAUTH_URL };
    Object.assign(process.env, { EMAIL_SERVER: smtp.url, EMAIL_FROM: "desk@factdesk.test", NEXTAUTH_URL: "https://factdesk.example" });
    try {
      const sent: Awaited<ReturnType<typeof createInvitation>>[] = [];
      for (const email of [known.email, unknown]) sent.push(await createInvitation({ actor: actors.owner, email, role: "viewer", days: 3 }));
      expect(sent.map((s) => s.emailed)).toEqual([true, true]);
      expect(smtp.messages.map((m) => m.to)).toEqual([[known.email], [unknown]]);
      smtp.messages.forEach((message, i) => {
        // The body is quoted-printable: undo its soft line breaks before looking for the link.
        const body = message.data.replace(/=\n/g, "");
        expect(body).toContain(`https://factdesk.example${sent[i].path}`);
        expect(body).toContain(newsroom.name);
      });
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      smtp.close();
    }
  });
});

describe("who may create a newsroom", () => {
  it("owners and editors of a newsroom, and an account in no newsroom yet; not viewers or fact-checkers", async () => {
    const { users } = await makeNewsroom();
    for (const role of ["viewer", "fact_checker"] as const) {
      const input = newsroomInput();
      await expect(createNewsroom({ actorUserId: users[role].id, input })).rejects.toBeInstanceOf(ForbiddenError);
      expect(await db().newsroom.findUnique({ where: { slug: input.slug } })).toBeNull();
    }
    for (const user of [users.owner, users.editor, await makeUser("newcomer")]) {
      const created = await createNewsroom({ actorUserId: user.id, input: newsroomInput() });
      expect((await membershipOf(user.id, created.id))?.role).toBe("owner");
    }
  });

  it("the desk refuses a viewer's form with 403 and creates nothing", async () => {
    const { users } = await makeNewsroom();
    const { desk } = await signedInAs(users.viewer);
    const input = newsroomInput();
    expect(await desk.createNewsroomAction(input)).toMatchObject({ ok: false, status: 403 });
    expect(await db().newsroom.findUnique({ where: { slug: input.slug } })).toBeNull();
  });
});
