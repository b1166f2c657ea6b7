import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { articleDocumentName } from "@/lib/collab/document-name";
import { loadDocumentState } from "@/lib/collab/postgres-persistence";
import { signCollabToken } from "@/lib/collab/token";
import { openDatabase } from "@/lib/db/database";
import { DatabaseStartError, freePort, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { documentFromPlainText } from "@/lib/editor/document";
import { startInstance } from "@/scripts/local-cluster";
import { addParagraph, connect, paragraphs, waitFor, type TestClient } from "../helpers/collab";

const runsAsRoot = process.getuid?.() === 0;

async function readiness(url: string): Promise<unknown> {
  return (await fetch(`${url}/api/ready`)).json();
}

describe("the embedded PostgreSQL's data folder", () => {
  it.runIf(runsAsRoot)("inside a 0700 folder of root's (mktemp -d): the start says which folder and what to do, and that advice works", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "factdesk-data-"));
    const clusterDir = path.join(folder, "postgres");
    await expect(startEmbeddedPostgres({ clusterDir, password: "x" })).rejects.toThrow(DatabaseStartError);
    await expect(startEmbeddedPostgres({ clusterDir, password: "x" })).rejects.toThrow(`cannot enter ${folder} (mode 0700, owned by root). Let it through with \`chmod o+x ${folder}\``);
    chmodSync(folder, 0o701);
    const database = await startEmbeddedPostgres({ clusterDir, password: "x" });
    await database.stop();
  }, 60_000);
});

describe("PostgreSQL restarted while people type", () => {
  it("the instance says it is not ready meanwhile, keeps the edits it accepted and stores them once PostgreSQL is back", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "factdesk-restart-"));
    chmodSync(dataDir, 0o755);
    const port = await freePort();
    let database = await openDatabase({ dataDir, port });
    // Its own database (the test's shared one is not restarted): the rows written directly.
    const sql = postgres(database.url, { max: 1, onnotice: () => undefined });
    const [user] = await sql<{ id: string }[]>`INSERT INTO "User" (id, email, name, "updatedAt") VALUES (gen_random_uuid(), 'typist@restart.test', 'Typist', now()) RETURNING id`;
    const [newsroom] = await sql<{ id: string }[]>`INSERT INTO "Newsroom" (id, slug, name, "updatedAt") VALUES (gen_random_uuid(), 'restart', 'Restart', now()) RETURNING id`;
    await sql`INSERT INTO "Membership" (id, "userId", "newsroomId", role) VALUES (gen_random_uuid(), ${user.id}, ${newsroom.id}, 'editor')`;
    const [article] = await sql<{ id: string }[]>`INSERT INTO "Article" (id, "newsroomId", slug, title, language, "contentJson", "plainText", "createdById", "updatedById", "updatedAt")
      VALUES (gen_random_uuid(), ${newsroom.id}, 'a', 'A', 'fr', ${sql.json(documentFromPlainText("Début.").json as postgres.JSONValue)}, 'Début.', ${user.id}, ${user.id}, now()) RETURNING id`;
    await sql.end();
    const instance = await startInstance({ name: "restart", services: "collab", env: { DATABASE_URL: database.url }, log: () => undefined });
    const name = articleDocumentName(article.id);
    const token = () => signCollabToken({ userId: user.id, newsroomId: newsroom.id, document: name });
    const typed: string[] = [];
    const type = (client: TestClient, label: string) => {
      for (let i = 0; i < 5; i++) {
        addParagraph(client.doc, `${label}-${i}`);
        typed.push(`${label}-${i}`);
      }
    };
    let editor: TestClient | undefined;
    try {
      editor = await connect(`${instance.url.replace("http", "ws")}/collab`, article.id, token);
      const { doc } = editor;
      type(editor, "avant");
      await database.stop();
      type(editor, "pendant");
      await waitFor(async () => JSON.stringify(await readiness(instance.url)) === JSON.stringify({ status: "unavailable" }), 10_000, "not ready");
      database = await openDatabase({ dataDir, port });
      type(editor, "après");
      await waitFor(async () => JSON.stringify(await readiness(instance.url)) === JSON.stringify({ status: "ready" }), 10_000, "ready again");
      const check = postgres(database.url, { max: 1, onnotice: () => undefined });
      const stored = async () => {
        const doc = new Y.Doc();
        for (const update of await loadDocumentState(check, name)) Y.applyUpdate(doc, update);
        return paragraphs(doc);
      };
      await waitFor(async () => (await stored()).length === paragraphs(doc).length, 20_000, "every edit stored");
      expect((await stored()).filter((p) => typed.includes(p))).toEqual(typed);
      await check.end();
    } finally {
      editor?.destroy();
      await instance.stop();
      await database.stop();
    }
  }, 90_000);
});
