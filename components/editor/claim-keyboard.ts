import { Extension } from "@tiptap/core";
import { TextSelection } from "@tiptap/pm/state";
import { claimAnchors } from "@/lib/editor/claim-anchors";
import { CLAIM_TYPE_KEYS, type ClaimTypeKey } from "./claim-types";

type Options = { onMarkClaim: (type: ClaimTypeKey) => void; onOpenClaim: (claimId: string) => void };

/**
 * Keyboard for claims: Ctrl+Alt+1…5 marks the selection, Alt+↓ / Alt+↑ moves
 * to the next / previous claim, Alt+Enter opens the claim under the cursor.
 */
export const ClaimKeyboard = Extension.create<Options>({
  name: "claimKeyboard",
  addOptions() {
    return { onMarkClaim: () => undefined, onOpenClaim: () => undefined };
  },
  addKeyboardShortcuts() {
    const move = (direction: 1 | -1) => () => {
      const { state, view } = this.editor;
      const anchors = claimAnchors(state.doc);
      const here = state.selection.from;
      const target = direction === 1 ? anchors.find((a) => a.from > here) : [...anchors].reverse().find((a) => a.to < here);
      if (!target) return false;
      view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, target.from, target.to)).scrollIntoView());
      return true;
    };
    const marks = Object.fromEntries(
      CLAIM_TYPE_KEYS.map((type, index) => [
        `Mod-Alt-${index + 1}`,
        () => {
          if (this.editor.state.selection.empty || !this.editor.isEditable) return false;
          this.options.onMarkClaim(type);
          return true;
        },
      ]),
    );
    return {
      ...marks,
      "Alt-ArrowDown": move(1),
      "Alt-ArrowUp": move(-1),
      "Alt-Enter": () => {
        const { from } = this.editor.state.selection;
        const anchor = claimAnchors(this.editor.state.doc).find((a) => a.from <= from && from <= a.to);
        if (!anchor) return false;
        this.options.onOpenClaim(anchor.claimId);
        return true;
      },
    };
  },
});
