import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import zlib from "node:zlib";

const PAGES = path.resolve(import.meta.dirname, "../fixtures/pages");
const page = (name: string) => readFileSync(path.join(PAGES, name));

// 50 MB of zeros gzip to about 50 kB: a bomb that must stop at the 5 MB cap.
const GZIP_BOMB = zlib.gzipSync(Buffer.alloc(50 * 1024 * 1024), { level: 9 });

export type FixtureServer = {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** "127.0.0.1:<port>", for FACTDESK_FETCH_ALLOW_HOSTS. */
  hostPort: string;
  /** Paths requested so far, in order. */
  requests: string[];
  /** Replaces what a path serves (e.g. a changed page). */
  serve(pathname: string, type: string, body: string | Buffer): void;
  close(): Promise<void>;
};

type Handler = (request: http.IncomingMessage, response: http.ServerResponse, origin: string) => void;

const send = (type: string, body: string | Buffer, headers: http.OutgoingHttpHeaders = {}): Handler => (_req, res) => {
  res.writeHead(200, { "content-type": type, ...headers });
  res.end(body);
};

const redirect = (to: (origin: string) => string, status = 302): Handler => (_req, res, origin) => {
  res.writeHead(status, { location: to(origin) });
  res.end();
};

function fixtureRoutes(): Record<string, Handler> {
  return {
    "/fr/meta-ia.html": send("text/html; charset=utf-8", page("meta-ia.fr.html")),
    "/en/inflation.html": send("text/html", page("ons-inflation.en.html")),
    "/en/inflation-gzip.html": send("text/html", zlib.gzipSync(page("ons-inflation.en.html")), { "content-encoding": "gzip" }),
    "/report.pdf": send("application/pdf", page("cpi-report.pdf")),
    "/latin1.html": send("text/html; charset=ISO-8859-1", page("retraites.latin1.html")),
    "/wrong-charset.html": send("text/html; charset=utf-8", page("retraites.latin1.html")),
    "/unknown-charset.html": send("text/html; charset=x-klingon", "<p>nuqneH</p>"),
    "/empty.html": send("text/html", "<!doctype html><html><head><title>Loading…</title></head><body><div id=app></div><script>boot()</script></body></html>"),
    "/image.png": send("image/png", Buffer.from("89504e470d0a1a0a", "hex")),
    "/fact-checks.json": send("application/json", page("../archive/data-feed.json")),
    "/broken.json": send("application/json", '{"@type": "ClaimReview", '),
    "/fact-check-page.html": send("text/html", page("../archive/fact-check-page.html")),
    "/not-found": (_req, res) => {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<h1>Not found</h1>");
    },
    "/gzip-bomb": send("text/html", GZIP_BOMB, { "content-encoding": "gzip" }),
    "/declared-huge": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-length": String(6 * 1024 * 1024) });
      res.write("<p>");
    },
    "/endless": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      const pump = () => {
        while (res.write(chunk));
        if (!res.destroyed) res.once("drain", pump);
      };
      pump();
    },
    "/slow": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<p>one word a second…");
      const timer = setInterval(() => res.write(" word"), 1000);
      res.on("close", () => clearInterval(timer));
    },
    "/loop": redirect((origin) => `${origin}/loop`),
    "/hop/1": redirect(() => "/hop/2", 301),
    "/hop/2": redirect(() => "/hop/3", 307),
    "/hop/3": redirect(() => "/fr/meta-ia.html", 308),
    "/to-loopback": redirect((origin) => origin.replace("127.0.0.1", "127.0.0.2") + "/fr/meta-ia.html"),
    "/to-localhost": redirect((origin) => origin.replace("127.0.0.1", "localhost") + "/fr/meta-ia.html"),
    "/to-metadata": redirect(() => "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    "/to-file": redirect(() => "file:///etc/passwd"),
  };
}

/** A local HTTP server serving the saved pages of tests/fixtures/pages and the hostile answers. */
export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const routes = fixtureRoutes();
  const requests: string[] = [];
  let origin = "";
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://x").pathname;
    requests.push(pathname);
    const route = routes[pathname];
    if (route) return route(request, response, origin);
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("no such fixture");
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    hostPort: `127.0.0.1:${address.port}`,
    requests,
    serve: (pathname, type, body) => {
      routes[pathname] = send(type, body);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Runs `body` with FACTDESK_FETCH_ALLOW_HOSTS set to `hosts` (restored after). */
export async function withAllowedHosts<T>(hosts: string, body: () => Promise<T>): Promise<T> {
  const before = process.env.FACTDESK_FETCH_ALLOW_HOSTS;
  process.env.FACTDESK_FETCH_ALLOW_HOSTS = hosts;
  try {
    return await body();
  } finally {
    if (before === undefined) delete process.env.FACTDESK_FETCH_ALLOW_HOSTS;
    else process.env.FACTDESK_FETCH_ALLOW_HOSTS = before;
  }
}
