import type { Tx } from "../db/prisma";
import { ValidationError } from "./errors";

/** An assignee must be a member of the claim's newsroom (422 on `assigneeId` otherwise). */
export async function assertAssignee(client: Pick<Tx, "membership">, newsroomId: string, assigneeId: string): Promise<void> {
  const member = await client.membership.findUnique({ where: { userId_newsroomId: { userId: assigneeId, newsroomId } } });
  if (!member) throw new ValidationError({ assigneeId: "is not a member of this newsroom" });
}
