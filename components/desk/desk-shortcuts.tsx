"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Whether a key goes to a text field (the desk's one-key shortcuts then stay out of the way). */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element?.closest("input, textarea, select, [contenteditable=true]"));
}

/** Desk-wide keys: "/" focuses the search box, "n" opens a new article (when allowed). */
export function DeskShortcuts({ newArticleHref }: { newArticleHref?: string }) {
  const router = useRouter();
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      if (event.key === "/") {
        const search = document.getElementById("query");
        if (search) {
          event.preventDefault();
          search.focus();
        }
      } else if (event.key === "n" && newArticleHref) {
        event.preventDefault();
        router.push(newArticleHref);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [newArticleHref, router]);
  return null;
}
