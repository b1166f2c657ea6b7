// `npm run bench:collab`: collaboration figures on this machine (see docs/performance.md).
//  1. edit propagation between two real providers through the Factdesk server
//     (all extensions, PostgreSQL) and through a bare Hocuspocus as the floor;
//  2. time from an accepted update to its row in PostgreSQL;
//  3. Yjs state size and server memory per open document for a 10,000-word
//     article with 1,000 claims;
//  4. in Chromium: time to open that article until editable, and time per keystroke.
import { percentile } from "./bench-common";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { Server } from "@hocuspocus/server";
import { prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import postgres from "postgres";
import * as Y from "yjs";
import { openDatabase } from "../lib/db/database";
import { articleSchema } from "../lib/editor/document";

const EDITS = Number(process.env.BENCH_EDITS ?? 1000);

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

async function main() {
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: ".data", clusterName: "bench-postgres" });
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_SECRET ??= "factdesk-bench-secret-factdesk-bench-secret";
  // Imported after DATABASE_URL is set: they open the process's clients.
  const { makeArticle, makeNewsroom } = await import("../tests/helpers/factory");
  const { connect, startCollab, tokenFor, typeInFirstParagraph, waitFor } = await import("../tests/helpers/collab");
  const { bigArticleJson, makeArticleFromJson } = await import("../tests/helpers/big-article");
  const { benchEditor } = await import("./bench-editor");
  const { DERIVED_DEBOUNCE_MS, STORE_DEBOUNCE_MS } = await import("../lib/collab/create-collab-server");
  const sql = postgres(database.url, { max: 2, onnotice: () => undefined });

  const team = await makeNewsroom();
  const claimCount = Number(process.env.BENCH_CLAIMS ?? 1000);
  if (process.env.BENCH_ONLY === "editor") {
    const claimIds = Array.from({ length: claimCount }, () => randomUUID());
    await benchEditor({ databaseUrl: database.url, team, bigJson: bigArticleJson(10_000, claimIds), claimIds });
    if (database.embedded) await database.stop();
    process.exit(0);
  }
  const article = await makeArticle(team.actors.editor, "Bench", "Départ du banc d'essai.");

  /** `edits` sequential edits from a first provider, each timed until a second one has it. */
  async function propagation(url: string, token: (actorRole: "editor" | "fact_checker") => Promise<string>, edits: number) {
    const a = await connect(url, article.id, await token("editor"));
    const b = await connect(url, article.id, await token("fact_checker"));
    const samples: number[] = [];
    const bText = () => (b.doc.getXmlFragment("default").get(0) as Y.XmlElement).toString();
    for (let i = 0; i < edits; i++) {
      const before = bText().length;
      const start = performance.now();
      typeInFirstParagraph(a.doc, "x");
      await new Promise<void>((resolve) => {
        const check = () => (bText().length > before ? resolve() : setImmediate(check));
        check();
      });
      samples.push(performance.now() - start);
    }
    a.provider.destroy();
    b.provider.destroy();
    return samples;
  }

  // 1. Through Factdesk's server and through a bare Hocuspocus (no extensions, in-memory),
  //    in alternating rounds after a warm-up of both, so that neither profits from a warmer process.
  // With the production server's timings, not the tests' short ones (which store and derive while the rounds run).
  const factdesk = await startCollab({ storeDebounceMs: STORE_DEBOUNCE_MS, derivedDebounceMs: DERIVED_DEBOUNCE_MS });
  const bare = new Server({ quiet: true, stopOnSignals: false, port: 0 });
  await bare.listen(0);
  const bareUrl = `ws://127.0.0.1:${(bare.httpServer.address() as AddressInfo).port}`;
  // The bare server starts from an empty document: give it the same first paragraph.
  const seed = await connect(bareUrl, article.id, "none");
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText("Départ du banc d'essai.")]);
  seed.doc.getXmlFragment("default").push([paragraph]);
  // The seed stays connected so that the bare document outlives the rounds: an idle third provider on Factdesk's too.
  const idle = await connect(factdesk.url, article.id, await tokenFor(team.actors.editor, article.id));
  const throughFactdesk = (edits: number) => propagation(factdesk.url, (role) => tokenFor(team.actors[role], article.id), edits);
  const throughBare = (edits: number) => propagation(bareUrl, async () => "none", edits);
  await throughFactdesk(100);
  await throughBare(100);
  const full: number[] = [];
  const floor: number[] = [];
  const ROUNDS = 10;
  for (let round = 0; round < ROUNDS; round++) {
    full.push(...(await throughFactdesk(Math.ceil(EDITS / ROUNDS))));
    floor.push(...(await throughBare(Math.ceil(EDITS / ROUNDS))));
  }
  seed.provider.destroy();
  idle.provider.destroy();
  await bare.destroy();
  if (process.env.BENCH_ONLY === "propagation") {
    console.log(`propagation p50/p95: Factdesk ${fmt(percentile(full, 50))} / ${fmt(percentile(full, 95))}, bare ${fmt(percentile(floor, 50))} / ${fmt(percentile(floor, 95))}, ratio of p95 ${(percentile(full, 95) / percentile(floor, 95)).toFixed(2)}×`);
    await factdesk.stop();
    process.exit(0);
  }

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
  await sql.end();

  console.log("\nCollaboration benchmark (2 cores, loopback)\n");
  console.log(`Edit propagation A → server → B, ${EDITS} edits each, sequential, in ${ROUNDS} alternating rounds:`);
  console.log(`  Factdesk server (auth, limits, PostgreSQL log, derived text): p50 ${fmt(percentile(full, 50))}  p95 ${fmt(percentile(full, 95))}`);
  console.log(`  bare Hocuspocus 4 (no extensions):                            p50 ${fmt(percentile(floor, 50))}  p95 ${fmt(percentile(floor, 95))}`);
  console.log(`  ratio of p95: ${(percentile(full, 95) / percentile(floor, 95)).toFixed(2)}×`);
  console.log(`Accepted update → row in PostgreSQL (100 edits): p50 ${fmt(percentile(toRow, 50))}  p95 ${fmt(percentile(toRow, 95))}  max ${fmt(Math.max(...toRow))}`);
  console.log(`10,000-word article with 1,000 claims: Yjs state ${(stateBytes / 1024).toFixed(0)} KiB; server heap per open document ≈ ${(heapPerDoc / 1048576).toFixed(1)} MiB${global.gc ? "" : " (run with --expose-gc for a steadier figure)"}`);

  await benchEditor({ databaseUrl: database.url, team, bigJson, claimIds });
  if (database.embedded) await database.stop();
  process.exit(0);
}

void main();
