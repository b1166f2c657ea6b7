import { db } from "../db/prisma";
import { authorize } from "../policies";
import { MAX_TOKENS_PER_MEMBER } from "../validation/api-token";
import type { Actor } from "./actor";
import { ConflictError, NotFoundError } from "./errors";
import { newSecretToken } from "./secret-token";
import { writeAuditEvent } from "./write-audit-event";

export const API_TOKEN_PREFIX = "fdk";

/**
 * A personal API token for the actor in this newsroom: it acts with the
 * actor's role there (read at each request). Only its hash is stored; the
 * token itself is returned once.
 */
export async function createApiToken({ actor, name }: { actor: Actor; name: string }) {
  authorize(actor, "newsroom.read");
  const { token, hash } = newSecretToken(API_TOKEN_PREFIX);
  return db().$transaction(async (tx) => {
    // Locks the membership row: two requests at once cannot both take the last
    // place under the limit, and a member being removed gets no new token.
    const membership = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Membership" WHERE "userId" = ${actor.userId}::uuid AND "newsroomId" = ${actor.newsroomId}::uuid FOR UPDATE`;
    if (membership.length === 0) throw new NotFoundError("newsroom");
    const active = await tx.apiToken.count({ where: { userId: actor.userId, newsroomId: actor.newsroomId, revokedAt: null } });
    if (active >= MAX_TOKENS_PER_MEMBER) throw new ConflictError(`You have ${active} active tokens in this newsroom, the most allowed: revoke one first.`);
    const created = await tx.apiToken.create({ data: { userId: actor.userId, newsroomId: actor.newsroomId, name, tokenHash: hash } });
    await writeAuditEvent(tx, { actor, action: "token.create", objectType: "api_token", objectId: created.id, after: { name } });
    return { id: created.id, name: created.name, createdAt: created.createdAt, token };
  });
}
