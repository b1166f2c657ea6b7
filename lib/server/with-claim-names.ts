import type { Claim, Comment, Source, SourceCapture } from "../db/generated/client";
import { db } from "../db/prisma";

/** What a claim card shows of a capture (its text is read only on the captured copy's page). */
export const captureSummarySelect = {
  id: true, status: true, requestedUrl: true, finalUrl: true, httpStatus: true, title: true, sha256: true, passageFound: true, errorCode: true, errorMessage: true, attempts: true, capturedAt: true, createdAt: true,
} as const;

export type CaptureSummary = Pick<SourceCapture, keyof typeof captureSummarySelect>;

// The newest first; a card shows the last few (older ones stay stored).
const CAPTURES_SHOWN = 5;

export type SourceWithCaptures = Source & { captures: CaptureSummary[] };

export type ClaimWithDetails = Claim & {
  sources: SourceWithCaptures[];
  comments: (Comment & { authorName: string })[];
  assigneeName: string | null;
  proposerName: string | null;
  approverName: string | null;
};

/** What a claim card shows besides the row: its sources and comments, in order. */
export const claimDetailsInclude = {
  sources: { orderBy: { createdAt: "asc" }, include: { captures: { orderBy: { createdAt: "desc" }, take: CAPTURES_SHOWN, select: captureSummarySelect } } },
  comments: { orderBy: { createdAt: "asc" } },
} as const;

/** Adds people's names to claims (assignee, proposer, approver, comment authors), in one query. */
export async function withNames(claims: (Claim & { sources: SourceWithCaptures[]; comments: Comment[] })[]): Promise<ClaimWithDetails[]> {
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
