import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";

export type ClaimHistoryEntry = {
  id: string;
  action: string;
  actorName: string | null;
  viaApi: boolean;
  before: unknown;
  after: unknown;
  createdAt: Date;
};

/** The audit events of a claim, its sources and its comments, newest first. */
export async function getClaimHistory({ actor, claimId }: { actor: Actor; claimId: string }): Promise<ClaimHistoryEntry[]> {
  authorize(actor, "article.read");
  const claim = await db().claim.findFirst({ where: { id: claimId, newsroomId: actor.newsroomId }, select: { id: true } });
  if (!claim) throw new NotFoundError("claim");
  const [sourceIds, commentIds] = await Promise.all([
    db().auditEvent.findMany({ where: { newsroomId: actor.newsroomId, objectType: "source", OR: [{ after: { path: ["claimId"], equals: claimId } }, { before: { path: ["claimId"], equals: claimId } }] }, select: { objectId: true } }),
    db().comment.findMany({ where: { claimId }, select: { id: true } }),
  ]);
  const objectIds = [claimId, ...sourceIds.map((s) => s.objectId), ...commentIds.map((c) => c.id)];
  const events = await db().auditEvent.findMany({
    where: { newsroomId: actor.newsroomId, objectId: { in: [...new Set(objectIds)] } },
    orderBy: { id: "desc" },
    take: 500,
  });
  const actors = await db().user.findMany({ where: { id: { in: events.map((e) => e.actorId).filter((id): id is string => Boolean(id)) } }, select: { id: true, name: true } });
  const name = new Map(actors.map((a) => [a.id, a.name]));
  return events.map((e) => ({
    id: String(e.id),
    action: e.action,
    actorName: e.actorId ? (name.get(e.actorId) ?? null) : null,
    viaApi: e.viaApi,
    before: e.before,
    after: e.after,
    createdAt: e.createdAt,
  }));
}
