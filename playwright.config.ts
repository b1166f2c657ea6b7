import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// scripts/test.ts starts the database, picks the port and builds the app first.
const port = Number(process.env.E2E_PORT ?? 3197);
const baseURL = `http://localhost:${port}`;
// tests/helpers/fixture-server.ts serves saved pages there; the app may fetch from it and nowhere else on this machine.
export const pagesPort = Number(process.env.E2E_PAGES_PORT ?? port + 2);
const chromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  // CI (.ci/run) allows one retry on its slower shared machine; a test that passes only on its retry is listed as flaky at the end of the run.
  retries: Number(process.env.FACTDESK_E2E_RETRIES ?? 0),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL,
    locale: "en-GB",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: {
    command: "npx tsx server.ts",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "ignore",
    stderr: "pipe",
    env: { PORT: String(port), FACTDESK_SEED_DEMO: "1", HOSTNAME: "127.0.0.1", FACTDESK_FETCH_ALLOW_HOSTS: `127.0.0.1:${pagesPort}` },
  },
});
