import { db } from "../db/prisma";

export async function listUserNewsrooms({ userId }: { userId: string }) {
  const memberships = await db().membership.findMany({
    where: { userId },
    orderBy: { newsroom: { name: "asc" } },
    select: { role: true, newsroom: { select: { id: true, slug: true, name: true } } },
  });
  return memberships.map((m) => ({ ...m.newsroom, role: m.role }));
}
