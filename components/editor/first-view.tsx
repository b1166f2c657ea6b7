"use client";

import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from "react";
import { useI18n } from "@/components/ui/i18n-provider";
import { ToolbarPlaceholder } from "./editor-toolbar";
import type { OpenedBy } from "./claim-keyboard";
import type { Collaboration } from "./use-collaboration";

type Props = {
  /** The server-rendered text (StaticArticle), or null when the server has none. */
  text: ReactNode;
  live: Collaboration | null;
  editor: Editor | null;
  readOnly: boolean;
  onOpenClaim: (claimId: string, by: OpenedBy) => void;
  /** The live editor, hidden until it holds the text. */
  children: ReactNode;
};

const never = () => () => undefined;

/**
 * Whether the live editor holds the text: this browser's copy or the server's
 * first sync has filled it (or the server says the article is empty). It
 * stays true: an article emptied later keeps its editor.
 */
function useEditorFilled(editor: Editor | null, live: Collaboration | null): boolean {
  const filled = useMemo(() => {
    let seen = false;
    return () => (seen ||= editor !== null && (editor.state.doc.content.size > 2 || live?.connection.get().state === "connected"));
  }, [editor, live]);
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!editor || !live) return () => undefined;
      editor.on("update", listener);
      const unsubscribe = live.connection.subscribe(listener);
      return () => {
        editor.off("update", listener);
        unsubscribe();
      };
    },
    [editor, live],
  );
  return useSyncExternalStore(editor ? subscribe : never, filled, () => false);
}

/**
 * The article's first view: the server's text, readable at once, where the
 * live editor will be (the toolbar's place kept), swapped for the editor in
 * one render once it holds the text, so that nothing moves and nothing is
 * shown or announced twice. A highlight clicked before then opens its card.
 */
export function FirstView({ text, live, editor, readOnly, onOpenClaim, children }: Props) {
  const { t } = useI18n();
  const filled = useEditorFilled(editor, live);
  const textRef = useRef<HTMLDivElement>(null);
  const waiting = text !== null && !filled;

  useEffect(() => {
    const element = textRef.current;
    if (!element) return;
    // One listener for every highlight; the panel is the keyboard's way to a card.
    const onClick = (event: MouseEvent) => {
      const claim = (event.target as Element).closest?.("[data-claim-id]");
      if (claim) onOpenClaim(claim.getAttribute("data-claim-id")!, "pointer");
    };
    element.addEventListener("click", onClick);
    return () => element.removeEventListener("click", onClick);
  }, [waiting, onOpenClaim]);

  useEffect(() => {
    if (!filled || !editor) return;
    if (text !== null) performance.mark("factdesk:live-shown");
    // Opening an article puts the focus in its text once it is shown (a hidden editor cannot take it), unless the person has already moved it.
    if (document.activeElement === document.body || !document.activeElement) editor.commands.focus("start", { scrollIntoView: false });
  }, [text, filled, editor]);

  if (text === null) return children;
  return (
    <>
      {waiting && (
        <div ref={textRef} className="first-view">
          {readOnly ? <p className="notice small">{t("editor.readOnly")}</p> : <ToolbarPlaceholder />}
          {text}
        </div>
      )}
      <div className="live-view" hidden={waiting}>
        {children}
      </div>
    </>
  );
}
