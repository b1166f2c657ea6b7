import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";
import { listRatings } from "./list-ratings";
import { claimDetailsInclude, withNames, type ClaimWithDetails } from "./with-claim-names";

export type { ClaimWithDetails };

export type ArticleClaims = {
  claims: ClaimWithDetails[];
  ratings: Awaited<ReturnType<typeof listRatings>>;
  members: { id: string; name: string; role: string }[];
};

/** Every claim of an article with its sources and comments, the newsroom's rating scale and members. */
export async function listClaims({ actor, articleId }: { actor: Actor; articleId: string }): Promise<ArticleClaims> {
  authorize(actor, "article.read");
  const article = await db().article.findFirst({ where: { id: articleId, newsroomId: actor.newsroomId }, select: { id: true } });
  if (!article) throw new NotFoundError("article");
  const [claims, ratings, memberships] = await Promise.all([
    db().claim.findMany({ where: { articleId }, include: claimDetailsInclude, orderBy: { createdAt: "asc" } }),
    listRatings({ actor }),
    db().membership.findMany({ where: { newsroomId: actor.newsroomId }, select: { role: true, user: { select: { id: true, name: true } } } }),
  ]);
  return {
    claims: await withNames(claims),
    ratings,
    members: memberships.map((m) => ({ id: m.user.id, name: m.user.name, role: m.role })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
