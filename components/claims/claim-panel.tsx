"use client";

import { memo, useMemo, useState } from "react";
import { useI18n } from "@/components/ui/i18n-provider";
import { CLAIM_TYPE_ICONS, CLAIM_TYPE_KEYS, type ClaimTypeKey } from "@/components/editor/claim-types";
import type { ClaimAnchor } from "@/lib/editor/claim-anchors";
import type { ClaimWithDetails } from "@/lib/server/list-claims";
import { ClaimCard } from "./claim-card";
import { useClaimWorkspace } from "./claim-context";
import { VerdictBadge } from "./verdict-badge";

const STATES = ["open", "in_progress", "needs_review", "approved"] as const;

type Props = {
  claims: ClaimWithDetails[];
  anchors: ClaimAnchor[];
  selectedId: string | null;
  onSelect: (claimId: string | null) => void;
};

type Filters = { type: string; state: string; verdict: string; assignee: string };

/** All claims in document order, filterable; orphaned and archived ones apart; the open card on top. */
export const ClaimPanel = memo(function ClaimPanel({ claims, anchors, selectedId, onSelect }: Props) {
  const { t, locale } = useI18n();
  const { ratings, members, userId } = useClaimWorkspace();
  const [filters, setFilters] = useState<Filters>({ type: "", state: "", verdict: "", assignee: "" });
  const order = useMemo(() => new Map(anchors.map((a, i) => [a.claimId, i])), [anchors]);
  const visible = claims.filter(
    (c) =>
      (!filters.type || c.type === filters.type) &&
      (!filters.state || c.state === filters.state) &&
      (!filters.verdict || (c.verdictKey ?? "none") === filters.verdict) &&
      (!filters.assignee || (filters.assignee === "me" ? c.assigneeId === userId : c.assigneeId === filters.assignee)),
  );
  const anchored = visible.filter((c) => !c.archivedAt && order.has(c.id)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const apart = visible.filter((c) => c.archivedAt || !order.has(c.id));
  const selected = claims.find((c) => c.id === selectedId);

  if (selected) return <ClaimCard claim={selected} onClose={() => onSelect(null)} />;

  const filter = (key: keyof Filters, label: string, options: [string, string][]) => (
    <label className="filter">
      <span className="visually-hidden">{label}</span>
      <select className="compact" value={filters[key]} onChange={(e) => setFilters({ ...filters, [key]: e.target.value })} aria-label={label}>
        <option value="">{label}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );

  const row = (claim: ClaimWithDetails) => (
    <li key={claim.id}>
      <button type="button" className="claim-row" onClick={() => onSelect(claim.id)} data-testid="claim-row" data-claim-id={claim.id}>
        <span className="claim-row-type" aria-hidden="true">
          {CLAIM_TYPE_ICONS[claim.type as ClaimTypeKey]}
        </span>
        <span className="claim-row-text">{claim.quotedText}</span>
        <span className="claim-row-meta">
          <span className={`badge badge-state-${claim.state}`}>{t(`claimState.${claim.state as "open"}`)}</span>
          <VerdictBadge verdictKey={claim.verdictKey} approved={claim.state === "approved"} />
        </span>
      </button>
    </li>
  );

  return (
    <section aria-labelledby="claims-heading" className="claim-panel">
      <h2 id="claims-heading">
        {t("claims.title")} <span className="muted small">({claims.filter((c) => !c.archivedAt).length})</span>
      </h2>
      <div className="filters">
        {filter("type", t("claims.filterType"), CLAIM_TYPE_KEYS.map((k) => [k, t(`claimType.${k}`)]))}
        {filter("state", t("claims.filterState"), STATES.map((s) => [s, t(`claimState.${s}`)]))}
        {filter("verdict", t("claims.filterVerdict"), [["none", t("claims.noVerdict")], ...ratings.map((r) => [r.key, locale === "fr" ? r.labelFr : r.labelEn] as [string, string])])}
        {filter("assignee", t("claims.filterAssignee"), [["me", t("claims.assignedToMe")], ...members.map((m) => [m.id, m.name] as [string, string])])}
      </div>
      {claims.length === 0 ? (
        <p className="muted small">{t("claims.empty")}</p>
      ) : (
        <ol className="claim-list" data-testid="claim-list">
          {anchored.map(row)}
        </ol>
      )}
      {apart.length > 0 && (
        <>
          <h3 className="small muted">{t("claims.apart")}</h3>
          <ol className="claim-list claim-list-apart">{apart.map(row)}</ol>
        </>
      )}
    </section>
  );
});
