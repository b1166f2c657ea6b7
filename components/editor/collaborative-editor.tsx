"use client";

import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { BubbleMenu } from "@tiptap/react/menus";
import { memo, useEffect, useMemo, useState } from "react";
import { useI18n } from "@/components/ui/i18n-provider";
import { editorExtensions } from "@/lib/editor/extensions";
import type { ClaimTypeKey } from "./claim-types";
import { CLAIM_TYPE_KEYS } from "./claim-types";
import { ClaimDecorations, claimDecorationsKey, type ClaimLooks } from "./claim-decorations";
import { ClaimKeyboard } from "./claim-keyboard";
import { EditorToolbar } from "./editor-toolbar";
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
  onOpenClaim: (claimId: string) => void;
};

/**
 * The live article text: Tiptap on the shared Yjs document, with everyone's
 * carets, claim highlights and the claim bubble menu. React does not re-render
 * it per transaction; toolbar and panel subscribe to what they show.
 */
export const CollaborativeEditor = memo(function CollaborativeEditor({ live, user, readOnly, looks, onReady, onMarkClaim, onOpenClaim }: Props) {
  const { t } = useI18n();
  const extensions = useMemo(
    () => [
      ...editorExtensions({ collaborative: true }),
      Collaboration.configure({ document: live.doc }),
      CollaborationCaret.configure({ provider: live.provider, user }),
      ClaimDecorations.configure({ looks: () => looks }),
      SuggestionDecorations,
      ClaimKeyboard.configure({ onMarkClaim, onOpenClaim }),
      SharedChanges,
    ],
    // The callbacks are read through refs by ClaimKeyboard, later looks arrive by transaction; the document decides the editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [live.doc, live.provider],
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
          "aria-readonly": readOnly ? "true" : "false",
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

  // The bubble menu's plugin reconfigures the whole editor when it registers: once the text is usable, not before.
  const [menuReady, setMenuReady] = useState(false);
  useEffect(() => {
    if (!editor) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const id = idle(() => setMenuReady(true), { timeout: 1000 });
    return () => cancel(id);
  }, [editor]);

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(claimDecorationsKey, looks));
  }, [editor, looks]);

  if (!editor) return <p className="muted">{t("editor.loading")}</p>;
  return (
    <>
      {!readOnly && <EditorToolbar editor={editor} />}
      {readOnly && <p className="notice small">{t("editor.readOnly")}</p>}
      {!readOnly && menuReady && (
        <BubbleMenu editor={editor} shouldShow={({ state }) => !state.selection.empty}>
          <div className="bubble-menu" role="toolbar" aria-label={t("claims.markAs")}>
            <span className="bubble-label" aria-hidden="true">
              {t("claims.markAs")}
            </span>
          {CLAIM_TYPE_KEYS.map((type, index) => (
            <button key={type} type="button" className="button button-small" onClick={() => onMarkClaim(type)} title={`${t(`claimType.${type}`)} (Ctrl+Alt+${index + 1})`}>
              {t(`claimType.${type}`)}
            </button>
          ))}
          </div>
        </BubbleMenu>
      )}
      <EditorContent editor={editor} />
    </>
  );
});
