import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { isPublicAddress } from "./address-policy";
import { FetchError } from "./fetch-error";

export type Target = { address: string; family: 4 | 6 };

const defaultPort = (url: URL) => url.port || (url.protocol === "https:" ? "443" : "80");

/** `host:port` as FACTDESK_FETCH_ALLOW_HOSTS lists it (`[::1]:8080` for IPv6). */
export const hostPort = (url: URL) => `${url.hostname}:${defaultPort(url)}`;

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * The one address the connection will be made to. The host is resolved once
 * here and the socket connects to this answer (no second lookup that a DNS
 * server could answer differently); every address the name has must be
 * public, unless the operator allowed this exact host and port.
 */
export async function resolveTarget(url: URL, allowHosts: readonly string[], signal: AbortSignal): Promise<Target> {
  const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const literal = isIP(hostname);
  let addresses: { address: string; family: number }[];
  if (literal) addresses = [{ address: hostname, family: literal }];
  else {
    try {
      addresses = await abortable(lookup(hostname, { all: true, verbatim: true }), signal);
    } catch (error) {
      if (signal.aborted) throw error;
      throw new FetchError("unreachable", `The host ${hostname} cannot be found.`);
    }
  }
  if (addresses.length === 0) throw new FetchError("unreachable", `The host ${hostname} cannot be found.`);
  if (!allowHosts.includes(hostPort(url))) {
    const refused = addresses.find((a) => !isPublicAddress(a.address));
    if (refused) throw new FetchError("address_not_allowed", `${hostname} is at ${refused.address}, an address Factdesk does not fetch from (this machine, a private network or a reserved range).`);
  }
  return { address: addresses[0].address, family: addresses[0].family === 6 ? 6 : 4 };
}
