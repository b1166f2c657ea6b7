import { db } from "../db/prisma";
import { authorize, type Role } from "../policies";
import type { Actor } from "./actor";
import { ConflictError } from "./errors";
import { newSecretToken } from "./secret-token";
import { sendInvitationEmail } from "./send-invitation-email";
import { writeAuditEvent } from "./write-audit-event";

export type CreateInvitationOptions = { actor: Actor; role: Role; days: number; email?: string };

/**
 * An invitation link, accepted once until it expires: with `email`, only by
 * the account that uses that email (and the link is emailed when the server
 * can send mail); without, by anyone signed in. Nobody joins a newsroom
 * without accepting. The answer is the same whether or not an account uses
 * the email, so inviting tells nobody who has one.
 */
export async function createInvitation({ actor, role, days, email }: CreateInvitationOptions) {
  authorize(actor, "members.manage");
  const invitee = email?.trim().toLowerCase() || null;
  const { token, hash } = newSecretToken("inv");
  const expiresAt = new Date(Date.now() + days * 86_400_000);
  const newsroom = await db().$transaction(async (tx) => {
    // The owner sees the member list anyway: this tells them nothing new.
    if (invitee) {
      const member = await tx.membership.findFirst({ where: { newsroomId: actor.newsroomId, user: { email: invitee } }, select: { id: true } });
      if (member) throw new ConflictError("This person is already a member.");
    }
    const invitation = await tx.invitation.create({
      data: { newsroomId: actor.newsroomId, role, email: invitee, tokenHash: hash, expiresAt, createdById: actor.userId },
      select: { id: true, newsroom: { select: { name: true, defaultLanguage: true } } },
    });
    await writeAuditEvent(tx, {
      actor,
      action: "invitation.create",
      objectType: "invitation",
      objectId: invitation.id,
      after: { role, expiresAt, email: invitee },
    });
    return invitation.newsroom;
  });
  const path = `/invite/${token}`;
  const emailed = invitee ? await sendInvitationEmail({ to: invitee, path, role, expiresAt, newsroom }) : false;
  return { token, path, expiresAt, email: invitee, emailed };
}
