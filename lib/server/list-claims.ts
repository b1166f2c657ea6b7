import type { Claim, Comment, Source } from "../db/generated/client";
import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";

export type ClaimWithDetails = Claim & {
  sources: Source[];
  comments: (Comment & { authorName: string })[];
  assigneeName: string | null;
  proposerName: string | null;
  approverName: string | null;
};

export type ArticleClaims = {
  claims: ClaimWithDetails[];
  ratings: { key: string; labelFr: string; labelEn: string; color: string; ratingValue: number | null; position: number }[];
  members: { id: string; name: string; role: string }[];
};

const include = { sources: { orderBy: { createdAt: "asc" } }, comments: { orderBy: { createdAt: "asc" } } } as const;

/** Adds people's names to claims (assignee, proposer, approver, comment authors), in one query. */
export async function withNames(claims: (Claim & { sources: Source[]; comments: Comment[] })[]): Promise<ClaimWithDetails[]> {
  const ids = new Set<string>();
  for (const c of claims) {
    for (const id of [c.assigneeId, c.proposedById, c.approvedById, ...c.comments.map((m) => m.authorId)]) if (id) ids.add(id);
  }
  const users = await db().user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  const name = new Map(users.map((u) => [u.id, u.name]));
  const of = (id: string | null) => (id ? (name.get(id) ?? null) : null);
  return claims.map((c) => ({
    ...c,
    comments: c.comments.map((m) => ({ ...m, authorName: name.get(m.authorId) ?? "?" })),
    assigneeName: of(c.assigneeId),
    proposerName: of(c.proposedById),
    approverName: of(c.approvedById),
  }));
}

/** Every claim of an article with its sources and comments, the newsroom's rating scale and members. */
export async function listClaims({ actor, articleId }: { actor: Actor; articleId: string }): Promise<ArticleClaims> {
  authorize(actor, "article.read");
  const article = await db().article.findFirst({ where: { id: articleId, newsroomId: actor.newsroomId }, select: { id: true } });
  if (!article) throw new NotFoundError("article");
  const [claims, ratings, memberships] = await Promise.all([
    db().claim.findMany({ where: { articleId }, include, orderBy: { createdAt: "asc" } }),
    db().ratingOption.findMany({ where: { newsroomId: actor.newsroomId }, orderBy: { position: "asc" } }),
    db().membership.findMany({ where: { newsroomId: actor.newsroomId }, select: { role: true, user: { select: { id: true, name: true } } } }),
  ]);
  return {
    claims: await withNames(claims),
    ratings: ratings.map(({ key, labelFr, labelEn, color, ratingValue, position }) => ({ key, labelFr, labelEn, color, ratingValue, position })),
    members: memberships.map((m) => ({ id: m.user.id, name: m.user.name, role: m.role })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export { include as claimDetailsInclude };
