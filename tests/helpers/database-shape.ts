import type { Sql } from "postgres";
import type { ExpectedForeignKey, ExpectedTable } from "./prisma-schema";

const DELETE_ACTIONS: Record<string, string> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };

/** The same shape as expectedTables(), read from the live database's catalog. */
export async function actualTables(sql: Sql, tableNames: string[]): Promise<ExpectedTable[]> {
  const columns = await sql<{ table: string; name: string; data_type: string; udt_name: string; nullable: boolean; precision: number | null }[]>`
    SELECT table_name AS table, column_name AS name, data_type, udt_name, is_nullable = 'YES' AS nullable, datetime_precision AS precision
    FROM information_schema.columns WHERE table_schema = current_schema() AND table_name IN ${sql(tableNames)}
    ORDER BY ordinal_position`;
  const indexes = await sql<{ table: string; columns: string[]; primary: boolean }[]>`
    SELECT c.relname AS table, i.indisprimary AS primary,
      array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(attnum, n)
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS columns
    FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace s ON s.oid = c.relnamespace
    WHERE i.indisunique AND i.indexprs IS NULL AND s.nspname = current_schema() AND c.relname IN ${sql(tableNames)}`;
  const fks = await sql<{ table: string; columns: string[]; target: string; references: string[]; on_delete: string }[]>`
    SELECT c.relname AS table, t.relname AS target, con.confdeltype AS on_delete,
      array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS columns,
      array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS references
    FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class t ON t.oid = con.confrelid
    JOIN pg_namespace s ON s.oid = c.relnamespace
    WHERE con.contype = 'f' AND s.nspname = current_schema() AND c.relname IN ${sql(tableNames)}`;

  const present = new Set(columns.map((c) => c.table));
  return tableNames.filter((name) => present.has(name)).map((name) => ({
    name,
    columns: columns
      .filter((c) => c.table === name)
      .map((c) => ({ name: c.name, nullable: c.nullable, type: columnType(c) })),
    primaryKey: indexes.find((i) => i.table === name && i.primary)?.columns ?? [],
    uniques: indexes.filter((i) => i.table === name && !i.primary).map((i) => i.columns),
    foreignKeys: fks
      .filter((f) => f.table === name)
      .map<ExpectedForeignKey>((f) => ({ columns: f.columns, table: f.target, references: f.references, onDelete: DELETE_ACTIONS[f.on_delete] })),
  }));
}

function columnType(c: { data_type: string; udt_name: string; precision: number | null }): string {
  if (c.data_type === "USER-DEFINED") return `enum ${c.udt_name}`;
  if (c.data_type.startsWith("timestamp")) return c.data_type.replace("timestamp", `timestamp(${c.precision})`);
  return c.data_type;
}

/** Sorts every list so that two shapes compare by content, not order. */
export function normalizeShape(tables: ExpectedTable[]) {
  const key = (value: unknown) => JSON.stringify(value);
  return [...tables]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((t) => ({
      ...t,
      columns: [...t.columns].sort((a, b) => a.name.localeCompare(b.name)),
      uniques: t.uniques.map(key).sort(),
      foreignKeys: t.foreignKeys.map(key).sort(),
    }));
}
