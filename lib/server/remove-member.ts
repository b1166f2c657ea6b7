import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { Actor } from "./actor";
import { assertOwnerRemains } from "./assert-owner-remains";
import { NotFoundError } from "./errors";
import { notifyMembershipChange } from "./notify-membership-change";
import { writeAuditEvent } from "./write-audit-event";

export type RemoveMemberOptions = { actor: Actor; membershipId: string };

/** Removes a member; their API tokens for this newsroom are revoked with it. */
export async function removeMember({ actor, membershipId }: RemoveMemberOptions) {
  authorize(actor, "members.manage");
  await db().$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({ where: { id: membershipId, newsroomId: actor.newsroomId } });
    if (!membership) throw new NotFoundError("member");
    if (membership.role === "owner") await assertOwnerRemains(tx, actor.newsroomId);
    await tx.membership.delete({ where: { id: membershipId } });
    await notifyMembershipChange(tx, { userId: membership.userId, newsroomId: actor.newsroomId });
    await tx.apiToken.updateMany({
      where: { userId: membership.userId, newsroomId: actor.newsroomId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await writeAuditEvent(tx, {
      actor,
      action: "membership.delete",
      objectType: "membership",
      objectId: membershipId,
      before: { userId: membership.userId, role: membership.role },
    });
  });
}
