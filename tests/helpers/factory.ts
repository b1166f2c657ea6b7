import { randomUUID } from "node:crypto";
import { db } from "../../lib/db/prisma";
import { documentFromPlainText } from "../../lib/editor/document";
import { ROLES, type Role } from "../../lib/policies";
import { addMember } from "../../lib/server/add-member";
import type { Actor } from "../../lib/server/actor";
import { createArticle } from "../../lib/server/create-article";
import { createNewsroom } from "../../lib/server/create-newsroom";
import { createUser } from "../../lib/server/create-user";

export const TEST_PASSWORD = "correct horse battery staple";

const unique = () => randomUUID().slice(0, 8);

export async function makeUser(label = "user") {
  const email = `${label}-${unique()}@test.factdesk.test`;
  const user = await createUser({ email, name: `${label} ${unique()}`, password: TEST_PASSWORD });
  return { ...user, password: TEST_PASSWORD };
}

export type TestNewsroom = {
  newsroom: { id: string; slug: string; name: string };
  users: Record<Role, Awaited<ReturnType<typeof makeUser>>>;
  actors: Record<Role, Actor>;
};

/**
 * A fresh newsroom with one member of each role, so tests never share state.
 * Its sourcing rule asks for `minSources` sources per approved verdict: none
 * unless a test says otherwise (the product's default, 1, has tests of its own).
 */
export async function makeNewsroom({ minSources = 0 }: { minSources?: number } = {}): Promise<TestNewsroom> {
  const owner = await makeUser("owner");
  const slug = `nr-${unique()}`;
  const newsroom = await createNewsroom({ actorUserId: owner.id, input: { name: `Newsroom ${slug}`, slug, defaultLanguage: "fr", publicUrl: undefined } });
  await db().newsroom.update({ where: { id: newsroom.id }, data: { minSources } });
  const users = { owner } as TestNewsroom["users"];
  const actors = { owner: { userId: owner.id, newsroomId: newsroom.id, role: "owner" } } as TestNewsroom["actors"];
  for (const role of ROLES.filter((r) => r !== "owner")) {
    users[role] = await makeUser(role);
    await addMember({ actor: actors.owner, email: users[role].email, role });
    actors[role] = { userId: users[role].id, newsroomId: newsroom.id, role };
  }
  return { newsroom, users, actors };
}

export async function makeArticle(actor: Actor, title = `Article ${unique()}`, text = "Le 24 mai 2024, Meta a annoncé un changement.") {
  return createArticle({
    actor,
    input: { title, language: "fr", sourceUrl: undefined, sourcePublisher: undefined, sourceAuthor: undefined, sourcePublishedAt: undefined },
    body: documentFromPlainText(text),
  });
}

export async function auditEventsFor(objectId: string) {
  return db().auditEvent.findMany({ where: { objectId }, orderBy: { id: "asc" } });
}
