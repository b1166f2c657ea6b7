import type { IncomingMessage } from "node:http";
import { fetchSettings } from "../env";
import { FetchError } from "./fetch/fetch-error";
import { openResponse } from "./fetch/open-response";
import { readBody } from "./fetch/read-body";
import { resolveTarget } from "./fetch/resolve-target";

export { FetchError, type FetchErrorCode } from "./fetch/fetch-error";
export { decodeText } from "./fetch/decode-text";

/** What a fetch may bring back; anything else is `unsupported_type`. */
export const MEDIA_KINDS = {
  html: ["text/html", "application/xhtml+xml"],
  text: ["text/plain"],
  pdf: ["application/pdf"],
  json: ["application/json", "application/ld+json"],
} as const;

export type MediaKind = keyof typeof MEDIA_KINDS;

export type SafeFetchOptions = {
  /** The kinds of document wanted: HTML, plain text and PDF unless said. */
  accept?: readonly MediaKind[];
  /** For the whole fetch, redirects and body included. */
  timeoutMs?: number;
  /** Of the body, once decompressed. */
  maxBytes?: number;
  maxRedirects?: number;
};

export type FetchedResource = {
  /** Where the body came from, after redirects. */
  url: string;
  status: number;
  mediaType: string;
  kind: MediaKind;
  /** The charset the Content-Type names, if any. */
  charset: string | null;
  body: Buffer;
};

export const FETCH_LIMITS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function parseUrl(input: string | URL, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    throw new FetchError("invalid_url", base ? "The server redirected to an address that is not a URL." : "This is not a URL.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchError("invalid_url", `Only http and https addresses are fetched, not ${url.protocol.slice(0, -1)}.`);
  if (url.username || url.password) throw new FetchError("invalid_url", "An address with a user name or password is not fetched.");
  return url;
}

function mediaTypeOf(response: IncomingMessage, accept: readonly MediaKind[]): { mediaType: string; kind: MediaKind; charset: string | null } {
  const header = String(response.headers["content-type"] ?? "");
  const mediaType = header.split(";")[0].trim().toLowerCase();
  const kind = accept.find((k) => (MEDIA_KINDS[k] as readonly string[]).includes(mediaType));
  if (!kind) {
    const wanted = accept.flatMap((k) => MEDIA_KINDS[k]).join(", ");
    throw new FetchError("unsupported_type", `The address serves ${mediaType || "a document without a type"}; Factdesk reads ${wanted}.`);
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(header)?.[1] ?? null;
  return { mediaType, kind, charset };
}

function failure(error: unknown, signal: AbortSignal, timeoutMs: number): unknown {
  if (error instanceof FetchError) return error;
  if (signal.aborted) return new FetchError("timeout", `The address did not answer in full within ${timeoutMs / 1000} s.`);
  const code = (error as NodeJS.ErrnoException).code ?? "";
  if (code.startsWith("ERR_TLS") || code.includes("CERT")) return new FetchError("unreachable", "The site's certificate is not valid.");
  return new FetchError("unreachable", `The address cannot be reached (${code || (error as Error).message}).`);
}

async function follow(start: URL, options: Required<SafeFetchOptions>, signal: AbortSignal): Promise<FetchedResource> {
  const { FACTDESK_FETCH_ALLOW_HOSTS: allowHosts, FACTDESK_FETCH_PROXY: proxy } = fetchSettings();
  const wanted = options.accept.flatMap((k) => MEDIA_KINDS[k]);
  let url = start;
  for (let hop = 0; ; hop++) {
    const target = await resolveTarget(url, allowHosts, signal);
    const headers = { "user-agent": "Factdesk (source capture)", accept: `${wanted.join(", ")};q=1, */*;q=0.1`, "accept-encoding": "gzip, deflate, br" };
    const response = await openResponse({ url, target, headers, signal, proxy });
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECTS.has(status) && location) {
      response.destroy();
      if (hop >= options.maxRedirects) throw new FetchError("too_many_redirects", `The address redirects more than ${options.maxRedirects} times.`);
      url = parseUrl(location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.destroy();
      throw new FetchError("http_error", `The server answered HTTP ${status}.`, status);
    }
    try {
      const type = mediaTypeOf(response, options.accept);
      return { url: url.href, status, ...type, body: await readBody(response, options.maxBytes) };
    } finally {
      response.destroy();
    }
  }
}

/**
 * GETs a page on behalf of a user, safely: http(s) only; each hop's host is
 * resolved once, refused if any of its addresses is loopback, private,
 * link-local, unique-local, multicast, CGNAT, IPv4-in-IPv6 or a cloud metadata
 * address (unless FACTDESK_FETCH_ALLOW_HOSTS names its host:port), and the
 * socket is connected to that very address; at most 5 redirects, 10 s in all,
 * 5 MB of decompressed body, only the media types asked for. Each refusal is a
 * FetchError with its code.
 */
export async function safeFetch(input: string, options: SafeFetchOptions = {}): Promise<FetchedResource> {
  const settings: Required<SafeFetchOptions> = { accept: ["html", "text", "pdf"], ...FETCH_LIMITS, ...options };
  const url = parseUrl(input);
  const signal = AbortSignal.timeout(settings.timeoutMs);
  try {
    return await follow(url, settings, signal);
  } catch (error) {
    throw failure(error, signal, settings.timeoutMs);
  }
}
