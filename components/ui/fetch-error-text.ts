import type { MessageKey } from "@/lib/i18n/en";

const CODES = ["invalid_url", "address_not_allowed", "unreachable", "too_many_redirects", "timeout", "too_large", "unsupported_type", "bad_encoding", "bad_charset", "http_error", "unreadable_pdf", "no_readable_text"] as const;

type Translate = (key: MessageKey, values?: Record<string, string>) => string;

/** A fetch refusal in the reader's language (its code's message), else the server's own message. */
export function fetchErrorText(t: Translate, code: string | undefined | null, message: string): string {
  if (!code || !(CODES as readonly string[]).includes(code)) return message;
  const status = /HTTP (\d{3})/.exec(message)?.[1] ?? "?";
  return t(`fetch.error.${code}` as MessageKey, { status });
}
