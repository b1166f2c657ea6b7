import path from "node:path";
import postgres from "postgres";
import { readOrCreateSecrets } from "./data-dir";
import { DatabaseStartError, startEmbeddedPostgres } from "./embedded-postgres";
import { backfillClaimStatements, STATEMENT_MIGRATION } from "./backfill-statements";
import { migrate } from "./migrate";

export type Database = {
  url: string;
  embedded: boolean;
  /** True when the embedded cluster was created by this call. */
  created: boolean;
  migrationsApplied: string[];
  stop: () => Promise<void>;
};

export type OpenDatabaseOptions = {
  databaseUrl?: string;
  dataDir: string;
  /** Subdirectory of dataDir holding the cluster (tests use their own). */
  clusterName?: string;
  port?: number;
};

export async function checkReachable(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => undefined });
  try {
    await sql`SELECT 1`;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const where = new URL(url).host;
    throw new DatabaseStartError(`The database at ${where} is unreachable: ${reason}`);
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/**
 * The database of this process: the server at `databaseUrl` when given,
 * else an embedded PostgreSQL in the data directory. Migrated either way.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  let url = options.databaseUrl;
  let stop: () => Promise<void> = async () => undefined;
  let created = false;
  if (url) {
    await checkReachable(url);
  } else {
    const secrets = readOrCreateSecrets(options.dataDir);
    const clusterDir = path.resolve(options.dataDir, options.clusterName ?? "postgres");
    const embedded = await startEmbeddedPostgres({ clusterDir, password: secrets.postgresPassword, port: options.port });
    ({ url, stop, created } = embedded);
  }
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    const migrationsApplied = await migrate(sql);
    if (migrationsApplied.includes(STATEMENT_MIGRATION)) await backfillClaimStatements(sql);
    return { url, embedded: !options.databaseUrl, created, migrationsApplied, stop };
  } catch (error) {
    await stop();
    throw error;
  } finally {
    await sql.end({ timeout: 1 });
  }
}
