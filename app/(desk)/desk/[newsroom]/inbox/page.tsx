import type { Metadata } from "next";
import { InboxRefresh } from "@/components/desk/inbox-refresh";
import { MarkAllReadButton } from "@/components/desk/mark-all-read-button";
import { NotificationList } from "@/components/desk/notification-list";
import { IntentLink } from "@/components/ui/intent-link";
import { requireMember } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listNotifications } from "@/lib/server/list-notifications";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage({ params }: { params: Promise<{ newsroom: string }> }) {
  const { newsroom: slug } = await params;
  const { actor, newsroom } = await requireMember(slug);
  const { t, locale } = await getTranslator();
  const inbox = await listNotifications({ actor });
  return (
    <main className="page" id="main">
      <div className="page-header">
        <div className="page-intro">
          <h1>{t("inbox.title")}</h1>
          <p>{t("inbox.intro", { newsroom: newsroom.name })}</p>
        </div>
        <div className="toolbar">
          {inbox.unread > 0 && <MarkAllReadButton newsroomSlug={newsroom.slug} />}
          <IntentLink className="button" href={`/desk/${newsroom.slug}/profile`}>
            {t("nav.profile")}
          </IntentLink>
        </div>
      </div>
      <InboxRefresh unread={inbox.unread} />
      {inbox.items.length === 0 ? (
        <div className="empty card">
          <p>{t("inbox.empty")}</p>
        </div>
      ) : (
        <NotificationList items={inbox.items} names={inbox.names} newsroomSlug={newsroom.slug} t={t} locale={locale} />
      )}
    </main>
  );
}
