"use client";

import { useI18n } from "@/components/ui/i18n-provider";
import { splitMentions } from "@/lib/notifications/mentions";

/** A comment's text, each mention shown with the person's current name. */
export function CommentBody({ body, names }: { body: string; names: Readonly<Record<string, string>> }) {
  const { t } = useI18n();
  return (
    <p className="comment-body">
      {splitMentions(body, (id) => names[id]).map((part, i) =>
        "text" in part ? (
          part.text
        ) : (
          <span key={i} className="mention">
            @{part.name ?? t("inbox.formerMember")}
          </span>
        ),
      )}
    </p>
  );
}
