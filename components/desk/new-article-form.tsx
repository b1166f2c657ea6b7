"use client";

import type { JSONContent } from "@tiptap/core";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { createArticleAction } from "@/app/(desk)/desk/[newsroom]/articles/actions";
import { ArticleImportForm } from "@/components/desk/article-import-form";
import { PasteEditor } from "@/components/editor/paste-editor";
import { Field, fieldAria } from "@/components/ui/field";
import { useI18n } from "@/components/ui/i18n-provider";
import { useToast } from "@/components/ui/toast";
import { useActionForm } from "@/components/ui/use-action-form";
import { MAX_BODY_CHARS } from "@/lib/editor/document";
import type { ArticleImportPreview } from "@/lib/server/preview-article-import";
import { ARTICLE_LANGUAGES, MAX_TITLE_CHARS } from "@/lib/validation/article";

type Props = { newsroomSlug: string; defaultLanguage: string };

export function NewArticleForm({ newsroomSlug, defaultLanguage }: Props) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const body = useRef<JSONContent | null>(null);
  const [bodyLength, setBodyLength] = useState(0);
  const [refusedPaste, setRefusedPaste] = useState(0);
  // An imported article fills the fields; each import remounts them with its values (then they are the person's to edit).
  const [imported, setImported] = useState<{ preview: ArticleImportPreview; version: number } | null>(null);
  const filled = imported?.preview;
  // One id per form: a double submit finds the article the first one created.
  const [submissionId] = useState(() => crypto.randomUUID());
  const tooLong = bodyLength > MAX_BODY_CHARS;
  const form = useActionForm((input) => createArticleAction(newsroomSlug, input), {
    extra: () => ({ contentJson: body.current ? JSON.stringify(body.current) : "", submissionId }),
    onSuccess: ({ slug }) => {
      toast(t("article.created"));
      router.push(`/desk/${newsroomSlug}/articles/${slug}`);
    },
  });
  const f = form.fields;
  const tooLongMessage = (count: number) =>
    t("article.bodyTooLong", { count: count.toLocaleString(locale), limit: MAX_BODY_CHARS.toLocaleString(locale) });
  const bodyError = tooLong ? tooLongMessage(bodyLength) : refusedPaste ? tooLongMessage(refusedPaste) : f.body;
  return (
    <>
      <ArticleImportForm newsroomSlug={newsroomSlug} onPreview={(preview) => setImported((current) => ({ preview, version: (current?.version ?? 0) + 1 }))} />
      <p className="article-import-or" aria-hidden="true">{t("articleImport.or")}</p>
      <form key={imported?.version ?? 0} onSubmit={tooLong ? (e) => e.preventDefault() : form.onSubmit} noValidate data-testid="new-article-form">
        {filled && <p className="form-note" role="status">{t("articleImport.ready")}</p>}
        {form.error && <p className="form-error" role="alert">{form.error}</p>}
        <Field id="title" label={t("article.titleField")} error={f.title}>
          <input {...fieldAria("title", f.title)} required maxLength={MAX_TITLE_CHARS + 50} autoFocus={!filled} defaultValue={filled?.title} />
        </Field>
        <div className="field-row">
          <Field id="language" label={t("article.language")} error={f.language}>
            <select {...fieldAria("language", f.language)} defaultValue={filled?.language ?? defaultLanguage}>
              {ARTICLE_LANGUAGES.map((lang) => (
                <option key={lang} value={lang}>
                  {new Intl.DisplayNames([locale], { type: "language" }).of(lang)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="sourcePublishedAt" label={t("article.sourcePublishedAt")} error={f.sourcePublishedAt} optionalLabel={t("common.optional")}>
            <input {...fieldAria("sourcePublishedAt", f.sourcePublishedAt)} type="date" defaultValue={filled?.sourcePublishedAt ?? undefined} />
          </Field>
        </div>
        <Field id="sourceUrl" label={t("article.sourceUrl")} error={f.sourceUrl} optionalLabel={t("common.optional")}>
          <input {...fieldAria("sourceUrl", f.sourceUrl)} type="url" placeholder="https://" defaultValue={filled?.sourceUrl} />
        </Field>
        <div className="field-row">
          <Field id="sourcePublisher" label={t("article.sourcePublisher")} error={f.sourcePublisher} optionalLabel={t("common.optional")}>
            <input {...fieldAria("sourcePublisher", f.sourcePublisher)} maxLength={200} defaultValue={filled?.sourcePublisher ?? undefined} />
          </Field>
          <Field id="sourceAuthor" label={t("article.sourceAuthor")} error={f.sourceAuthor} optionalLabel={t("common.optional")}>
            <input {...fieldAria("sourceAuthor", f.sourceAuthor)} maxLength={200} defaultValue={filled?.sourceAuthor ?? undefined} />
          </Field>
        </div>
        <div className="field">
          <span className="field-label" id="body-label" style={{ fontWeight: 600, fontSize: "0.9rem" }}>
            {t("article.body")}
          </span>
          <PasteEditor
            id="body"
            label={t("article.body")}
            describedBy={`body-hint${bodyError ? " body-error" : ""}`}
            invalid={Boolean(bodyError)}
            content={filled?.html}
            onChange={(doc, length) => {
              body.current = doc;
              setBodyLength(length);
              setRefusedPaste(0);
            }}
            onPasteTooLarge={setRefusedPaste}
          />
          <span className="hint" id="body-hint">
            {t("article.bodyHint")}
          </span>
          {bodyError && (
            <span className="error" id="body-error" role="alert">
              {bodyError}
            </span>
          )}
        </div>
        <button className="button button-primary" type="submit" disabled={form.pending || tooLong}>
          {form.pending ? t("article.creating") : t("article.create")}
        </button>
      </form>
    </>
  );
}
