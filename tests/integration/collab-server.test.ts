import { SignJWT } from "jose";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { articleDocumentName } from "@/lib/collab/document-name";
import { appendUpdates } from "@/lib/collab/postgres-persistence";
import { db } from "@/lib/db/prisma";
import { removeMember } from "@/lib/server/remove-member";
import { makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { addParagraph, connect, paragraphs, startCollab, tokenFor, waitFor, type TestCollab } from "../helpers/collab";

const sql = postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => undefined });
let server: TestCollab;
let home: TestNewsroom;
let other: TestNewsroom;

beforeAll(async () => {
  server = await startCollab();
  [home, other] = await Promise.all([makeNewsroom(), makeNewsroom()]);
});
afterAll(async () => {
  await server.stop();
  await sql.end();
});

const article = (text = "Le 24 mai 2024, Meta a annoncé un changement.") => makeArticle(home.actors.editor, undefined, text);
const updateRows = async (documentName: string) =>
  (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM collab_update WHERE document = ${documentName}`)[0].n;

describe("authentication", () => {
  it("a member with a token for the document gets the article's text, written into the document once", async () => {
    const { id } = await article("Premier paragraphe.\nSecond paragraphe.");
    const [a, b] = await Promise.all([
      connect(server.url, id, await tokenFor(home.actors.editor, id)),
      connect(server.url, id, await tokenFor(home.actors.fact_checker, id)),
    ]);
    expect(paragraphs(a.doc)).toEqual(["Premier paragraphe.", "Second paragraphe."]);
    expect(paragraphs(b.doc)).toEqual(["Premier paragraphe.", "Second paragraphe."]);
    a.provider.destroy();
    b.provider.destroy();
  });

  it("refuses a token for another document, a forged token, an expired one and another newsroom's member", async () => {
    const { id } = await article();
    const { id: otherId } = await makeArticle(other.actors.editor);
    await expect(connect(server.url, id, await tokenFor(home.actors.editor, otherId))).rejects.toThrow(/authentication failed/);
    await expect(connect(server.url, id, "eyJhbGciOiJIUzI1NiJ9.e30.forged")).rejects.toThrow(/authentication failed/);
    const expired = await new SignJWT({ nid: home.newsroom.id, doc: articleDocumentName(id) })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(home.actors.editor.userId)
      .setAudience("factdesk-collab")
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
      .sign(new TextEncoder().encode(`collab:${process.env.NEXTAUTH_SECRET}`));
    await expect(connect(server.url, id, expired)).rejects.toThrow(/authentication failed/);
    // A real member of newsroom B, with a token naming A's document but B's newsroom.
    await expect(connect(server.url, id, await tokenFor(other.actors.owner, id))).rejects.toThrow(/authentication failed/);
    // …or naming A's newsroom, of which they are not a member.
    await expect(connect(server.url, id, await tokenFor({ ...other.actors.owner, newsroomId: home.newsroom.id }, id))).rejects.toThrow(/authentication failed/);
  });

  it("a viewer's connection is read-only: the server drops their edits", async () => {
    const { id } = await article("Texte.");
    const viewer = await connect(server.url, id, await tokenFor(home.actors.viewer, id));
    const editor = await connect(server.url, id, await tokenFor(home.actors.editor, id));
    addParagraph(viewer.doc, "ajout du lecteur");
    addParagraph(editor.doc, "ajout de l'éditeur");
    await waitFor(() => paragraphs(viewer.doc).includes("ajout de l'éditeur"), 5000, "the editor's paragraph");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(paragraphs(editor.doc)).not.toContain("ajout du lecteur");
    const serverDoc = server.collab.hocuspocus.documents.get(articleDocumentName(id))!;
    expect(paragraphs(serverDoc)).toEqual(["Texte.", "ajout de l'éditeur"]);
    viewer.provider.destroy();
    editor.provider.destroy();
  });

  it("a removed member is disconnected (code 4403) and cannot come back", async () => {
    const team = await makeNewsroom();
    const { id } = await makeArticle(team.actors.editor);
    const checker = await connect(server.url, id, () => tokenFor(team.actors.fact_checker, id));
    const membership = await db().membership.findFirstOrThrow({ where: { userId: team.users.fact_checker.id, newsroomId: team.newsroom.id } });
    await removeMember({ actor: team.actors.owner, membershipId: membership.id });
    expect(await checker.closed).toEqual({ code: 4403, reason: "Your access to this newsroom changed." });
    checker.destroy();
    await expect(connect(server.url, id, await tokenFor(team.actors.fact_checker, id))).rejects.toThrow(/authentication failed/);
  });
});

describe("persistence", () => {
  it("appends accepted updates to the log within 100 ms, and reloads them after a restart", async () => {
    const { id } = await article("Départ.");
    const name = articleDocumentName(id);
    const client = await connect(server.url, id, await tokenFor(home.actors.editor, id));
    const before = await updateRows(name);
    const sentAt = Date.now();
    addParagraph(client.doc, "écrit en direct");
    await waitFor(async () => (await updateRows(name)) > before, 2000, "the update row");
    expect(Date.now() - sentAt).toBeLessThan(500); // generous for CI; bench:collab measures it
    client.provider.destroy();
    await waitFor(() => server.collab.hocuspocus.getDocumentsCount() === 0 || !server.collab.hocuspocus.documents.has(name), 5000, "unload");

    const restarted = await startCollab();
    const again = await connect(restarted.url, id, await tokenFor(home.actors.editor, id));
    expect(paragraphs(again.doc)).toEqual(["Départ.", "écrit en direct"]);
    again.provider.destroy();
    await restarted.stop();
  });

  it("sends a document it loads from PostgreSQL once, in the sync, not again as an update", async () => {
    const { id } = await article(Array.from({ length: 50 }, (_, i) => `Paragraphe ${i} d'un article assez long.`).join("\n"));
    // Messages: document name (one byte of length here), message type (0: sync), sync step (1: state, 2: update).
    const whole: string[] = [];
    const count = (message: Uint8Array) => {
      const at = 1 + message[0];
      if (message[at] === 0 && message.byteLength > 1000) whole.push(message[at + 1] === 1 ? "sync" : "update");
    };
    const reader = await connect(server.url, id, await tokenFor(home.actors.fact_checker, id), undefined, count);
    // A later edit reaches the reader after anything the server had buffered for it.
    const writer = await connect(server.url, id, await tokenFor(home.actors.editor, id));
    addParagraph(writer.doc, "Ajout.");
    await waitFor(() => paragraphs(reader.doc).includes("Ajout."), 2000, "the edit");
    expect(whole).toEqual(["sync"]);
    reader.provider.destroy();
    writer.provider.destroy();
  });

  it("leaves no document in memory once everyone has left, compacted into one snapshot", async () => {
    const { id } = await article("Compacté.");
    const name = articleDocumentName(id);
    const client = await connect(server.url, id, await tokenFor(home.actors.editor, id));
    for (let i = 0; i < 20; i++) addParagraph(client.doc, `ligne ${i}`);
    expect(server.collab.hocuspocus.documents.has(name)).toBe(true);
    client.provider.destroy();
    await waitFor(() => !server.collab.hocuspocus.documents.has(name), 5000, "the document to unload");
    await waitFor(async () => (await updateRows(name)) === 0, 5000, "compaction");
    const [snapshot] = await sql<{ state: Uint8Array }[]>`SELECT state FROM collab_snapshot WHERE document = ${name}`;
    const stored = new Y.Doc();
    Y.applyUpdate(stored, snapshot.state);
    expect(paragraphs(stored)).toHaveLength(21);
  });

  it("appends a batch of several documents' updates in one statement, in order, every byte kept", async () => {
    const [one, two] = [articleDocumentName(crypto.randomUUID()), articleDocumentName(crypto.randomUUID())];
    // Bytes that text would not survive (NUL, invalid UTF-8, a backslash), and a slice of a larger buffer.
    const odd = new Uint8Array([0, 255, 92, 120, 0]);
    const slice = new Uint8Array([9, 9, 1, 2, 3, 9]).subarray(2, 5);
    await appendUpdates(sql, [
      { document: one, update: odd },
      { document: two, update: slice },
      { document: one, update: new Uint8Array([7]) },
    ]);
    const rows = await sql<{ document: string; update: Uint8Array }[]>`
      SELECT document, update FROM collab_update WHERE document IN (${one}, ${two}) ORDER BY id`;
    expect(rows.map((row) => [row.document, [...row.update]])).toEqual([
      [one, [0, 255, 92, 120, 0]],
      [two, [1, 2, 3]],
      [one, [7]],
    ]);
    await sql`DELETE FROM collab_update WHERE document IN (${one}, ${two})`;
  });

  it("keeps the article's derived text and JSON up to date for search and the API", async () => {
    const { id } = await article("Avant.");
    const client = await connect(server.url, id, await tokenFor(home.actors.fact_checker, id));
    addParagraph(client.doc, "intérêts légitimes ajoutés");
    await waitFor(async () => (await db().article.findUniqueOrThrow({ where: { id } })).plainText.includes("intérêts légitimes ajoutés"), 5000, "derived text");
    const row = await db().article.findUniqueOrThrow({ where: { id } });
    expect(row.plainText).toBe("Avant.\nintérêts légitimes ajoutés");
    expect(row.updatedById).toBe(home.actors.fact_checker.userId);
    client.provider.destroy();
  });
});

