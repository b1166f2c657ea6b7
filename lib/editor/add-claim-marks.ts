import type { JSONContent } from "@tiptap/core";
import { Transform } from "@tiptap/pm/transform";
import { articleSchema } from "./document";
import { textPositions } from "./text-positions";

export type ClaimMarkPlacement = {
  id: string;
  type: string;
  /** The claim's words, as they appear in the document's plain text. */
  quote: string;
  /** Plain-text offset to search from, when the words appear more than once. */
  after?: number;
};

/**
 * Puts claim marks on the first occurrence of each quote, the way the editor
 * would after a person selects the words: for the demo seed and for tests,
 * which build fact-checks without a browser.
 */
export function addClaimMarks(json: JSONContent, placements: ClaimMarkPlacement[]): JSONContent {
  const schema = articleSchema();
  const doc = schema.nodeFromJSON(json);
  const positions = textPositions(doc);
  const tr = new Transform(doc);
  for (const placement of placements) {
    const start = positions.text.indexOf(placement.quote, placement.after ?? 0);
    if (start === -1) throw new Error(`No "${placement.quote}" in the text.`);
    const end = start + placement.quote.length;
    tr.addMark(positions.toPos(start), positions.toPos(end), schema.marks.claim.create({ id: placement.id, type: placement.type }));
  }
  return tr.doc.toJSON() as JSONContent;
}
