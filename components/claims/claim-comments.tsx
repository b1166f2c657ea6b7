"use client";

import { useId, useMemo, useState, type FormEvent } from "react";
import { addCommentAction, resolveCommentAction } from "@/app/(desk)/desk/[newsroom]/articles/[slug]/claim-actions";
import { useI18n } from "@/components/ui/i18n-provider";
import { encodeMentions } from "@/lib/notifications/mentions";
import type { ClaimWithDetails } from "@/lib/server/list-claims";
import { can } from "@/lib/policies";
import { useClaimWorkspace } from "./claim-context";
import { CommentBody } from "./comment-body";
import { MentionInput } from "./mention-input";

type Comment = ClaimWithDetails["comments"][number];

/** The claim's discussion, threaded: anyone in the newsroom comments and replies; resolved threads fade. */
export function ClaimComments({ claim }: { claim: ClaimWithDetails }) {
  const { t, locale } = useI18n();
  const w = useClaimWorkspace();
  const [body, setBody] = useState("");
  const [error, setError] = useState("");
  const [replyTo, setReplyTo] = useState<Comment | null>(null);
  const inputId = useId();
  const memberNames = useMemo(() => Object.fromEntries(w.members.map((m) => [m.id, m.name])), [w.members]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short" });
  const roots = claim.comments.filter((c) => !c.parentId);
  const replies = (parent: Comment) => claim.comments.filter((c) => c.parentId === parent.id);

  async function add(event: FormEvent) {
    event.preventDefault();
    const input = { claimId: claim.id, body: encodeMentions(body, w.members), ...(replyTo ? { parentId: replyTo.id } : {}) };
    const result = await w.run(claim.id, () => addCommentAction(w.newsroomSlug, input), t("comments.added"));
    setError(result.ok ? "" : (result.fields?.body ?? result.error));
    if (result.ok) {
      // Only what this comment used: meanwhile the person may have started a reply (the thread can show the comment before this answer).
      setBody((current) => (current === body ? "" : current));
      setReplyTo((current) => (current === replyTo ? null : current));
    }
  }

  const item = (comment: Comment) => (
    <li key={comment.id} className={comment.resolvedAt ? "comment resolved" : "comment"}>
      <div className="small">
        <strong>{comment.authorName}</strong> <span className="muted">{date.format(new Date(comment.createdAt))}</span>
      </div>
      <CommentBody body={comment.body} names={memberNames} />
      <div className="toolbar">
        {!comment.parentId && (
          <button type="button" className="button button-small" onClick={() => setReplyTo(comment)}>
            {t("comments.reply")}
          </button>
        )}
        {/* Resolving is its author's, or a fact-checker's and up (as resolveComment decides). */}
        {(comment.authorId === w.userId || can({ newsroomId: "", role: w.role }, "claim.edit")) && (
        <button
          type="button"
          className="button button-small"
          onClick={() => w.run(claim.id, () => resolveCommentAction(w.newsroomSlug, { commentId: comment.id, resolved: !comment.resolvedAt }), t("comments.updated"))}
        >
          {comment.resolvedAt ? t("comments.reopen") : t("comments.resolve")}
        </button>
        )}
      </div>
      {replies(comment).length > 0 && <ul className="comment-list comment-replies">{replies(comment).map(item)}</ul>}
    </li>
  );

  return (
    <div className="claim-section">
      <h3 className="small">
        {t("comments.title")} <span className="muted">({claim.comments.length})</span>
      </h3>
      <ul className="comment-list" data-testid="comment-list">
        {roots.map(item)}
      </ul>
      <form onSubmit={add} noValidate>
        <div className="field">
          <label htmlFor={inputId} className={replyTo ? "small" : "visually-hidden"}>{replyTo ? t("comments.replyTo", { name: replyTo.authorName }) : t("comments.add")}</label>
          <MentionInput id={inputId} members={w.members} rows={2} value={body} onChange={setBody} placeholder={t("comments.placeholder")} maxLength={5000} aria-invalid={error ? true : undefined} data-testid="comment-input" />
          {error && <span className="error">{error}</span>}
        </div>
        <div className="toolbar">
          <button type="submit" className="button button-small" disabled={!body.trim()}>
            {replyTo ? t("comments.reply") : t("comments.add")}
          </button>
          {replyTo && (
            <button type="button" className="button button-small" onClick={() => setReplyTo(null)}>
              {t("common.cancel")}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
