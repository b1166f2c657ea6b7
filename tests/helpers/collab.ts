import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import postgres from "postgres";
import WebSocket from "ws";
import * as Y from "yjs";
import { COLLAB_PATH, createCollabServer, type CollabServerOptions, type CollabServer } from "../../lib/collab/create-collab-server";
import { articleDocumentName } from "../../lib/collab/document-name";
import { signCollabToken } from "../../lib/collab/token";
import type { Actor } from "../../lib/server/actor";

export type TestCollab = { url: string; port: number; collab: CollabServer; http: Server; stop: () => Promise<void> };

/** A real collaboration server on a free port, as server.ts mounts it. */
export function startCollab(options: Partial<CollabServerOptions> = {}): Promise<TestCollab> {
  return startCollabOnPort(0, options);
}

export async function startCollabOnPort(listenPort: number, options: Partial<CollabServerOptions> = {}): Promise<TestCollab> {
  const sql = postgres(process.env.DATABASE_URL!, { max: 5, onnotice: () => undefined });
  const collab = await createCollabServer({ sql, storeDebounceMs: 200, derivedDebounceMs: 100, ...options });
  const http = createServer((_req, res) => res.end());
  http.on("upgrade", (req, socket, head) => {
    if (req.url?.startsWith(COLLAB_PATH)) collab.handleUpgrade(req, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => http.listen(listenPort, "127.0.0.1", resolve));
  const port = (http.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}${COLLAB_PATH}`,
    port,
    collab,
    http,
    stop: async () => {
      http.close();
      await collab.destroy();
      http.closeAllConnections();
      await sql.end({ timeout: 2 });
    },
  };
}

/**
 * `ws` with an error listener: the provider closes sockets that are still
 * connecting (on destroy or reconnect), which `ws` reports as an error event.
 */
class ProviderWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on("error", () => undefined);
  }
}

export type TestClient = {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  closed: Promise<{ code?: number; reason?: string }>;
  /** Ends the provider and its socket (a socket closed by the server would otherwise reconnect and resend). */
  destroy: () => void;
};

export async function tokenFor(actor: Actor, articleId: string, document = articleDocumentName(articleId)) {
  return signCollabToken({ userId: actor.userId, newsroomId: actor.newsroomId, document });
}

/**
 * A real provider over a real WebSocket; resolves once synced, rejects if authentication fails.
 * `onMessage` sees every message the server sends it.
 */
export function connect(
  url: string,
  articleId: string,
  token: string | (() => Promise<string>),
  doc = new Y.Doc(),
  onMessage?: (message: Uint8Array) => void,
): Promise<TestClient> {
  let resolveClosed: (event: { code?: number; reason?: string }) => void = () => undefined;
  const closed = new Promise<{ code?: number; reason?: string }>((resolve) => (resolveClosed = resolve));
  const Socket = onMessage
    ? class extends ProviderWebSocket {
        constructor(...args: ConstructorParameters<typeof WebSocket>) {
          super(...args);
          this.on("message", (data: Buffer) => onMessage?.(new Uint8Array(data)));
        }
      }
    : ProviderWebSocket;
  return new Promise((resolve, reject) => {
    // Node 20 has no global WebSocket: the socket provider gets `ws`.
    const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: Socket });
    const provider: HocuspocusProvider = new HocuspocusProvider({
      websocketProvider,
      name: articleDocumentName(articleId),
      document: doc,
      token,
      onSynced: (): void =>
        resolve({
          provider,
          doc,
          closed,
          destroy: () => {
            provider.destroy();
            websocketProvider.destroy();
          },
        }),
      onAuthenticationFailed: ({ reason }) => {
        provider.destroy();
        websocketProvider.destroy();
        reject(new Error(`authentication failed: ${reason}`));
      },
      onClose: ({ event }) => resolveClosed({ code: event.code, reason: event.reason }),
    });
    // A provider given its socket does not connect by itself.
    provider.attach();
  });
}

export function paragraphs(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment("default")
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? node.toArray().map((child) => (child instanceof Y.XmlText ? child.toString() : "")).join("") : ""));
}

/** Appends a paragraph of text, as the editor would. */
export function addParagraph(doc: Y.Doc, text: string) {
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment("default").push([paragraph]);
}

/** Types `text` at the end of the first paragraph. */
export function typeInFirstParagraph(doc: Y.Doc, text: string) {
  const first = doc.getXmlFragment("default").get(0) as Y.XmlElement;
  const xmlText = first.get(0) as Y.XmlText;
  xmlText.insert(xmlText.length, text);
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 5000, what = "condition"): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
