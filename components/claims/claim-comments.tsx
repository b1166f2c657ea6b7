"use client";

import { useState, type FormEvent } from "react";
import { addCommentAction, resolveCommentAction } from "@/app/(desk)/desk/[newsroom]/articles/[slug]/claim-actions";
import { useI18n } from "@/components/ui/i18n-provider";
import type { ClaimWithDetails } from "@/lib/server/list-claims";
import { useClaimWorkspace } from "./claim-context";

/** The claim's discussion: anyone in the newsroom comments; resolved comments fold away. */
export function ClaimComments({ claim }: { claim: ClaimWithDetails }) {
  const { t, locale } = useI18n();
  const w = useClaimWorkspace();
  const [body, setBody] = useState("");
  const [error, setError] = useState("");
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short" });

  async function add(event: FormEvent) {
    event.preventDefault();
    const result = await w.run(claim.id, () => addCommentAction(w.newsroomSlug, { claimId: claim.id, body }), t("comments.added"));
    setError(result.ok ? "" : (result.fields?.body ?? result.error));
    if (result.ok) setBody("");
  }

  return (
    <div className="claim-section">
      <h3 className="small">
        {t("comments.title")} <span className="muted">({claim.comments.length})</span>
      </h3>
      <ul className="comment-list" data-testid="comment-list">
        {claim.comments.map((comment) => (
          <li key={comment.id} className={comment.resolvedAt ? "comment resolved" : "comment"}>
            <div className="small">
              <strong>{comment.authorName}</strong> <span className="muted">{date.format(new Date(comment.createdAt))}</span>
            </div>
            <p>{comment.body}</p>
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                w.run(claim.id, () => resolveCommentAction(w.newsroomSlug, { commentId: comment.id, resolved: !comment.resolvedAt }), t("comments.updated"))
              }
            >
              {comment.resolvedAt ? t("comments.reopen") : t("comments.resolve")}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} noValidate>
        <label className="field">
          <span className="visually-hidden">{t("comments.add")}</span>
          <textarea rows={2} value={body} onChange={(e) => setBody(e.target.value)} placeholder={t("comments.placeholder")} maxLength={5000} aria-invalid={error ? true : undefined} data-testid="comment-input" />
          {error && <span className="error">{error}</span>}
        </label>
        <button type="submit" className="button button-small" disabled={!body.trim()}>
          {t("comments.add")}
        </button>
      </form>
    </div>
  );
}
