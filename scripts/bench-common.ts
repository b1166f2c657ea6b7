// What the benchmarks share: percentiles, and the database of a benchmark of N items.
import { openDatabase, type Database } from "../lib/db/database";

/** The p-th percentile (0–100) of the values, nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  // NaN for no values (a run of one open has no warm ones).
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/**
 * The item count given on the command line (`npm run NAME [-- N]`), checked,
 * and the benchmark's PostgreSQL: the DATABASE_URL one, or an embedded cluster
 * in .data/bench-postgres. DATABASE_URL is set for the modules imported after.
 */
export async function openBenchDatabase(name: string, { defaultCount, maxCount }: { defaultCount: number; maxCount: number }): Promise<{ count: number; database: Database }> {
  const count = Number(process.argv[2] ?? defaultCount);
  if (!Number.isInteger(count) || count < 1 || count > maxCount) {
    console.error(`usage: npm run ${name} [-- N]  (1 ≤ N ≤ ${maxCount})`);
    process.exit(2);
  }
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: ".data", clusterName: "bench-postgres" });
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_SECRET ??= "factdesk-bench-secret-factdesk-bench-secret";
  return { count, database };
}
