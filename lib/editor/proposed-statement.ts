import type { Node as PMNode } from "@tiptap/pm/model";
import { proposeStatement } from "../claims/statement";

/**
 * The statement proposed for a range of the editor's document: from the
 * sentence the range starts in, within its block (a leaf such as a line break
 * counts one character, as its position does, so offsets stay aligned).
 */
export function proposedStatement(doc: PMNode, from: number, to: number): string {
  const $from = doc.resolve(from);
  const block = $from.parent;
  const text = block.textBetween(0, block.content.size, undefined, "\n");
  const start = $from.parentOffset;
  return proposeStatement(text, start, Math.min(text.length, start + (to - from)));
}
