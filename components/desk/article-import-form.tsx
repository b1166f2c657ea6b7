"use client";

import { useState, type FormEvent } from "react";
import { previewArticleImportAction } from "@/app/(desk)/desk/[newsroom]/articles/actions";
import { fetchErrorText } from "@/components/ui/fetch-error-text";
import { Field, fieldAria } from "@/components/ui/field";
import { useI18n } from "@/components/ui/i18n-provider";
import { useToast } from "@/components/ui/toast";
import type { ArticleImportPreview } from "@/lib/server/preview-article-import";

type Props = { newsroomSlug: string; onPreview: (preview: ArticleImportPreview) => void };

/** The article's URL: fetched on the server, its fields handed to the new-article form to check and edit. */
export function ArticleImportForm({ newsroomSlug, onPreview }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const url = String(new FormData(event.currentTarget).get("importUrl") ?? "");
    setPending(true);
    try {
      const result = await previewArticleImportAction(newsroomSlug, { url });
      if (result.ok) {
        setError("");
        onPreview(result.data);
        toast(t("articleImport.ready"));
      } else {
        const message = fetchErrorText(t, result.code, result.fields?.url ?? result.error);
        setError(message);
        toast(message, "error");
      }
    } catch {
      setError(t("common.error"));
      toast(t("common.error"), "error");
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="article-import" onSubmit={onSubmit} noValidate data-testid="article-import-form" aria-labelledby="article-import-heading">
      <h2 id="article-import-heading">{t("articleImport.heading")}</h2>
      <Field id="importUrl" label={t("articleImport.url")} error={error} hint={t("articleImport.hint")}>
        <div className="inline-field">
          <input {...fieldAria("importUrl", error, t("articleImport.hint"))} type="url" inputMode="url" placeholder="https://" required maxLength={2048} />
          <button className="button" type="submit" disabled={pending} aria-busy={pending || undefined}>
            {pending ? t("articleImport.fetching") : t("articleImport.fetch")}
          </button>
        </div>
      </Field>
    </form>
  );
}
