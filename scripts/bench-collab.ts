// `npm run bench:collab`: collaboration figures on this machine (see docs/performance.md).
//  1. edit propagation between two real providers through the Factdesk server
//     (all extensions, PostgreSQL) and through a bare Hocuspocus as the floor;
//  2. time from an accepted update to its row in PostgreSQL;
//  3. Yjs state size and server memory per open document for a 10,000-word
//     article with 1,000 claims;
//  4. compaction of that article after 5,000 keystrokes, and the event loop's longest stall meanwhile;
//  5. in Chromium: time to open that article until editable, and time per keystroke.
import { percentile } from "./bench-common";
import type { CompactionFigures } from "./bench-compaction";
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import postgres from "postgres";
import * as Y from "yjs";
import { openDatabase } from "../lib/db/database";
import { articleSchema } from "../lib/editor/document";

const EDITS = Number(process.env.BENCH_EDITS ?? 5000);

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

/** scripts/bench-collab-server.ts in a process of its own; resolves with its URL once it listens. */
function startServerProcess(kind: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench-collab-server.ts", kind], { stdio: ["pipe", "pipe", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = () => {
    child.stdin.end();
    return exited;
  };
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the ${kind} server exited (${code}) before it listened`)));
    createInterface({ input: child.stdout }).once("line", (url) => resolve({ url, stop }));
  });
}

async function main() {
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: ".data", clusterName: "bench-postgres" });
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_SECRET ??= "factdesk-bench-secret-factdesk-bench-secret";
  // Imported after DATABASE_URL is set: they open the process's clients.
  const { makeArticle, makeNewsroom } = await import("../tests/helpers/factory");
  const { addParagraph, connect, startCollab, tokenFor, typeInFirstParagraph, waitFor } = await import("../tests/helpers/collab");
  const { bigArticleJson, makeArticleFromJson } = await import("../tests/helpers/big-article");
  const { benchEditor } = await import("./bench-editor");
  const { benchCompaction } = await import("./bench-compaction");
  const { DERIVED_DEBOUNCE_MS, STORE_DEBOUNCE_MS } = await import("../lib/collab/create-collab-server");
  const sql = postgres(database.url, { max: 2, onnotice: () => undefined });

  const team = await makeNewsroom();
  const claimCount = Number(process.env.BENCH_CLAIMS ?? 1000);
  if (process.env.BENCH_ONLY === "compaction") {
    printCompaction(await benchCompaction({ sql, json: bigArticleJson(10_000, Array.from({ length: claimCount }, () => randomUUID())) }));
    process.exit(0);
  }
  if (process.env.BENCH_ONLY === "editor") {
    const claimIds = Array.from({ length: claimCount }, () => randomUUID());
    await benchEditor({ databaseUrl: database.url, team, bigJson: bigArticleJson(10_000, claimIds), claimIds });
    if (database.embedded) await database.stop();
    process.exit(0);
  }
  const article = await makeArticle(team.actors.editor, "Bench", "Départ du banc d'essai.");

  /** Two providers on a server: the function types one character through the first and times it until the second has it. */
  async function editPair(url: string, token: (role: "editor" | "fact_checker") => Promise<string>) {
    const a = await connect(url, article.id, await token("editor"));
    const b = await connect(url, article.id, await token("fact_checker"));
    const bText = () => (b.doc.getXmlFragment("default").get(0) as Y.XmlElement).toString();
    return async (): Promise<number> => {
      const before = bText().length;
      const arrived = new Promise<void>((resolve) => {
        const check = () => {
          if (bText().length > before) {
            b.doc.off("update", check);
            resolve();
          }
        };
        b.doc.on("update", check);
      });
      const start = performance.now();
      typeInFirstParagraph(a.doc, "x");
      await arrived;
      return performance.now() - start;
    };
  }

  // 1. Propagation through Factdesk's server and through a bare Hocuspocus (no extensions, in memory), each in
  //    a process of its own, both running at once: the edits alternate between them (A→B on one, then on the
  //    other, the order swapped every edit), so that both see the same machine, the same moment and the same
  //    clients, and each server's own background work (batched INSERTs, timers, garbage collection) lands on
  //    its own relays only.
  const servers = await Promise.all(["factdesk", "bare"].map(startServerProcess));
  const [factdeskUrl, bareUrl] = servers.map((server) => server.url);
  const factdeskToken = (role: "editor" | "fact_checker") => tokenFor(team.actors[role], article.id);
  // The bare server starts from an empty document: a third provider gives it the same first paragraph and stays,
  // as an idle third provider stays on Factdesk's, so that each relay goes to two connections.
  const seed = await connect(bareUrl, article.id, "none");
  addParagraph(seed.doc, "Départ du banc d'essai.");
  const idle = await connect(factdeskUrl, article.id, await factdeskToken("editor"));
  const editThroughFactdesk = await editPair(factdeskUrl, factdeskToken);
  const editThroughBare = await editPair(bareUrl, async () => "none");
  for (let i = 0; i < 200; i++) {
    await editThroughFactdesk();
    await editThroughBare();
  }
  const full: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    if (i % 2 === 0) full.push(await editThroughFactdesk());
    floor.push(await editThroughBare());
    if (i % 2 === 1) full.push(await editThroughFactdesk());
  }
  for (const client of [seed, idle]) client.destroy();
  await Promise.all(servers.map((server) => server.stop()));
  const ratio = percentile(full, 95) / percentile(floor, 95);
  if (process.env.BENCH_ONLY === "propagation") {
    console.log(`propagation p50/p95: Factdesk ${fmt(percentile(full, 50))} / ${fmt(percentile(full, 95))}, bare ${fmt(percentile(floor, 50))} / ${fmt(percentile(floor, 95))}, ratio of p95 ${ratio.toFixed(2)}×`);
    process.exit(0);
  }
  const factdesk = await startCollab({ storeDebounceMs: STORE_DEBOUNCE_MS, derivedDebounceMs: DERIVED_DEBOUNCE_MS });

  // 2. Accepted update → row in PostgreSQL.
  const writer = await connect(factdesk.url, article.id, await tokenFor(team.actors.editor, article.id));
  const toRow: number[] = [];
  for (let i = 0; i < 100; i++) {
    const [{ max }] = await sql<{ max: string | null }[]>`SELECT max(id)::text AS max FROM collab_update`;
    const start = performance.now();
    typeInFirstParagraph(writer.doc, "y");
    await waitFor(async () => (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM collab_update WHERE id > ${max ?? "0"}::bigint`)[0].n > 0, 5000, "row");
    toRow.push(performance.now() - start);
  }
  writer.provider.destroy();

  // 3. State size and memory per open document (10,000 words, 1,000 claims).
  const claimIds = Array.from({ length: 1000 }, () => randomUUID());
  const bigJson = bigArticleJson(10_000, claimIds);
  const stateBytes = Y.encodeStateAsUpdate(prosemirrorJSONToYDoc(articleSchema(), bigJson, "default")).byteLength;
  const bigArticles = [];
  for (let i = 0; i < 10; i++) bigArticles.push(await makeArticleFromJson(team.actors.editor, `Gros article ${i}`, bigJson));
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const openClients = [];
  for (const big of bigArticles) openClients.push(await connect(factdesk.url, big.id, await tokenFor(team.actors.editor, big.id)));
  // Client docs live in this process too: measure the server's share by dropping theirs.
  for (const client of openClients) {
    client.provider.configuration.websocketProvider.disconnect();
  }
  const serverDocs = bigArticles.map((a) => factdesk.collab.hocuspocus.documents.get(`article.${a.id}`)).filter(Boolean);
  for (const client of openClients) client.doc.destroy();
  global.gc?.();
  const heapPerDoc = (process.memoryUsage().heapUsed - heapBefore) / Math.max(1, serverDocs.length);
  for (const client of openClients) client.provider.destroy();
  await factdesk.stop();
  // 4. Compaction of that article after 5,000 keystrokes.
  const compaction = await benchCompaction({ sql, json: bigJson });
  await sql.end();

  console.log("\nCollaboration benchmark (2 cores, loopback)\n");
  console.log(`Edit propagation A → server → B, ${EDITS} edits through each, sequential, alternating between the two servers:`);
  console.log(`  Factdesk server (auth, limits, PostgreSQL log, derived text): p50 ${fmt(percentile(full, 50))}  p95 ${fmt(percentile(full, 95))}`);
  console.log(`  bare Hocuspocus 4 (no extensions):                            p50 ${fmt(percentile(floor, 50))}  p95 ${fmt(percentile(floor, 95))}`);
  console.log(`  ratio of p95: ${ratio.toFixed(2)}×`);
  console.log(`Accepted update → row in PostgreSQL (100 edits): p50 ${fmt(percentile(toRow, 50))}  p95 ${fmt(percentile(toRow, 95))}  max ${fmt(Math.max(...toRow))}`);
  console.log(`10,000-word article with 1,000 claims: Yjs state ${(stateBytes / 1024).toFixed(0)} KiB; server heap per open document ≈ ${(heapPerDoc / 1048576).toFixed(1)} MiB${global.gc ? "" : " (run with --expose-gc for a steadier figure)"}`);

  printCompaction(compaction);
  await benchEditor({ databaseUrl: database.url, team, bigJson, claimIds });
  if (database.embedded) await database.stop();
  process.exit(0);
}

function printCompaction({ updates, mainThread, worker }: CompactionFigures) {
  console.log(`Compaction of that article's snapshot and ${updates.toLocaleString("en")} keystroke updates (longest event-loop stall meanwhile):`);
  console.log(`  on a worker thread, as the server does: ${fmt(worker.ms)}, stall ${fmt(worker.stallMs)}`);
  console.log(`  on the main thread:                     ${fmt(mainThread.ms)}, stall ${fmt(mainThread.stallMs)}`);
}

void main();
