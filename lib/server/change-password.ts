import { db } from "../db/prisma";
import { hashPassword } from "./password";
import { notifyMembershipChange } from "./notify-membership-change";
import { writeAuditEvent } from "./write-audit-event";

/** Sets a new password and ends every other session of the account. */
export async function changePassword({ userId, password }: { userId: string; password: string }) {
  const passwordHash = await hashPassword(password);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await notifyMembershipChange(tx, { userId, newsroomId: "*" });
    await writeAuditEvent(tx, { actor: { userId }, action: "user.password", objectType: "user", objectId: userId });
  });
}
