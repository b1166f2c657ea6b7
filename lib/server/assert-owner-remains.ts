import type { Tx } from "../db/prisma";
import { ConflictError } from "./errors";

/** A newsroom always keeps one owner: call before demoting or removing one. */
export async function assertOwnerRemains(tx: Tx, newsroomId: string): Promise<void> {
  // Locks the owners' rows so two owners cannot demote each other at once.
  const owners = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership" WHERE "newsroomId" = ${newsroomId}::uuid AND role = 'owner' FOR UPDATE`;
  if (owners.length <= 1) throw new ConflictError("A newsroom needs at least one owner: make someone else owner first.");
}
