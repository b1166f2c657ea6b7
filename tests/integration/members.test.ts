import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { acceptInvitation } from "@/lib/server/accept-invitation";
import { addMember } from "@/lib/server/add-member";
import { changeMemberRole } from "@/lib/server/change-member-role";
import { createInvitation } from "@/lib/server/create-invitation";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";
import { removeMember } from "@/lib/server/remove-member";
import { auditEventsFor, makeNewsroom, makeUser } from "../helpers/factory";

describe("newsroom membership", () => {
  it("the creator is owner; a newsroom keeps at least one owner", async () => {
    const { actors } = await makeNewsroom();
    const own = await db().membership.findFirstOrThrow({ where: { userId: actors.owner.userId, newsroomId: actors.owner.newsroomId } });
    expect(own.role).toBe("owner");
    await expect(changeMemberRole({ actor: actors.owner, membershipId: own.id, role: "editor" })).rejects.toBeInstanceOf(ConflictError);
    await expect(removeMember({ actor: actors.owner, membershipId: own.id })).rejects.toBeInstanceOf(ConflictError);
  });

  it("adding an unknown email or an existing member gives a clear error and changes nothing", async () => {
    const { actors, users } = await makeNewsroom();
    await expect(addMember({ actor: actors.owner, email: "nobody@nowhere.test", role: "viewer" })).rejects.toBeInstanceOf(ValidationError);
    await expect(addMember({ actor: actors.owner, email: users.viewer.email, role: "editor" })).rejects.toBeInstanceOf(ConflictError);
    const viewer = await db().membership.findFirstOrThrow({ where: { userId: users.viewer.id, newsroomId: actors.owner.newsroomId } });
    expect(viewer.role).toBe("viewer");
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
});
