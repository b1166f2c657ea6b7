import type { JSONContent } from "@tiptap/core";
import { prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { articleSchema } from "../editor/document";

/** The Yjs field that holds an article's text. */
export const FIELD = "default";

/** The Yjs document of an article's first content (the pasted body), as one update. */
export function initialDocumentState(json: JSONContent): Uint8Array {
  return Y.encodeStateAsUpdate(prosemirrorJSONToYDoc(articleSchema(), json, FIELD));
}
