import { defaultDeleteFilter, defaultProtectedNodes, ySyncPluginKey } from "@tiptap/y-tiptap";
import { UndoManager, type Doc } from "yjs";

/** Changes closer together than this are one undo step (a word typed at once). */
export const UNDO_CAPTURE_MS = 500;

/**
 * The undo history of one person: only their own changes (the editor's
 * origin; never the others', arriving from the provider), grouped by time.
 * y-tiptap stops the capture after every change from elsewhere, so while a
 * colleague typed each keystroke became its own step; here only the capture
 * timeout and an undo or redo end a step, alone or not.
 */
export function ownUndoManager(doc: Doc, field = "default"): UndoManager {
  const manager = new UndoManager(doc.getXmlFragment(field), {
    trackedOrigins: new Set([ySyncPluginKey]),
    captureTimeout: UNDO_CAPTURE_MS,
    deleteFilter: (item) => defaultDeleteFilter(item, defaultProtectedNodes),
    captureTransaction: (transaction) => transaction.meta.get("addToHistory") !== false,
  });
  manager.stopCapturing = () => undefined;
  return manager;
}
