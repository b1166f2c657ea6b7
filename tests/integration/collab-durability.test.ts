import { spawn, type ChildProcess } from "node:child_process";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { articleDocumentName } from "@/lib/collab/document-name";
import { loadDocumentState } from "@/lib/collab/postgres-persistence";
import { freePort } from "@/lib/db/embedded-postgres";
import { makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { addParagraph, connect, paragraphs, startCollab, tokenFor, waitFor } from "../helpers/collab";

let team: TestNewsroom;
const sql = postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => undefined });

beforeAll(async () => {
  team = await makeNewsroom();
});
afterAll(() => sql.end());

function startProcess(port: number): Promise<ChildProcess> {
  // node itself (not npx), so that SIGKILL reaches the server.
  const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/collab-process.ts"], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (data: Buffer) => data.toString().includes("ready") && resolve(child));
    child.on("exit", (code) => reject(new Error(`collab process exited with ${code}`)));
  });
}

describe("durability", () => {
  it("loses no character when the server is killed (SIGKILL) while two people type", async () => {
    const { id } = await makeArticle(team.actors.editor, "Crash", "Début.");
    const port = await freePort();
    const url = `ws://127.0.0.1:${port}/collab`;
    let server = await startProcess(port);
    const a = await connect(url, id, () => tokenFor(team.actors.editor, id));
    const b = await connect(url, id, () => tokenFor(team.actors.fact_checker, id));
    const typed: string[] = [];
    let stop = false;
    const typist = async (client: typeof a, who: string) => {
      for (let i = 0; !stop; i++) {
        const line = `${who}-${i}`;
        addParagraph(client.doc, line);
        typed.push(line);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    const typing = Promise.all([typist(a, "a"), typist(b, "b")]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    server.kill("SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 300)); // they keep typing, offline
    stop = true;
    await typing;
    server = await startProcess(port);
    // The providers reconnect by themselves and send what the server lacks.
    await waitFor(() => paragraphs(a.doc).length === paragraphs(b.doc).length && paragraphs(b.doc).length === typed.length + 1, 20_000, "convergence");
    const name = articleDocumentName(id);
    await waitFor(async () => {
      const stored = new Y.Doc();
      for (const update of await loadDocumentState(sql, name)) Y.applyUpdate(stored, update);
      return paragraphs(stored).length === typed.length + 1;
    }, 10_000, "every edit stored");
    expect(new Set(paragraphs(a.doc))).toEqual(new Set(["Début.", ...typed]));
    a.provider.destroy();
    b.provider.destroy();
    server.kill("SIGTERM");
  }, 60_000);

  it("after a restart with no client, the stored document equals the last state", async () => {
    const { id } = await makeArticle(team.actors.editor, "Redémarrage", "Premier.");
    const first = await startCollab();
    const client = await connect(first.url, id, await tokenFor(team.actors.editor, id));
    for (let i = 0; i < 30; i++) addParagraph(client.doc, `ligne ${i}`);
    const expected = paragraphs(client.doc);
    await waitFor(() => paragraphs(first.collab.hocuspocus.documents.get(articleDocumentName(id))!).length === expected.length, 5000, "server has it");
    client.provider.destroy();
    await first.stop(); // graceful shutdown stores everything
    const second = await startCollab();
    const reader = await connect(second.url, id, await tokenFor(team.actors.viewer, id));
    expect(paragraphs(reader.doc)).toEqual(expected);
    reader.provider.destroy();
    await second.stop();
  });
});

const REDIS_URL = process.env.FACTDESK_REDIS_URL ?? "redis://127.0.0.1:6379";

/** The scale-out test needs a Redis server (CI machines run one); without it, it is skipped and says why. */
async function redisAvailable(): Promise<boolean> {
  const { default: Redis } = await import("ioredis");
  const client = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000, retryStrategy: () => null });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    console.warn(`scale-out test skipped: no Redis at ${REDIS_URL}`);
    return false;
  } finally {
    client.disconnect();
  }
}

describe("scale-out", async () => {
  const withRedis = await redisAvailable();
  it.runIf(withRedis)("two instances sharing PostgreSQL and Redis serve the same document to editors on either", async () => {
    const { id } = await makeArticle(team.actors.editor, "Deux instances", "Partagé.");
    const one = await startCollab({ redisUrl: REDIS_URL, name: "one" });
    const two = await startCollab({ redisUrl: REDIS_URL, name: "two" });
    const a = await connect(one.url, id, await tokenFor(team.actors.editor, id));
    const b = await connect(two.url, id, await tokenFor(team.actors.fact_checker, id));
    addParagraph(a.doc, "écrit sur l'instance un");
    addParagraph(b.doc, "écrit sur l'instance deux");
    await waitFor(() => paragraphs(a.doc).length === 3 && paragraphs(b.doc).length === 3, 10_000, "both instances");
    expect(new Set(paragraphs(a.doc))).toEqual(new Set(paragraphs(b.doc)));
    a.provider.destroy();
    b.provider.destroy();
    await one.stop();
    await two.stop();
  });
});
