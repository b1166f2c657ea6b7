"use client";

import { useState } from "react";
import { updateClaimAction } from "@/app/(desk)/desk/[newsroom]/articles/[slug]/claim-actions";
import { useI18n } from "@/components/ui/i18n-provider";
import { isOverdue } from "@/lib/due-dates";
import { can } from "@/lib/policies";
import { isoDay } from "@/lib/server/source-fields";
import type { ClaimWithDetails } from "@/lib/server/list-claims";
import { CLAIM_PRIORITIES } from "@/lib/validation/claim";
import { useClaimWorkspace } from "./claim-context";

/** When the claim's check is due and how urgent it is; overdue ones say so. */
export function ClaimSchedule({ claim }: { claim: ClaimWithDetails }) {
  const { t } = useI18n();
  const w = useClaimWorkspace();
  const editable = can({ newsroomId: "", role: w.role }, "claim.edit");
  const [error, setError] = useState<Record<string, string>>({});
  const dueDate = claim.dueDate ? new Date(claim.dueDate) : null;
  const overdue = isOverdue({ dueDate, state: claim.state });
  const dueId = `claim-due-${claim.id}`;
  // What the fields show: the saved values, followed when they change (a colleague's edit), and the person's choice meanwhile.
  const saved = { dueDate: isoDay(dueDate) ?? "", priority: claim.priority as string };
  const [shown, setShown] = useState(saved);
  const [seen, setSeen] = useState(saved);
  if (saved.dueDate !== seen.dueDate || saved.priority !== seen.priority) {
    setSeen(saved);
    setShown(saved);
  }

  async function update(patch: { dueDate?: string | null; priority?: string }) {
    setShown((before) => ({ dueDate: patch.dueDate === undefined ? before.dueDate : (patch.dueDate ?? ""), priority: patch.priority ?? before.priority }));
    const result = await w.run(claim.id, () => updateClaimAction(w.newsroomSlug, { claimId: claim.id, revision: claim.revision, ...patch }), t("due.saved"));
    setError(result.ok ? {} : (result.fields ?? {}));
    // A refused value does not stay on screen as if it were saved.
    if (!result.ok) setShown(saved);
  }

  return (
    <div className="field-row compact-row claim-section" data-testid="claim-schedule">
      <div className="field">
        <label htmlFor={dueId}>
          {t("due.label")} {overdue && <span className="badge badge-overdue">{t("due.overdue")}</span>}
        </label>
        <input
          id={dueId}
          type="date"
          className="compact"
          value={shown.dueDate}
          disabled={!editable}
          min="2000-01-01"
          max="2100-12-31"
          onChange={(e) => {
            const input = e.target;
            // A date half typed reads as "": it is neither cleared nor saved until it is whole.
            if (input.validity.badInput) return;
            if (input.value === "" || input.validity.valid) void update({ dueDate: input.value || null });
            else setShown({ ...shown, dueDate: input.value });
          }}
          aria-invalid={error.dueDate ? true : undefined}
          aria-describedby={error.dueDate ? `${dueId}-error` : undefined}
          data-testid="claim-due-date"
        />
        {error.dueDate && (
          <span className="error" id={`${dueId}-error`}>
            {error.dueDate}
          </span>
        )}
      </div>
      <label className="field">
        <span>{t("priority.label")}</span>
        <select className="compact" value={shown.priority} disabled={!editable} onChange={(e) => void update({ priority: e.target.value })} data-testid="claim-priority">
          {CLAIM_PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {t(`priority.${priority}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
