import { cookies, headers } from "next/headers";
import { getSessionUser } from "../auth/session";
import { localeSchema, type Locale } from "../validation/auth";
import { LOCALE_COOKIE, localeFromAcceptLanguage, translator } from "./translate";

/** The UI language: the user's saved choice, else the cookie, else Accept-Language. */
export async function getLocale(): Promise<Locale> {
  const user = await getSessionUser();
  const saved = localeSchema.safeParse(user?.locale);
  if (saved.success) return saved.data;
  const cookie = localeSchema.safeParse((await cookies()).get(LOCALE_COOKIE)?.value);
  if (cookie.success) return cookie.data;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export async function getTranslator() {
  const locale = await getLocale();
  return { locale, t: translator(locale) };
}
