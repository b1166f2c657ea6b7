import { db } from "../db/prisma";
import type { Locale } from "../validation/auth";

export async function setUserLocale({ userId, locale }: { userId: string; locale: Locale }) {
  await db().user.update({ where: { id: userId }, data: { locale } });
}
