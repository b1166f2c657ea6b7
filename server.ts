// The Factdesk process: database (embedded or DATABASE_URL), migrations, demo
// data, build when needed, then Next.js on one HTTP server.
import { existsSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import path from "node:path";
import { CLIENT_IP_HEADER } from "./lib/auth/request-headers";
import { readOrCreateSecrets } from "./lib/db/data-dir";
import { openDatabase, type Database } from "./lib/db/database";
import { EnvError, parseEnv } from "./lib/env";
import { DEMO_USERS, seedDemo } from "./prisma/seed/seed-demo";
import { ensureBuild } from "./scripts/ensure-build";

function fail(message: string): never {
  console.error(`factdesk: ${message}`);
  process.exit(1);
}

async function prepareDatabase(env: ReturnType<typeof parseEnv>, dataDir: string): Promise<Database> {
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

/** The socket's address, in a header clients cannot set (sign-in throttling reads it). */
function stampClientIp(req: IncomingMessage) {
  delete req.headers[CLIENT_IP_HEADER];
  if (req.socket.remoteAddress) req.headers[CLIENT_IP_HEADER] = req.socket.remoteAddress;
}

async function main() {
  let env;
  try {
    env = parseEnv();
  } catch (error) {
    fail(error instanceof EnvError ? error.message : String(error));
  }
  const dataDir = path.resolve(env.FACTDESK_DATA_DIR);
  const database = await prepareDatabase(env, dataDir).catch((error: Error) => fail(error.message));
  ensureBuild();
  process.env.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;
  (process.env as Record<string, string>).NODE_ENV = "production";

  const { default: next } = await import("next");
  const app = next({ dev: false, dir: process.cwd(), hostname: env.HOSTNAME, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    stampClientIp(req);
    void handle(req, res);
  });
  server.on("error", (error: NodeJS.ErrnoException) =>
    fail(error.code === "EADDRINUSE" ? `port ${env.PORT} is already in use: set PORT to another one.` : error.message),
  );
  server.listen(env.PORT, env.HOSTNAME, () => {
    const url = process.env.NEXTAUTH_URL;
    console.log(`\nFactdesk is running at ${url}`);
    if (database.embedded || env.FACTDESK_SEED_DEMO) {
      console.log(`Demo sign-ins (password: ${env.FACTDESK_DEMO_PASSWORD === "factdesk-demo" ? "factdesk-demo" : "FACTDESK_DEMO_PASSWORD"}):`);
      for (const user of DEMO_USERS) console.log(`  ${user.role.padEnd(12)} ${user.email}`);
    }
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping Factdesk…`);
    server.close();
    server.closeAllConnections();
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

void main();
