"use client";

import BubbleMenu from "@tiptap/extension-bubble-menu";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { memo, useEffect, useMemo, useState } from "react";
import { createPortal } from "react-dom";
import { useI18n } from "@/components/ui/i18n-provider";
import { editorExtensions } from "@/lib/editor/extensions";
import type { ClaimTypeKey } from "./claim-types";
import { CLAIM_TYPE_KEYS } from "./claim-types";
import { ClaimDecorations, claimDecorationsKey, type ClaimLooks } from "./claim-decorations";
import { ClaimKeyboard, type OpenedBy } from "./claim-keyboard";
import { EditorToolbar } from "./editor-toolbar";
import { ownUndoManager } from "./own-undo";
import { publishingAwareness, RemoteCarets } from "./remote-carets";
import { SharedChanges } from "./shared-changes";
import { SuggestionDecorations } from "./suggestion-decorations";
import type { Collaboration as Live } from "./use-collaboration";

type Props = {
  live: Live;
  user: { name: string; color: string };
  readOnly: boolean;
  /** How each claim's highlight looks: the editor's first render already has them. */
  looks: ClaimLooks;
  onReady: (editor: Editor) => void;
  onMarkClaim: (type: ClaimTypeKey) => void;
  onOpenClaim: (claimId: string, by: OpenedBy) => void;
};

/**
 * The live article text: Tiptap on the shared Yjs document, with everyone's
 * carets, claim highlights and the claim bubble menu. React does not re-render
 * it per transaction; toolbar and panel subscribe to what they show.
 */
export const CollaborativeEditor = memo(function CollaborativeEditor({ live, user, readOnly, looks, onReady, onMarkClaim, onOpenClaim }: Props) {
  const { t } = useI18n();
  // The bubble menu is an extension of the editor from its creation: a plugin
  // registered later reconfigures the editor, and y-prosemirror then rebuilds
  // every node, which left each keystroke comparing every paragraph.
  const [menu] = useState(() => {
    const element = document.createElement("div");
    element.style.visibility = "hidden";
    element.style.position = "absolute";
    return element;
  });
  const extensions = useMemo(
    () => [
      ...editorExtensions({ collaborative: true }),
      Collaboration.configure({ document: live.doc, yUndoOptions: { undoManager: ownUndoManager(live.doc) } }),
      CollaborationCaret.configure({
        provider: { awareness: publishingAwareness(live.provider.awareness!) },
        user,
      }),
      RemoteCarets.configure({ awareness: live.provider.awareness }),
      ClaimDecorations.configure({ looks: () => looks }),
      SuggestionDecorations,
      ClaimKeyboard.configure({ onMarkClaim, onOpenClaim }),
      SharedChanges,
      BubbleMenu.configure({ element: menu, shouldShow: ({ editor, state }) => editor.isEditable && !state.selection.empty }),
    ],
    // The callbacks are read through refs by ClaimKeyboard, later looks arrive by transaction; the document decides the editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [live.doc, live.provider, menu],
  );
  const editor = useEditor(
    {
      extensions,
      editable: !readOnly,
      immediatelyRender: false,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: "article-text live-editor",
          "aria-label": t("editor.label"),
          "data-testid": "live-editor",
        },
      },
    },
    [extensions],
  );

  useEffect(() => {
    if (!editor) return;
    performance.mark("factdesk:editor");
    onReady(editor);
  }, [editor, onReady]);

  useEffect(() => {
    editor?.setEditable(!readOnly);
  }, [editor, readOnly]);

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(claimDecorationsKey, looks));
  }, [editor, looks]);

  if (!editor) return <p className="muted">{t("editor.loading")}</p>;
  return (
    <>
      {!readOnly && <EditorToolbar editor={editor} />}
      {readOnly && <p className="notice small">{t("editor.readOnly")}</p>}
      {!readOnly &&
        createPortal(
          <div className="bubble-menu" role="toolbar" aria-label={t("claims.markAs")}>
            <span className="bubble-label" aria-hidden="true">
              {t("claims.markAs")}
            </span>
            {CLAIM_TYPE_KEYS.map((type, index) => (
              <button key={type} type="button" className="button button-small" onClick={() => onMarkClaim(type)} title={`${t(`claimType.${type}`)} (Ctrl+Alt+${index + 1})`}>
                {t(`claimType.${type}`)}
              </button>
            ))}
          </div>,
          menu,
        )}
      <EditorContent editor={editor} />
    </>
  );
});
