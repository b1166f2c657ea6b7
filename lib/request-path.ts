import type { IncomingMessage, ServerResponse } from "node:http";
import { PUBLIC_CONTENT_SECURITY_POLICY, securityHeaders } from "./security-headers";
import { isStorableText } from "./validation/storable-text";

/** Why a request's path cannot name anything here (not UTF-8 once decoded, or holding NUL), or null. */
export function badPathReason(url: string | undefined): string | null {
  const path = (url ?? "/").split("?")[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return "The address is not valid UTF-8 once decoded.";
  }
  return isStorableText(decoded) ? null : "The address holds a NUL character or invalid Unicode.";
}

/**
 * Answers 400 to a path that is not text (`%ff`, an encoded surrogate, `%00`),
 * before any route decodes it: Next and the route handlers would otherwise
 * throw on it (500) or pass NUL to PostgreSQL. True when it answered.
 */
export function refuseBadPath(req: IncomingMessage, res: ServerResponse): boolean {
  const reason = badPathReason(req.url);
  if (!reason) return false;
  res.writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "content-security-policy": PUBLIC_CONTENT_SECURITY_POLICY, ...securityHeaders() });
  res.end(`400 Bad Request: ${reason}\n`);
  return true;
}
