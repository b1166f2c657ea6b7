import type { Node as PMNode } from "@tiptap/pm/model";
import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { articleSchema, MAX_BODY_CHARS, plainTextOf } from "../editor/document";
import { documentProblem } from "../editor/document-problem";
import { unstorableTextReason } from "../validation/storable-text";
import { FIELD } from "./initial-state";

export type GuardVerdict = { ok: true } | { ok: false; kind: "invalid" | "too-long"; reason: string };

const OUTSIDE = Symbol("outside the article");

// Yjs types its shared types loosely (AbstractType<any>): one alias for them all here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SharedType = Y.AbstractType<any>;

/** One top-level block as a one-block document, converted exactly as the derived content converts the whole. */
function blockDocument(block: SharedType): PMNode {
  const single = { toArray: () => [block] } as unknown as Y.XmlFragment;
  return articleSchema().nodeFromJSON(yXmlFragmentToProsemirrorJSON(single));
}

/**
 * Decides whether an update may join a live document, before the document
 * gets it. Yjs cannot take an update back, so it is tried on a copy (the
 * shadow), which follows every update the real document accepts. Only the
 * top-level blocks a change touches are converted to ProseMirror and checked
 * against the article schema; each block's share of the plain-text length is
 * kept, so the body limit costs nothing per keystroke. A refused update
 * leaves the shadow wrong: it is dropped and rebuilt from the real document
 * on the next check.
 *
 * Rules: no data outside the article's field; every block a change touches
 * (or adds) is valid (documentProblem); at least one block; a change may not
 * take the text past `maxChars` (one that shortens an over-long text passes).
 * Blocks nobody touches are not checked again, so a document stored before
 * these rules can still be repaired (browsers delete nodes they cannot read).
 */
export class DocumentGuard {
  private shadow: Y.Doc | null = null;
  private lengths = new WeakMap<object, number>();
  private total = 0;
  private verdict: GuardVerdict = { ok: true };

  /**
   * `checked(origin)`: whether the source's transactions of this origin only ever apply updates this guard
   * has passed (the shadow has them already, so it does not apply them a second time).
   */
  constructor(
    private readonly source: Y.Doc,
    private readonly maxChars = MAX_BODY_CHARS,
    private readonly checked: (origin: unknown) => boolean = () => false,
  ) {
    source.on("update", this.follow);
    source.on("destroy", () => this.drop());
  }

  /** Builds the shadow now, if it is not built (the first check would). */
  prepare(): void {
    this.shadow ??= this.build();
  }

  /** Whether `update` would leave the document valid; when it does, the shadow keeps it. */
  check(update: Uint8Array): GuardVerdict {
    const shadow = (this.shadow ??= this.build());
    this.verdict = { ok: true };
    try {
      Y.applyUpdate(shadow, update);
    } catch {
      this.verdict = { ok: false, kind: "invalid", reason: "the change could not be read" };
    }
    const verdict = this.verdict;
    if (!verdict.ok) this.drop();
    return verdict;
  }

  private follow = (update: Uint8Array, origin: unknown) => {
    if (this.shadow && !this.checked(origin)) Y.applyUpdate(this.shadow, update);
  };

  private drop() {
    this.shadow?.destroy();
    this.shadow = null;
  }

