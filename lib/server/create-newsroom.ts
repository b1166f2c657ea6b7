import { db } from "../db/prisma";
import { canCreateNewsroom, ForbiddenError } from "../policies";
import { DEFAULT_RATING_SCALE } from "../ratings";
import type { NewsroomInput } from "../validation/newsroom";
import { ConflictError } from "./errors";
import { writeAuditEvent } from "./write-audit-event";

export type CreateNewsroomOptions = { actorUserId: string; input: NewsroomInput };

/** Creates a newsroom with the default rating scale; its creator, if allowed to create one, becomes owner. */
export async function createNewsroom({ actorUserId, input }: CreateNewsroomOptions) {
  const held = await db().membership.findMany({ where: { userId: actorUserId }, select: { role: true } });
  if (!canCreateNewsroom(held.map((m) => m.role))) {
    throw new ForbiddenError("newsroom.create", "Newsrooms are created by the owners and editors of a newsroom: ask one of them.");
  }
  const taken = await db().newsroom.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (taken) throw new ConflictError(`The address "${input.slug}" is already taken.`);
  return db().$transaction(async (tx) => {
    const newsroom = await tx.newsroom.create({
      data: {
        ...input,
        memberships: { create: { userId: actorUserId, role: "owner" } },
        ratings: { create: DEFAULT_RATING_SCALE.map((rating, position) => ({ ...rating, position })) },
      },
    });
    await writeAuditEvent(tx, {
      actor: { userId: actorUserId, newsroomId: newsroom.id },
      action: "newsroom.create",
      objectType: "newsroom",
      objectId: newsroom.id,
      after: input,
    });
    return newsroom;
  });
}
