"use client";

import { useEffect, useRef, useState } from "react";
import { CLAIM_TYPE_ICONS, type ClaimTypeKey } from "@/components/editor/claim-types";
import { useI18n } from "@/components/ui/i18n-provider";
import type { ClaimWithDetails } from "@/lib/server/list-claims";
import { archiveClaimAction, readClaimContextAction } from "@/app/(desk)/desk/[newsroom]/articles/[slug]/claim-actions";
import type { ClaimContext } from "@/lib/server/read-claim-context";
import { can } from "@/lib/policies";
import { ClaimComments } from "./claim-comments";
import { ClaimSchedule } from "./claim-schedule";
import { useClaimWorkspace } from "./claim-context";
import { ClaimHistory } from "./claim-history";
import { ClaimMemory } from "./claim-memory";
import { ClaimSources } from "./claim-sources";
import { ClaimStatement } from "./claim-statement";
import { ClaimValueEditor } from "./claim-value-editor";
import { ClaimWorkflow } from "./claim-workflow";

/** What the card reads from the article's text once per claim: earlier fact-checks, the suggested claimant. */
function useClaimContext(newsroomSlug: string, claimId: string, revision: number): ClaimContext | null {
  const [context, setContext] = useState<{ claimId: string; value: ClaimContext } | null>(null);
  useEffect(() => {
    let current = true;
    void readClaimContextAction(newsroomSlug, claimId).then((result) => {
      if (current && result.ok) setContext({ claimId, value: result.data });
    });
    return () => {
      current = false;
    };
  }, [newsroomSlug, claimId, revision]);
  return context?.claimId === claimId ? context.value : null;
}

/** One claim: its text, normalized value, verdict and workflow, sources, comments and history. Escape goes back to the text. */
export function ClaimCard({ claim, onClose }: { claim: ClaimWithDetails; onClose: () => void }) {
  const { t } = useI18n();
  const workspace = useClaimWorkspace();
  const heading = useRef<HTMLHeadingElement>(null);
  const current = workspace.anchorText(claim.id);
  const editable = can({ newsroomId: "", role: workspace.role }, "claim.edit");

  const { cardTakesFocus } = workspace;
  useEffect(() => {
    if (cardTakesFocus()) heading.current?.focus();
  }, [claim.id, cardTakesFocus]);
  // A decision on an earlier fact-check (linked, dismissed) reads the context again.
  const [decisions, setDecisions] = useState(0);
  const context = useClaimContext(workspace.newsroomSlug, claim.id, decisions);

  return (
    <section
      className="claim-card"
      aria-labelledby="claim-card-heading"
      data-testid="claim-card"
      data-claim-id={claim.id}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          onClose();
          workspace.focusText(claim.id);
        }
      }}
    >
      <div className="claim-card-top">
        <button type="button" className="button button-small" onClick={onClose}>
          ← {t("claims.all")}
        </button>
        <button type="button" className="button button-small" onClick={() => workspace.focusText(claim.id)} title="Escape">
          {t("claims.backToText")}
        </button>
      </div>
      <h2 id="claim-card-heading" ref={heading} tabIndex={-1} className="claim-card-heading">
        <span aria-hidden="true">{CLAIM_TYPE_ICONS[claim.type as ClaimTypeKey]}</span> {t(`claimType.${claim.type as ClaimTypeKey}`)}
      </h2>
      <blockquote className="claim-quote" data-testid="claim-quote">
        {claim.quotedText}
      </blockquote>
      {claim.anchorHealth === "text_changed" && (
        <p className="notice notice-warning" role="alert">
          {t("claims.textChanged")} {current && <>« {current} »</>}
        </p>
      )}
      {(claim.anchorHealth === "orphaned" || claim.archivedAt) && (
        <div className="notice notice-warning">
          <p>{claim.archivedAt ? t("claims.archived") : t("claims.orphaned")}</p>
          {editable && !claim.archivedAt && (
            <div className="toolbar">
              <button type="button" className="button button-small" onClick={() => workspace.reattach(claim)}>
                {t("claims.reattach")}
              </button>
              <button
                type="button"
                className="button button-small button-danger"
                onClick={() => workspace.run(claim.id, () => archiveClaimAction(workspace.newsroomSlug, { claimId: claim.id, revision: claim.revision }), t("claims.archivedToast"))}
              >
                {t("claims.archive")}
              </button>
            </div>
          )}
        </div>
      )}
      <ClaimMemory claimId={claim.id} matches={context?.alreadyChecked ?? []} editable={editable} onDecided={() => setDecisions((n) => n + 1)} />
      <ClaimStatement key={`s-${claim.revision}`} claim={claim} suggested={context?.suggestedClaimant ?? null} />
      <ClaimWorkflow key={`w-${claim.revision}`} claim={claim} />
      <ClaimSchedule claim={claim} />
      <ClaimValueEditor key={`v-${claim.revision}`} claim={claim} />
      <ClaimSources claim={claim} />
      <ClaimComments claim={claim} />
      <ClaimHistory claimId={claim.id} />
    </section>
  );
}
