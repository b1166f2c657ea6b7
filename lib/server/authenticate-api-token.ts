import { db } from "../db/prisma";
import type { Actor } from "./actor";
import { hashSecretToken } from "./secret-token";

/** lastUsedAt is written at most this often per token (not one write per request). */
const LAST_USED_RESOLUTION_MS = 60_000;

export type TokenActor = Actor & { viaApi: true; tokenId: string };

/**
 * The member a bearer token acts as, or null: unknown or revoked token, or a
 * user no longer a member of the token's newsroom (or disabled). The role is
 * the membership's current one, so a role change applies at once.
 */
export async function authenticateApiToken(token: string): Promise<TokenActor | null> {
  if (!/^[A-Za-z0-9_-]{10,200}$/.test(token)) return null;
  const found = await db().apiToken.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { id: true, userId: true, newsroomId: true, revokedAt: true, lastUsedAt: true, user: { select: { disabledAt: true } } },
  });
  if (!found || found.revokedAt || found.user.disabledAt) return null;
  const membership = await db().membership.findUnique({
    where: { userId_newsroomId: { userId: found.userId, newsroomId: found.newsroomId } },
    select: { role: true },
  });
  if (!membership) return null;
  if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db().apiToken.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
  }
  return { userId: found.userId, newsroomId: found.newsroomId, role: membership.role, viaApi: true, tokenId: found.id };
}
