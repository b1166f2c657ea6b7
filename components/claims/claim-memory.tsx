"use client";

import { decideClaimMatchAction } from "@/app/(desk)/desk/[newsroom]/articles/[slug]/claim-actions";
import { useI18n } from "@/components/ui/i18n-provider";
import type { MemoryMatch } from "@/lib/server/read-claim-context";
import type { DecideClaimMatchInput } from "@/lib/validation/claim";
import { useClaimWorkspace } from "./claim-context";

type Decision = DecideClaimMatchInput["decision"];

/** The buttons of one earlier fact-check: "Same claim" / "Not the same", or "Unlink" once linked. */
function MatchDecisions({ claimId, match, onDecided }: { claimId: string; match: MemoryMatch; onDecided: () => void }) {
  const { t } = useI18n();
  const workspace = useClaimWorkspace();
  const decide = async (decision: Decision, success: string) => {
    const input = { claimId, matchId: match.id, origin: match.origin, decision };
    const result = await workspace.run(claimId, () => decideClaimMatchAction(workspace.newsroomSlug, input), success);
    if (result.ok) onDecided();
  };
  const about = <span className="visually-hidden">{`: ${match.statement}`}</span>;
  if (match.linked) {
    return (
      <button type="button" className="button button-small" onClick={() => void decide("undecided", t("claims.memoryUnlinked"))}>
        {t("claims.memoryUnlink")}
        {about}
      </button>
    );
  }
  return (
    <>
      <button type="button" className="button button-small" onClick={() => void decide("linked", t("claims.memoryLinked"))}>
        {t("claims.memoryLink")}
        {about}
      </button>
      <button type="button" className="button button-small" onClick={() => void decide("dismissed", t("claims.memoryDismissed"))}>
        {t("claims.memoryDismiss")}
        {about}
      </button>
    </>
  );
}

/**
 * "Already checked": the earlier fact-checks of this claim (the newsroom's
 * own approved claims, and imported reviews): those a checker linked ("same
 * claim as…", shown on the public card), then the matcher's best. Nothing is
 * shown when the matcher abstains and nothing is linked.
 */
export function ClaimMemory({ claimId, matches, editable, onDecided }: { claimId: string; matches: MemoryMatch[]; editable: boolean; onDecided: () => void }) {
  const { t } = useI18n();
  if (matches.length === 0) return null;
  return (
    <aside className="claim-section claim-memory notice" aria-labelledby={`memory-${claimId}`} data-testid="already-checked">
      <h3 id={`memory-${claimId}`} className="small">
        {t("claims.alreadyChecked")}
      </h3>
      <ul className="memory-list">
        {matches.map((match) => (
          <li key={match.id} data-linked={match.linked || undefined}>
            {match.linked && <span className="memory-linked small">{t("claims.memorySameClaim")} </span>}
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
            {editable && (
              <span className="toolbar memory-decisions">
                <MatchDecisions claimId={claimId} match={match} onDecided={onDecided} />
              </span>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
