"use client";

import { HocuspocusProvider } from "@hocuspocus/provider";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import * as Y from "yjs";
import { holdRefusedChanges } from "./hold-refused-change";
import { openLocalCopy, preloadLocalCopy, type LocalCopy } from "./local-copy";

export type ConnectionState = "connecting" | "connected" | "syncing" | "offline" | "refused" | "rejected";

export type Connection = {
  state: ConnectionState;
  /** Why the server closed the connection, when it did (access removed, size limit…). */
  closeReason: string;
};

type TokenAnswer = { url: string; document: string; token: string };

/** The connection's state as a store: only what shows it re-renders when it changes, never the editor. */
type ConnectionStore = { get: () => Connection; subscribe: (listener: () => void) => () => void };

export type Collaboration = { doc: Y.Doc; provider: HocuspocusProvider; connection: ConnectionStore };

/** Edits the server has not acknowledged for this long show "syncing"; shorter ones (every keystroke) do not flicker. */
const SYNCING_AFTER_MS = 500;

async function fetchToken(articleId: string): Promise<TokenAnswer> {
  const response = await fetch(`/api/collab/token?articleId=${encodeURIComponent(articleId)}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`token ${response.status}`);
  return response.json();
}

function connectionStore(): ConnectionStore & { set: (next: Connection) => void } {
  let current: Connection = { state: "connecting", closeReason: "" };
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: (next) => {
      if (next.state === current.state && next.closeReason === current.closeReason) return;
      current = next;
      for (const listener of listeners) listener();
    },
  };
}

const NO_CONNECTION: Connection = { state: "connecting", closeReason: "" };
const noSubscription = () => () => undefined;

/** What a component shows of the connection (a selector returning a primitive re-renders only when that changes). */
export function useConnection<T>(live: Collaboration | null, select: (connection: Connection) => T): T {
  const read = () => select(live ? live.connection.get() : NO_CONNECTION);
  return useSyncExternalStore(live ? live.connection.subscribe : noSubscription, read, read);
}

/**
 * Gives a new document this browser's copy before anything listens to it
 * (nothing re-encodes or re-sends it), then connects it to the server.
 */
function startCollaboration(articleId: string, initial: TokenAnswer, local: LocalCopy): { collaboration: Collaboration; stop: () => void } {
  const doc = new Y.Doc();
  local.attach(doc);
  // Marks for the open-time benchmark (and DevTools): when this browser's copy and the server's arrived.
  performance.mark("factdesk:local-copy");
  const connection = connectionStore();
  let closeReason = "";
  let firstToken: string | null = initial.token;
  let connected = false;
  // Until the first connection has been made or has failed, the state is "connecting", not "offline".
  let tried = false;
  // Until the server has answered the first sync of a connection, the text may be behind it: "syncing".
  let synced = false;
  let refused = false;
  // The server refused a change this document holds: the connection waits for the next edit (an undo).
  let rejected = false;
  let unsynced = false;
  let syncingTimer: ReturnType<typeof setTimeout> | undefined;
  const publish = () => {
    const state: ConnectionState = refused ? "refused" : rejected ? "rejected" : !connected ? (tried ? "offline" : "connecting") : !synced || unsynced ? "syncing" : "connected";
    connection.set({ state, closeReason });
  };
  const provider = new HocuspocusProvider({
    url: initial.url,
    name: initial.document,
    document: doc,
    // Sending waits for the next task: the keystroke's own task ends (and the
    // text paints) before its update and caret are encoded and sent, together.
    // Measured in alternating runs: keystroke p95 24.0 ms against 28.7 ms.
    flushDelay: 1,
    token: async () => {
      const token = firstToken ?? (await fetchToken(articleId)).token;
      firstToken = null;
      return token;
    },
    onStatus: ({ status }) => {
      connected = status === "connected";
      tried ||= status !== "connecting";
      synced &&= connected;
      publish();
    },
    onSynced: () => {
      performance.mark("factdesk:synced");
      synced = true;
      refused = false;
      closeReason = "";
      publish();
    },
    onUnsyncedChanges: ({ number }) => {
      if (number === 0) {
        clearTimeout(syncingTimer);
        syncingTimer = undefined;
        unsynced = false;
        publish();
      } else {
        syncingTimer ??= setTimeout(() => {
          unsynced = true;
          publish();
        }, SYNCING_AFTER_MS);
      }
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
  const releaseRefusals = holdRefusedChanges(provider, doc, (reason) => {
    rejected = reason !== null;
    if (reason) closeReason = reason;
    publish();
  });
  // A dropped network does not always close the socket at once (its closing
  // handshake can wait on the network): follow the browser's own signal, and say so at once.
  const goOffline = () => {
    connected = false;
    synced = false;
    publish();
    provider.configuration.websocketProvider.disconnect();
  };
  const goOnline = () => void provider.configuration.websocketProvider.connect();
  window.addEventListener("offline", goOffline);
  window.addEventListener("online", goOnline);
  return {
    collaboration: { doc, provider, connection },
    stop: () => {
      clearTimeout(syncingTimer);
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      releaseRefusals();
      provider.destroy();
      local.destroy();
      doc.destroy();
    },
  };
}

/**
 * One live document per article: Yjs in IndexedDB (edits survive a reload or
 * going offline) and a Hocuspocus provider that asks for a fresh token on
 * every (re)connection. The returned object stays the same for the article's
 * life; its connection state is a separate store.
 */
export function useCollaboration(articleId: string, initial: TokenAnswer): Collaboration | null {
  const [collaboration, setCollaboration] = useState<Collaboration | null>(null);
  const { url, document: documentName, token } = initial;
  const localName = `factdesk:${documentName}`;
  // Reading this browser's copy starts during the first render, so that it overlaps hydration. Once per
  // document: the effect takes the read, and a later render must not start another one.
  useMemo(() => preloadLocalCopy(localName), [localName]);

  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    void openLocalCopy(localName).then((local) => {
      if (cancelled) return local.destroy();
      const started = startCollaboration(articleId, { url, document: documentName, token }, local);
      stop = started.stop;
      // The document and provider exist only in the browser, created on mount.
      setCollaboration(started.collaboration);
    });
    return () => {
      cancelled = true;
      stop?.();
      setCollaboration(null);
    };
  }, [articleId, localName, url, documentName, token]);

  return collaboration;
}
