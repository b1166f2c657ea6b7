"use client";

import { useState } from "react";
import { getClaimHistoryAction } from "@/app/(desk)/desk/[newsroom]/articles/[slug]/claim-actions";
import { useI18n } from "@/components/ui/i18n-provider";
import type { ClaimHistoryEntry } from "@/lib/server/get-claim-history";
import type { MessageKey } from "@/lib/i18n/en";
import { useClaimWorkspace } from "./claim-context";

const HISTORY_ACTIONS = [
  "claim.create",
  "claim.update",
  "claim.archive",
  "claim.orphaned",
  "claim.reopen",
  "claim.text_changed",
  "verdict.propose",
  "verdict.approve",
  "source.create",
  "source.update",
  "source.delete",
  "comment.create",
  "comment.resolve",
] as const;
type HistoryAction = (typeof HISTORY_ACTIONS)[number];

const ACTIONS = new Set<string>(HISTORY_ACTIONS);

/** An audit action in words; one this version does not know keeps its key. */
function historyAction(t: (key: MessageKey) => string, action: string): string {
  return ACTIONS.has(action) ? t(`history.action.${action as HistoryAction}`) : action;
}

/** Who did what to this claim, from the audit log; loaded on demand. */
export function ClaimHistory({ claimId }: { claimId: string }) {
  const { t, locale } = useI18n();
  const w = useClaimWorkspace();
  const [entries, setEntries] = useState<ClaimHistoryEntry[] | null>(null);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "medium" });

  async function load() {
    const result = await getClaimHistoryAction(w.newsroomSlug, claimId);
    if (result.ok) setEntries(result.data);
  }

  return (
    <details className="claim-section" onToggle={(e) => (e.currentTarget.open && !entries ? void load() : undefined)}>
      <summary className="small">{t("history.title")}</summary>
      {!entries ? (
        <p className="muted small">{t("common.loading")}</p>
      ) : (
        <ol className="history" data-testid="claim-history">
          {entries.map((entry) => (
            <li key={String(entry.id)} className="small">
              <span className="muted">{date.format(new Date(entry.createdAt))}</span> {entry.actorName ?? t("history.system")}
              {entry.viaApi ? ` (${t("history.viaApi")})` : ""} — {historyAction(t, entry.action)}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
