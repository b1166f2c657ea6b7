"use client";

import { useState, type FormEvent } from "react";
import { addSourceAction, removeSourceAction } from "@/app/(desk)/desk/[newsroom]/articles/[slug]/claim-actions";
import { useI18n } from "@/components/ui/i18n-provider";
import { can } from "@/lib/policies";
import type { ClaimWithDetails } from "@/lib/server/list-claims";
import { SOURCE_KINDS, SOURCE_STANCES } from "@/lib/validation/claim";
import { useClaimWorkspace } from "./claim-context";

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

/** Sources of a claim: each with its passage, archived copy, kind and stance. */
export function ClaimSources({ claim }: { claim: ClaimWithDetails }) {
  const { t } = useI18n();
  const w = useClaimWorkspace();
  const [adding, setAdding] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const editable = can({ newsroomId: "", role: w.role }, "source.edit");

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = { ...Object.fromEntries(new FormData(form).entries()), claimId: claim.id };
    const result = await w.run(claim.id, () => addSourceAction(w.newsroomSlug, input), t("sources.added"));
    setErrors(result.ok ? {} : (result.fields ?? {}));
    if (result.ok) {
      form.reset();
      setAdding(false);
    }
  }

  return (
    <div className="claim-section">
      <h3 className="small">
        {t("sources.title")} <span className="muted">({claim.sources.length})</span>
      </h3>
      <ul className="source-list" data-testid="source-list">
        {claim.sources.map((source) => (
          <li key={source.id} className="source">
            <div>
              <span className={`badge stance-${source.stance}`}>{t(`stance.${source.stance as "supports"}`)}</span>{" "}
              <span className="badge">{t(`kind.${source.kind as "media"}`)}</span>
            </div>
            <a href={source.url} rel="noopener nofollow ugc" target="_blank">
              {source.title || hostOf(source.url)}
            </a>
            <div className="muted small">
              {[source.publisher, source.publishedAt ? new Date(source.publishedAt).toISOString().slice(0, 10) : null].filter(Boolean).join(" · ")}
              {source.archiveUrl && (
                <>
                  {" · "}
                  <a href={source.archiveUrl} rel="noopener nofollow ugc" target="_blank">
                    {t("sources.archive")}
                  </a>
                </>
              )}
            </div>
            {source.excerpt && <blockquote className="small">{source.excerpt}</blockquote>}
            {editable && (
              <button
                type="button"
                className="button button-small button-danger"
                onClick={() => w.run(claim.id, () => removeSourceAction(w.newsroomSlug, { sourceId: source.id }), t("sources.removed"))}
              >
                {t("sources.remove")}
              </button>
            )}
          </li>
        ))}
      </ul>
      {editable && !adding && (
        <button type="button" className="button button-small" onClick={() => setAdding(true)} data-testid="add-source">
          + {t("sources.add")}
        </button>
      )}
      {adding && (
        <form onSubmit={add} className="source-form" noValidate data-testid="source-form">
          {(
            [
              ["url", "sources.url", "url"],
              ["title", "sources.titleField", "text"],
              ["publisher", "sources.publisher", "text"],
              ["publishedAt", "sources.date", "date"],
              ["archiveUrl", "sources.archiveUrl", "url"],
            ] as const
          ).map(([name, label, type]) => (
            <label key={name} className="field">
              <span>{t(label)}</span>
              <input name={name} type={type} aria-invalid={errors[name] ? true : undefined} required={name === "url"} />
              {errors[name] && <span className="error">{errors[name]}</span>}
            </label>
          ))}
          <label className="field">
            <span>{t("sources.excerpt")}</span>
            <textarea name="excerpt" rows={3} maxLength={5000} />
          </label>
          <div className="field-row compact-row">
            <label className="field">
              <span>{t("sources.kind")}</span>
              <select name="kind" defaultValue="primary_document">
                {SOURCE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`kind.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t("sources.stance")}</span>
              <select name="stance" defaultValue="supports">
                {SOURCE_STANCES.map((s) => (
                  <option key={s} value={s}>
                    {t(`stance.${s}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="toolbar">
            <button type="submit" className="button button-small button-primary">
              {t("sources.save")}
            </button>
            <button type="button" className="button button-small" onClick={() => setAdding(false)}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
