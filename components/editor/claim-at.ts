import type { Node as PMNode } from "@tiptap/pm/model";
import { CLAIM_MARK } from "@/lib/editor/claim-mark";
import type { ClaimAnchor } from "@/lib/editor/claim-anchors";

/** The claims marking one text node, the innermost (shortest) first: a claim inside another is drawn and opened on its own. */
export function claimsInnermostFirst(node: PMNode, anchors: Map<string, ClaimAnchor>): ClaimAnchor[] {
  const found: ClaimAnchor[] = [];
  for (const mark of node.marks) {
    const anchor = mark.type.name === CLAIM_MARK ? anchors.get(mark.attrs.id as string) : undefined;
    if (anchor) found.push(anchor);
  }
  return found.sort((a, b) => a.to - a.from - (b.to - b.from));
}

/** The innermost claim at a position (the one a click or Alt+Enter there means), or null. */
export function claimAt(doc: PMNode, pos: number, anchors: ClaimAnchor[]): ClaimAnchor | null {
  const byId = new Map(anchors.map((anchor) => [anchor.claimId, anchor]));
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  // The text after the position, else the text before it (a click at a claim's last letter).
  const node = $pos.nodeAfter?.isText ? $pos.nodeAfter : $pos.nodeBefore?.isText ? $pos.nodeBefore : null;
  if (!node) return null;
  return claimsInnermostFirst(node, byId)[0] ?? null;
}
