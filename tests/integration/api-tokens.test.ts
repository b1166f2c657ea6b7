import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/server/actor";
import { authenticateApiToken } from "@/lib/server/authenticate-api-token";
import { changeMemberRole } from "@/lib/server/change-member-role";
import { createApiToken } from "@/lib/server/create-api-token";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { listApiTokens } from "@/lib/server/list-api-tokens";
import { removeMember } from "@/lib/server/remove-member";
import { revokeApiToken } from "@/lib/server/revoke-api-token";
import { MAX_TOKENS_PER_MEMBER } from "@/lib/validation/api-token";
import { auditEventsFor, makeNewsroom } from "../helpers/factory";

const membershipOf = (actor: Actor) => db().membership.findFirstOrThrow({ where: { userId: actor.userId, newsroomId: actor.newsroomId } });

describe("API tokens", () => {
  it("stores only the token's sha256 and returns the token once", async () => {
    const { actors } = await makeNewsroom();
    const created = await createApiToken({ actor: actors.viewer, name: "CMS production" });
    expect(created.token).toMatch(/^fdk_[A-Za-z0-9_-]{32}$/);
    expect(created.name).toBe("CMS production");

    const row = await db().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(created.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(JSON.stringify(row)).not.toContain(created.token.slice(4));
    expect(JSON.stringify((await auditEventsFor(created.id)).map((e) => [e.before, e.after]))).not.toContain(created.token.slice(4));
    expect(JSON.stringify(await listApiTokens({ actor: actors.viewer }))).not.toContain(row.tokenHash);
  });

  it("acts with the member's current role, and records when it was used", async () => {
    const { actors } = await makeNewsroom();
    const { id, token } = await createApiToken({ actor: actors.fact_checker, name: "script" });
    expect(await authenticateApiToken(token)).toEqual({ ...actors.fact_checker, viaApi: true, tokenId: id });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();

    const membership = await membershipOf(actors.fact_checker);
    await changeMemberRole({ actor: actors.owner, membershipId: membership.id, role: "editor" });
    expect((await authenticateApiToken(token))?.role).toBe("editor");
    await changeMemberRole({ actor: actors.owner, membershipId: membership.id, role: "viewer" });
    expect((await authenticateApiToken(token))?.role).toBe("viewer");
  });

  it("stops working once revoked, or once its member is removed (who can create no more)", async () => {
    const { actors } = await makeNewsroom();
    const revoked = await createApiToken({ actor: actors.editor, name: "revoked" });
    await revokeApiToken({ actor: actors.editor, tokenId: revoked.id });
    expect(await authenticateApiToken(revoked.token)).toBeNull();

    const kept = await createApiToken({ actor: actors.fact_checker, name: "kept" });
    expect(await authenticateApiToken(kept.token)).not.toBeNull();
    await removeMember({ actor: actors.owner, membershipId: (await membershipOf(actors.fact_checker)).id });
    expect(await authenticateApiToken(kept.token)).toBeNull();
    await expect(createApiToken({ actor: actors.fact_checker, name: "after removal" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it.each([
    ["an empty string", ""],
    ["garbage", "not a token"],
    ["a well-formed unknown token", `fdk_${"A".repeat(32)}`],
    ["a header pasted whole", "Bearer fdk_abcdefghijklmnop"],
    ["an overlong string", "a".repeat(10_000)],
    ["SQL", "' OR 1=1 --"],
  ])("refuses %s", async (_label, token) => {
    expect(await authenticateApiToken(token)).toBeNull();
  });

  it("a member sees and revokes only their own tokens; an owner sees and revokes everyone's", async () => {
    const { actors, users } = await makeNewsroom();
    const checkers = await createApiToken({ actor: actors.fact_checker, name: "checker's" });
    const editors = await createApiToken({ actor: actors.editor, name: "editor's" });

    expect((await listApiTokens({ actor: actors.editor })).map((t) => t.id)).toEqual([editors.id]);
    await expect(revokeApiToken({ actor: actors.editor, tokenId: checkers.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await authenticateApiToken(checkers.token)).not.toBeNull();

    const seenByOwner = await listApiTokens({ actor: actors.owner });
    expect(seenByOwner.map((t) => [t.name, t.user.name]).sort()).toEqual([
      ["checker's", users.fact_checker.name],
      ["editor's", users.editor.name],
    ]);
    await revokeApiToken({ actor: actors.owner, tokenId: checkers.id });
    expect(await authenticateApiToken(checkers.token)).toBeNull();
  });

  it("another newsroom's token is not found, even by an owner", async () => {
    const [home, other] = await Promise.all([makeNewsroom(), makeNewsroom()]);
    const foreign = await createApiToken({ actor: other.actors.fact_checker, name: "foreign" });
    expect(await listApiTokens({ actor: home.actors.owner })).toEqual([]);
    await expect(revokeApiToken({ actor: home.actors.owner, tokenId: foreign.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await authenticateApiToken(foreign.token))?.newsroomId).toBe(other.newsroom.id);
  });

  it(`allows ${MAX_TOKENS_PER_MEMBER} active tokens per member and newsroom, also when created at once`, async () => {
    const { actors } = await makeNewsroom();
    for (let i = 1; i < MAX_TOKENS_PER_MEMBER; i++) await createApiToken({ actor: actors.viewer, name: `token ${i}` });
    // Two requests race for the last place: exactly one gets it.
    const race = await Promise.allSettled([
      createApiToken({ actor: actors.viewer, name: "racer a" }),
      createApiToken({ actor: actors.viewer, name: "racer b" }),
    ]);
    expect(race.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(race.find((r) => r.status === "rejected")?.reason).toBeInstanceOf(ConflictError);
    await expect(createApiToken({ actor: actors.viewer, name: "one too many" })).rejects.toBeInstanceOf(ConflictError);

    // Others are not counted against the limit, and a revoked token frees a place.
    await createApiToken({ actor: actors.editor, name: "editor's" });
    const [oldest] = (await listApiTokens({ actor: actors.viewer })).slice(-1);
    await revokeApiToken({ actor: actors.viewer, tokenId: oldest.id });
    await expect(createApiToken({ actor: actors.viewer, name: "after a revoke" })).resolves.toMatchObject({ name: "after a revoke" });
  });

  it("creating and revoking are audited once, with the acting member", async () => {
    const { actors } = await makeNewsroom();
    const created = await createApiToken({ actor: actors.fact_checker, name: "audited" });
    await revokeApiToken({ actor: actors.owner, tokenId: created.id });
    await revokeApiToken({ actor: actors.owner, tokenId: created.id }); // already revoked: no second event
    const events = await auditEventsFor(created.id);
    expect(events.map((e) => [e.action, e.actorId, e.newsroomId])).toEqual([
      ["token.create", actors.fact_checker.userId, actors.fact_checker.newsroomId],
      ["token.revoke", actors.owner.userId, actors.owner.newsroomId],
    ]);
    expect(events[0].after).toEqual({ name: "audited" });
    expect(events[1].before).toEqual({ name: "audited" });
  });
});
