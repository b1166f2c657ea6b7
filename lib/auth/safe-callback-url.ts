/** Where a sign-in goes when its callback URL is missing or refused. */
export const DEFAULT_CALLBACK_PATH = "/desk";

// Backslashes and control characters are refused before parsing: browsers read
// `/\host` as `//host`, and drop tabs and newlines inside URLs (`/\t/host`).
const UNSAFE_CHARACTERS = /[\\\u0000-\u001f\u007f]/;

/**
 * The path (with query and fragment) to follow after sign-in: the callback URL
 * when it resolves to the app's own origin, else `/desk`. The value is parsed
 * as a browser would, against `origin`, and origins are compared, so no
 * spelling of another host gets through; the answer is always a path that
 * starts with a single `/`.
 */
export function safeCallbackUrl(value: unknown, origin: string): string {
  if (typeof value !== "string" || value === "" || UNSAFE_CHARACTERS.test(value)) return DEFAULT_CALLBACK_PATH;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return DEFAULT_CALLBACK_PATH;
  }
  if (url.origin !== new URL(origin).origin) return DEFAULT_CALLBACK_PATH;
  // `/.//evil.example` resolves to the path `//evil.example`, which a Location
  // header would send to another host.
  if (url.pathname.startsWith("//")) return DEFAULT_CALLBACK_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}
