import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { Redis } from "@hocuspocus/extension-redis";
import { Server, type Extension, type Hocuspocus } from "@hocuspocus/server";
import type { Sql } from "postgres";
import { getArticleContent } from "../server/get-article-content";
import { CollabAuthentication } from "./authentication";
import { listenDatabaseEvents } from "./database-events";
import { DerivedContent } from "./derived-content";
import { articleDocumentName, articleIdOf } from "./document-name";
import { DocumentValidation } from "./document-validation";
import { initialDocumentState } from "./initial-state";
import { liveEdits } from "./live-edits";
import { registerLiveDocuments } from "./live-registry";
import { DocumentLimits, MAX_MESSAGE_BYTES, type DocumentLimitsOptions } from "./limits";
import { PostgresPersistence } from "./postgres-persistence";
import { SlowClients } from "./slow-clients";
import { warmDocuments } from "./warm-documents";
import { whoIsIn } from "./who-is-in";

export const COLLAB_PATH = "/collab";
/** While people type: the document is compacted this long after the last change (at the latest after 30 s)… */
export const STORE_DEBOUNCE_MS = 5000;
/** …and its derived text and JSON refreshed this long after it. */
export const DERIVED_DEBOUNCE_MS = 1500;

export type CollabServerOptions = {
  sql: Sql;
  /** redis://host:port — instances sharing it serve the same documents to everyone. */
  redisUrl?: string;
  name?: string;
  limits?: DocumentLimitsOptions;
  /** Hocuspocus's onStoreDocument debounce (compaction and derived text while typing). */
  storeDebounceMs?: number;
  derivedDebounceMs?: number;
  /** Unsent bytes past which a client that reads nothing is cut (lib/collab/slow-clients.ts). */
  maxBufferedBytes?: number;
};

export type CollabServer = {
  hocuspocus: Hocuspocus;
  persistence: PostgresPersistence;
  handleUpgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void;
  destroy: () => Promise<void>;
};

async function initialContent(documentName: string) {
  const articleId = articleIdOf(documentName);
  const json = articleId ? await getArticleContent({ articleId }) : null;
  return json ? initialDocumentState(json) : null;
}

function redisExtension(url: string, name: string): Extension {
  const { hostname, port } = new URL(url);
  return new Redis({ host: hostname, port: Number(port) || 6379, identifier: name, prefix: "factdesk" });
}

/**
 * The collaboration server: Hocuspocus 4 with one extension per concern
 * (authentication, limits, validation against the article schema, PostgreSQL
 * persistence, derived content, optional Redis for several instances). It
 * does not listen itself: the app's HTTP server hands it the WebSocket
 * upgrades of COLLAB_PATH.
 */
export async function createCollabServer(options: CollabServerOptions): Promise<CollabServer> {
  const name = options.name ?? `factdesk-${process.pid}`;
  const persistence = new PostgresPersistence({ sql: options.sql, initialContent });
  const derived = new DerivedContent(options.derivedDebounceMs ?? DERIVED_DEBOUNCE_MS);
  const extensions: Extension[] = [
    new CollabAuthentication(),
    new DocumentLimits(options.limits),
    new DocumentValidation(),
    new SlowClients(options.maxBufferedBytes),
    persistence,
    derived,
  ];
  if (options.redisUrl) extensions.push(redisExtension(options.redisUrl, name));
  const server = new Server({
    name,
    quiet: true,
    stopOnSignals: false,
    debounce: options.storeDebounceMs ?? STORE_DEBOUNCE_MS,
    maxDebounce: 30_000,
    unloadImmediately: true,
    extensions,
    websocketOptions: { maxPayload: 2 * MAX_MESSAGE_BYTES },
  });
  const stopListening = await listenDatabaseEvents(options.sql, server.hocuspocus);
  const refreshIfOpen = async (name: string) => {
    const document = server.hocuspocus.documents.get(name);
    if (document) await derived.refresh(name, document);
  };
  const warm = warmDocuments(server.hocuspocus);
  const unregister = registerLiveDocuments({
    ...liveEdits(server.hocuspocus, refreshIfOpen),
    warm: (articleId) => void warm.warm(articleDocumentName(articleId)).catch(() => undefined),
    whoIsIn: (newsroomId) => whoIsIn(server.hocuspocus, newsroomId),
  });
  return {
    hocuspocus: server.hocuspocus,
    persistence,
    // Hocuspocus's own upgrade handler runs on its (never listening) HTTP server.
    handleUpgrade: (request, socket, head) => void server.httpServer.emit("upgrade", request, socket, head),
    destroy: async () => {
      unregister();
      warm.stop();
      await stopListening();
      await server.destroy();
      await persistence.flush();
    },
  };
}
