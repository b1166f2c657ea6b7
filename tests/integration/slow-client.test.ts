import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { articleDocumentName } from "@/lib/collab/document-name";
import { connect, startCollab, tokenFor, waitFor } from "../helpers/collab";
import { makeArticle, makeNewsroom } from "../helpers/factory";

/** The network socket under a provider's WebSocket (`ws` keeps it as `_socket`). */
function networkSocket(client: Awaited<ReturnType<typeof connect>>): { pause: () => void; destroyed: boolean } {
  const websocket = (client.provider.configuration.websocketProvider as unknown as { webSocket: { _socket: { pause: () => void; destroyed: boolean } } }).webSocket;
  return websocket._socket;
}

describe("a client that reads nothing", () => {
  it("is cut once the server holds more than its limit of unsent updates for it, while the others keep typing", async () => {
    const maxBufferedBytes = 1024 * 1024;
    const server = await startCollab({ maxBufferedBytes });
    const team = await makeNewsroom();
    const { id } = await makeArticle(team.actors.editor, "Lent", "Début.");
    const writer = await connect(server.url, id, await tokenFor(team.actors.editor, id));
    const reader = await connect(server.url, id, await tokenFor(team.actors.fact_checker, id));
    const slow = await connect(server.url, id, await tokenFor(team.actors.viewer, id));
    const document = () => server.collab.hocuspocus.documents.get(articleDocumentName(id))!;
    expect(document().getConnectionsCount()).toBe(3);
    networkSocket(slow).pause(); // reads nothing more: the kernel's buffers fill, then the server's
    try {
      // 100 KB typed and deleted, again and again: the document stays small, the updates to send do not.
      const text = (writer.doc.getXmlFragment("default").get(0) as Y.XmlElement).get(0) as Y.XmlText;
      const chunk = "x".repeat(100_000);
      await waitFor(async () => {
        text.insert(text.length, chunk);
        text.delete(text.length - chunk.length, chunk.length);
        await new Promise((resolve) => setTimeout(resolve, 5));
        return document().getConnectionsCount() === 2;
      }, 60_000, "the slow client cut");
      // The one who reads goes on receiving.
      text.insert(text.length, " fin");
      await waitFor(() => ((reader.doc.getXmlFragment("default").get(0) as Y.XmlElement).get(0) as Y.XmlText).toString() === "Début. fin", 5000, "the reader up to date");
    } finally {
      for (const client of [writer, reader, slow]) client.destroy();
      await server.stop();
    }
  }, 90_000);
});
