import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collabSession } from "@/lib/collab/collab-session";
import { articleDocumentName } from "@/lib/collab/document-name";
import { warmDocuments } from "@/lib/collab/warm-documents";
import { makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { addParagraph, connect, paragraphs, startCollab, tokenFor, waitFor, type TestCollab } from "../helpers/collab";

let server: TestCollab;
let team: TestNewsroom;

beforeAll(async () => {
  server = await startCollab();
  team = await makeNewsroom();
});
afterAll(() => server.stop());

const loaded = (name: string) => server.collab.hocuspocus.documents.has(name);

async function article(text: string) {
  const { id } = await makeArticle(team.actors.editor, undefined, text);
  return { id, name: articleDocumentName(id) };
}

describe("documents loaded before anyone connects", () => {
  it("the article page's session has the document loaded before the browser connects", async () => {
    const { id, name } = await article("Chargé d'avance.");
    expect(loaded(name)).toBe(false);
    await collabSession({ userId: team.actors.editor.userId, newsroomId: team.newsroom.id, articleId: id, headers: new Headers({ host: "localhost" }) });
    await waitFor(() => loaded(name), 5000, "the document loaded");
    expect(paragraphs(server.collab.hocuspocus.documents.get(name)!)).toEqual(["Chargé d'avance."]);
  });

  it("stay loaded after the last person leaves until the hold ends, their edits stored, then are unloaded", async () => {
    const warm = warmDocuments(server.collab.hocuspocus, 600);
    const { id, name } = await article("Texte gardé.");
    await warm.warm(name);
    expect(loaded(name)).toBe(true);
    const client = await connect(server.url, id, await tokenFor(team.actors.editor, id));
    addParagraph(client.doc, "ajout");
    await waitFor(() => paragraphs(server.collab.hocuspocus.documents.get(name)!).includes("ajout"), 5000, "the edit on the server");
    client.destroy();
    await sleep(300);
    expect(loaded(name)).toBe(true);
    await waitFor(() => !loaded(name), 5000, "the document unloaded after the hold");
    const again = await connect(server.url, id, await tokenFor(team.actors.editor, id));
    expect(paragraphs(again.doc)).toEqual(["Texte gardé.", "ajout"]);
    again.destroy();
    warm.stop();
  });

  it("a document someone has open when its hold ends stays loaded, and is unloaded when they leave", async () => {
    const warm = warmDocuments(server.collab.hocuspocus, 200);
    const { id, name } = await article("Ouvert.");
    await warm.warm(name);
    const client = await connect(server.url, id, await tokenFor(team.actors.fact_checker, id));
    await sleep(500);
    expect(loaded(name)).toBe(true);
    expect(paragraphs(client.doc)).toEqual(["Ouvert."]);
    client.destroy();
    await waitFor(() => !loaded(name), 5000, "the document unloaded when its last reader left");
    warm.stop();
  });

  it("hold at most so many, letting go first of the one asked for longest ago; asking again renews a hold", async () => {
    const warm = warmDocuments(server.collab.hocuspocus, 60_000, 2);
    const [a, b, c] = await Promise.all([article("A."), article("B."), article("C.")]);
    await warm.warm(a.name);
    await warm.warm(b.name);
    await warm.warm(a.name);
    await warm.warm(c.name);
    await waitFor(() => !loaded(b.name), 5000, "B let go");
    expect([loaded(a.name), loaded(c.name)]).toEqual([true, true]);
    // Asked again after it was let go: loaded again.
    await warm.warm(b.name);
    expect(loaded(b.name)).toBe(true);
    warm.stop();
  });

  it("a document that cannot be loaded is held by nobody, and the next one is loaded", async () => {
    const warm = warmDocuments(server.collab.hocuspocus, 60_000);
    await expect(warm.warm(" ")).rejects.toThrow(/must not be empty/);
    expect(loaded(" ")).toBe(false);
    const { name } = await article("Après un échec.");
    await warm.warm(name);
    expect(loaded(name)).toBe(true);
    warm.stop();
    await waitFor(() => !loaded(name), 5000, "let go on stop");
  });
});
