import type { z } from "zod";
import type { ClaimWithDetails } from "../server/with-claim-names";
import type { articleResponse, articleSummaryResponse, claimResponse, commentResponse, sourceResponse } from "./schemas";

type Out<S extends z.ZodType> = z.input<S>;

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export const claimEtag = (claim: { revision: number }) => `"r${claim.revision}"`;

export function sourceJson(s: ClaimWithDetails["sources"][number]): Out<typeof sourceResponse> {
  return {
    id: s.id,
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    publishedAt: day(s.publishedAt),
    archiveUrl: s.archiveUrl,
    excerpt: s.excerpt,
    kind: s.kind,
    stance: s.stance,
    createdAt: s.createdAt.toISOString(),
  };
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
    normalized: (c.normalized ?? {}) as Record<string, unknown>,
    state: c.state,
    verdict: c.verdictKey,
    rationale: c.rationale,
    assigneeId: c.assigneeId,
    proposedById: c.proposedById,
    approvedById: c.approvedById,
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

export function articleSummaryJson(a: ArticleRow & { claimCount: number; claimStates: Record<string, number>; verdicts: Record<string, number> }): Out<typeof articleSummaryResponse> {
  return {
    id: a.id,
    slug: a.slug,
    title: a.title,
    language: a.language as Out<typeof articleSummaryResponse>["language"],
    status: a.status as Out<typeof articleSummaryResponse>["status"],
    updatedAt: new Date(a.updatedAt).toISOString(),
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
    id: a.id,
    slug: a.slug,
    title: a.title,
    language: a.language as Out<typeof articleResponse>["language"],
    status: a.status as Out<typeof articleResponse>["status"],
    updatedAt: a.updatedAt.toISOString(),
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
