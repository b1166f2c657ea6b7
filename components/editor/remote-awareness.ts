import type { HocuspocusProvider } from "@hocuspocus/provider";

type Awareness = NonNullable<HocuspocusProvider["awareness"]>;
type Changes = { added: number[]; updated: number[]; removed: number[] };
type Listener = (changes: Changes, origin: unknown) => void;

/**
 * The awareness as the caret plugin sees it: a "change" that concerns only this
 * browser's own caret is not passed on. It would redraw no one's caret (one's
 * own is never drawn), but the plugin answers every change with a whole editor
 * transaction: one more per keystroke.
 */
export function othersChangesOnly(awareness: Awareness): Awareness {
  const wrappers = new WeakMap<Listener, Listener>();
  const wrap = (listener: Listener): Listener => {
    let wrapped = wrappers.get(listener);
    if (!wrapped) {
      wrapped = (changes, origin) => {
        if ([...changes.added, ...changes.updated, ...changes.removed].some((id) => id !== awareness.clientID)) listener(changes, origin);
      };
      wrappers.set(listener, wrapped);
    }
    return wrapped;
  };
  return new Proxy(awareness, {
    get(target, property) {
      if (property === "on" || property === "off") {
        return (name: string, listener: Listener) => target[property](name, name === "change" ? wrap(listener) : listener);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
