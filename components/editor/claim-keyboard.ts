import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, TextSelection } from "@tiptap/pm/state";
import { claimAnchors } from "@/lib/editor/claim-anchors";
import { claimAt } from "./claim-at";
import { CLAIM_TYPE_KEYS, type ClaimTypeKey } from "./claim-types";

/** How a claim was opened: from the keyboard (the card takes the focus) or by a click or tap in the text. */
export type OpenedBy = "keyboard" | "pointer";

type Options = { onMarkClaim: (type: ClaimTypeKey) => void; onOpenClaim: (claimId: string, by: OpenedBy) => void };

/**
 * Keyboard for claims: Ctrl+Alt+1…5 marks the selection, Alt+↓ / Alt+↑ moves
 * to the next / previous claim, Alt+Enter opens the (innermost) claim under
 * the cursor; a click or a tap on a highlight opens its claim.
 */
export const ClaimKeyboard = Extension.create<Options>({
  name: "claimKeyboard",
  addOptions() {
    return { onMarkClaim: () => undefined, onOpenClaim: () => undefined };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("claimTap"),
        props: {
          handleDOMEvents: {
            // The DOM's click (a tap fires one too); not the end of a drag that selected text.
            // The caret stays where the click put it; the card opens beside (or as a sheet).
            click: (view, event) => {
              if (!view.state.selection.empty) return false;
              const pos = view.posAtCoords({ left: event.clientX, top: event.clientY });
              const anchor = pos ? claimAt(view.state.doc, pos.pos, claimAnchors(view.state.doc)) : null;
              if (anchor) this.options.onOpenClaim(anchor.claimId, "pointer");
              return false;
            },
          },
        },
      }),
    ];
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
        const { doc, selection } = this.editor.state;
        const anchor = claimAt(doc, selection.from, claimAnchors(doc));
        if (!anchor) return false;
        this.options.onOpenClaim(anchor.claimId, "keyboard");
        return true;
      },
    };
  },
});
