import type { HocuspocusProvider } from "@hocuspocus/provider";

type Awareness = NonNullable<HocuspocusProvider["awareness"]>;

type Change = { added: number[]; updated: number[]; removed: number[] };
type Listener = (change: Change, origin: unknown) => void;

/**
 * The awareness as the caret plugin should see it: its "change" listeners hear
 * only of other people. Without this, moving one's own caret (every keystroke)
 * made the plugin dispatch a second transaction to redraw the others' carets,
 * which had not moved (one's own caret is never drawn).
 */
export function othersAwareness(awareness: Awareness): Awareness {
  const wrapped = new WeakMap<Listener, Listener>();
  const wrap = (listener: Listener): Listener => {
    let wrapper = wrapped.get(listener);
    if (!wrapper) {
      wrapper = (change, origin) => {
        const other = (client: number) => client !== awareness.clientID;
        if (change.added.some(other) || change.updated.some(other) || change.removed.some(other)) listener(change, origin);
      };
      wrapped.set(listener, wrapper);
    }
    return wrapper;
  };
  return new Proxy(awareness, {
    get(target, property) {
      if (property === "on" || property === "off") {
        return (event: string, listener: Listener) => target[property](event, event === "change" ? wrap(listener) : listener);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
