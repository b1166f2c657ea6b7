"use client";

import { useEffect, useRef } from "react";
import { useI18n } from "@/components/ui/i18n-provider";
import type { MessageKey } from "@/lib/i18n/en";
import { isTyping } from "./desk-shortcuts";

/** The desk's keys, as people press them (Ctrl is ⌘ on Apple's machines). */
const SHORTCUTS: [string, MessageKey][] = [
  ["?", "shortcuts.help"],
  ["/", "shortcuts.search"],
  ["N", "shortcuts.newArticle"],
  ["Ctrl+Alt+1…5", "shortcuts.markClaim"],
  ["Alt+↓ / Alt+↑", "shortcuts.nextClaim"],
  ["Alt+Enter", "shortcuts.openClaim"],
  ["Escape", "shortcuts.backToText"],
  ["Ctrl+Z / Ctrl+Shift+Z", "shortcuts.undo"],
  ["Ctrl+B / Ctrl+I", "shortcuts.bold"],
];

/** "?" anywhere on the desk (outside a text field) lists its keyboard shortcuts. */
export function ShortcutHelp() {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "?" || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      dialog.current?.showModal();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="shortcut-help-title" data-testid="shortcut-help">
      <h2 id="shortcut-help-title">{t("shortcuts.title")}</h2>
      <dl className="shortcut-list">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={what}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="dialog-actions">
        <button className="button" type="submit">
          {t("common.close")}
        </button>
      </form>
    </dialog>
  );
}
