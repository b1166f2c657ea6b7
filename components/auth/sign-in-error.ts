import type { MessageKey } from "@/lib/i18n/en";

const THROTTLED_PREFIX = "Throttled:";

/** next-auth's error code → the words the page shows (the same for unknown email and wrong password). */
export function signInErrorMessage(code: string, t: (key: MessageKey, vars?: Record<string, number>) => string): string {
  if (code.startsWith(THROTTLED_PREFIX)) {
    const seconds = Number(code.slice(THROTTLED_PREFIX.length)) || 60;
    return t("signin.throttled", { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  if (code === "CredentialsSignin") return t("signin.invalid");
  return t("signin.error");
}
