import { randomUUID } from "node:crypto";
import type { Document, Hocuspocus } from "@hocuspocus/server";

/** How long a document asked for stays loaded with nobody connected: a reload, or a way back to it, finds it ready. */
export const KEEP_WARM_MS = 60_000;

/** At most this many documents are held at once; the one asked for longest ago is let go first. */
export const MAX_WARM_DOCUMENTS = 50;

export type WarmDocuments = {
  /** Loads the document now (from PostgreSQL, if no one has it open) and keeps it loaded for KEEP_WARM_MS. */
  warm: (documentName: string) => Promise<void>;
  /** Lets go of every document held, unloaded unless someone is connected (the server is stopping: it waits for every document to unload). */
  stop: () => void;
};

/**
 * Documents loaded before anyone connects to them: the article page asks for
 * its document while it renders, so that the editor's connection, a few
 * hundred milliseconds later, finds it loaded instead of waiting for
 * PostgreSQL and the conversion. Each one is held like a server-side
 * connection that edits nothing (no store when it is let go) and is unloaded
 * when the hold ends, unless someone is connected to it then.
 */
export function warmDocuments(hocuspocus: Hocuspocus, keepMs = KEEP_WARM_MS, max = MAX_WARM_DOCUMENTS): WarmDocuments {
  const held = new Map<string, { document: Document; timer: NodeJS.Timeout }>();
  const release = (documentName: string) => {
    const hold = held.get(documentName);
    if (!hold) return;
    held.delete(documentName);
    clearTimeout(hold.timer);
    hold.document.removeDirectConnection();
    void hocuspocus.unloadDocument(hold.document);
  };
  const hold = (documentName: string, document: Document) => {
    const timer = setTimeout(() => release(documentName), keepMs);
    timer.unref();
    document.addDirectConnection();
    held.set(documentName, { document, timer });
    if (held.size > max) release(held.keys().next().value!);
  };
  return {
    async warm(documentName) {
      const current = held.get(documentName);
      if (current) {
        held.delete(documentName);
        if (hocuspocus.documents.get(documentName) === current.document) {
          // Asked again: held for keepMs from now, and last in the line to be let go.
          held.set(documentName, current);
          current.timer.refresh();
          return;
        }
        // A hold on a document Hocuspocus has unloaded anyway (its destroy) is dropped, never unloaded again.
        clearTimeout(current.timer);
      }
      const document = await hocuspocus.createDocument(documentName, new Request("http://localhost"), randomUUID(), { isAuthenticated: true, readOnly: true }, { warm: true });
      if (held.has(documentName)) return;
      hold(documentName, document);
    },
    stop() {
      for (const documentName of [...held.keys()]) release(documentName);
    },
  };
}
