"use client";

import { useI18n } from "@/components/ui/i18n-provider";
import type { PublicationSummary } from "@/lib/server/publication-summary";

type Props = { summary: PublicationSummary; verdictLabel: (key: string) => string };

/** What a publication holds and leaves out, and what its markup lacks: read before confirming. */
export function PublishSummary({ summary, verdictLabel }: Props) {
  const { t } = useI18n();
  const warnings = summary.markup.filter((issue) => issue.level === "warning");
  const errors = summary.markup.filter((issue) => issue.level === "error");
  const unreviewed = summary.rated.filter((claim) => claim.statementNeedsReview);
  return (
    <div className="publish-summary" data-testid="publish-summary">
      <h3>{t("publish.summaryRated", { count: summary.rated.length })}</h3>
      {summary.rated.length === 0 ? (
        <p className="muted">{t("publish.summaryNoneRated")}</p>
      ) : (
        <ul className="summary-list">
          {summary.rated.map((claim) => (
            <li key={claim.id}>
              <strong>{verdictLabel(claim.verdictKey)}</strong> — {claim.statement}
            </li>
          ))}
        </ul>
      )}
      {summary.leftOut.length > 0 && (
        <>
          <h3>{t("publish.summaryLeftOut", { count: summary.leftOut.length })}</h3>
          <ul className="summary-list" data-testid="publish-left-out">
            {summary.leftOut.map((claim) => (
              <li key={claim.id}>
                « {claim.quotedText} » — <em>{t(`publish.reason.${claim.reason}`)}</em>
              </li>
            ))}
          </ul>
        </>
      )}
      {(errors.length > 0 || warnings.length > 0 || unreviewed.length > 0) && (
        <>
          <h3>{t("publish.summaryWarnings")}</h3>
          <ul className="summary-list summary-warnings" data-testid="publish-warnings">
            {errors.map((issue) => (
              <li key={`${issue.claimId}-${issue.path}`} className="error">
                {issue.path} {issue.message}
              </li>
            ))}
            {unreviewed.map((claim) => (
              <li key={`statement-${claim.id}`}>{t("publish.statementUnreviewed", { statement: claim.statement })}</li>
            ))}
            {warnings.map((issue) => (
              <li key={`${issue.claimId}-${issue.path}`}>
                {issue.path} {issue.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
