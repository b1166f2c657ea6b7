// CLI of claim matching (the contract in tests/fixtures/claims/matching/README.md):
//   npm run --silent claims:match -- --archive ARCHIVE.jsonl [--top 5] < QUERIES.jsonl
// Prints one JSON line per query, in input order: {"id", "matches": [{"id", "score"}, ...]}, best first.
// The archive is ranked in memory with the desk's ranking function (rankMatches); the app retrieves
// candidates from PostgreSQL instead. Bad options or input: one line on stderr, exit 2.
import { readFile } from "node:fs/promises";
import { prepareCandidate, rankMatches, type ArchiveClaim, type MatchQuery } from "../lib/claims/match/rank-matches";
import { commandLine } from "./command-line";

const { fail, run } = commandLine("claims:match");

class UsageError extends Error {}

type Options = { archive: string; top: number };

export function parseArgs(argv: string[]): Options {
  let archive: string | undefined;
  let top = 5;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq !== -1 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith("--") && eq !== -1 ? arg.slice(eq + 1) : undefined;
    if (name !== "--archive" && name !== "--top") throw new UsageError(`unknown option ${JSON.stringify(arg)} (expected --archive FILE, --top N)`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === "") throw new UsageError(`${name} needs a value`);
    if (name === "--archive") archive = value;
    else {
      if (!/^\d{1,3}$/.test(value) || Number(value) < 1) throw new UsageError(`invalid --top ${JSON.stringify(value)}: expected a whole number from 1 to 999`);
      top = Number(value);
    }
  }
  if (!archive) throw new UsageError("--archive FILE is required");
  return { archive, top };
}

const LANGS = new Set(["fr", "en"]);
const TYPES = new Set(["date", "quote", "legal_basis", "number", "other"]);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks the fields both formats share; returns the first problem, or null. */
function commonProblem(row: Record<string, unknown>, text: string[]): string | null {
  if (typeof row.id !== "string" || row.id === "") return `"id" must be a non-empty string`;
  if (!LANGS.has(row.lang as string)) return `"lang" must be "fr" or "en"`;
  for (const field of text) if (typeof row[field] !== "string") return `"${field}" must be a string`;
  if (row.type != null && !TYPES.has(row.type as string)) return `"type" must be one of ${[...TYPES].join(", ")}`;
  if (row.normalized != null && !isObject(row.normalized)) return `"normalized" must be an object`;
  return null;
}

function archiveProblem(row: Record<string, unknown>): string | null {
  const common = commonProblem(row, ["claim"]);
  if (common) return common;
  if (row.date != null && (typeof row.date !== "string" || !/^\d{4}(?:-\d{2}){0,2}$/.test(row.date))) return `"date" must be YYYY-MM-DD, YYYY-MM or YYYY`;
  if (row.claimant != null && typeof row.claimant !== "string") return `"claimant" must be a string`;
  return null;
}

function queryProblem(row: Record<string, unknown>): string | null {
  const common = commonProblem(row, ["text", "sentence"]);
  if (common) return common;
  if (row.published != null && (typeof row.published !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(row.published))) return `"published" must be YYYY-MM-DD`;
  return null;
}

/** Parses JSON lines (blank lines skipped), checking each; throws a UsageError naming the first bad line. */
function parseLines<T>(text: string, where: string, problem: (row: Record<string, unknown>) => string | null): T[] {
  const out: T[] = [];
  text.split("\n").forEach((line, n) => {
    if (line.trim() === "") return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new UsageError(`${where} line ${n + 1}: not JSON`);
    }
    const bad = isObject(row) ? problem(row) : "not a JSON object";
    if (bad) throw new UsageError(`${where} line ${n + 1}: ${bad}`);
    out.push(row as T);
  });
  return out;
}

function decode(bytes: Uint8Array, where: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${where} is not valid UTF-8`);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function main(): Promise<number> {
  try {
    const opts = parseArgs(process.argv.slice(2));
    let bytes: Uint8Array;
    try {
      bytes = await readFile(opts.archive);
    } catch (e) {
      throw new UsageError(`cannot read --archive ${JSON.stringify(opts.archive)}: ${(e as NodeJS.ErrnoException).code ?? "error"}`);
    }
    const archive = parseLines<ArchiveClaim>(decode(bytes, "archive"), "archive", archiveProblem);
    const ids = new Set<string>();
    for (const a of archive) {
      if (ids.has(a.id)) throw new UsageError(`archive: id ${JSON.stringify(a.id)} appears twice`);
      ids.add(a.id);
    }
    const queries = parseLines<MatchQuery & { id: string }>(decode(await readStdin(), "input"), "input", queryProblem);
    const candidates = archive.map(prepareCandidate);
    const lines = queries.map((q) => JSON.stringify({ id: q.id, matches: rankMatches(q, candidates, { top: opts.top }) }));
    process.stdout.write(lines.length ? `${lines.join("\n")}\n` : "");
    return 0;
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message);
    throw e;
  }
}

void run(main);
