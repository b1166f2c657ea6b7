"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { publishArticleAction, unpublishArticleAction } from "@/app/(desk)/desk/[newsroom]/articles/[slug]/publish-actions";
import { useI18n } from "@/components/ui/i18n-provider";
import { useToast } from "@/components/ui/toast";

type Props = { newsroomSlug: string; articleId: string; articleSlug: string; status: string };

/** Publish a new version (with a change note for corrections), see the public page, or unpublish. */
export function PublishBar({ newsroomSlug, articleId, articleSlug, status }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [note, setNote] = useState("");
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);
  const publicPath = `/${newsroomSlug}/${articleSlug}`;

  async function publish() {
    setPending(true);
    const result = await publishArticleAction(newsroomSlug, { articleId, note: note || undefined });
    setPending(false);
    if (!result.ok) {
      setError(result.fields?.note ?? result.error);
      toast(result.fields?.note ?? result.error, "error");
      return;
    }
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
      <label className="field">
        <span className="visually-hidden">{t("publish.note")}</span>
        <input value={note} onChange={(e) => setNote(e.target.value)} placeholder={t("publish.note")} maxLength={2000} aria-invalid={error ? true : undefined} data-testid="change-note" />
      </label>
      <button type="button" className="button button-primary" disabled={pending} onClick={publish} data-testid="publish">
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
      {error && <span className="error small" role="alert">{error}</span>}
    </div>
  );
}
