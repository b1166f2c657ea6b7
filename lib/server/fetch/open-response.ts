import http, { type IncomingMessage, type OutgoingHttpHeaders } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import tls from "node:tls";
import { FetchError } from "./fetch-error";
import type { Target } from "./resolve-target";

export type OpenOptions = { url: URL; target: Target; headers: OutgoingHttpHeaders; signal: AbortSignal; proxy?: string };

/** A lookup that answers the address already checked, whatever name it is asked for. */
const pinned = (target: Target): LookupFunction =>
  ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as LookupFunction;

const literal = (target: Target) => (target.family === 6 ? `[${target.address}]` : target.address);
const portOf = (url: URL) => Number(url.port || (url.protocol === "https:" ? 443 : 80));
const servername = (url: URL) => (isIP(url.hostname.replace(/^\[(.*)\]$/, "$1")) ? undefined : url.hostname);

function send(request: http.ClientRequest): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    request.on("response", resolve);
    request.on("error", reject);
    request.end();
  });
}

/** Through a proxy, https goes in a CONNECT tunnel to the checked address; TLS is still checked against the host's name. */
function tunnel(proxy: URL, options: OpenOptions): Promise<import("node:net").Socket> {
  const client = proxy.protocol === "https:" ? https : http;
  const authority = `${literal(options.target)}:${portOf(options.url)}`;
  return new Promise((resolve, reject) => {
    const request = client.request({ host: proxy.hostname, port: proxy.port || undefined, method: "CONNECT", path: authority, headers: { host: authority }, signal: options.signal, agent: false });
    request.on("connect", (response, socket) => {
      if (response.statusCode === 200) resolve(socket);
      else {
        socket.destroy();
        reject(new FetchError("unreachable", `The proxy refused to connect to ${options.url.host} (HTTP ${response.statusCode}).`));
      }
    });
    request.on("error", reject);
    request.end();
  });
}

async function throughProxy(proxy: URL, options: OpenOptions): Promise<IncomingMessage> {
  const { url, headers, signal } = options;
  if (url.protocol === "http:") {
    // The absolute form names the checked address, so the proxy does no lookup of its own.
    const path = `http://${literal(options.target)}:${portOf(url)}${url.pathname}${url.search}`;
    const client = proxy.protocol === "https:" ? https : http;
    return send(client.request({ host: proxy.hostname, port: proxy.port || undefined, method: "GET", path, headers: { ...headers, host: url.host }, signal, agent: false }));
  }
  const socket = await tunnel(proxy, options);
  const secure = tls.connect({ socket, servername: servername(url) });
  return send(https.request(url, { method: "GET", headers, signal, agent: false, createConnection: () => secure }));
}

/** Sends the GET for one hop, to the checked address (directly or through FACTDESK_FETCH_PROXY), and waits for the response's head. */
export function openResponse(options: OpenOptions): Promise<IncomingMessage> {
  if (options.proxy) return throughProxy(new URL(options.proxy), options);
  const client = options.url.protocol === "https:" ? https : http;
  return send(client.request(options.url, { method: "GET", headers: options.headers, signal: options.signal, agent: false, lookup: pinned(options.target), servername: servername(options.url) }));
}
