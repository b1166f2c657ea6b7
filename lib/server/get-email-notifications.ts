import { db } from "../db/prisma";

/** Whether a person gets notification emails. */
export async function getEmailNotifications({ userId }: { userId: string }): Promise<boolean> {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { emailNotifications: true } });
  return user.emailNotifications;
}
