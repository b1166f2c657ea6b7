"use client";

import type { JSONContent } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { useMemo } from "react";
import { MAX_BODY_CHARS } from "@/lib/editor/document";
import { editorExtensions } from "@/lib/editor/extensions";

type Props = {
  id: string;
  label: string;
  describedBy?: string;
  invalid?: boolean;
  placeholder?: string;
  /** Markup to start from (an imported article), read through the schema as a paste is. */
  content?: string;
  onChange: (doc: JSONContent, textLength: number) => void;
  /** A paste longer than the body limit is refused before ProseMirror parses it. */
  onPasteTooLarge: (length: number) => void;
};

/**
 * The body field of the new-article form: a plain Tiptap editor on the shared
 * article schema, so a paste keeps only what the collaborative editor can hold.
 */
export function PasteEditor({ id, label, describedBy, invalid, content, onChange, onPasteTooLarge }: Props) {
  const extensions = useMemo(() => editorExtensions(), []);
  const editor = useEditor({
    extensions,
    content,
    immediatelyRender: false,
    onCreate: ({ editor: current }) => {
      if (content) onChange(current.getJSON(), current.state.doc.textContent.length);
    },
    editorProps: {
      handlePaste: (_view, event) => {
        const text = event.clipboardData?.getData("text/plain") ?? "";
        if (text.length <= MAX_BODY_CHARS) return false;
        onPasteTooLarge(text.length);
        return true;
      },
      attributes: {
        id,
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": label,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        class: "article-text",
        "data-testid": "body-editor",
      },
    },
    onUpdate: ({ editor: current }) => onChange(current.getJSON(), current.state.doc.textContent.length),
  });
  return (
    <div className="editor-field" data-invalid={invalid ? "true" : undefined}>
      <EditorContent editor={editor} />
    </div>
  );
}
