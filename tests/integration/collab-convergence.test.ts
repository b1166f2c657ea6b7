import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { connect, paragraphs, startCollab, tokenFor, waitFor, type TestClient, type TestCollab } from "../helpers/collab";

/** A small seeded generator (mulberry32), so a failure replays with the same seed. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let server: TestCollab;
let team: TestNewsroom;
beforeAll(async () => {
  server = await startCollab();
  team = await makeNewsroom();
});
afterAll(() => server.stop());

function randomEdit(doc: Y.Doc, next: () => number, label: string) {
  const fragment = doc.getXmlFragment("default");
  const roll = next();
  if (roll < 0.5 || fragment.length === 0) {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(label)]);
    fragment.insert(Math.floor(next() * (fragment.length + 1)), [paragraph]);
  } else if (roll < 0.85) {
    const text = (fragment.get(Math.floor(next() * fragment.length)) as Y.XmlElement).get(0) as Y.XmlText | undefined;
    text?.insert(Math.floor(next() * (text.length + 1)), label);
  } else {
    fragment.delete(Math.floor(next() * fragment.length), 1);
  }
}

describe("convergence", () => {
  it.each([1, 2, 3])("four clients with random edits and disconnects end identical (seed %i)", async (seed) => {
    const next = random(seed);
    const { id } = await makeArticle(team.actors.editor, `Fuzz ${seed}`, "Départ.");
    const clients: TestClient[] = [];
    for (const role of ["editor", "fact_checker", "owner", "editor"] as const) {
      clients.push(await connect(server.url, id, () => tokenFor(team.actors[role], id)));
    }
    for (let step = 0; step < 200; step++) {
      const client = clients[Math.floor(next() * clients.length)];
      const socket = client.provider.configuration.websocketProvider;
      if (next() < 0.05) {
        socket.disconnect(); // edits made now wait for the reconnection
        setTimeout(() => void socket.connect(), Math.floor(next() * 200));
      }
      randomEdit(client.doc, next, `s${seed}-${step}`);
      if (step % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    for (const client of clients) void client.provider.configuration.websocketProvider.connect();
    const state = (c: TestClient) => JSON.stringify(paragraphs(c.doc));
    await waitFor(() => clients.every((c) => state(c) === state(clients[0])), 20_000, "identical documents");
    expect(paragraphs(clients[0].doc).length).toBeGreaterThan(0);
    for (const client of clients) client.provider.destroy();
  }, 60_000);
});
