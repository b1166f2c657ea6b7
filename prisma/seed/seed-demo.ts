import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { db } from "../../lib/db/prisma";
import { documentFromJson } from "../../lib/editor/document";
import { addMember } from "../../lib/server/add-member";
import { createArticle } from "../../lib/server/create-article";
import { createNewsroom } from "../../lib/server/create-newsroom";
import { createUser } from "../../lib/server/create-user";
import { seedDemoFactCheck } from "./demo-fact-check";
import { DEMO_ARTICLE_TITLE, DEMO_NEWSROOM, DEMO_USERS } from "./demo-newsroom";

const here = path.dirname(fileURLToPath(import.meta.url));

// The start banner (server.ts) lists the demo people from here.
export { DEMO_NEWSROOM, DEMO_USERS };

/** The fixture's short lines without final punctuation are its sub-headings. */
function fixtureDocument() {
  const lines = readFileSync(path.join(here, "meta-ia-donnees-personnelles.fr.txt"), "utf8").split("\n").filter((l) => l.trim());
  const content = lines.map((line) => {
    const text = [{ type: "text", text: line.trim() }];
    const heading = line.length < 90 && !/[.:»!?…]$/.test(line.trim());
    return heading ? { type: "heading", attrs: { level: 2 }, content: text } : { type: "paragraph", content: text };
  });
  return documentFromJson({ type: "doc", content });
}

/**
 * Creates the demo newsroom, its five people and the fixture article, checked
 * and published (the demo fact-check), unless the newsroom exists.
 */
export async function seedDemo({ password }: { password: string }): Promise<boolean> {
  if (await db().newsroom.findUnique({ where: { slug: DEMO_NEWSROOM } })) return false;
  const users = [];
  for (const person of DEMO_USERS) {
    const existing = await db().user.findUnique({ where: { email: person.email } });
    users.push({ ...person, id: existing?.id ?? (await createUser({ ...person, password })).id });
  }
  const owner = users[0];
  const newsroom = await createNewsroom({
    actorUserId: owner.id,
    input: { name: "Démo Factdesk", slug: DEMO_NEWSROOM, defaultLanguage: "fr", publicUrl: undefined },
  });
  const ownerActor = { userId: owner.id, newsroomId: newsroom.id, role: "owner" as const };
  for (const person of users.slice(1)) await addMember({ actor: ownerActor, email: person.email, role: person.role });
  await createArticle({
    actor: { ...ownerActor, userId: users[3].id, role: "fact_checker" },
    input: {
      title: DEMO_ARTICLE_TITLE,
      language: "fr",
      sourcePublishedAt: "2024-05-24",
      // A placeholder address (example.org is reserved for examples): the demo's original article.
      sourcePublisher: "Exemple Média",
      sourceAuthor: undefined,
      sourceUrl: "https://example.org/meta-ia-donnees-personnelles",
    },
    body: fixtureDocument(),
  });
  await seedDemoFactCheck();
  return true;
}