describe("limits and malformed input", () => {
  it("refuses an oversized change with code 4413 and a clear reason, and keeps the document", async () => {
    const small = await startCollab({ limits: { maxMessageBytes: 64 * 1024, maxDocumentBytes: 256 * 1024 } });
    const { id } = await article("Petit.");
    const client = await connect(small.url, id, await tokenFor(home.actors.editor, id));
    addParagraph(client.doc, "x".repeat(100 * 1024));
    expect(await client.closed).toEqual({ code: 4413, reason: expect.stringMatching(/refused: the limit is 65536 bytes/) });
    client.destroy();
    const fresh = await connect(small.url, id, await tokenFor(home.actors.editor, id));
    expect(paragraphs(fresh.doc)).toEqual(["Petit."]);
    fresh.provider.destroy();
    await small.stop();
  });

  it("refuses edits that grow a document past its maximum size", async () => {
    const small = await startCollab({ limits: { maxMessageBytes: 64 * 1024, maxDocumentBytes: 100 * 1024 } });
    const { id } = await article("Petit.");
    const client = await connect(small.url, id, await tokenFor(home.actors.editor, id));
    for (let i = 0; i < 4; i++) addParagraph(client.doc, "y".repeat(30 * 1024));
    expect(await client.closed).toEqual({ code: 4413, reason: expect.stringMatching(/maximum size/) });
    client.destroy();
    await small.stop();
  });

  it("survives garbage on the socket: the server stays up and the document unchanged", async () => {
    const { id } = await article("Intact.");
    const raw = new WebSocket(server.url);
    await new Promise((resolve) => raw.on("open", resolve));
    for (const junk of [Buffer.from([0xff, 0xff, 0xff]), Buffer.from("not yjs at all"), Buffer.alloc(0), Buffer.from([0, 5, 1, 2])]) raw.send(junk);
    await new Promise((resolve) => setTimeout(resolve, 200));
    raw.close();
    const client = await connect(server.url, id, await tokenFor(home.actors.editor, id));
    expect(paragraphs(client.doc)).toEqual(["Intact."]);
    client.provider.destroy();
  });
});

describe("live claim changes", () => {
  it("relays a committed claim notification to the article's open editors as a stateless message", async () => {
    const { id } = await article();
    const messages: string[] = [];
    const client = await connect(server.url, id, await tokenFor(home.actors.viewer, id));
    client.provider.on("stateless", ({ payload }: { payload: string }) => messages.push(payload));
    const claimId = crypto.randomUUID();
    await sql`SELECT pg_notify('factdesk_claims', ${JSON.stringify({ articleId: id, claimId })})`;
    await waitFor(() => messages.length > 0, 2000, "the stateless message");
    expect(JSON.parse(messages[0])).toEqual({ type: "claim-changed", claimId });
    client.provider.destroy();
  });
});
