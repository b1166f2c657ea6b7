import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { AddMarkStep, RemoveMarkStep } from "@tiptap/pm/transform";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { claimAnchors, type ClaimAnchor } from "@/lib/editor/claim-anchors";
import { claimsInnermostFirst } from "./claim-at";
import { claimHighlightAttrs, type ClaimLooks } from "./claim-looks";

export type { ClaimLook, ClaimLooks } from "./claim-looks";

export const claimDecorationsKey = new PluginKey<{ looks: ClaimLooks; decorations: DecorationSet }>("claimDecorations");

type Segment = { from: number; to: number; anchor: ClaimAnchor };

/**
 * Each run of marked text once per claim marking it, the inner claim first:
 * ProseMirror wraps a text in its decorations' elements in order, the first innermost.
 */
function segments(doc: PMNode): Segment[] {
  const anchors = new Map(claimAnchors(doc).map((anchor) => [anchor.claimId, anchor]));
  const found: Segment[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return;
    for (const anchor of claimsInnermostFirst(node, anchors)) found.push({ from: pos, to: pos + node.nodeSize, anchor });
  });
  return found;
}

function build(doc: PMNode, looks: ClaimLooks): DecorationSet {
  const decorations: Decoration[] = [];
  for (const { from, to, anchor } of segments(doc)) {
    const look = looks[anchor.claimId];
    if (!look) continue;
    // One element per claim (nodeName): a claim inside another is its own
    // element inside the outer one's, with its own colour and label; the icon at the claim's start only.
    const { "data-icon": icon, ...attrs } = claimHighlightAttrs(look, anchor.type);
    decorations.push(Decoration.inline(from, to, { nodeName: "span", ...attrs, ...(from === anchor.from ? { "data-icon": icon } : {}), "data-claim": anchor.claimId }));
  }
  return DecorationSet.create(doc, decorations);
}

/**
 * Colours claim highlights by type until rated and by verdict after, with an
 * icon and a screen-reader label. Decorations are rebuilt only when the text
 * or the claims change.
 */
export const ClaimDecorations = Extension.create<{ looks: () => ClaimLooks }>({
  name: "claimDecorations",
  // A function: options are deep-copied, and later looks are compared by identity.
  addOptions: () => ({ looks: () => ({}) }),
  addProseMirrorPlugins() {
    const initialLooks = this.options.looks();
    return [
      new Plugin({
        key: claimDecorationsKey,
        state: {
          init: (_config, state) => ({ looks: initialLooks, decorations: build(state.doc, initialLooks) }),
          apply: (tr, value) => {
            const looks = (tr.getMeta(claimDecorationsKey) as ClaimLooks | undefined) ?? value.looks;
            if (!tr.docChanged && looks === value.looks) return value;
            // Local typing only moves highlights: map them (cheap). Mark changes,
            // remote (Yjs) changes and new claim data rebuild them from the marks.
            const local = looks === value.looks && !tr.getMeta(ySyncPluginKey) && tr.steps.every((step) => !(step instanceof AddMarkStep || step instanceof RemoveMarkStep));
            return { looks, decorations: local ? value.decorations.map(tr.mapping, tr.doc) : build(tr.doc, looks) };
          },
        },
        props: { decorations: (state) => claimDecorationsKey.getState(state)?.decorations },
      }),
    ];
  },
});
