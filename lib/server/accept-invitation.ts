import { db } from "../db/prisma";
import { ConflictError, NotFoundError } from "./errors";
import { hashSecretToken } from "./secret-token";
import { writeAuditEvent } from "./write-audit-event";

export type AcceptInvitationOptions = { userId: string; token: string };

/** Joins the invitation's newsroom with its role; an expired or used link is refused. */
export async function acceptInvitation({ userId, token }: AcceptInvitationOptions) {
  return db().$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashSecretToken(token) },
      include: { newsroom: { select: { slug: true, name: true } } },
    });
    if (!invitation) throw new NotFoundError("invitation");
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