  private build(): Y.Doc {
    const shadow = new Y.Doc();
    shadow.getXmlFragment(FIELD);
    this.lengths = new WeakMap();
    this.total = 0;
    shadow.on("afterTransaction", (transaction: Y.Transaction) => this.inspect(transaction));
    // Everything is new to the shadow here: every block is measured (and its problems, if stored before the rules, ignored).
    Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.source));
    return shadow;
  }

  /** The top-level block holding `type`; null when it is in a deleted block; OUTSIDE when it is not in the article. */
  private blockOf(type: SharedType, fragment: Y.XmlFragment): SharedType | null | typeof OUTSIDE {
    let current = type;
    while (current._item) {
      if (current._item.deleted) return null;
      const parent = current._item.parent as SharedType;
      if (parent === (fragment as SharedType)) return current;
      current = parent;
    }
    return OUTSIDE;
  }

  /**
   * Typing: when a transaction only inserts or deletes characters in text
   * that already existed, no block can become invalid, and the length moves by
   * what was typed. The text's block is found from its parent, so this costs
   * the update's size, not the paragraph's. Anything else: null.
   */
  private typing(transaction: Y.Transaction, fragment: Y.XmlFragment) {
    const deltas = new Map<SharedType, number>();
    let problem: string | null = null;
    const count = (item: Y.Item, sign: 1 | -1): boolean => {
      if (!(item.content instanceof Y.ContentString) || !(item.parent instanceof Y.XmlText) || item.parentSub !== null) return false;
      const block = this.blockOf(item.parent, fragment);
      if (block === OUTSIDE) return false;
      if (block === null) return true;
      if (sign === 1) problem ??= unstorableTextReason(item.content.str);
      deltas.set(block, (deltas.get(block) ?? 0) + sign * item.length);
      return true;
    };
    const isNew = (item: Y.Item) => item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
    for (const [client, after] of transaction.afterState) {
      const before = transaction.beforeState.get(client) ?? 0;
      if (after === before) continue;
      const structs = transaction.doc.store.clients.get(client)!;
      for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
        const struct = structs[i];
        if (struct instanceof Y.Item && !struct.deleted && !count(struct, 1)) return null;
      }
    }
    let plain = true;
    Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
      if (plain && struct instanceof Y.Item && !isNew(struct)) plain = count(struct, -1);
    });
    return plain ? { deltas, problem: problem as string | null } : null;
  }

  /** The blocks a transaction touched or added; `outside` when it wrote anything else. */
  private touchedBlocks(transaction: Y.Transaction, fragment: Y.XmlFragment) {
    const touched = new Set<SharedType>();
    let structural = false;
    let outside = false;
    for (const [type, keys] of transaction.changed) {
      if (type === (fragment as SharedType)) {
        structural = true;
        outside ||= [...keys].some((key) => key !== null);
        continue;
      }
      const block = this.blockOf(type, fragment);
      if (block === OUTSIDE) outside = true;
      else if (block) touched.add(block);
    }
    if (structural) {
      for (const block of fragment.toArray() as SharedType[]) {
        const { id } = block._item!;
        if (id.clock >= (transaction.beforeState.get(id.client) ?? 0)) touched.add(block);
      }
    }
    return { touched, structural, outside };
  }

  private inspect(transaction: Y.Transaction) {
    const fragment = transaction.doc.getXmlFragment(FIELD);
    const before = this.total;
    const typed = this.typing(transaction, fragment);
    if (typed) {
      for (const [block, delta] of typed.deltas) this.lengths.set(block, (this.lengths.get(block) ?? 0) + delta);
      this.total += [...typed.deltas.values()].reduce((sum, delta) => sum + delta, 0);
      return this.judge(before, { problem: typed.problem && `it does not fit the article format: the text ${typed.problem}` });
    }
    const { touched, structural, outside } = this.touchedBlocks(transaction, fragment);
    let problem: string | null = null;
    for (const block of touched) {
      let length = 0;
      try {
        const doc = blockDocument(block);
        problem ??= documentProblem(doc);
        // A block's share of plainTextOf(): its own text and the separator before it.
        length = plainTextOf(doc).length + 1;
      } catch (error) {
        problem ??= (error as Error).message;
      }
      if (!structural) this.total += length - (this.lengths.get(block) ?? 0);
      this.lengths.set(block, length);
    }
    if (structural) this.total = (fragment.toArray() as object[]).reduce((sum: number, block) => sum + (this.lengths.get(block) ?? 0), 0);
    if (outside) problem = "it writes outside the article's text";
    else if (problem) problem = `it does not fit the article format: ${problem}`;
    else if (structural && fragment.length === 0) problem = "it leaves the article without a paragraph";
    this.judge(before, { problem });
  }

  private judge(before: number, { problem }: { problem: string | null }) {
    const chars = Math.max(0, this.total - 1);
    if (problem) this.verdict = { ok: false, kind: "invalid", reason: problem };
    else if (chars > this.maxChars && this.total > before) {
      this.verdict = {
        ok: false,
        kind: "too-long",
        reason: `the text would be ${chars.toLocaleString("en")} characters long; the limit is ${this.maxChars.toLocaleString("en")}`,
      };
    }
  }
}
