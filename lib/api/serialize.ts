import type { z } from "zod";
import type { Source } from "../db/generated/client";
import { claimantOf } from "../server/claimant-columns";
import { isoDay as day, sourceFields } from "../server/source-fields";
import type { ClaimWithDetails } from "../server/with-claim-names";
import type { articleResponse, articleSummaryResponse, claimResponse, commentResponse, sourceResponse } from "./schemas";

type Out<S extends z.ZodType> = z.input<S>;


export const claimEtag = (claim: { revision: number }) => `"r${claim.revision}"`;

export function sourceJson(s: Source): Out<typeof sourceResponse> {
  return { id: s.id, ...sourceFields(s), createdAt: s.createdAt.toISOString() };
}

export function commentJson(c: ClaimWithDetails["comments"][number]): Out<typeof commentResponse> {
  return { id: c.id, parentId: c.parentId, authorId: c.authorId, authorName: c.authorName, body: c.body, resolved: c.resolvedAt !== null, createdAt: c.createdAt.toISOString() };
}

export function claimJson(c: ClaimWithDetails): Out<typeof claimResponse> {
  return {
    id: c.id,
    articleId: c.articleId,
    type: c.type,
    quotedText: c.quotedText,
    statement: c.statement,
    statementNeedsReview: c.statementNeedsReview,
    claimant: claimantOf(c),
    appearanceUrl: c.appearanceUrl,
    firstAppearanceUrl: c.firstAppearanceUrl,
    normalized: (c.normalized ?? {}) as Record<string, unknown>,
    state: c.state,
    verdict: c.verdictKey,
    rationale: c.rationale,
    assigneeId: c.assigneeId,
    proposedById: c.proposedById,
    approvedById: c.approvedById,
    dueDate: day(c.dueDate),
    priority: c.priority,
    anchor: c.anchorHealth,
    archived: c.archivedAt !== null,
    revision: c.revision,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    sources: c.sources.map(sourceJson),
    comments: c.comments.map(commentJson),
  };
}

type ArticleRow = {
  id: string;
  slug: string;
  title: string;
  language: string;
  status: string;
  updatedAt: Date;
};

type Language = Out<typeof articleSummaryResponse>["language"];
type Status = Out<typeof articleSummaryResponse>["status"];

const articleHead = (a: ArticleRow) => ({
  id: a.id,
  slug: a.slug,
  title: a.title,
  language: a.language as Language,
  status: a.status as Status,
  updatedAt: new Date(a.updatedAt).toISOString(),
});

export function articleSummaryJson(a: ArticleRow & { claimCount: number; claimStates: Record<string, number>; verdicts: Record<string, number> }): Out<typeof articleSummaryResponse> {
  return {
    ...articleHead(a),
    claimCount: a.claimCount,
    claimStates: a.claimStates,
    verdicts: a.verdicts,
  };
}

export function articleJson(
  a: ArticleRow & { sourceUrl: string | null; sourcePublisher: string | null; sourceAuthor: string | null; sourcePublishedAt: Date | null; createdAt: Date; plainText: string },
  claims: ClaimWithDetails[],
  publicUrl: string | null,
): Out<typeof articleResponse> {
  return {
    ...articleHead(a),
    createdAt: a.createdAt.toISOString(),
    sourceUrl: a.sourceUrl,
    sourcePublisher: a.sourcePublisher,
    sourceAuthor: a.sourceAuthor,
    sourcePublishedAt: day(a.sourcePublishedAt),
    text: a.plainText,
    publicUrl,
    claims: claims.map(claimJson),
  };
}
