import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import * as Y from "yjs";

/**
 * The state that holds every one of `updates`, deleted content included (as
 * Y.mergeUpdates gives, but applied to a document and encoded: for the
 * thousands of keystroke updates of a busy document, 15× faster and 10×
 * smaller, as adjacent keystrokes become one item).
 */
export function mergedState(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: false });
  Y.transact(doc, () => updates.forEach((update) => Y.applyUpdate(doc, update)));
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

// The worker's whole program: mergedState() on what it is sent, answering the state or the error. Plain
// JavaScript, evaluated, so that the worker needs no TypeScript loader (server, tests and benches alike);
// its copy of mergedState is held to the one above by tests/unit/update-merger.test.ts (same bytes).
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Y = require(workerData.yjs);
function mergedState(updates) {
  const doc = new Y.Doc({ gc: false });
  Y.transact(doc, () => updates.forEach((update) => Y.applyUpdate(doc, update)));
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
parentPort.on("message", ({ id, updates }) => {
  try {
    const merged = mergedState(updates);
    parentPort.postMessage({ id, merged }, [merged.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});`;

type Answer = { id: number; merged?: Uint8Array; error?: string };
type Pending = { updates: Uint8Array[]; resolve: (merged: Uint8Array) => void; reject: (error: Error) => void };

/**
 * Merges Yjs updates (mergedState) on a worker thread. Merging what a busy
 * document stored between two compactions into its snapshot takes tens of
 * milliseconds for a long article, which on the main thread would hold back
 * every relay of every document of the instance. The worker starts on first use and does
 * not keep the process alive; if it stops, what it was merging and every
 * later merge are done here instead (slower for the others, never lost).
 */
export class UpdateMerger {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private broken = false;

  merge(updates: Uint8Array[]): Promise<Uint8Array> {
    if (this.broken) return Promise.resolve(mergedState(updates));
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(id, { updates, resolve, reject });
      worker.postMessage({ id, updates });
    });
  }

  /** Stops the worker; merges it had not answered are done here. */
  async destroy(): Promise<void> {
    const worker = this.worker;
    this.stopped(null);
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const yjs = createRequire(import.meta.url).resolve("yjs");
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { yjs } });
    worker.unref();
    worker.on("message", ({ id, merged, error }: Answer) => {
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (merged) waiting?.resolve(merged);
      else waiting?.reject(new Error(`could not merge the updates: ${error}`));
    });
    const fail = (reason: string) => {
      if (this.worker !== worker) return;
      console.error(`collab: the update merger stopped (${reason}); merging on the main thread from now on`);
      this.stopped(reason);
    };
    worker.on("error", (error) => fail(error.message));
    worker.on("exit", (code) => fail(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  private stopped(reason: string | null) {
    this.worker = null;
    this.broken = reason !== null;
    for (const { updates, resolve, reject } of this.pending.values()) {
      try {
        resolve(mergedState(updates));
      } catch (error) {
        reject(error as Error);
      }
    }
    this.pending.clear();
  }
}
