"use client";

import { HocuspocusProvider } from "@hocuspocus/provider";
import { useEffect, useState } from "react";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";

export type ConnectionState = "connecting" | "connected" | "syncing" | "offline" | "refused";

type TokenAnswer = { url: string; document: string; token: string };

export type Collaboration = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  state: ConnectionState;
  /** Why the server closed the connection, when it did (access removed, size limit…). */
  closeReason: string;
};

async function fetchToken(articleId: string): Promise<TokenAnswer> {
  const response = await fetch(`/api/collab/token?articleId=${encodeURIComponent(articleId)}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`token ${response.status}`);
  return response.json();
}

/**
 * One live document per article: Yjs in IndexedDB (edits survive a reload or
 * going offline) and a Hocuspocus provider that asks for a fresh token on
 * every (re)connection.
 */
export function useCollaboration(articleId: string, initial: TokenAnswer): Collaboration | null {
  const [collaboration, setCollaboration] = useState<Collaboration | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(`factdesk:${initial.document}`, doc);
    let closeReason = "";
    let firstToken: string | null = initial.token;
    let connected = false;
    let refused = false;
    let unsynced = 0;
    const publish = () => {
      const state: ConnectionState = refused ? "refused" : !connected ? "offline" : unsynced > 0 ? "syncing" : "connected";
      setCollaboration((current) => (current ? { ...current, state, closeReason } : current));
    };
    const provider = new HocuspocusProvider({
      url: initial.url,
      name: initial.document,
      document: doc,
      token: async () => {
        const token = firstToken ?? (await fetchToken(articleId)).token;
        firstToken = null;
        return token;
      },
      onStatus: ({ status }) => {
        connected = status === "connected";
        publish();
      },
      onSynced: () => {
        refused = false;
        publish();
      },
      onUnsyncedChanges: ({ number }) => {
        unsynced = number;
        publish();
      },
      onAuthenticationFailed: ({ reason }) => {
        refused = true;
        closeReason = reason;
        publish();
      },
      onClose: ({ event }) => {
        if (event.reason) closeReason = event.reason;
      },
    });
    // A dropped network does not always close the socket at once: follow the browser's own signal.
    const goOffline = () => provider.configuration.websocketProvider.disconnect();
    const goOnline = () => void provider.configuration.websocketProvider.connect();
    window.addEventListener("offline", goOffline);
    window.addEventListener("online", goOnline);
    // The document and provider exist only in the browser, created on mount; later states come from their callbacks.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCollaboration({ doc, provider, state: "connecting", closeReason: "" });
    return () => {
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      provider.destroy();
      void local.destroy();
      doc.destroy();
      setCollaboration(null);
    };
  }, [articleId, initial.url, initial.document, initial.token]);

  return collaboration;
}
