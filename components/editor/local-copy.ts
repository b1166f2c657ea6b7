import * as Y from "yjs";

/**
 * This browser's copy of a live document in IndexedDB: every update is kept,
 * so a reload or going offline loses nothing. The layout is y-indexeddb's
 * (database per document, an auto-increment "updates" store), so copies
 * written by earlier versions still load.
 *
 * Unlike y-indexeddb, the copy is read before the document has listeners
 * (nothing re-encodes or re-sends it), and the read can start while the page
 * hydrates (`preloadLocalCopy`).
 */
export type LocalCopy = {
  /** Applies the stored updates to a document that has no listeners yet, then keeps its new updates. */
  attach: (doc: Y.Doc) => void;
  destroy: () => void;
};

const UPDATES = "updates";
/** Stored updates beyond this are merged into one. */
const COMPACT_AFTER = 500;
const COMPACT_DELAY_MS = 1000;

type Read = { db: IDBDatabase | null; updates: Uint8Array[] };

const preloads = new Map<string, Promise<Read>>();

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function updatesStore(db: IDBDatabase, mode: IDBTransactionMode): IDBObjectStore {
  return db.transaction([UPDATES], mode).objectStore(UPDATES);
}

/** Opens and reads a document's copy; a browser without IndexedDB (or refusing it) gives an empty copy that keeps nothing. */
async function read(name: string): Promise<Read> {
  try {
    const open = indexedDB.open(name);
    open.onupgradeneeded = () => {
      open.result.createObjectStore(UPDATES, { autoIncrement: true });
      open.result.createObjectStore("custom");
    };
    const db = await request(open);
    return { db, updates: await request(updatesStore(db, "readonly").getAll()) };
  } catch {
    return { db: null, updates: [] };
  }
}

/** Starts reading a document's copy now, in the browser (idempotent); `openLocalCopy` then takes it. */
export function preloadLocalCopy(name: string): void {
  if (typeof window === "undefined" || preloads.has(name)) return;
  preloads.set(name, read(name));
}

export async function openLocalCopy(name: string): Promise<LocalCopy> {
  const pending = preloads.get(name) ?? read(name);
  preloads.delete(name);
  const { db, updates } = await pending;
  let stored = updates.length;
  let doc: Y.Doc | null = null;
  let compactTimer: ReturnType<typeof setTimeout> | undefined;
  const origin = {};

  // Other tabs may have written updates meanwhile: apply them, then replace everything up to here by the whole state.
  const compact = async () => {
    if (!db || !doc) return;
    const reading = updatesStore(db, "readonly");
    const [keys, all] = await Promise.all([request(reading.getAllKeys()), request(reading.getAll())]);
    const last = keys.at(-1);
    if (last === undefined) return;
    Y.transact(doc, () => all.forEach((update) => Y.applyUpdate(doc!, update)), origin, false);
    const store = updatesStore(db, "readwrite");
    store.add(Y.encodeStateAsUpdate(doc));
    await request(store.delete(IDBKeyRange.upperBound(last)));
    // Those entries are now one; updates kept meanwhile stay counted.
    stored -= keys.length - 1;
  };

  const keep = (update: Uint8Array, from: unknown) => {
    if (!db || from === origin) return;
    updatesStore(db, "readwrite").add(update);
    stored += 1;
    if (stored >= COMPACT_AFTER && compactTimer === undefined) {
      compactTimer = setTimeout(() => {
        compactTimer = undefined;
        void compact().catch(() => undefined);
      }, COMPACT_DELAY_MS);
    }
  };

  return {
    attach: (target) => {
      doc = target;
      if (updates.length > 0) Y.applyUpdate(target, updates.length === 1 ? updates[0] : Y.mergeUpdates(updates), origin);
      target.on("update", keep);
    },
    destroy: () => {
      clearTimeout(compactTimer);
      doc?.off("update", keep);
      db?.close();
    },
  };
}
