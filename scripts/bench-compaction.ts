// `npm run bench:collab`, part 4: compaction of a busy document. A 10,000-word article's snapshot and the
// keystroke updates stored after it are merged into a new snapshot (compactDocument), once on the main thread
// and once through the worker the server uses; the longest stall of the event loop meanwhile is what every
// relay of every document of the instance would wait for.
import { randomUUID } from "node:crypto";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import type { JSONContent } from "@tiptap/core";
import type { Sql } from "postgres";
import * as Y from "yjs";
import { articleDocumentName } from "../lib/collab/document-name";
import { appendUpdates, compactDocument } from "../lib/collab/postgres-persistence";
import { mergedState, UpdateMerger } from "../lib/collab/update-merger";
import { articleSchema } from "../lib/editor/document";

export type CompactionFigures = { updates: number; mainThread: { ms: number; stallMs: number }; worker: { ms: number; stallMs: number } };

/** The snapshot of `json` and the updates of `keystrokes` characters typed into its first text, one update each. */
function busyDocument(json: JSONContent, keystrokes: number) {
  const doc = prosemirrorJSONToYDoc(articleSchema(), json, "default");
  const snapshot = Y.encodeStateAsUpdate(doc);
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  const text = doc.getXmlFragment("default").createTreeWalker((node) => node instanceof Y.XmlText).next().value as Y.XmlText;
  for (let i = 0; i < keystrokes; i++) text.insert(i, "x");
  return { snapshot, updates };
}

async function timeCompaction(sql: Sql, stored: ReturnType<typeof busyDocument>, merge: (updates: Uint8Array[]) => Promise<Uint8Array>) {
  const name = articleDocumentName(randomUUID());
  await sql`INSERT INTO collab_snapshot (document, state) VALUES (${name}, ${stored.snapshot})`;
  await appendUpdates(sql, stored.updates.map((update) => ({ document: name, update })));
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const start = performance.now();
  await compactDocument(sql, name, merge);
  const ms = performance.now() - start;
  delay.disable();
  await sql`DELETE FROM collab_snapshot WHERE document = ${name}`;
  return { ms, stallMs: delay.max / 1e6 };
}

export async function benchCompaction({ sql, json, keystrokes = 5000 }: { sql: Sql; json: JSONContent; keystrokes?: number }): Promise<CompactionFigures> {
  const stored = busyDocument(json, keystrokes);
  const merger = new UpdateMerger();
  // Once each before measuring: the worker's start and the first run's compilation are not what is measured.
  await timeCompaction(sql, stored, async (updates) => mergedState(updates));
  await timeCompaction(sql, stored, (updates) => merger.merge(updates));
  const mainThread = await timeCompaction(sql, stored, async (updates) => mergedState(updates));
  const worker = await timeCompaction(sql, stored, (updates) => merger.merge(updates));
  await merger.destroy();
  return { updates: keystrokes, mainThread, worker };
}
