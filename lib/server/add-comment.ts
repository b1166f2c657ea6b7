import { db, type Tx } from "../db/prisma";
import { authorize } from "../policies";
import type { AddCommentInput } from "../validation/claim";
import type { Actor } from "./actor";
import { findClaim } from "./claim-store";
import { ValidationError } from "./errors";
import { mentionedUserIds } from "../notifications/mentions";
import { notifyClaimChange } from "./notify-claim-change";
import { notifyPeople } from "./notify-people";
import { writeAuditEvent } from "./write-audit-event";

/** Comments on a claim (viewers too); a reply names a comment of the same claim; the members it mentions are notified. */
export async function addComment({ actor, input }: { actor: Actor; input: AddCommentInput }) {
  authorize(actor, "comment.create");
  return db().$transaction(async (tx) => {
    const claim = await findClaim(tx, actor, input.claimId);
    if (input.parentId && !(await tx.comment.findFirst({ where: { id: input.parentId, claimId: claim.id } }))) {
      throw new ValidationError({ parentId: "is not a comment of this claim" });
    }
    const mentioned = mentionedUserIds(input.body);
    await assertMembers(tx, actor.newsroomId, mentioned);
    const comment = await tx.comment.create({
      data: { claimId: claim.id, newsroomId: actor.newsroomId, authorId: actor.userId, body: input.body, parentId: input.parentId ?? null },
    });
    await writeAuditEvent(tx, { actor, action: "comment.create", objectType: "comment", objectId: comment.id, after: { claimId: claim.id, body: comment.body } });
    await notifyClaimChange(tx, { articleId: claim.articleId, claimId: claim.id });
    await notifyPeople(tx, { actor, kind: "mention", claimId: claim.id, commentId: comment.id, recipientIds: mentioned });
    return comment;
  });
}

async function assertMembers(tx: Tx, newsroomId: string, userIds: string[]) {
  if (userIds.length === 0) return;
  const found = await tx.membership.count({ where: { newsroomId, userId: { in: userIds } } });
  if (found !== userIds.length) throw new ValidationError({ body: "mentions someone who is not a member of this newsroom" });
}
