import { db } from "../db/prisma";
import { notifyMembershipChange } from "./notify-membership-change";
import { writeAuditEvent } from "./write-audit-event";

/** Disables an account: every session it holds ends within a minute. */
export async function disableUser({ actorUserId, userId }: { actorUserId: string; userId: string }) {
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { disabledAt: new Date(), sessionVersion: { increment: 1 } } });
    await notifyMembershipChange(tx, { userId, newsroomId: "*" });
    await writeAuditEvent(tx, { actor: { userId: actorUserId }, action: "user.disable", objectType: "user", objectId: userId });
  });
}
