import { CommentBody } from "@/components/claims/comment-body";
import type { Translate } from "@/lib/i18n/translate";
import { notificationPath } from "@/lib/notifications/claim-link";
import { notificationTitle } from "@/lib/notifications/notification-title";
import type { NotificationView } from "@/lib/server/describe-notifications";

type Props = { items: NotificationView[]; names: Record<string, string>; newsroomSlug: string; t: Translate; locale: string };

/** The inbox: newest first, unread ones marked; opening one marks it read and leads to its claim. */
export function NotificationList({ items, names, newsroomSlug, t, locale }: Props) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ul className="inbox-list table-wrap" data-testid="inbox-list">
      {items.map((item) => (
        <li key={item.id} className={item.readAt ? "inbox-item" : "inbox-item unread"} data-testid="inbox-item">
          {/* A plain link: opening marks it read, which a prefetch must not do. */}
          <a href={notificationPath(newsroomSlug, item.id)}>
            <div>
              {!item.readAt && <span className="badge">{t("inbox.new")}</span>} <strong>{notificationTitle(item, t)}</strong>{" "}
              <span className="muted small">{date.format(item.createdAt)}</span>
            </div>
            <div className="small">
              “{item.claim.statement || item.claim.quotedText}” <span className="muted">{t("inbox.inArticle", { article: item.claim.article.title })}</span>
            </div>
            {item.commentBody && <CommentBody body={item.commentBody} names={names} />}
          </a>
        </li>
      ))}
    </ul>
  );
}
