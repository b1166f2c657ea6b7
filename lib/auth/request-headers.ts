/** Headers the Factdesk server and proxy set on each request; a client's own values are overwritten. */

/** The page being requested, so a layout can send a signed-out visitor back to it. */
export const PATH_HEADER = "x-factdesk-path";

/**
 * Header the Factdesk server sets from the socket address (clients cannot
 * forge it: server.ts overwrites it). Absent when another server fronts Next.
 */
export const CLIENT_IP_HEADER = "x-factdesk-client-ip";

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

export function clientIp(headers: HeaderBag): string | null {
  if (!headers) return null;
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers[CLIENT_IP_HEADER];
  const ip = Array.isArray(value) ? value[0] : value;
  return ip && ip.length <= 64 ? ip : null;
}

/**
 * The client's address of a request that reached the server from `remoteAddress`.
 * Behind a load balancer listed in `trustedProxies` (FACTDESK_TRUSTED_PROXIES),
 * it is the last X-Forwarded-For entry — the one that balancer added; entries
 * before it were written by the client and are ignored.
 */
export function requestClientIp(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: readonly string[]): string | undefined {
  if (!remoteAddress || !trustedProxies.includes(remoteAddress)) return remoteAddress;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
  const last = header?.split(",").pop()?.trim();
  return last || remoteAddress;
}
