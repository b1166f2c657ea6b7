import { db } from "../db/prisma";
import { authorize, can } from "../policies";
import type { Actor } from "./actor";

/** The actor's tokens in this newsroom; an owner sees everyone's (to revoke a leaked one). Never the secrets. */
export async function listApiTokens({ actor }: { actor: Actor }) {
  authorize(actor, "newsroom.read");
  return db().apiToken.findMany({
    where: { newsroomId: actor.newsroomId, ...(can(actor, "tokens.manage") ? {} : { userId: actor.userId }) },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true, userId: true, user: { select: { name: true } } },
  });
}

export type ApiTokenListItem = Awaited<ReturnType<typeof listApiTokens>>[number];
