import type { Prisma } from "../db/generated/client";
import { db } from "../db/prisma";
import { authorize, can } from "../policies";
import type { Actor } from "./actor";

const select = { id: true, quotedText: true, state: true, type: true, verdictKey: true, dueDate: true, priority: true, article: { select: { title: true, slug: true } } } as const;

/** Overdue first (the earliest due dates), then by due date, then the most urgent; no due date last. */
const queueOrder = [{ dueDate: { sort: "asc", nulls: "last" } }, { priority: "desc" }, { updatedAt: "asc" }, { id: "asc" }] as const satisfies Prisma.ClaimOrderByWithRelationInput[];

/** Claims assigned to me (not yet approved), and verdicts waiting for my approval (never my own), in queue order. */
export async function listMyQueue({ actor }: { actor: Actor }) {
  authorize(actor, "article.read");
  const base = { newsroomId: actor.newsroomId, archivedAt: null };
  const [assigned, toApprove] = await Promise.all([
    db().claim.findMany({ where: { ...base, assigneeId: actor.userId, state: { not: "approved" } }, select, orderBy: [...queueOrder] }),
    can(actor, "verdict.approve")
      ? db().claim.findMany({ where: { ...base, state: "needs_review", verdictKey: { not: null }, NOT: { proposedById: actor.userId } }, select, orderBy: [...queueOrder] })
      : Promise.resolve([]),
  ]);
  return { assigned, toApprove };
}
