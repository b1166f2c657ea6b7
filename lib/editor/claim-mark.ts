import { Mark, mergeAttributes } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Fragment, Slice, type Node as PMNode } from "@tiptap/pm/model";

export const CLAIM_MARK = "claim";

/** Removes claim marks from a pasted slice: a claim exists once, where it was marked. */
function withoutClaimMarks(fragment: Fragment): Fragment {
  const nodes: PMNode[] = [];
  fragment.forEach((node) => {
    const marks = node.marks.filter((mark) => mark.type.name !== CLAIM_MARK);
    nodes.push(node.isText ? node.mark(marks) : node.copy(withoutClaimMarks(node.content)).mark(marks));
  });
  return Fragment.fromArray(nodes);
}

/**
 * The `claim` mark: a range of the article anchored to a claim row by id.
 * The row (PostgreSQL) owns everything else; the mark only says where.
 */
export const ClaimMark = Mark.create({
  name: CLAIM_MARK,
  inclusive: false,
  excludes: "",
  addAttributes() {
    return {
      id: { default: null, parseHTML: (el) => el.getAttribute("data-claim-id"), renderHTML: (a) => ({ "data-claim-id": a.id }) },
      type: { default: "other", parseHTML: (el) => el.getAttribute("data-claim-type"), renderHTML: (a) => ({ "data-claim-type": a.type }) },
    };
  },
  parseHTML() {
    return [{ tag: "mark[data-claim-id]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["mark", mergeAttributes({ class: "claim" }, HTMLAttributes), 0];
  },
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("claimPaste"),
        props: { transformPasted: (slice) => new Slice(withoutClaimMarks(slice.content), slice.openStart, slice.openEnd) },
      }),
    ];
  },
});
