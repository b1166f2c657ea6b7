/**
 * A reader for the subset of the Prisma schema language Factdesk uses, giving
 * the tables, columns, unique keys and foreign keys `prisma migrate` would create.
 */

export type ExpectedColumn = { name: string; type: string; nullable: boolean };
export type ExpectedForeignKey = { columns: string[]; table: string; references: string[]; onDelete: string };
export type ExpectedTable = {
  name: string;
  columns: ExpectedColumn[];
  primaryKey: string[];
  uniques: string[][];
  foreignKeys: ExpectedForeignKey[];
};

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Float: "double precision",
};

const NATIVE_TYPES: Record<string, string> = {
  Uuid: "uuid",
  Date: "date",
  Text: "text",
  "Timestamptz(3)": "timestamp(3) with time zone",
  "Timestamp(3)": "timestamp(3) without time zone",
};

const ON_DELETE: Record<string, string> = { Cascade: "CASCADE", Restrict: "RESTRICT", SetNull: "SET NULL", NoAction: "NO ACTION" };

type Block = { kind: "model" | "enum"; name: string; lines: string[] };

function blocks(schema: string): Block[] {
  const found: Block[] = [];
  const re = /^(model|enum)\s+(\w+)\s*\{([\s\S]*?)^\}/gm;
  for (const match of schema.matchAll(re)) {
    const lines = match[3]
      .split("\n")
      .map((line) => line.replace(/\/\/.*$/, "").trim())
      .filter(Boolean);
    found.push({ kind: match[1] as Block["kind"], name: match[2], lines });
  }
  return found;
}

const listIn = (text: string) => text.split(",").map((s) => s.trim().replace(/^"|"$/g, ""));

function attr(line: string, name: string): string | undefined {
  const at = line.indexOf(`@${name}(`);
  if (at === -1) return undefined;
  let depth = 0;
  for (let i = at + name.length + 1; i < line.length; i++) {
    if (line[i] === "(") depth++;
    if (line[i] === ")" && --depth === 0) return line.slice(at + name.length + 2, i);
  }
  return undefined;
}

export function expectedTables(schema: string): ExpectedTable[] {
  const all = blocks(schema);
  const enums = new Set(all.filter((b) => b.kind === "enum").map((b) => b.name));
  const models = all.filter((b) => b.kind === "model");
  const tableOf = new Map(models.map((m) => [m.name, attr(m.lines.join(" "), "@map")?.replace(/"/g, "") ?? m.name]));
  const columnName = (model: Block, field: string) => {
    const line = model.lines.find((l) => l.split(/\s+/)[0] === field);
    return line && attr(line, "map") ? attr(line, "map")!.replace(/"/g, "") : field;
  };
  return models.map((model) => {
    const table: ExpectedTable = { name: tableOf.get(model.name)!, columns: [], primaryKey: [], uniques: [], foreignKeys: [] };
    for (const line of model.lines) {
      if (line.startsWith("@@")) {
        const unique = attr(line, "@unique");
        if (unique) table.uniques.push(listIn(unique.replace(/^\[|\]$/g, "")).map((f) => columnName(model, f)));
        const id = attr(line, "@id");
        if (id) table.primaryKey = listIn(id.replace(/^\[|\]$/g, "")).map((f) => columnName(model, f));
        continue;
      }
      const [name, rawType] = line.split(/\s+/);
      const baseType = rawType.replace(/[?[\]]/g, "");
      const relation = attr(line, "relation");
      if (relation?.includes("fields:")) {
        const fields = /fields:\s*\[([^\]]*)\]/.exec(relation)![1];
        const refs = /references:\s*\[([^\]]*)\]/.exec(relation)![1];
        const onDelete = /onDelete:\s*(\w+)/.exec(relation)?.[1] ?? (rawType.endsWith("?") ? "SetNull" : "Restrict");
        table.foreignKeys.push({
          columns: listIn(fields).map((f) => columnName(model, f)),
          table: tableOf.get(baseType)!,
          references: listIn(refs),
          onDelete: ON_DELETE[onDelete],
        });
      }
      // Unsupported("tsvector"): a PostgreSQL type Prisma does not model, named as information_schema names it.
      const unsupported = /^Unsupported\("([^"]+)"\)/.exec(rawType)?.[1];
      const isScalar = baseType in SCALAR_TYPES || enums.has(baseType) || unsupported !== undefined;
      if (!isScalar) continue;
      const native = /@db\.([\w]+(?:\(\d+\))?)/.exec(line)?.[1];
      // A scalar list (String[]) is a PostgreSQL array, which information_schema calls ARRAY.
      const type = unsupported ?? (rawType.endsWith("[]") ? "ARRAY" : native ? NATIVE_TYPES[native] ?? native.toLowerCase() : enums.has(baseType) ? `enum ${baseType}` : SCALAR_TYPES[baseType]);
      const column = columnName(model, name);
      table.columns.push({ name: column, type, nullable: rawType.endsWith("?") });
      if (/@id\b/.test(line)) table.primaryKey = [column];
      if (/@unique\b/.test(line)) table.uniques.push([column]);
    }
    return table;
  });
}
