import { db } from "../db/prisma";
import { authorize, type Role } from "../policies";
import type { Actor } from "./actor";
import { newSecretToken } from "./secret-token";
import { writeAuditEvent } from "./write-audit-event";

export type CreateInvitationOptions = { actor: Actor; role: Role; days: number };

/** An invitation link that anyone signed in may accept once, until it expires. */
export async function createInvitation({ actor, role, days }: CreateInvitationOptions) {
  authorize(actor, "members.manage");
  const { token, hash } = newSecretToken("inv");
  const expiresAt = new Date(Date.now() + days * 86_400_000);
  await db().$transaction(async (tx) => {
    const invitation = await tx.invitation.create({
      data: { newsroomId: actor.newsroomId, role, tokenHash: hash, expiresAt, createdById: actor.userId },
    });
    await writeAuditEvent(tx, {
      actor,
      action: "invitation.create",
      objectType: "invitation",
      objectId: invitation.id,
      after: { role, expiresAt },
    });
  });
  return { token, expiresAt };
}
