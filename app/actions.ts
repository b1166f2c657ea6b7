"use server";

import { cookies } from "next/headers";
import { safeAction } from "@/lib/actions/safe-action";
import { getSessionUser } from "@/lib/auth/session";
import { LOCALE_COOKIE } from "@/lib/i18n/translate";
import { setUserLocale } from "@/lib/server/set-user-locale";
import { localeSchema } from "@/lib/validation/auth";

/** Switches the UI language: remembered in a cookie and, when signed in, on the account. */
export async function setLocaleAction(locale: unknown) {
  return safeAction([locale], async () => {
    const parsed = localeSchema.parse(locale);
    (await cookies()).set(LOCALE_COOKIE, parsed, { path: "/", maxAge: 31_536_000, sameSite: "lax", httpOnly: true });
    const user = await getSessionUser();
    if (user) await setUserLocale({ userId: user.id, locale: parsed });
    return parsed;
  });
}
