"use client";

import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useI18n } from "@/components/ui/i18n-provider";
import { CLAIM_TYPE_ICONS, CLAIM_TYPE_KEYS, type ClaimTypeKey } from "@/components/editor/claim-types";
import type { ClaimAnchor } from "@/lib/editor/claim-anchors";
import type { ClaimRow, ClaimWithDetails } from "@/lib/server/list-claims";
import { ClaimCard } from "./claim-card";
import { useClaimWorkspace } from "./claim-context";
import { VerdictBadge } from "./verdict-badge";

const STATES = ["open", "in_progress", "needs_review", "approved"] as const;

type Props = {
  /** Rows, and the details of every claim whose card has been open. */
  claims: (ClaimRow | ClaimWithDetails)[];
  anchors: ClaimAnchor[];
  selectedId: string | null;
  onSelect: (claimId: string | null) => void;
};

type Filters = { type: string; state: string; verdict: string; assignee: string };

/** Whether a claim of the list carries its card's details (sources, comments, names). */
export function hasDetails(claim: ClaimRow | ClaimWithDetails): claim is ClaimWithDetails {
  return "sources" in claim;
}

/** Rows rendered at first and added each time the list's end scrolls near: 1,000 rows at once cost the article's open. */
const ROWS_PER_STEP = 60;

/** The end of a long list: shows more rows as it comes into view, or on a click. */
function MoreRows({ hidden, onMore }: { hidden: number; onMore: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const button = ref.current;
    if (!button) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onMore(), { rootMargin: "400px" });
    observer.observe(button);
    return () => observer.disconnect();
    // Observed again after each step: a button still in view then reports at once and shows the next rows.
  }, [onMore, hidden]);
  return (
    <button ref={ref} type="button" className="button button-small claim-list-more" onClick={onMore}>
      {t("claims.more", { count: hidden })}
    </button>
  );
}

/** All claims in document order, filterable; orphaned and archived ones apart; the open card on top. */
export const ClaimPanel = memo(function ClaimPanel({ claims, anchors, selectedId, onSelect }: Props) {
  const { t, locale } = useI18n();
  const { ratings, members, userId } = useClaimWorkspace();
  const [filters, setFilters] = useState<Filters>({ type: "", state: "", verdict: "", assignee: "" });
  const [shown, setShown] = useState(ROWS_PER_STEP);
  const showMore = useCallback(() => setShown((n) => n + ROWS_PER_STEP), []);
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
  // One budget of rows for both lists, the anchored ones first.
  const shownApart = apart.slice(0, Math.max(0, shown - anchored.length));
  const hidden = anchored.length + apart.length - Math.min(shown, anchored.length) - shownApart.length;
  const selected = claims.find((c) => c.id === selectedId);

  if (selected) {
    if (hasDetails(selected)) return <ClaimCard claim={selected} onClose={() => onSelect(null)} />;
    return (
      <section className="claim-card" aria-busy="true" data-testid="claim-card-loading">
        <p className="muted">{t("common.loading")}</p>
      </section>
    );
  }

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

  const row = (claim: ClaimRow) => (
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
          {anchored.slice(0, shown).map(row)}
        </ol>
      )}
      {shownApart.length > 0 && (
        <>
          <h3 className="small muted">{t("claims.apart")}</h3>
          <ol className="claim-list claim-list-apart">{shownApart.map(row)}</ol>
        </>
      )}
      {hidden > 0 && <MoreRows hidden={hidden} onMore={showMore} />}
    </section>
  );
});
