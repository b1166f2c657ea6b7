import type { Node as PMNode } from "@tiptap/pm/model";

export type TextPositions = {
  /** The document's plain text, as plainTextOf() gives it (blocks separated by "\n"). */
  text: string;
  /** The document position of a plain-text offset (UTF-16), for offsets inside text. */
  toPos: (offset: number) => number;
};

/**
 * Plain text with a map back to ProseMirror positions, so that offsets found
 * in the text (the claim detector's) become selections in the document.
 */
export function textPositions(doc: PMNode): TextPositions {
  const segments: { offset: number; pos: number; length: number }[] = [];
  let text = "";
  let firstBlock = true;
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      if (!firstBlock) text += "\n";
      firstBlock = false;
    } else if (node.isText) {
      segments.push({ offset: text.length, pos, length: node.text!.length });
      text += node.text;
    } else if (node.type.name === "hardBreak") {
      text += "\n";
    }
    return true;
  });
  const toPos = (offset: number) => {
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (segments[mid].offset <= offset) low = mid;
      else high = mid - 1;
    }
    const segment = segments[low];
    return segment ? segment.pos + Math.min(offset - segment.offset, segment.length) : 0;
  };
  return { text, toPos };
}
