import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, ROLES, type Role } from "@/lib/policies";
import { addMember } from "@/lib/server/add-member";
import type { Actor } from "@/lib/server/actor";
import { changeMemberRole } from "@/lib/server/change-member-role";
import { createInvitation } from "@/lib/server/create-invitation";
import { NotFoundError } from "@/lib/server/errors";
import { getArticle } from "@/lib/server/get-article";
import { getMembership } from "@/lib/server/get-membership";
import { listArticles } from "@/lib/server/list-articles";
import { removeMember } from "@/lib/server/remove-member";
import { makeArticle, makeNewsroom, makeUser, type TestNewsroom } from "../helpers/factory";

const RANK: Record<Role, number> = { viewer: 0, fact_checker: 1, editor: 2, owner: 3 };

let home: TestNewsroom;
let other: TestNewsroom;
let homeArticleSlug: string;

beforeAll(async () => {
  [home, other] = await Promise.all([makeNewsroom(), makeNewsroom()]);
  homeArticleSlug = (await makeArticle(home.actors.fact_checker)).slug;
});

/** Each operation runs against newsroom `home`'s records with the given actor. */
type Operation = { name: string; minimum: Role; run: (actor: Actor) => Promise<unknown> };

const operations: Operation[] = [
  { name: "read an article", minimum: "viewer", run: (actor) => getArticle({ actor, slug: homeArticleSlug }) },
  { name: "create an article", minimum: "fact_checker", run: (actor) => makeArticle(actor) },
  { name: "create an invitation", minimum: "owner", run: (actor) => createInvitation({ actor, role: "viewer", days: 1 }) },
  {
    name: "add a member",
    minimum: "owner",
    run: async (actor) => addMember({ actor, email: (await makeUser("added")).email, role: "viewer" }),
  },
  {
    name: "change a member's role",
    minimum: "owner",
    run: async (actor) => {
      const target = await addMember({ actor: home.actors.owner, email: (await makeUser("target")).email, role: "viewer" });
      return changeMemberRole({ actor, membershipId: target.id, role: "editor" });
    },
  },
  {
    name: "remove a member",
    minimum: "owner",
    run: async (actor) => {
      const target = await addMember({ actor: home.actors.owner, email: (await makeUser("target")).email, role: "viewer" });
      return removeMember({ actor, membershipId: target.id });
    },
  },
];

describe.each(operations)("$name", (operation) => {
  it.each(ROLES)("as %s of the newsroom", async (role) => {
    const outcome = operation.run(home.actors[role]);
    if (RANK[role] >= RANK[operation.minimum]) await outcome; // throws, and fails the test, if refused
    else await expect(outcome).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("another newsroom's records answer 'not found', whatever the role", () => {
  it.each(ROLES)("%s of another newsroom reading the article by slug", async (role) => {
    await expect(getArticle({ actor: other.actors[role], slug: homeArticleSlug })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("owner of another newsroom changing or removing a member", async () => {
    const membership = await getMembership({ userId: home.users.viewer.id, newsroomSlug: home.newsroom.slug });
    expect(membership).not.toBeNull();
    const target = await addMember({ actor: home.actors.owner, email: (await makeUser("x")).email, role: "viewer" });
    await expect(changeMemberRole({ actor: other.actors.owner, membershipId: target.id, role: "owner" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeMember({ actor: other.actors.owner, membershipId: target.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a non-member has no membership in the newsroom (pages and actions then answer 404)", async () => {
    expect(await getMembership({ userId: other.users.owner.id, newsroomSlug: home.newsroom.slug })).toBeNull();
  });

  it("another newsroom's article list never shows home's articles, even when searching its title", async () => {
    const home1 = await getArticle({ actor: home.actors.viewer, slug: homeArticleSlug });
    const list = await listArticles({ actor: other.actors.owner, query: { query: home1.title, sort: "updated", page: 1 } });
    expect(list.items).toEqual([]);
  });
});
