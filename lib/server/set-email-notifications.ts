import { db } from "../db/prisma";
import type { EmailPreferenceInput } from "../validation/notification";

/** A person turns their notification emails on or off (their own account only). */
export async function setEmailNotifications({ userId, input }: { userId: string; input: EmailPreferenceInput }): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { emailNotifications: input.emailNotifications } });
}
