"use client";

import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { useI18n } from "@/components/ui/i18n-provider";
import { ToolbarPlaceholder } from "./editor-toolbar";
import type { OpenedBy } from "./claim-keyboard";
import { takeFirstViewHtml } from "./first-view-handoff";
import type { Collaboration } from "./use-collaboration";

/**
 * The server's text of the article (`staticArticleHtml`): the HTML itself when
 * the page's data is all the browser gets (a navigation within the app), or
 * the key under which the page left it for the server's rendering of the HTML
 * (a page load: `leaveFirstViewHtml`).
 */
export type FirstViewText = { lang: string } & ({ html: string } | { handoff: string });

type Props = {
  /** The server's text, or null when the server has none. */
  text: FirstViewText | null;
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
  // A key without the server's element to take over (the page's data reused on going back) has no text to show.
  const [shown] = useState(() => text !== null && ("html" in text || typeof document === "undefined" || document.querySelector(`[data-first-view="${text.handoff}"]`) !== null));
  const waiting = shown && !filled;

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
    if (shown) performance.mark("factdesk:live-shown");
    // Opening an article puts the focus in its text once it is shown (a hidden editor cannot take it), unless the person has already moved it.
    if (document.activeElement === document.body || !document.activeElement) editor.commands.focus("start", { scrollIntoView: false });
  }, [shown, filled, editor]);

  if (!shown || text === null) return children;
  return (
    <>
      {waiting && (
        <div ref={textRef} className="first-view">
          {readOnly ? <p className="notice small">{t("editor.readOnly")}</p> : <ToolbarPlaceholder />}
          <ServerText text={text} />
        </div>
      )}
      <div className="live-view" hidden={waiting}>
        {children}
      </div>
    </>
  );
}

/**
 * The server's text. Rendered on the server from the HTML; in the browser the
 * element the server rendered is kept as it is: React leaves an element's
 * inner HTML alone when it hydrates it, and an unchanged one when it renders
 * it again.
 */
function ServerText({ text }: { text: FirstViewText }) {
  const html = "html" in text ? text.html : typeof window === "undefined" ? (takeFirstViewHtml(text.handoff) ?? "") : "";
  return (
    <div
      className="article-text static-article"
      lang={text.lang}
      data-testid="static-article"
      data-first-view={"handoff" in text ? text.handoff : undefined}
      dangerouslySetInnerHTML={{ __html: html }}
      suppressHydrationWarning
    />
  );
}
