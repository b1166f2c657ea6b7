import { db } from "../db/prisma";
import { authorize, type Role } from "../policies";
import type { Actor } from "./actor";
import { assertOwnerRemains } from "./assert-owner-remains";
import { NotFoundError } from "./errors";
import { notifyMembershipChange } from "./notify-membership-change";
import { writeAuditEvent } from "./write-audit-event";

export type ChangeMemberRoleOptions = { actor: Actor; membershipId: string; role: Role };

export async function changeMemberRole({ actor, membershipId, role }: ChangeMemberRoleOptions) {
  authorize(actor, "members.manage");
  return db().$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({ where: { id: membershipId, newsroomId: actor.newsroomId } });
    if (!membership) throw new NotFoundError("member");
    if (membership.role === "owner" && role !== "owner") await assertOwnerRemains(tx, actor.newsroomId);
    const updated = await tx.membership.update({ where: { id: membershipId }, data: { role } });
    await notifyMembershipChange(tx, { userId: membership.userId, newsroomId: actor.newsroomId });
    await writeAuditEvent(tx, {
      actor,
      action: "membership.update",
      objectType: "membership",
      objectId: membershipId,
      before: { role: membership.role },
      after: { role },
    });
    return updated;
  });
}
