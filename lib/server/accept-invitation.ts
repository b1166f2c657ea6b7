import { db } from "../db/prisma";
import { ForbiddenError } from "../policies";
import { ConflictError, NotFoundError } from "./errors";
import { hashSecretToken } from "./secret-token";
import { writeAuditEvent } from "./write-audit-event";

export type AcceptInvitationOptions = { userId: string; token: string };

/**
 * Joins the invitation's newsroom with its role; an expired or used link is
 * refused, and so is an invitation sent to another email than the user's.
 */
export async function acceptInvitation({ userId, token }: AcceptInvitationOptions) {
  return db().$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashSecretToken(token) },
      include: { newsroom: { select: { slug: true, name: true } } },
    });
    if (!invitation) throw new NotFoundError("invitation");
    // Checked first: whoever else holds the link learns nothing more about it.
    if (invitation.email) {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
      if (user?.email !== invitation.email) {
        throw new ForbiddenError("invitation.accept", "This invitation was sent to another email address: sign in with the account that uses it.");
      }
    }
    if (invitation.acceptedAt) throw new ConflictError("This invitation has already been used.");
    if (invitation.expiresAt < new Date()) throw new ConflictError("This invitation has expired: ask for a new link.");
    const existing = await tx.membership.findUnique({
      where: { userId_newsroomId: { userId, newsroomId: invitation.newsroomId } },
    });
    if (existing) throw new ConflictError("You are already a member of this newsroom.");
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (claimed.count === 0) throw new ConflictError("This invitation has already been used.");
    const membership = await tx.membership.create({
      data: { userId, newsroomId: invitation.newsroomId, role: invitation.role },
    });
    await writeAuditEvent(tx, {
      actor: { userId, newsroomId: invitation.newsroomId },
      action: "invitation.accept",
      objectType: "membership",
      objectId: membership.id,
      after: { role: invitation.role, invitationId: invitation.id },
    });
    return { newsroom: invitation.newsroom, role: invitation.role };
  });
}
