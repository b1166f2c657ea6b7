"use client";

import { useId, useState, type FormEvent } from "react";
import { addSourceAction, removeSourceAction, updateSourceAction } from "@/app/(desk)/desk/[newsroom]/articles/[slug]/claim-actions";
import { useI18n } from "@/components/ui/i18n-provider";
import { can } from "@/lib/policies";
import type { ClaimWithDetails } from "@/lib/server/list-claims";
import { SOURCE_KINDS, SOURCE_STANCES } from "@/lib/validation/claim";
import { useClaimWorkspace } from "./claim-context";
import { SourceCaptures } from "./source-captures";

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

/** Sources of a claim: each with its passage, archived copy, kind and stance. */
type Source = ClaimWithDetails["sources"][number];

const FIELDS = [
  ["url", "sources.url", "url"],
  ["title", "sources.titleField", "text"],
  ["publisher", "sources.publisher", "text"],
  ["publishedAt", "sources.date", "date"],
  ["archiveUrl", "sources.archiveUrl", "url"],
] as const;

const initialValue = (source: Source | undefined, name: (typeof FIELDS)[number][0]) => {
  const value = source?.[name];
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === "string" ? value.slice(0, name === "publishedAt" ? 10 : undefined) : "";
};

/** The form to add a source, or to edit one (sent with the version it was read at: a stale edit gets a conflict). */
function SourceForm({ claim, source, onDone }: { claim: ClaimWithDetails; source?: Source; onDone: () => void }) {
  const { t } = useI18n();
  const w = useClaimWorkspace();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.currentTarget).entries());
    const result = source
      ? await w.run(claim.id, () => updateSourceAction(w.newsroomSlug, { ...values, sourceId: source.id, expectedUpdatedAt: new Date(source.updatedAt).toISOString() }), t("sources.updated"))
      : await w.run(claim.id, () => addSourceAction(w.newsroomSlug, { ...values, claimId: claim.id }), t("sources.added"));
    setErrors(result.ok ? {} : (result.fields ?? {}));
    if (result.ok || result.status === 409) onDone();
  }

  return (
    <form onSubmit={submit} className="source-form" noValidate data-testid="source-form">
      {FIELDS.map(([name, label, type]) => (
        <label key={name} className="field">
          <span>{t(label)}</span>
          <input
            name={name}
            type={type}
            defaultValue={initialValue(source, name)}
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={errors[name] ? `${formId}-${name}-error` : undefined}
            required={name === "url"}
          />
          {errors[name] && (
            <span className="error" id={`${formId}-${name}-error`}>
              {errors[name]}
            </span>
          )}
        </label>
      ))}
      <label className="field">
        <span>{t("sources.excerpt")}</span>
        <textarea name="excerpt" rows={3} maxLength={5000} defaultValue={source?.excerpt ?? ""} />
      </label>
      <div className="field-row compact-row">
        <label className="field">
          <span>{t("sources.kind")}</span>
          <select name="kind" defaultValue={source?.kind ?? "primary_document"}>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("sources.stance")}</span>
          <select name="stance" defaultValue={source?.stance ?? "supports"}>
            {SOURCE_STANCES.map((st) => (
              <option key={st} value={st}>
                {t(`stance.${st}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="toolbar">
        <button type="submit" className="button button-small button-primary">
          {t("sources.save")}
        </button>
        <button type="button" className="button button-small" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

/** Sources of a claim: each with its passage, archived copy, kind and stance. */
export function ClaimSources({ claim }: { claim: ClaimWithDetails }) {
  const { t } = useI18n();
  const w = useClaimWorkspace();
  const [editing, setEditing] = useState<string | null>(null);
  const editable = can({ newsroomId: "", role: w.role }, "source.edit");

  return (
    <div className="claim-section">
      <h3 className="small">
        {t("sources.title")} <span className="muted">({claim.sources.length})</span>
      </h3>
      <ul className="source-list" data-testid="source-list">
        {claim.sources.map((source) =>
          editing === source.id ? (
            <li key={source.id}>
              <SourceForm claim={claim} source={source} onDone={() => setEditing(null)} />
            </li>
          ) : (
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
              <SourceCaptures claimId={claim.id} source={source} editable={editable} />
              {editable && (
                <div className="toolbar">
                  <button type="button" className="button button-small" onClick={() => setEditing(source.id)}>
                    {t("sources.edit")}
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger"
                    onClick={() => w.run(claim.id, () => removeSourceAction(w.newsroomSlug, { sourceId: source.id }), t("sources.removed"))}
                  >
                    {t("sources.remove")}
                  </button>
                </div>
              )}
            </li>
          ),
        )}
      </ul>
      {editable && editing !== "new" && (
        <button type="button" className="button button-small" onClick={() => setEditing("new")} data-testid="add-source">
          + {t("sources.add")}
        </button>
      )}
      {editing === "new" && <SourceForm claim={claim} onDone={() => setEditing(null)} />}
    </div>
  );
}
