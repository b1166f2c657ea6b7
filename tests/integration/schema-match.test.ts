import { readFileSync } from "node:fs";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { readMigrations } from "@/lib/db/migrate";
import { actualTables, normalizeShape } from "../helpers/database-shape";
import { expectedTables } from "../helpers/prisma-schema";

const schema = readFileSync("prisma/schema.prisma", "utf8");
const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => undefined });
afterAll(() => sql.end());

async function shapeFor(schemaText: string) {
  const expected = expectedTables(schemaText);
  const actual = await actualTables(sql, expected.map((t) => t.name));
  return { expected: normalizeShape(expected), actual: normalizeShape(actual) };
}

describe("the migrated database matches prisma/schema.prisma", () => {
  it("has every model's table with the same columns, types, nullability, unique keys and foreign keys", async () => {
    const { expected, actual } = await shapeFor(schema);
    expect(expected.length).toBeGreaterThanOrEqual(14);
    expect(actual).toEqual(expected);
  });

  it("records every migration in _prisma_migrations with Prisma's checksum", async () => {
    const rows = await sql<{ migration_name: string; checksum: string }[]>`
      SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const recorded = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    for (const migration of readMigrations()) expect(recorded.get(migration.name)).toBe(migration.checksum);
  });

  it("notices a drift: a nullable field declared required no longer matches", async () => {
    const drifted = schema.replace(/passwordHash(\s+)String\?/, "passwordHash$1String");
    expect(drifted).not.toBe(schema);
    const { expected, actual } = await shapeFor(drifted);
    expect(actual).not.toEqual(expected);
  });

  it("notices a missing unique key", async () => {
    const drifted = schema.replace("@@unique([newsroomId, slug])", "");
    const { expected, actual } = await shapeFor(drifted);
    expect(actual).not.toEqual(expected);
  });
});
