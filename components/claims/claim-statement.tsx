"use client";

import { useId, useState } from "react";
import { updateClaimAction } from "@/app/(desk)/desk/[newsroom]/articles/[slug]/claim-actions";
import { useI18n } from "@/components/ui/i18n-provider";
import type { SpeakerCandidate } from "@/lib/claims/detect-claims";
import { MAX_STATEMENT_CHARS, RECOMMENDED_STATEMENT_CHARS } from "@/lib/claims/statement";
import { can } from "@/lib/policies";
import type { ClaimWithDetails } from "@/lib/server/list-claims";
import { CLAIMANT_KINDS, type ClaimantKindName } from "@/lib/validation/claim";
import { useClaimWorkspace } from "./claim-context";


/**
 * The claim as checked: its statement (what is rated and published, with a
 * count against the length aggregators display), who made it, and where it
 * appeared. A statement proposed when the claim was marked says so until a
 * person saves it.
 */
export function ClaimStatement({ claim, suggested }: { claim: ClaimWithDetails; suggested: SpeakerCandidate | null }) {
  const { t } = useI18n();
  const w = useClaimWorkspace();
  const id = useId();
  const readOnly = !can({ newsroomId: "", role: w.role }, "claim.edit");
  const [statement, setStatement] = useState(claim.statement);
  const [claimant, setClaimant] = useState({ name: claim.claimantName ?? "", kind: (claim.claimantKind ?? "") as ClaimantKindName | "", role: claim.claimantRole ?? "", url: claim.claimantUrl ?? "" });
  const [appearance, setAppearance] = useState({ appearanceUrl: claim.appearanceUrl ?? "", firstAppearanceUrl: claim.firstAppearanceUrl ?? "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Who the text says made the claim, offered (never filled in) while nobody has attributed it.
  const suggestion = claim.claimantKind || !suggested ? null : { ...suggested, kind: suggested.kind ?? ("person" as const) };
  const length = statement.trim().length;

  async function save(patch: Record<string, unknown>, success: string) {
    const result = await w.run(claim.id, () => updateClaimAction(w.newsroomSlug, { claimId: claim.id, revision: claim.revision, ...patch }), success);
    setErrors(result.ok ? {} : (result.fields ?? {}));
  }

  const saveClaimant = () =>
    save({ claimant: claimant.kind ? { name: claimant.name, kind: claimant.kind, role: claimant.role, url: claimant.url } : null }, t("claims.claimantSaved"));

  return (
    <div className="claim-section" data-testid="claim-statement">
      <label className="field">
        <span>{t("claims.statement")}</span>
        <textarea
          rows={3}
          value={statement}
          readOnly={readOnly}
          maxLength={MAX_STATEMENT_CHARS}
          onChange={(e) => setStatement(e.target.value.replace(/[\r\n]+/g, " "))}
          aria-invalid={errors.statement ? true : undefined}
          aria-describedby={`${id}-hint`}
          data-testid="statement"
        />
        <span id={`${id}-hint`} className={`small ${length > RECOMMENDED_STATEMENT_CHARS ? "notice-warning" : "muted"}`} data-testid="statement-count">
          {t("claims.statementHint", { count: length })}
        </span>
        {errors.statement && <span className="error">{errors.statement}</span>}
      </label>
      {claim.statementNeedsReview && (
        <p className="small notice notice-warning" data-testid="statement-proposed">
          {t("claims.statementProposed")}
        </p>
      )}
      {!readOnly && (
        <button type="button" className="button button-small" onClick={() => save({ statement }, t("claims.statementSaved"))} data-testid="save-statement">
          {t("claims.statementSave")}
        </button>
      )}

      <fieldset className="claimant" disabled={readOnly}>
        <legend className="small">{t("claims.claimant")}</legend>
        {suggestion && !readOnly && (
          <p className="small" data-testid="claimant-suggestion">
            {t("claims.claimantSuggested", { name: suggestion.name })}{" "}
            <button
              type="button"
              className="button button-small"
              onClick={() => setClaimant({ name: suggestion.name, kind: suggestion.kind, role: suggestion.role ?? "", url: "" })}
              data-testid="accept-claimant"
            >
              {t("claims.claimantAccept")}
            </button>
          </p>
        )}
        <div className="field-row compact-row">
          <label className="field">
            <span>{t("claims.claimantKind")}</span>
            <select value={claimant.kind} onChange={(e) => setClaimant({ ...claimant, kind: e.target.value as ClaimantKindName | "" })} data-testid="claimant-kind">
              <option value="">—</option>
              {CLAIMANT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`claims.claimantKind.${kind}`)}
                </option>
              ))}
            </select>
          </label>
          {claimant.kind !== "article" && (
            <label className="field">
              <span>{t("claims.claimantName")}</span>
              <input value={claimant.name} onChange={(e) => setClaimant({ ...claimant, name: e.target.value })} maxLength={200} aria-invalid={errors["claimant.name"] ? true : undefined} data-testid="claimant-name" />
              {errors["claimant.name"] && <span className="error">{errors["claimant.name"]}</span>}
            </label>
          )}
        </div>
        {claimant.kind === "person" && (
          <label className="field">
            <span>{t("claims.claimantRole")}</span>
            <input value={claimant.role} onChange={(e) => setClaimant({ ...claimant, role: e.target.value })} maxLength={200} data-testid="claimant-role" />
          </label>
        )}
        {(claimant.kind === "person" || claimant.kind === "organization") && (
          <label className="field">
            <span>{t("claims.claimantUrl")}</span>
            <input type="url" value={claimant.url} onChange={(e) => setClaimant({ ...claimant, url: e.target.value })} aria-invalid={errors["claimant.url"] ? true : undefined} />
            {errors["claimant.url"] && <span className="error">{errors["claimant.url"]}</span>}
          </label>
        )}
        {!readOnly && (
          <button type="button" className="button button-small" onClick={saveClaimant} data-testid="save-claimant">
            {t("claims.claimantSave")}
          </button>
        )}
      </fieldset>

      <details className="appearances">
        <summary className="small">{t("claims.appearance")}</summary>
        {(["appearanceUrl", "firstAppearanceUrl"] as const).map((field) => (
          <label key={field} className="field">
            <span>{t(field === "appearanceUrl" ? "claims.appearance" : "claims.firstAppearance")}</span>
            <input
              type="url"
              value={appearance[field]}
              readOnly={readOnly}
              onChange={(e) => setAppearance({ ...appearance, [field]: e.target.value })}
              aria-invalid={errors[field] ? true : undefined}
            />
            {errors[field] && <span className="error">{errors[field]}</span>}
          </label>
        ))}
        {!readOnly && (
          <button type="button" className="button button-small" onClick={() => save(appearance, t("claims.saved"))}>
            {t("claims.appearanceSave")}
          </button>
        )}
      </details>
    </div>
  );
}
