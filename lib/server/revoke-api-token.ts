import { db } from "../db/prisma";
import { authorize, can } from "../policies";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";
import { writeAuditEvent } from "./write-audit-event";

/** Revokes a token at once (its next request gets 401): one's own, or any of the newsroom's for an owner. */
export async function revokeApiToken({ actor, tokenId }: { actor: Actor; tokenId: string }) {
  authorize(actor, "newsroom.read");
  await db().$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id: tokenId, newsroomId: actor.newsroomId, ...(can(actor, "tokens.manage") ? {} : { userId: actor.userId }) },
    });
    if (!token) throw new NotFoundError("token");
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await writeAuditEvent(tx, { actor, action: "token.revoke", objectType: "api_token", objectId: token.id, before: { name: token.name } });
  });
}
