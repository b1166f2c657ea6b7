import type { Tx } from "../db/prisma";
import { can } from "../policies";
import { ValidationError } from "./errors";

/**
 * An assignee must be a member of the claim's newsroom who may work on claims
 * (422 on `assigneeId` otherwise: a viewer only reads).
 */
export async function assertAssignee(client: Pick<Tx, "membership">, newsroomId: string, assigneeId: string): Promise<void> {
  const member = await client.membership.findUnique({ where: { userId_newsroomId: { userId: assigneeId, newsroomId } } });
  if (!member) throw new ValidationError({ assigneeId: "is not a member of this newsroom" });
  if (!can({ newsroomId, role: member.role }, "claim.edit")) throw new ValidationError({ assigneeId: "is a viewer: viewers cannot be assigned claims" });
}
