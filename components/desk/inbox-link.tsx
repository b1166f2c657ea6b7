"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { useI18n } from "@/components/ui/i18n-provider";
import { IntentLink } from "@/components/ui/intent-link";

/** The window event other parts of the page listen to (the inbox page refreshes on it). */
export const INBOX_EVENT = "factdesk:inbox";

/**
 * The unread count, live: the server streams it at once and after every
 * change. One tab per newsroom holds the stream (a Web Lock) and passes the
 * count to the others (a BroadcastChannel): over HTTP/1.1 a browser opens at
 * most six connections to a server, and a stream per tab would exhaust them.
 */
function useUnreadCount(slug: string): number | null {
  const [unread, setUnread] = useState<number | null>(null);
  useEffect(() => {
    const name = `factdesk-inbox:${slug}`;
    const channel = new BroadcastChannel(name);
    const stop = new AbortController();
    let last: number | null = null;
    const show = (count: number) => {
      setUnread(count);
      window.dispatchEvent(new CustomEvent(INBOX_EVENT, { detail: { unread: count } }));
    };
    const stream = () => {
      const source = new EventSource(`/desk/${slug}/inbox/events`);
      source.addEventListener("inbox", (event) => {
        last = (JSON.parse((event as MessageEvent<string>).data) as { unread: number }).unread;
        show(last);
        channel.postMessage({ unread: last });
      });
      return source;
    };
    channel.onmessage = (event: MessageEvent<{ unread: number } | "ask">) => {
      if (event.data === "ask") {
        if (last !== null) channel.postMessage({ unread: last });
      } else show(event.data.unread);
    };
    let direct: EventSource | null = null;
    if (navigator.locks) {
      navigator.locks
        .request(name, { signal: stop.signal }, () => {
          const source = stream();
          return new Promise<void>((release) => stop.signal.addEventListener("abort", () => (source.close(), release())));
        })
        .catch(() => undefined); // aborted while waiting for the lock: this tab closed
      channel.postMessage("ask");
    } else {
      direct = stream(); // no Web Locks outside a secure context: one stream per tab
    }
    return () => {
      stop.abort();
      direct?.close();
      channel.close();
    };
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
