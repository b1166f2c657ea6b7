import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { checkReachable } from "@/lib/db/database";
import { freePort, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrate, MigrationError, readMigrations } from "@/lib/db/migrate";

const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => undefined });
const created: string[] = [];
afterAll(async () => {
  for (const name of created) await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

async function freshDatabase() {
  const name = `factdesk_mig_${Math.random().toString(36).slice(2, 10)}`;
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  created.push(name);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return postgres(url.toString(), { max: 4, onnotice: () => undefined });
}

describe("migration runner", () => {
  it("applies each migration once, even when two instances start together", async () => {
    const a = await freshDatabase();
    const [first, second] = await Promise.all([migrate(a), migrate(a)]);
    expect([...first, ...second]).toEqual(readMigrations().map((m) => m.name));
    expect(await migrate(a)).toEqual([]);
    const [{ count }] = await a<{ count: number }[]>`SELECT count(*)::int FROM "_prisma_migrations"`;
    expect(count).toBe(readMigrations().length);
    await a.end();
  });

  it("rolls a failing migration back whole and says which one failed", async () => {
    const db = await freshDatabase();
    const broken = [
      ...readMigrations(),
      { name: "29990101000000_broken", sql: 'CREATE TABLE "Half" (id int); SELECT * FROM "no_such_table";', checksum: "x".repeat(64) },
    ];
    await expect(migrate(db, broken)).rejects.toThrow(/29990101000000_broken failed and was rolled back: .*no_such_table/);
    const [{ half }] = await db<{ half: string | null }[]>`SELECT to_regclass('"Half"')::text AS half`;
    expect(half).toBeNull();
    await db.end();
  });

  it("refuses to run when an applied migration was edited", async () => {
    const db = await freshDatabase();
    await migrate(db);
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(migrate(db, edited)).rejects.toBeInstanceOf(MigrationError);
    await db.end();
  });
});

describe("database start errors are one clear line", () => {
  it("an unreachable server", async () => {
    const port = await freePort();
    await expect(checkReachable(`postgres://postgres@127.0.0.1:${port}/x`)).rejects.toThrow(`The database at 127.0.0.1:${port} is unreachable`);
  });

  it("a data directory from another PostgreSQL version", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "factdesk-pg-"));
    writeFileSync(path.join(dir, "PG_VERSION"), "15\n");
    await expect(startEmbeddedPostgres({ clusterDir: dir, password: "x" })).rejects.toThrow(/created by PostgreSQL 15.*embedded server is PostgreSQL 18/);
  });

  it("a port already taken", async () => {
    const blocker = createServer();
    const port = await new Promise<number>((resolve) => blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as { port: number }).port)));
    const dir = mkdtempSync(path.join(tmpdir(), "factdesk-pg-"));
    try {
      await expect(startEmbeddedPostgres({ clusterDir: dir, password: "secret", port })).rejects.toThrow(`port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});
