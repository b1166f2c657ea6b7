import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { PUBLIC_CONTENT_SECURITY_POLICY, securityHeaders } from "../security-headers";
import { canonicalPath, matchPublicRoute, type PublicRoute } from "./routes";

type Entry = { status: number; headers: Record<string, string>; body: Buffer; gzip: Buffer | null; etag: string | null };

export type PublicPageCacheOptions = {
  /** Renders a public route (reads the database): the cache calls it on a miss only. */
  render: (route: PublicRoute, request: Request) => Promise<Response>;
  /** Base URL the requests are rebuilt on (the public URLs are absolute). */
  baseUrl: string;
  /** Bytes kept at most; the oldest entries go first. */
  maxBytes?: number;
};

/** Answers worth keeping: pages and the "withdrawn" notice; a 404 is not kept (any path would fill the cache). */
const CACHEABLE = new Set([200, 410]);
const GZIP_MIN_BYTES = 1024;

const sizeOf = (entry: Entry) => entry.body.length + (entry.gzip?.length ?? 0);

function asEntry(response: Response, body: Buffer): Entry {
  const headers: Record<string, string> = { ...securityHeaders(), "Content-Security-Policy": PUBLIC_CONTENT_SECURITY_POLICY, Vary: "Accept-Encoding" };
  response.headers.forEach((value, name) => (headers[name] = value));
  const compressible = body.length >= GZIP_MIN_BYTES && /^(text\/|application\/(json|ld\+json|atom\+xml))/.test(headers["content-type"] ?? "");
  return { status: response.status, headers, body, gzip: compressible ? gzipSync(body) : null, etag: response.headers.get("etag") };
}

function send(req: IncomingMessage, res: ServerResponse, entry: Entry, hit: boolean) {
  const headers = { ...entry.headers, "X-Factdesk-Cache": hit ? "hit" : "miss" };
  if (entry.etag && req.headers["if-none-match"] === entry.etag) {
    res.writeHead(304, { etag: entry.etag, "cache-control": entry.headers["cache-control"] ?? "no-cache", "X-Factdesk-Cache": headers["X-Factdesk-Cache"] });
    res.end();
    return;
  }
  const gzip = entry.gzip && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  const body = gzip ? entry.gzip! : entry.body;
  res.writeHead(entry.status, { ...headers, ...(gzip ? { "Content-Encoding": "gzip" } : {}), "Content-Length": body.length });
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * The public pages in memory, in front of Next: a published version never
 * changes, so each page is rendered once and then sent from memory with no
 * database query. Publishing or unpublishing drops the newsroom's entries
 * (`invalidate`, called from this process at once and from the others through
 * PostgreSQL NOTIFY); a render that started before the change is not kept.
 */
export class PublicPageCache {
  private readonly entries = new Map<string, Entry & { newsroom: string }>();
  private readonly generations = new Map<string, number>();
  private readonly inFlight = new Map<string, { newsroom: string; entry: Promise<Entry> }>();
  private epoch = 0;
  private bytes = 0;
  private readonly maxBytes: number;

  constructor(private readonly options: PublicPageCacheOptions) {
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Takes the request if it is a GET or HEAD of a public URL (true); anything else is for the app (false). */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const url = req.url ?? "/";
    const query = url.indexOf("?");
    const pathname = query === -1 ? url : url.slice(0, query);
    const cached = this.entries.get(pathname);
    if (cached) {
      send(req, res, cached, true);
      return true;
    }
    const route = matchPublicRoute(pathname);
    if (!route) return false;
    // Concurrent misses of one page share one render.
    let filling = this.inFlight.get(pathname)?.entry;
    if (!filling) {
      const started = this.fill(pathname, route, req).finally(() => {
        if (this.inFlight.get(pathname)?.entry === started) this.inFlight.delete(pathname);
      });
      this.inFlight.set(pathname, { newsroom: route.newsroom, entry: (filling = started) });
    }
    void filling.then(
      (entry) => send(req, res, entry, false),
      (error: Error) => {
        console.error(`public page ${pathname}: ${error.message}`);
        res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "5" }).end("Temporarily unavailable. Try again in a moment.");
      },
    );
    return true;
  }

  private async fill(pathname: string, route: PublicRoute, req: IncomingMessage): Promise<Entry> {
    const generation = this.generation(route.newsroom);
    const request = new Request(new URL(pathname, this.options.baseUrl), { headers: { accept: String(req.headers.accept ?? "*/*") } });
    const response = await this.options.render(route, request);
    const entry = asEntry(response, Buffer.from(await response.arrayBuffer()));
    // Only the canonical spelling of a path is kept: "/d%65mo/…" aliases would crowd out real pages.
    const canonical = CACHEABLE.has(entry.status) && pathname === canonicalPath(route);
    if (canonical && generation === this.generation(route.newsroom)) this.store(pathname, route.newsroom, entry);
    return entry;
  }

  /** Changes when the newsroom's pages (or all pages) are invalidated. */
  private generation(newsroom: string): string {
    return `${this.epoch}/${this.generations.get(newsroom) ?? 0}`;
  }

  private store(pathname: string, newsroom: string, entry: Entry) {
    if (sizeOf(entry) > this.maxBytes / 8) return;
    this.remove(pathname);
    this.entries.set(pathname, { ...entry, newsroom });
    this.bytes += sizeOf(entry);
    for (const key of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(key);
    }
  }

  private remove(pathname: string) {
    const old = this.entries.get(pathname);
    if (!old) return;
    this.entries.delete(pathname);
    this.bytes -= sizeOf(old);
  }

  /** Bytes held, for tests: always the sum of the entries' sizes. */
  get heldBytes(): number {
    return this.bytes;
  }

  /** Drops a newsroom's pages (all pages when no newsroom is named, e.g. after a lost notification). */
  invalidate(newsroom?: string) {
    for (const [key, entry] of this.entries) if (newsroom === undefined || entry.newsroom === newsroom) this.remove(key);
    // A render under way may predate the change: later requests start their own.
    for (const [key, filling] of this.inFlight) if (newsroom === undefined || filling.newsroom === newsroom) this.inFlight.delete(key);
    if (newsroom === undefined) this.epoch += 1;
    else this.generations.set(newsroom, (this.generations.get(newsroom) ?? 0) + 1);
  }
}
