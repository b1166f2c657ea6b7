import { db } from "../db/prisma";
import type { Actor } from "./actor";

/** Members of the actor's newsroom (any member may see who they work with). */
export async function listMembers({ actor }: { actor: Actor }) {
  return db().membership.findMany({
    where: { newsroomId: actor.newsroomId },
    orderBy: [{ role: "desc" }, { createdAt: "asc" }],
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true, disabledAt: true } } },
  });
}
