import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { articleDocumentName } from "@/lib/collab/document-name";
import { loadDocumentState } from "@/lib/collab/postgres-persistence";
import { holdRefusedChanges } from "@/components/editor/hold-refused-change";
import { MAX_BODY_CHARS } from "@/lib/editor/document";
import { api, tokensFor } from "../helpers/api";
import { addParagraph, connect, paragraphs, startCollab, tokenFor, waitFor, type TestCollab } from "../helpers/collab";
import { makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";

const sql = postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => undefined });
let server: TestCollab;
let team: TestNewsroom;
let tokens: Awaited<ReturnType<typeof tokensFor>>;

beforeAll(async () => {
  server = await startCollab();
  team = await makeNewsroom();
  tokens = await tokensFor(team);
});
afterAll(async () => {
  await server.stop();
  await sql.end();
});

const editor = async (id: string) => connect(server.url, id, await tokenFor(team.actors.editor, id));

/** The document as PostgreSQL holds it (snapshot and update log), as a restart would load it. */
async function stored(id: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of await loadDocumentState(sql, articleDocumentName(id))) Y.applyUpdate(doc, update);
  return doc;
}

const apiText = async (id: string) => ((await (await api("GET", `/articles/${id}`, { token: tokens.viewer })).json()) as { text: string }).text;

/** Pushes `change` from a client's document as one update; resolves to how the server closed the connection. */
async function refusedChange(id: string, change: (fragment: Y.XmlFragment) => void) {
  const client = await editor(id);
  change(client.doc.getXmlFragment("default"));
  const closed = await client.closed;
  client.destroy();
  return closed;
}

describe("the live document is held to the article schema", () => {
  it("refuses an element the schema does not know: the document and the stored text stay valid, and the next edit reaches the API", async () => {
    const { id } = await makeArticle(team.actors.editor, "Élément inconnu", "Avant.");
    for (const name of ["script", "image"]) {
      const closed = await refusedChange(id, (fragment) => {
        const element = new Y.XmlElement(name);
        element.insert(0, [new Y.XmlText("alert(1)")]);
        fragment.push([element]);
      });
      expect(closed).toEqual({ code: 4422, reason: `This change was refused: it does not fit the article format: Unknown node type: ${name}.` });
    }
    expect(paragraphs(await stored(id))).toEqual(["Avant."]);

    const honest = await editor(id);
    expect(paragraphs(honest.doc)).toEqual(["Avant."]);
    addParagraph(honest.doc, "Après la tentative.");
    await waitFor(async () => (await apiText(id)) === "Avant.\nAprès la tentative.", 5000, "the edit in the API's text");
    honest.destroy();
  });

  it("refuses text PostgreSQL cannot store, content the schema does not allow and unsafe links", async () => {
    const { id } = await makeArticle(team.actors.editor, "Contenu refusé", "Intact.");
    const cases: [string, (fragment: Y.XmlFragment) => void][] = [
      ["a NUL character", (fragment) => ((fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, "a\u0000b")],
      ["a list item outside a list", (fragment) => fragment.push([new Y.XmlElement("listItem")])],
      ["a paragraph in a paragraph", (fragment) => (fragment.get(0) as Y.XmlElement).push([new Y.XmlElement("paragraph")])],
      ["an unknown mark", (fragment) => ((fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText).format(0, 3, { code: {} })],
      ["a javascript: link", (fragment) => ((fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText).format(0, 3, { link: { href: "javascript:alert(1)" } })],
      ["data beside the article", (fragment) => fragment.doc!.getMap("extra").set("payload", "x")],
    ];
    for (const [what, change] of cases) {
      const closed = await refusedChange(id, change);
      expect(closed.code, what).toBe(4422);
      expect(closed.reason, what).toMatch(/^This change was refused: /);
    }
    expect(paragraphs(await stored(id))).toEqual(["Intact."]);
    const honest = await editor(id);
    ((honest.doc.getXmlFragment("default").get(0) as Y.XmlElement).get(0) as Y.XmlText).format(0, 6, { bold: {} });
    addParagraph(honest.doc, "Encore valide.");
    await waitFor(async () => (await apiText(id)) === "Intact.\nEncore valide.", 5000, "the valid edits in the API's text");
    honest.destroy();
  });

  it(`refuses a body typed live past ${MAX_BODY_CHARS.toLocaleString("en")} characters, and takes the edits that follow`, async () => {
    const { id } = await makeArticle(team.actors.editor, "Trop long", "Début.");
    const client = await editor(id);
    const chunk = "mot ".repeat(25_000); // 100,000 characters per paragraph, one update each
    addParagraph(client.doc, chunk);
    addParagraph(client.doc, chunk);
    await waitFor(async () => (await apiText(id)).length > 200_000, 10_000, "two long paragraphs accepted");
    addParagraph(client.doc, chunk);
    const closed = await client.closed;
    client.destroy();
    const length = "Début.".length + 3 * (1 + chunk.length);
    expect(closed).toEqual({ code: 4413, reason: `This change was refused: the text would be ${length.toLocaleString("en")} characters long; the limit is 300,000.` });
    expect(paragraphs(await stored(id))).toHaveLength(3);

    const next = await editor(id);
    addParagraph(next.doc, "Court.");
    await waitFor(async () => (await apiText(id)).endsWith("\nCourt."), 5000, "a short edit after the refusal");
    next.destroy();
  });

  it("an editor whose change was refused waits instead of sending it again, and comes back at the next edit: an undo is taken", async () => {
    const { id } = await makeArticle(team.actors.editor, "Annulé", "Début.");
    const client = await editor(id);
    const told: (string | null)[] = [];
    holdRefusedChanges(client.provider, client.doc, (reason) => told.push(reason));
    const undo = new Y.UndoManager(client.doc.getXmlFragment("default"));
    addParagraph(client.doc, "x".repeat(MAX_BODY_CHARS));
    await waitFor(() => told.length === 1, 5000, "the refusal");
    expect(told[0]).toMatch(/^This change was refused: the text would be 300,007 characters long; the limit is 300,000/);
    // The provider's own retry would come after a second: nothing reconnects.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(server.collab.hocuspocus.documents.get(articleDocumentName(id))?.getConnectionsCount() ?? 0).toBe(0);
    expect(told).toHaveLength(1);

    undo.undo();
    await waitFor(() => told.at(-1) === null && client.provider.synced, 5000, "the connection back");
    addParagraph(client.doc, "Après l'annulation.");
    await waitFor(async () => (await apiText(id)) === "Début.\nAprès l'annulation.", 5000, "the next edit in the API's text");
    expect(told).toEqual([told[0], null]);
    client.destroy();
  });

  it("lets a viewer's connection be: their updates are dropped, never checked or refused", async () => {
    const { id } = await makeArticle(team.actors.editor, "Lecteur", "Texte.");
    const viewer = await connect(server.url, id, await tokenFor(team.actors.viewer, id));
    viewer.doc.getXmlFragment("default").push([new Y.XmlElement("script")]);
    const writer = await editor(id);
    addParagraph(writer.doc, "Suite.");
    await waitFor(() => paragraphs(viewer.doc).includes("Suite."), 5000, "the viewer still receives edits");
    await waitFor(async () => paragraphs(await stored(id)).join("|") === "Texte.|Suite.", 5000, "the edit stored, and nothing else");
    viewer.destroy();
    writer.destroy();
  });
});
