"use client";

import { useState, useTransition } from "react";
import { updateSourcingRuleAction } from "@/app/(desk)/desk/[newsroom]/settings/actions";
import { useI18n } from "@/components/ui/i18n-provider";
import { useToast } from "@/components/ui/toast";

type Props = { newsroomSlug: string; rule: { minSources: number; exemptVerdicts: string[] }; ratings: { key: string; label: string }[] };

/** How many sources a verdict needs before approval, and the verdicts that need none. */
export function SourcingRuleForm({ newsroomSlug, rule, ratings }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const [minSources, setMinSources] = useState(String(rule.minSources));
  const [exempt, setExempt] = useState(new Set(rule.exemptVerdicts));
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();

  function save(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await updateSourcingRuleAction(newsroomSlug, { minSources, exemptVerdicts: [...exempt] });
      setError(result.ok ? "" : (result.fields?.minSources ?? result.fields?.exemptVerdicts ?? result.error));
      toast(result.ok ? t("settings.saved") : result.error, result.ok ? "info" : "error");
    });
  }

  return (
    <form className="stack" onSubmit={save} data-testid="sourcing-rule">
      <label className="field">
        <span>{t("settings.minSources")}</span>
        <input type="number" min={0} max={10} value={minSources} onChange={(e) => setMinSources(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? "sourcing-error" : undefined} data-testid="min-sources" />
      </label>
      <fieldset>
        <legend>{t("settings.exempt")}</legend>
        {ratings.map((rating) => (
          <label key={rating.key} className="checkbox">
            <input
              type="checkbox"
              checked={exempt.has(rating.key)}
              onChange={(e) => {
                const next = new Set(exempt);
                if (e.target.checked) next.add(rating.key);
                else next.delete(rating.key);
                setExempt(next);
              }}
            />{" "}
            {rating.label}
          </label>
        ))}
      </fieldset>
      {error && (
        <p id="sourcing-error" className="error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button type="submit" className="button button-primary" disabled={pending}>
          {t("settings.save")}
        </button>
      </div>
    </form>
  );
}
