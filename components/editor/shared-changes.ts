import { Extension } from "@tiptap/core";
import { Plugin } from "@tiptap/pm/state";
import { ySyncPluginKey } from "@tiptap/y-tiptap";

/**
 * Changes that come from the shared document (other people's typing, undo,
 * the first load) were autolinked where they were typed: scanning them again
 * here would cost the whole text on open and could add links nobody typed.
 */
export const SharedChanges = Extension.create({
  name: "sharedChanges",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        filterTransaction: (tr) => {
          if (tr.getMeta(ySyncPluginKey)) tr.setMeta("preventAutolink", true);
          return true;
        },
      }),
    ];
  },
});
