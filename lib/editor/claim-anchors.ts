import type { Node as PMNode } from "@tiptap/pm/model";
import type { Transaction } from "@tiptap/pm/state";
import { CLAIM_MARK } from "./claim-mark";

export type ClaimAnchor = { claimId: string; type: string; text: string; from: number; to: number };

/**
 * The claim marks of a document in order, one per claim id: its text (the
 * marked ranges joined) and the range from its first to its last character.
 */
export function claimAnchors(doc: PMNode): ClaimAnchor[] {
  const anchors = new Map<string, ClaimAnchor>();
  doc.descendants((node, pos) => {
    if (!node.isText) return;
    for (const mark of node.marks) {
      if (mark.type.name !== CLAIM_MARK || typeof mark.attrs.id !== "string") continue;
      const end = pos + node.nodeSize;
      const anchor = anchors.get(mark.attrs.id);
      if (!anchor) {
        anchors.set(mark.attrs.id, { claimId: mark.attrs.id, type: String(mark.attrs.type), text: node.text ?? "", from: pos, to: end });
      } else {
        anchor.text += (anchor.to === pos ? "" : " ") + (node.text ?? "");
        anchor.to = end;
      }
    }
  });
  return [...anchors.values()];
}

/** Removes every range of one claim's mark (a refused or withdrawn claim). */
export function removeClaimMark(tr: Transaction, claimId: string): Transaction {
  tr.doc.descendants((node, pos) => {
    const mark = node.isText ? node.marks.find((m) => m.type.name === CLAIM_MARK && m.attrs.id === claimId) : undefined;
    if (mark) tr.removeMark(pos, pos + node.nodeSize, mark);
  });
  return tr;
}
