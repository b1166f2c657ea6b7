import { db } from "../db/prisma";

/** The user's membership in the newsroom with this slug, or null (also when the newsroom does not exist). */
export async function getMembership({ userId, newsroomSlug }: { userId: string; newsroomSlug: string }) {
  return db().membership.findFirst({
    where: { userId, newsroom: { slug: newsroomSlug } },
    select: { role: true, newsroom: { select: { id: true, slug: true, name: true, defaultLanguage: true } } },
  });
}
