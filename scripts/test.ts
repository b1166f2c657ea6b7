// `npm test`: one real PostgreSQL (embedded, or DATABASE_URL) for every suite,
// Vitest (unit + integration), then Playwright against the production build.
// Usage: tsx scripts/test.ts [all|vitest|e2e] [extra args for the runner]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import postgres from "postgres";
import { openDatabase } from "../lib/db/database";
import { freePort } from "../lib/db/embedded-postgres";
import { ensureBuild } from "./ensure-build";

type Counts = { passed: number; failed: number; skipped: number; failures: string[]; flaky: string[] };

function run(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  return spawnSync(command, args, { stdio: "inherit", env }).status ?? 1;
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; assertionResults: { fullName: string; status: string }[] }[];
};

function vitestCounts(): Counts {
  const report = readJson<VitestReport>("test-results/vitest.json");
  if (!report) return { passed: 0, failed: 1, skipped: 0, failures: ["Vitest wrote no report"], flaky: [] };
  const failures = report.testResults.flatMap((file) => {
    const failed = file.assertionResults.filter((test) => test.status === "failed").map((test) => `${file.name}: ${test.fullName}`);
    // A file that failed before its tests ran (an import error, a failed beforeAll) has no failed test of its own.
    return failed.length === 0 && file.status === "failed" ? [`${file.name}: the file failed`] : failed;
  });
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests, failures, flaky: [] };
}

type PlaywrightSuite = { title: string; specs?: { title: string; tests: { status: string }[] }[]; suites?: PlaywrightSuite[] };

/** The names of the specs whose test ended with `status` ("unexpected": failed; "flaky": passed on a retry). */
function specsWith(status: string, suite: PlaywrightSuite, path: string[] = []): string[] {
  const here = [...path, suite.title].filter(Boolean);
  const own = (suite.specs ?? []).filter((spec) => spec.tests.some((test) => test.status === status)).map((spec) => [...here, spec.title].join(" › "));
  return [...own, ...(suite.suites ?? []).flatMap((child) => specsWith(status, child, here))];
}

function playwrightCounts(): Counts {
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number }; suites: PlaywrightSuite[] }>("test-results/playwright.json");
  if (!report) return { passed: 0, failed: 1, skipped: 0, failures: ["Playwright wrote no report"], flaky: [] };
  const failures = report.suites.flatMap((suite) => specsWith("unexpected", suite));
  const flaky = report.suites.flatMap((suite) => specsWith("flaky", suite));
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped, failures, flaky };
}

/**
 * With FACTDESK_TEST_FRESH_DATABASE=1, the tests run in a new database created
 * on DATABASE_URL's server and dropped afterwards (CI: no state from earlier runs).
 */
async function freshDatabaseUrl(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `factdesk_test_${Date.now().toString(36)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function main() {
  const [which = "all", ...extra] = process.argv.slice(2);
  rmSync("test-results", { recursive: true, force: true });
  mkdirSync("test-results", { recursive: true });
  const fresh = process.env.DATABASE_URL && process.env.FACTDESK_TEST_FRESH_DATABASE === "1" ? await freshDatabaseUrl(process.env.DATABASE_URL) : null;
  const database = await openDatabase({ databaseUrl: fresh?.url ?? process.env.DATABASE_URL, dataDir: ".data", clusterName: "test-postgres" });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "factdesk-test-secret-not-for-production-use",
    E2E_PORT: String(await freePort()),
    // The saved pages the e2e tests import from, the one host the app may fetch from.
    E2E_PAGES_PORT: String(await freePort()),
  };
  const totals: Counts = { passed: 0, failed: 0, skipped: 0, failures: [], flaky: [] };
  const add = (c: Counts) => {
    totals.passed += c.passed;
    totals.failed += c.failed;
    totals.skipped += c.skipped;
    totals.failures.push(...c.failures);
    totals.flaky.push(...c.flaky);
  };
  let exitCode = 0;
  try {
    if (which === "all" || which === "vitest") {
      exitCode ||= run("npx", ["--no-install", "vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json", ...extra], env);
      add(vitestCounts());
    }
    if (which === "all" || which === "e2e") {
      ensureBuild();
      exitCode ||= run("npx", ["--no-install", "playwright", "test", ...extra], env);
      add(playwrightCounts());
    }
  } finally {
    if (database.embedded) await database.stop();
    await fresh?.drop();
  }
  writeFileSync("test-results/summary.json", JSON.stringify(totals));
  if (totals.flaky.length > 0) console.log(`\nFlaky (failed, then passed on a retry):\n${totals.flaky.map((name) => `  ~ ${name}`).join("\n")}`);
  if (totals.failures.length > 0) console.log(`\nFailed:\n${totals.failures.map((name) => `  ✘ ${name}`).join("\n")}`);
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
  process.exit(exitCode || (totals.failed > 0 ? 1 : 0));
}

void main();
