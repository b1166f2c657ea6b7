import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Sql } from "postgres";

// The lock id `prisma migrate` itself takes, so that our runner and Prisma's
// never apply migrations at the same time.
const PRISMA_MIGRATE_LOCK = 72707369;

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export type Migration = { name: string; sql: string; checksum: string };

export class MigrationError extends Error {}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

async function ensureMigrationsTable(sql: Sql) {
  // Same definition as Prisma's schema engine creates.
  await sql`
    CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`;
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null };

function checkApplied(applied: AppliedRow[], migrations: Migration[]) {
  const known = new Map(migrations.map((m) => [m.name, m]));
  for (const row of applied) {
    if (!row.finished_at) {
      throw new MigrationError(`Migration ${row.migration_name} was started but never finished: repair the database, then mark it rolled back.`);
    }
    const migration = known.get(row.migration_name);
    if (migration && migration.checksum !== row.checksum) {
      throw new MigrationError(`Migration ${row.migration_name} was edited after it was applied (checksum differs): add a new migration instead.`);
    }
  }
}

/**
 * Applies pending migrations from prisma/migrations, each in its own
 * transaction, under Prisma's advisory lock, recording them in
 * `_prisma_migrations` as `prisma migrate deploy` would. Returns the names applied.
 */
export async function migrate(sql: Sql, migrations = readMigrations()): Promise<string[]> {
  const reserved = await sql.reserve();
  try {
    await reserved`SELECT pg_advisory_lock(${PRISMA_MIGRATE_LOCK})`;
    await ensureMigrationsTable(reserved);
    const applied = await reserved<AppliedRow[]>`
      SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`;
    checkApplied(applied, migrations);
    const done = new Set(applied.map((row) => row.migration_name));
    const appliedNow: string[] = [];
    for (const migration of migrations.filter((m) => !done.has(m.name))) {
      await applyOne(reserved, migration);
      appliedNow.push(migration.name);
    }
    return appliedNow;
  } finally {
    await reserved`SELECT pg_advisory_unlock(${PRISMA_MIGRATE_LOCK})`.catch(() => undefined);
    reserved.release();
  }
}

// The advisory lock is per session, so the transaction runs on the same reserved connection.
async function applyOne(sql: Sql, migration: Migration) {
  try {
    await sql.unsafe("BEGIN");
    await sql.unsafe(migration.sql);
    await sql`
      INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
      VALUES (${randomUUID()}, ${migration.checksum}, now(), ${migration.name}, 1)`;
    await sql.unsafe("COMMIT");
  } catch (error) {
    await sql.unsafe("ROLLBACK").catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`);
  }
}
