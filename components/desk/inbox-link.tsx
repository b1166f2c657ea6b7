"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { useI18n } from "@/components/ui/i18n-provider";
import { IntentLink } from "@/components/ui/intent-link";

/** The window event other parts of the page listen to (the inbox page refreshes on it). */
export const INBOX_EVENT = "factdesk:inbox";

/** The unread count, live: the server streams it at once and after every change. */
function useUnreadCount(slug: string): number | null {
  const [unread, setUnread] = useState<number | null>(null);
  useEffect(() => {
    const source = new EventSource(`/desk/${slug}/inbox/events`);
    source.addEventListener("inbox", (event) => {
      const { unread: count } = JSON.parse((event as MessageEvent<string>).data) as { unread: number };
      setUnread(count);
      window.dispatchEvent(new CustomEvent(INBOX_EVENT, { detail: { unread: count } }));
    });
    return () => source.close();
  }, [slug]);
  return unread;
}

/** The navigation's link to the inbox, with its unread count. */
export function InboxLink({ slug }: { slug: string }) {
  const { t } = useI18n();
  const pathname = usePathname();
  const unread = useUnreadCount(slug);
  const href = `/desk/${slug}/inbox`;
  return (
    <IntentLink href={href} aria-current={pathname === href ? "page" : undefined} data-testid="inbox-link">
      {t("nav.inbox")}
      {unread !== null && unread > 0 && (
        <span className="count-badge" data-testid="inbox-unread">
          <span aria-hidden="true">{unread}</span>
          <span className="visually-hidden">{t("inbox.unread", { count: unread })}</span>
        </span>
      )}
    </IntentLink>
  );
}
