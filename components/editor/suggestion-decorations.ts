import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

export type SuggestionRange = { key: string; from: number; to: number };

export const suggestionDecorationsKey = new PluginKey<DecorationSet>("claimSuggestions");

/** Soft highlights of the claim detector's suggestions, until accepted or dismissed. */
export const SuggestionDecorations = Extension.create({
  name: "suggestionDecorations",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: suggestionDecorationsKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => {
            const ranges = tr.getMeta(suggestionDecorationsKey) as SuggestionRange[] | undefined;
            if (ranges) {
              return DecorationSet.create(
                tr.doc,
                ranges.map((r) => Decoration.inline(r.from, r.to, { class: "claim-suggestion", "data-suggestion": r.key })),
              );
            }
            return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
          },
        },
        props: { decorations: (state) => suggestionDecorationsKey.getState(state) },
      }),
    ];
  },
});
