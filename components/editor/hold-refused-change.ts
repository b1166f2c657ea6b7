import type { HocuspocusProvider, onDisconnectParameters } from "@hocuspocus/provider";
import type * as Y from "yjs";

/** Close codes of a change the server refused (lib/collab: 4413 too large, 4422 not in the article format). */
export const REFUSED_CHANGE_CODES = new Set([4413, 4422]);

/**
 * After the server refuses a change, reconnecting would send the same change
 * again and be refused again, forever: the connection waits instead, and
 * comes back at this document's next edit (an undo, a shortened text), which
 * the server then checks. `onChange` gets the server's reason, then null when
 * the connection comes back. Returns the function that stops it.
 */
export function holdRefusedChanges(provider: HocuspocusProvider, doc: Y.Doc, onChange: (reason: string | null) => void): () => void {
  const socket = provider.configuration.websocketProvider;
  let held = false;
  // "disconnect" comes before the socket schedules its reconnection: disconnecting here cancels it.
  const onDisconnect = ({ event }: onDisconnectParameters) => {
    if (!REFUSED_CHANGE_CODES.has(event.code)) return;
    held = true;
    socket.disconnect();
    onChange(event.reason);
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (!held || origin === provider) return;
    held = false;
    onChange(null);
    void socket.connect();
  };
  socket.on("disconnect", onDisconnect);
  doc.on("update", onUpdate);
  return () => {
    socket.off("disconnect", onDisconnect);
    doc.off("update", onUpdate);
  };
}
