import type { Claim } from "../db/generated/client";
import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";
import { listRatings } from "./list-ratings";
import { claimDetailsInclude, withNames, type ClaimWithDetails } from "./with-claim-names";

export type { ClaimWithDetails };

/** What the claim panel and the highlights need of a claim; its card reads the rest when it opens. */
export type ClaimRow = Pick<Claim, "id" | "type" | "quotedText" | "state" | "verdictKey" | "assigneeId" | "archivedAt">;
const claimRowSelect = { id: true, type: true, quotedText: true, state: true, verdictKey: true, assigneeId: true, archivedAt: true } as const;

export type ArticleClaims<C extends ClaimRow = ClaimWithDetails> = {
  claims: C[];
  ratings: Awaited<ReturnType<typeof listRatings>>;
  members: { id: string; name: string; role: string }[];
  /** The newsroom's sourcing rule, for the card to say why a verdict cannot be approved yet. */
  sourcing: { minSources: number; exemptVerdicts: string[] };
};

/** An article's claims (read by `read`, in creation order), the newsroom's rating scale and members. */
async function articleClaims<C extends ClaimRow>(actor: Actor, articleId: string, read: () => Promise<C[]>): Promise<ArticleClaims<C>> {
  authorize(actor, "article.read");
  const article = await db().article.findFirst({
    where: { id: articleId, newsroomId: actor.newsroomId },
    select: { id: true, newsroom: { select: { minSources: true, sourceExemptVerdicts: true } } },
  });
  if (!article) throw new NotFoundError("article");
  const [claims, ratings, memberships] = await Promise.all([
    read(),
    listRatings({ actor }),
    db().membership.findMany({ where: { newsroomId: actor.newsroomId }, select: { role: true, user: { select: { id: true, name: true } } } }),
  ]);
  return {
    claims,
    ratings,
    members: memberships.map((m) => ({ id: m.user.id, name: m.user.name, role: m.role })).sort((a, b) => a.name.localeCompare(b.name)),
    sourcing: { minSources: article.newsroom.minSources, exemptVerdicts: article.newsroom.sourceExemptVerdicts },
  };
}

/** Every claim of an article with its sources, comments and people's names (the API's article). */
export function listClaims({ actor, articleId }: { actor: Actor; articleId: string }): Promise<ArticleClaims> {
  return articleClaims(actor, articleId, async () =>
    withNames(await db().claim.findMany({ where: { articleId }, include: claimDetailsInclude, orderBy: { createdAt: "asc" } })),
  );
}

/**
 * Every claim of an article as a row (the desk's article page): with 1,000
 * claims the details would weigh most of the page and of its server time.
 */
export function listClaimRows({ actor, articleId }: { actor: Actor; articleId: string }): Promise<ArticleClaims<ClaimRow>> {
  return articleClaims(actor, articleId, () => db().claim.findMany({ where: { articleId }, select: claimRowSelect, orderBy: { createdAt: "asc" } }));
}
