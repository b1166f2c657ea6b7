"use client";

import { useState } from "react";
import { updateClaimAction } from "@/app/(desk)/desk/[newsroom]/articles/[slug]/claim-actions";
import { useI18n } from "@/components/ui/i18n-provider";
import type { MessageKey } from "@/lib/i18n/en";
import { can } from "@/lib/policies";
import type { ClaimWithDetails } from "@/lib/server/list-claims";
import { DATA_SUBJECT_RIGHTS, GDPR_BASES } from "@/lib/validation/claim";
import { useClaimWorkspace } from "./claim-context";

type FieldSpec = { name: string; label: MessageKey; kind: "text" | "number" | "select"; options?: readonly string[]; placeholder?: string };

/** The editor of the normalized value that fits each claim type. */
const FIELDS: Record<string, FieldSpec[]> = {
  date: [{ name: "date", label: "value.date", kind: "text", placeholder: "2024-05-24" }],
  quote: [{ name: "speaker", label: "value.speaker", kind: "text" }],
  legal_basis: [
    { name: "instrument", label: "value.instrument", kind: "text", placeholder: "GDPR" },
    { name: "article", label: "value.article", kind: "text", placeholder: "6(1)(f)" },
    { name: "basis", label: "value.basis", kind: "select", options: GDPR_BASES },
    { name: "right", label: "value.right", kind: "select", options: DATA_SUBJECT_RIGHTS },
  ],
  number: [
    { name: "value", label: "value.number", kind: "number" },
    { name: "unit", label: "value.unit", kind: "text" },
  ],
  other: [{ name: "note", label: "value.note", kind: "text" }],
};

export function ClaimValueEditor({ claim }: { claim: ClaimWithDetails }) {
  const { t } = useI18n();
  const w = useClaimWorkspace();
  const fields = FIELDS[claim.type] ?? [];
  const initial = (claim.normalized ?? {}) as Record<string, unknown>;
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.name, initial[f.name] === undefined ? "" : String(initial[f.name])])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const readOnly = !can({ newsroomId: "", role: w.role }, "claim.edit");

  async function save() {
    const normalized = Object.fromEntries(
      fields.filter((f) => values[f.name] !== "").map((f) => [f.name, f.kind === "number" ? Number(values[f.name].replace(",", ".")) : values[f.name]]),
    );
    const result = await w.run(claim.id, () => updateClaimAction(w.newsroomSlug, { claimId: claim.id, revision: claim.revision, normalized }), t("claims.saved"));
    setErrors(result.ok ? {} : Object.fromEntries(Object.entries(result.fields ?? {}).map(([k, v]) => [k.replace(/^normalized\./, ""), v])));
  }

  return (
    <div className="claim-section">
      <h3 className="small">{t("claims.value")}</h3>
      <div className="field-row compact-row">
        {fields.map((f) => (
          <label key={f.name} className="field">
            <span>{t(f.label)}</span>
            {f.kind === "select" ? (
              <select value={values[f.name]} disabled={readOnly} onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}>
                <option value="">—</option>
                {f.options!.map((o) => (
                  <option key={o} value={o}>
                    {o.replace(/_/g, " ")}
                  </option>
                ))}
              </select>
            ) : (
              <input
                value={values[f.name]}
                inputMode={f.kind === "number" ? "decimal" : undefined}
                placeholder={f.placeholder}
                disabled={readOnly}
                aria-invalid={errors[f.name] ? true : undefined}
                onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
                data-testid={`value-${f.name}`}
              />
            )}
            {errors[f.name] && <span className="error">{errors[f.name]}</span>}
          </label>
        ))}
      </div>
      {!readOnly && fields.length > 0 && (
        <button type="button" className="button button-small" onClick={save} data-testid="save-value">
          {t("common.save")}
        </button>
      )}
    </div>
  );
}
