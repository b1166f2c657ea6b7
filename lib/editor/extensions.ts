import type { Extensions } from "@tiptap/core";
import { StarterKit } from "@tiptap/starter-kit";
import { ClaimMark } from "./claim-mark";

export const ALLOWED_LINK_PROTOCOLS = ["http:", "https:", "mailto:"];

export function isAllowedHref(href: unknown): href is string {
  if (typeof href !== "string" || href.length > 2048) return false;
  try {
    return ALLOWED_LINK_PROTOCOLS.includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

export type EditorExtensionOptions = {
  /** Collaboration brings its own undo manager, so the local history is off. */
  collaborative?: boolean;
};

/**
 * The article schema, shared by the browser editor and the server: paragraphs,
 * headings, lists, block quotes, links, emphasis, and claim marks. Anything a
 * paste brings that is not here is dropped by ProseMirror's parser.
 */
export function editorExtensions(options: EditorExtensionOptions = {}): Extensions {
  return [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      horizontalRule: false,
      dropcursor: false,
      heading: { levels: [2, 3, 4] },
      undoRedo: options.collaborative ? false : undefined,
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ["mailto"],
        defaultProtocol: "https",
        HTMLAttributes: { rel: "noopener nofollow ugc", target: null },
        isAllowedUri: (url) => isAllowedHref(url),
      },
    }),
    ClaimMark,
  ];
}
