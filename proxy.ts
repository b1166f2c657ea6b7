import { NextResponse, type NextRequest } from "next/server";
import { PATH_HEADER } from "./lib/auth/request-headers";
import { CAPTURED_COPY_CSP } from "./lib/publish/captured-copy-html";
import { securityHeaders } from "./lib/security-headers";

// A captured copy (desk or public) is another site's text: it gets the sandbox policy, not the app's.
const CAPTURED_COPY_PATH = /\/captures\/[^/]+$/;

/** Content-Security-Policy with a fresh nonce per request: no inline script runs without it. */
export function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // ProseMirror and collaboration carets set style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    // 'self' covers the same-origin WebSocket (/collab); a separate collab process is named.
    `connect-src 'self'${process.env.FACTDESK_COLLAB_URL ? ` ${new URL(process.env.FACTDESK_COLLAB_URL).origin}` : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(!isDev && process.env.NEXTAUTH_URL?.startsWith("https://") ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = CAPTURED_COPY_PATH.test(request.nextUrl.pathname) ? CAPTURED_COPY_CSP : contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  // Lets a layout send a signed-out visitor back here after sign-in.
  requestHeaders.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders())) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
