"use client";

import { useState } from "react";
import {
  approveVerdictAction,
  proposeVerdictAction,
  reopenClaimAction,
  updateClaimAction,
} from "@/app/(desk)/desk/[newsroom]/articles/[slug]/claim-actions";
import { useI18n } from "@/components/ui/i18n-provider";
import { can, type Role } from "@/lib/policies";
import type { ClaimWithDetails } from "@/lib/server/list-claims";
import { useClaimWorkspace } from "./claim-context";
import { VerdictBadge } from "./verdict-badge";

/** State, assignee, and the verdict: proposed by one person, approved by another editor. */
export function ClaimWorkflow({ claim }: { claim: ClaimWithDetails }) {
  const { t, locale } = useI18n();
  const w = useClaimWorkspace();
  const member = { newsroomId: "", role: w.role };
  const [verdictKey, setVerdictKey] = useState(claim.verdictKey ?? "");
  const [rationale, setRationale] = useState(claim.rationale ?? "");
  const [error, setError] = useState<Record<string, string>>({});
  const approved = claim.state === "approved";
  const isProposer = claim.proposedById === w.userId;
  const awaitingApproval = claim.state === "needs_review" && Boolean(claim.verdictKey);
  const canApprove = can(member, "verdict.approve") && awaitingApproval;
  const required = claim.verdictKey && w.sourcing.exemptVerdicts.includes(claim.verdictKey) ? 0 : w.sourcing.minSources;
  const missingSources = Math.max(0, required - claim.sources.length);
  const hasStatement = claim.statement.trim() !== "";

  const update = (patch: Record<string, unknown>) =>
    w.run(claim.id, () => updateClaimAction(w.newsroomSlug, { claimId: claim.id, revision: claim.revision, ...patch }), t("claims.saved"));

  async function propose() {
    const result = await w.run(
      claim.id,
      () => proposeVerdictAction(w.newsroomSlug, { claimId: claim.id, revision: claim.revision, verdictKey, rationale }),
      t("claims.verdictProposed"),
    );
    setError(result.ok ? {} : (result.fields ?? {}));
  }

  return (
    <div className="claim-section" aria-label={t("claims.verdict")}>
      <div className="field-row compact-row">
        <label className="field">
          <span>{t("claims.state")}</span>
          <select
            className="compact"
            value={claim.state}
            disabled={!can(member, "claim.edit") || approved || claim.state === "needs_review"}
            onChange={(e) => update({ state: e.target.value })}
            data-testid="claim-state"
          >
            {(["open", "in_progress", "needs_review", "approved"] as const).map((state) => (
              <option key={state} value={state} disabled={state === "needs_review" || state === "approved"}>
                {t(`claimState.${state}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("claims.assignee")}</span>
          <select
            className="compact"
            value={claim.assigneeId ?? ""}
            disabled={!can(member, "claim.edit")}
            onChange={(e) => update({ assigneeId: e.target.value || null })}
            data-testid="claim-assignee"
          >
            <option value="">{t("claims.unassigned")}</option>
            {w.members.filter((m) => m.id === claim.assigneeId || can({ newsroomId: "", role: m.role as Role }, "claim.edit")).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
      </div>

      <h3 className="small">{t("claims.verdict")}</h3>
      {claim.verdictKey && (
        <p className="small" data-testid="claim-verdict">
          <VerdictBadge verdictKey={claim.verdictKey} approved={approved} />{" "}
          {claim.proposerName && t("claims.proposedBy", { name: claim.proposerName })}
          {approved && claim.approverName && ` · ${t("claims.approvedBy", { name: claim.approverName })}`}
        </p>
      )}
      {can(member, "verdict.propose") && !approved && (
        <>
          <label className="field">
            <span>{t("claims.rating")}</span>
            <select value={verdictKey} onChange={(e) => setVerdictKey(e.target.value)} aria-invalid={error.verdictKey ? true : undefined} data-testid="verdict-select">
              <option value="">—</option>
              {w.ratings.map((r) => (
                <option key={r.key} value={r.key}>
                  {locale === "fr" ? r.labelFr : r.labelEn}
                </option>
              ))}
            </select>
            {error.verdictKey && <span className="error">{error.verdictKey}</span>}
          </label>
          <label className="field">
            <span>{t("claims.rationale")}</span>
            <textarea rows={3} value={rationale} onChange={(e) => setRationale(e.target.value)} maxLength={5000} aria-invalid={error.rationale ? true : undefined} data-testid="rationale" />
            {error.rationale && <span className="error">{error.rationale}</span>}
          </label>
          <button type="button" className="button button-small" onClick={propose} disabled={!verdictKey || !hasStatement} aria-describedby={hasStatement ? undefined : `statement-missing-${claim.id}`} data-testid="propose-verdict">
            {t("claims.propose")}
          </button>
          {!hasStatement && (
            <p id={`statement-missing-${claim.id}`} className="small muted" data-testid="statement-missing">
              {t("claims.statementMissing")}
            </p>
          )}
        </>
      )}
      {claim.verdictKey && !approved && !claim.proposedById && <p className="small muted">{t("claims.needsProposal")}</p>}
      <div className="toolbar">
        {canApprove && !isProposer && (
          <button
            type="button"
            className="button button-small button-primary"
            data-testid="approve-verdict"
            disabled={missingSources > 0}
            aria-describedby={missingSources > 0 ? `sources-required-${claim.id}` : undefined}
            onClick={() => w.run(claim.id, () => approveVerdictAction(w.newsroomSlug, { claimId: claim.id, revision: claim.revision }), t("claims.approved"))}
          >
            {t("claims.approve")}
          </button>
        )}
        {canApprove && isProposer && <p className="small muted">{t("claims.fourEyes")}</p>}
        {awaitingApproval && !can(member, "verdict.approve") && <p className="small muted" data-testid="approve-editors-only">{t("claims.approveEditorsOnly")}</p>}
        {awaitingApproval && missingSources > 0 && (
          <p id={`sources-required-${claim.id}`} className="small notice notice-warning" data-testid="sources-required">
            {t("claims.sourcesRequired", { missing: missingSources, required })}
          </p>
        )}
        {(approved || claim.state === "needs_review") && can(member, "claim.edit") && (
          <button
            type="button"
            className="button button-small"
            onClick={() => w.run(claim.id, () => reopenClaimAction(w.newsroomSlug, { claimId: claim.id, revision: claim.revision }), t("claims.reopened"))}
          >
            {t("claims.reopen")}
          </button>
        )}
      </div>
    </div>
  );
}
