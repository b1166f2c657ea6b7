// `npm run bench:public`: the published fact-check page under load (see docs/performance.md).
// Starts the production server (server.ts) on its own database, publishes the
// demo fact-check (fixture article, 10 rated claims) through the demo seed,
// then measures with autocannon (its own process), 50 connections, BENCH_SECONDS each:
//  1. the latest-version page, answered by Factdesk (public page cache);
//  2. the same bytes from a plain Node `http` server holding them in memory (the ceiling);
//  3. the page rendered on every request (cache off) for comparison.
// Each server runs in its own process; autocannon shares the two cores with it.
// Every URL is also measured with a client that only counts bytes: autocannon
// decodes each body into a string, which for this page bounds the client first.
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { openDatabase } from "../lib/db/database";
import { freePort } from "../lib/db/embedded-postgres";
import { ensureBuild } from "./ensure-build";
import { stopChild } from "./stop-child";
import { rawLoad } from "./raw-load";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

type Figures = { rps: number; p50: number; p99: number; errors: number; non2xx: number };

/** autocannon in a process of its own (as in the goal's figures): the client never shares an event loop with this script. */
function autocannon(url: string, headers: Record<string, string>, seconds: number): Promise<{ requests: { average: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number }> {
  const args = ["--no-install", "autocannon", "--json", "-c", String(CONNECTIONS), "-d", String(seconds), ...Object.entries(headers).flatMap(([k, v]) => ["-H", `${k}=${v}`]), url];
  return new Promise((resolve, reject) => {
    const child = spawn("npx", args, { stdio: ["ignore", "pipe", "ignore"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`autocannon exited with ${code}`))));
  });
}

type Measure = { autocannon: Figures; raw: Figures };

/** The same URL under autocannon, then under the byte-counting client (scripts/raw-load.ts). */
async function load(url: string, headers: Record<string, string> = {}): Promise<Measure> {
  await autocannon(url, headers, 2); // warm-up
  const result = await autocannon(url, headers, SECONDS);
  const raw = await rawLoad(url, { connections: CONNECTIONS, seconds: SECONDS, headers });
  return { autocannon: { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx }, raw };
}

async function waitForHttp(url: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer`);
}

async function startFactdesk(databaseUrl: string, cacheMb: number) {
  const port = await freePort();
  const child = spawn("npx", ["--no-install", "tsx", "server.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "factdesk-bench-secret-factdesk-bench-secret", PORT: String(port), HOSTNAME: "127.0.0.1", FACTDESK_SEED_DEMO: "1", FACTDESK_PUBLIC_CACHE_MB: String(cacheMb), NEXTAUTH_URL: `http://127.0.0.1:${port}` },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true, // its own process group: stopping it stops npx, tsx and node together
  });
  let errors = "";
  child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/api/health`, child).catch((error: Error) => {
    throw new Error(`${error.message}\n${errors}`);
  });
  return { base, child };
}

async function startStatic(body: Buffer, encoding?: "gzip") {
  const file = path.join(tmpdir(), `factdesk-bench-page-${process.pid}.html`);
  writeFileSync(file, body);
  const port = await freePort();
  const source = `const b=require("fs").readFileSync(${JSON.stringify(file)});require("http").createServer((q,s)=>{s.writeHead(200,{"content-type":"text/html; charset=utf-8",${encoding ? `"content-encoding":"${encoding}",` : ""}"content-length":b.length});s.end(b)}).listen(${port},"127.0.0.1")`;
  const child = spawn(process.execPath, ["-e", source], { stdio: "inherit", detached: true });
  await waitForHttp(`http://127.0.0.1:${port}/`, child);
  return { url: `http://127.0.0.1:${port}/`, child };
}

const cell = (f: Figures) =>
  `${f.rps.toFixed(0).padStart(6)} req/s p50 ${String(f.p50).padStart(2)} ms p99 ${String(f.p99).padStart(3)} ms${f.errors || f.non2xx ? ` (${f.errors} errors, ${f.non2xx} non-2xx)` : ""}`;
const row = (name: string, m: Measure) => `${name.padEnd(40)} ${cell(m.autocannon)}   ${cell(m.raw)}`;
const ratio = (a: Measure, b: Measure) =>
  `${"  ratio to the ceiling".padEnd(40)} ${`${((a.autocannon.rps / b.autocannon.rps) * 100).toFixed(0)} %`.padEnd(34)}   ${((a.raw.rps / b.raw.rps) * 100).toFixed(0)} %`;

async function main() {
  ensureBuild();
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: ".data", clusterName: "bench-postgres" });
  const sql = postgres(database.url, { max: 1, onnotice: () => undefined });
  const children: ChildProcess[] = [];
  try {
    const factdesk = await startFactdesk(database.url, 64);
    children.push(factdesk.child);
    const [page] = await sql<{ newsroom: string; slug: string }[]>`
      SELECT n.slug AS newsroom, a.slug FROM "Article" a JOIN "Newsroom" n ON n.id = a."newsroomId"
      WHERE n.slug = 'demo' AND a.status = 'published' ORDER BY a."createdAt" LIMIT 1`;
    if (!page) throw new Error("the demo seed published no fact-check");
    const pagePath = `/${page.newsroom}/${page.slug}`;
    const response = await fetch(factdesk.base + pagePath);
    const body = Buffer.from(await response.arrayBuffer());
    const claims = (body.toString().match(/"@type":"ClaimReview"/g) ?? []).length;
    console.log(`Page ${pagePath}: ${response.status}, ${body.length} bytes, ${claims} rated claims; ${CONNECTIONS} connections, ${SECONDS} s per run.\n`);

    const gzip = { "accept-encoding": "gzip" };
    const cached = await load(factdesk.base + pagePath);
    const cachedGzip = await load(factdesk.base + pagePath, gzip);
    await stopChild(factdesk.child);
    const ceiling = await startStatic(body);
    children.push(ceiling.child);
    const bare = await load(ceiling.url);
    await stopChild(ceiling.child);
    const zipped = gzipSync(body);
    const ceilingGzip = await startStatic(zipped, "gzip");
    children.push(ceilingGzip.child);
    const bareGzip = await load(ceilingGzip.url, gzip);
    await stopChild(ceilingGzip.child);
    console.log(`${"".padEnd(40)} ${"autocannon".padEnd(34)}   byte-counting client`);
    console.log(row(`Factdesk, latest version (${(body.length / 1024).toFixed(0)} KiB)`, cached));
    console.log(row("plain Node http, same bytes (ceiling)", bare));
    console.log(ratio(cached, bare));
    console.log(row(`Factdesk, gzip (${(zipped.length / 1024).toFixed(0)} KiB)`, cachedGzip));
    console.log(row("plain Node http, same gzip bytes", bareGzip));
    console.log(ratio(cachedGzip, bareGzip));
    console.log("goal: ≥ 5,000 req/s, p99 ≤ 20 ms, ≥ 25 % of the ceiling");
    if (process.env.BENCH_UNCACHED !== "0") {
      const uncachedServer = await startFactdesk(database.url, 0);
      children.push(uncachedServer.child);
      const uncached = await load(uncachedServer.base + pagePath);
      console.log(row("Factdesk, rendered per request (cache 0)", uncached));
    }
  } finally {
    for (const child of children) await stopChild(child);
    await sql.end();
    if (database.embedded) await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
