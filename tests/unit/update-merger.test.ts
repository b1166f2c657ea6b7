import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { mergedState, UpdateMerger } from "@/lib/collab/update-merger";

const typed = (count: number) => Array.from({ length: count }, (_, i) => String.fromCharCode(97 + (i % 26))).join("");

/** The updates of `count` keystrokes typed into one text (typed(count)), as a busy document stores them between two compactions. */
function keystrokes(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  const text = doc.getText("t");
  for (const key of typed(count)) text.insert(text.length, key);
  return updates;
}

const docOf = (updates: Uint8Array[]) => {
  const doc = new Y.Doc({ gc: false });
  updates.forEach((update) => Y.applyUpdate(doc, update));
  return doc;
};

const textOf = (update: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getText("t").toString();
};

describe("mergedState", () => {
  it("keeps what Y.mergeUpdates keeps: deleted content, and updates still waiting for one they depend on", () => {
    const updates = keystrokes(6);
    const doc = docOf(updates);
    const deletion: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => deletion.push(update));
    doc.getText("t").delete(1, 2);
    // The third keystroke is missing (another instance has not stored it yet): what follows it must wait, not vanish.
    const later = docOf([mergedState([...updates.slice(0, 2), ...updates.slice(3), ...deletion]), updates[2]]);
    expect(later.getText("t").toString()).toBe("adef");
    // The deleted "bc" is still in the state: the document as it was before the deletion can be shown.
    expect(Y.createDocFromSnapshot(later, Y.snapshot(docOf(updates))).getText("t").toString()).toBe("abcdef");
  });
});

describe("UpdateMerger", () => {
  let merger: UpdateMerger;
  afterEach(() => merger.destroy());

  it("merges on another thread: the main thread keeps turning meanwhile", async () => {
    merger = new UpdateMerger();
    const updates = keystrokes(5000);
    let turns = 0;
    let merging = true;
    const turn = () => {
      turns++;
      if (merging) setImmediate(turn);
    };
    setImmediate(turn);
    const merged = await merger.merge(updates).finally(() => (merging = false));
    expect(Buffer.from(merged).equals(Buffer.from(mergedState(updates)))).toBe(true);
    expect(textOf(merged)).toBe(typed(5000));
    // A merge on this thread would have resolved before the first turn.
    expect(turns).toBeGreaterThan(0);
  });

  it("answers several merges at once, each with its own result", async () => {
    merger = new UpdateMerger();
    const batches = [keystrokes(10), keystrokes(300), keystrokes(1)];
    const merged = await Promise.all(batches.map((updates) => merger.merge(updates)));
    expect(merged.map(textOf).map((text) => text.length)).toEqual([10, 300, 1]);
  });

  it("refuses updates it cannot read with an error, and still merges afterwards", async () => {
    merger = new UpdateMerger();
    await expect(merger.merge([new Uint8Array([255, 255, 255, 1, 2]), new Uint8Array([7, 7, 7])])).rejects.toThrow(/could not merge/);
    expect(textOf(await merger.merge(keystrokes(3)))).toBe("abc");
  });

  it("loses nothing when stopped with merges under way: they are done on this thread", async () => {
    merger = new UpdateMerger();
    const updates = keystrokes(2000);
    const pending = merger.merge(updates);
    await merger.destroy();
    expect(textOf(await pending)).toBe(typed(2000));
  });
});
