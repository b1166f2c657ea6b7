import type { HocuspocusProvider } from "@hocuspocus/provider";
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { DecorationSet } from "@tiptap/pm/view";
import { createDecorations, defaultAwarenessStateFilter, isStructuralTransaction, ySyncPluginKey } from "@tiptap/y-tiptap";
import { caretElement, selectionAttributes } from "./collaborator";

type Awareness = NonNullable<HocuspocusProvider["awareness"]>;
type Change = { added: number[]; updated: number[]; removed: number[] };

/** Others' carets are redrawn this long after they move, at the latest, while one does not type. */
export const REMOTE_CARET_DELAY_MS = 60;

/**
 * The awareness as the caret extension (CollaborationCaret) sees it: one's
 * own state only, and no "change" events. It still publishes one's caret and
 * name; it draws nobody and never redraws (RemoteCarets draws the others).
 */
export function publishingAwareness(awareness: Awareness): Awareness {
  return new Proxy(awareness, {
    get(target, property) {
      if (property === "getStates") return () => new Map([[target.clientID, target.getLocalState()]]);
      if (property === "on" || property === "off") {
        return (event: string, listener: (...args: never[]) => void) => {
          if (event !== "change") target[property](event, listener);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The carets drawn, the count of others' moves they show, and whether they wait for a redraw after a change of blocks. */
type Drawn = { carets: DecorationSet; moves: number; hidden: boolean };

const remoteCaretsKey = new PluginKey<Drawn>("remoteCarets");

/**
 * The others' carets and selections. A caret that moves is redrawn with one's
 * own next edit, in the same transaction (one update of the text for both:
 * every keystroke stays inside its frame), or after REMOTE_CARET_DELAY_MS
 * when one is not typing; the separate redraw per move that Tiptap's
 * extension dispatches compared the whole text's decorations each time.
 */
export const RemoteCarets = Extension.create<{ awareness: Awareness | null }>({
  name: "remoteCarets",
  addOptions: () => ({ awareness: null }),
  addProseMirrorPlugins() {
    const { awareness } = this.options;
    if (!awareness) return [];
    let moves = 0;
    // Everyone's but one's own (the filter compares with the document's client, which is the awareness's).
    const draw = (state: EditorState) => createDecorations(state, awareness, defaultAwarenessStateFilter, caretElement, selectionAttributes) as DecorationSet;
    const stale = (state: EditorState) => {
      const drawn = remoteCaretsKey.getState(state);
      return drawn !== undefined && (drawn.hidden || drawn.moves !== moves);
    };
    return [
      new Plugin<Drawn>({
        key: remoteCaretsKey,
        state: {
          init: () => ({ carets: DecorationSet.empty, moves: -1, hidden: true }),
          apply(tr, drawn, before, after) {
            // The text as Yjs has it: a change from the shared document, or the timer's redraw.
            if (ySyncPluginKey.getState(after)?.isChangeOrigin || tr.getMeta(remoteCaretsKey)) return { carets: draw(after), moves, hidden: false };
            if (!tr.docChanged) return drawn;
            // Blocks added or removed: Yjs's positions are not the text's until the view has caught up.
            if (drawn.hidden || isStructuralTransaction(tr, before.doc)) return { ...drawn, carets: DecorationSet.empty, hidden: true };
            // One's own edit: carets that moved since are drawn from the text before it (Yjs has not seen it yet), then mapped.
            const carets = drawn.moves === moves ? drawn.carets : draw(before);
            return { carets: carets.map(tr.mapping, tr.doc), moves, hidden: false };
          },
        },
        props: { decorations: (state) => remoteCaretsKey.getState(state)?.carets },
        view(view) {
          let timer: ReturnType<typeof setTimeout> | undefined;
          const redrawSoon = () => {
            timer ??= setTimeout(() => {
              timer = undefined;
              if (!view.isDestroyed && stale(view.state)) view.dispatch(view.state.tr.setMeta(remoteCaretsKey, true));
            }, REMOTE_CARET_DELAY_MS);
          };
          const onChange = ({ added, updated, removed }: Change) => {
            if (![...added, ...updated, ...removed].some((client) => client !== awareness.clientID)) return;
            moves++;
            redrawSoon();
          };
          awareness.on("change", onChange);
          redrawSoon();
          return {
            update(view) {
              if (stale(view.state)) redrawSoon();
            },
            destroy() {
              awareness.off("change", onChange);
              clearTimeout(timer);
            },
          };
        },
      }),
    ];
  },
});
