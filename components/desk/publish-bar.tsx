"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { previewPublicationAction, publishArticleAction, unpublishArticleAction } from "@/app/(desk)/desk/[newsroom]/articles/[slug]/publish-actions";
import { useI18n } from "@/components/ui/i18n-provider";
import { useToast } from "@/components/ui/toast";
import type { PublicationSummary } from "@/lib/server/publication-summary";
import { PublishSummary } from "./publish-summary";

type Props = { newsroomSlug: string; articleId: string; articleSlug: string; status: string; verdictLabels: Record<string, string> };

/**
 * Publish a new version, see the public page, or unpublish. Publishing first
 * shows what will be published and what is left out (and why), with any
 * markup warning, in a modal dialog: one confirmation, with the change note
 * a correction needs.
 */
export function PublishBar({ newsroomSlug, articleId, articleSlug, status, verdictLabels }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [note, setNote] = useState("");
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);
  const [summary, setSummary] = useState<(PublicationSummary & { version: number }) | null>(null);
  const publicPath = `/${newsroomSlug}/${articleSlug}`;
  const blocked = summary?.markup.some((issue) => issue.level === "error") ?? false;

  async function review() {
    setPending(true);
    const result = await previewPublicationAction(newsroomSlug, { articleId });
    setPending(false);
    if (!result.ok) return toast(result.error, "error");
    setSummary(result.data);
    setError("");
    dialog.current?.showModal();
  }

  async function publish() {
    setPending(true);
    const result = await publishArticleAction(newsroomSlug, { articleId, note: note || undefined });
    setPending(false);
    if (!result.ok) {
      const message = result.fields?.note ?? result.fields?.markup ?? result.error;
      setError(message);
      toast(message, "error");
      return;
    }
    dialog.current?.close();
    setError("");
    setNote("");
    toast(t("publish.done", { version: result.data.version }));
    router.refresh();
  }

  async function unpublish() {
    setPending(true);
    const result = await unpublishArticleAction(newsroomSlug, { articleId });
    setPending(false);
    toast(result.ok ? t("publish.withdrawn") : result.error, result.ok ? "info" : "error");
    router.refresh();
  }

  return (
    <div className="publish-bar" data-testid="publish-bar">
      <button type="button" className="button button-primary" disabled={pending} onClick={review} data-testid="publish">
        {status === "published" ? t("publish.republish") : t("publish.publish")}
      </button>
      {status === "published" && (
        <>
          <a className="button" href={publicPath} target="_blank" rel="noopener">
            {t("publish.view")}
          </a>
          <button type="button" className="button button-danger" disabled={pending} onClick={unpublish} data-testid="unpublish">
            {t("publish.unpublish")}
          </button>
        </>
      )}
      <dialog ref={dialog} className="dialog dialog-wide" aria-labelledby={`${id}-title`} data-testid="publish-dialog">
        <h2 id={`${id}-title`}>{t("publish.summaryTitle", { version: summary?.version ?? 1 })}</h2>
        {summary && <PublishSummary summary={summary} verdictLabel={(key) => verdictLabels[key] ?? key} />}
        <label className="field">
          <span>{t("publish.note")}</span>
          <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} rows={2} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} data-testid="change-note" />
        </label>
        {error && (
          <p id={`${id}-error`} className="error small" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button className="button" type="button" onClick={() => dialog.current?.close()}>
            {t("common.cancel")}
          </button>
          <button className="button button-primary" type="button" disabled={pending || blocked} onClick={publish} data-testid="publish-confirm">
            {t("publish.confirm", { version: summary?.version ?? 1 })}
          </button>
        </div>
      </dialog>
    </div>
  );
}
