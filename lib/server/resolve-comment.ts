import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { ResolveCommentInput } from "../validation/claim";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";
import { notifyClaimChange } from "./notify-claim-change";
import { writeAuditEvent } from "./write-audit-event";

/** Resolves or reopens a comment: its author, or a fact-checker and up. */
export async function resolveComment({ actor, input }: { actor: Actor; input: ResolveCommentInput }) {
  authorize(actor, "comment.create");
  return db().$transaction(async (tx) => {
    const comment = await tx.comment.findFirst({ where: { id: input.commentId, newsroomId: actor.newsroomId }, include: { claim: { select: { articleId: true } } } });
    if (!comment) throw new NotFoundError("comment");
    if (comment.authorId !== actor.userId) authorize(actor, "claim.edit");
    const resolvedAt = input.resolved ? new Date() : null;
    const updated = await tx.comment.update({ where: { id: comment.id }, data: { resolvedAt, resolvedById: input.resolved ? actor.userId : null } });
    await writeAuditEvent(tx, {
      actor,
      action: "comment.resolve",
      objectType: "comment",
      objectId: comment.id,
      before: { claimId: comment.claimId, resolved: Boolean(comment.resolvedAt) },
      after: { claimId: comment.claimId, resolved: input.resolved },
    });
    await notifyClaimChange(tx, { articleId: comment.claim.articleId, claimId: comment.claimId });
    return updated;
  });
}
