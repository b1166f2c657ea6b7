import { db } from "../db/prisma";
import { authorize, can } from "../policies";
import type { Actor } from "./actor";

const select = { id: true, quotedText: true, state: true, type: true, verdictKey: true, article: { select: { title: true, slug: true } } } as const;

/** Claims assigned to me (not yet approved), and verdicts waiting for my approval (never my own). */
export async function listMyQueue({ actor }: { actor: Actor }) {
  authorize(actor, "article.read");
  const base = { newsroomId: actor.newsroomId, archivedAt: null };
  const [assigned, toApprove] = await Promise.all([
    db().claim.findMany({ where: { ...base, assigneeId: actor.userId, state: { not: "approved" } }, select, orderBy: { updatedAt: "desc" } }),
    can(actor, "verdict.approve")
      ? db().claim.findMany({ where: { ...base, state: "needs_review", verdictKey: { not: null }, NOT: { proposedById: actor.userId } }, select, orderBy: { updatedAt: "asc" } })
      : Promise.resolve([]),
  ]);
  return { assigned, toApprove };
}
