"use client";

import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";
import { yUndoPluginKey } from "@tiptap/y-tiptap";
import { useI18n } from "@/components/ui/i18n-provider";
import type { MessageKey } from "@/lib/i18n/en";

/** `shortcut` in ProseMirror's notation; null when the text has none (Ctrl+Alt+1…5 mark claims, so headings have none). */
type Tool = { key: MessageKey; icon: string; shortcut: string | null; active: (e: Editor) => boolean; run: (e: Editor) => void };

const TOOLS: Tool[] = [
  { key: "editor.bold", icon: "B", shortcut: "Mod+B", active: (e) => e.isActive("bold"), run: (e) => e.chain().focus().toggleBold().run() },
  { key: "editor.italic", icon: "I", shortcut: "Mod+I", active: (e) => e.isActive("italic"), run: (e) => e.chain().focus().toggleItalic().run() },
  { key: "editor.heading", icon: "H2", shortcut: null, active: (e) => e.isActive("heading", { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { key: "editor.bulletList", icon: "•", shortcut: "Mod+Shift+8", active: (e) => e.isActive("bulletList"), run: (e) => e.chain().focus().toggleBulletList().run() },
  { key: "editor.orderedList", icon: "1.", shortcut: "Mod+Shift+7", active: (e) => e.isActive("orderedList"), run: (e) => e.chain().focus().toggleOrderedList().run() },
  { key: "editor.quote", icon: "❝", shortcut: "Mod+Shift+B", active: (e) => e.isActive("blockquote"), run: (e) => e.chain().focus().toggleBlockquote().run() },
];

/** Whether "Mod" is ⌘ (Apple) or Ctrl, as ProseMirror decides it (the toolbar renders only in the browser). */
const isApple = () => /Mac|iPhone|iPad|iPod/.test(navigator.platform);

/** A shortcut as people read it: "Ctrl+B", or "⌘+B" on Apple's machines. */
export function shownShortcut(shortcut: string): string {
  return shortcut.replace("Mod", isApple() ? "⌘" : "Ctrl");
}

function ariaShortcut(shortcut: string): string {
  return shortcut.replace("Mod", isApple() ? "Meta" : "Control");
}

/** Formatting and undo/redo (Yjs's undo manager: only one's own changes). */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useI18n();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      active: TOOLS.map((tool) => tool.active(e)),
      // Read from Yjs's undo manager: `can()` would build every command on each keystroke.
      canUndo: (yUndoPluginKey.getState(e.state)?.undoManager.undoStack.length ?? 0) > 0,
      canRedo: (yUndoPluginKey.getState(e.state)?.undoManager.redoStack.length ?? 0) > 0,
      isLink: e.isActive("link"),
    }),
  });
  const setLink = () => {
    const href = window.prompt(t("editor.linkPrompt"), editor.getAttributes("link").href ?? "https://");
    if (href === null) return;
    if (href === "") editor.chain().focus().unsetLink().run();
    else editor.chain().focus().setLink({ href }).run();
  };
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t("editor.toolbar")}>
      {TOOLS.map((tool, index) => (
        <button
          key={tool.key}
          type="button"
          className="tool"
          aria-pressed={state.active[index]}
          aria-label={t(tool.key)}
          aria-keyshortcuts={tool.shortcut ? ariaShortcut(tool.shortcut) : undefined}
          title={tool.shortcut ? `${t(tool.key)} (${shownShortcut(tool.shortcut)})` : t(tool.key)}
          onClick={() => tool.run(editor)}
        >
          {tool.icon}
        </button>
      ))}
      <button type="button" className="tool" aria-pressed={state.isLink} aria-label={t("editor.link")} title={t("editor.link")} onClick={setLink}>
        <span className="tool-link">a</span>
      </button>
      <span className="tool-separator" />
      <button type="button" className="tool" disabled={!state.canUndo} aria-label={t("editor.undo")} title={`${t("editor.undo")} (${shownShortcut("Mod+Z")})`} aria-keyshortcuts={ariaShortcut("Mod+Z")} onClick={() => editor.chain().focus().undo().run()}>
        ↶
      </button>
      <button type="button" className="tool" disabled={!state.canRedo} aria-label={t("editor.redo")} title={`${t("editor.redo")} (${shownShortcut("Mod+Shift+Z")})`} aria-keyshortcuts={ariaShortcut("Mod+Shift+Z")} onClick={() => editor.chain().focus().redo().run()}>
        ↷
      </button>
    </div>
  );
}

/** The toolbar's place until the editor is ready: the same buttons, inert and hidden from assistive technology, so that nothing moves. */
export function ToolbarPlaceholder() {
  const icons = [...TOOLS.map((tool) => tool.icon), <span key="link" className="tool-link">a</span>, null, "↶", "↷"];
  return (
    <div className="editor-toolbar" aria-hidden="true" data-testid="toolbar-placeholder">
      {icons.map((icon, index) =>
        icon === null ? (
          <span key={index} className="tool-separator" />
        ) : (
          <button key={index} type="button" className="tool" disabled tabIndex={-1}>
            {icon}
          </button>
        ),
      )}
    </div>
  );
}
