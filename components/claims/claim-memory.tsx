"use client";

import { useI18n } from "@/components/ui/i18n-provider";
import type { SimilarClaim } from "@/lib/server/find-similar-claims";

/**
 * "Already checked": the earlier fact-checks of this claim (the newsroom's
 * own approved claims, and imported reviews). Nothing is shown when the
 * matcher abstains.
 */
export function ClaimMemory({ claimId, matches }: { claimId: string; matches: SimilarClaim[] }) {
  const { t } = useI18n();
  if (matches.length === 0) return null;
  return (
    <aside className="claim-section claim-memory notice" aria-labelledby={`memory-${claimId}`} data-testid="already-checked">
      <h3 id={`memory-${claimId}`} className="small">
        {t("claims.alreadyChecked")}
      </h3>
      <ul className="memory-list">
        {matches.map((match) => (
          <li key={match.id}>
            <strong className="memory-verdict">{match.verdict}</strong> — {match.statement}
            <span className="small muted">
              {" "}
              {[match.checkedBy, match.date].filter(Boolean).join(", ")}
              {match.url && (
                <>
                  {" · "}
                  <a href={match.url} target="_blank" rel="noopener noreferrer">
                    {t("claims.alreadyCheckedOpen")}
                  </a>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
