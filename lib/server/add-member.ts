import { db } from "../db/prisma";
import { authorize, type Role } from "../policies";
import type { Actor } from "./actor";
import { ConflictError, ValidationError } from "./errors";
import { writeAuditEvent } from "./write-audit-event";

export type AddMemberOptions = { actor: Actor; email: string; role: Role };

/**
 * Adds an existing user to the actor's newsroom at once, without asking them:
 * for the demo seed and tests. The desk never does this; it invites
 * (createInvitation), and the person accepts.
 */
export async function addMember({ actor, email, role }: AddMemberOptions) {
  authorize(actor, "members.manage");
  const user = await db().user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } });
  if (!user) throw new ValidationError({ email: "No Factdesk account uses this email: send an invitation link instead." });
  return db().$transaction(async (tx) => {
    const existing = await tx.membership.findUnique({
      where: { userId_newsroomId: { userId: user.id, newsroomId: actor.newsroomId } },
    });
    if (existing) throw new ConflictError("This person is already a member.");
    const membership = await tx.membership.create({ data: { userId: user.id, newsroomId: actor.newsroomId, role } });
    await writeAuditEvent(tx, {
      actor,
      action: "membership.create",
      objectType: "membership",
      objectId: membership.id,
      after: { userId: user.id, role },
    });
    return membership;
  });
}
