"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { INBOX_EVENT } from "./inbox-link";

/** Re-renders the inbox page when the navigation hears that the inbox changed (the first count is only the current one). */
export function InboxRefresh({ unread }: { unread: number }) {
  const router = useRouter();
  useEffect(() => {
    const onChange = (event: Event) => {
      if ((event as CustomEvent<{ unread: number }>).detail.unread !== unread) router.refresh();
    };
    window.addEventListener(INBOX_EVENT, onChange);
    return () => window.removeEventListener(INBOX_EVENT, onChange);
  }, [router, unread]);
  return null;
}
