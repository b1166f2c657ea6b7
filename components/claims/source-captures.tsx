"use client";

import { recaptureSourceAction } from "@/app/(desk)/desk/[newsroom]/articles/[slug]/claim-actions";
import { fetchErrorText } from "@/components/ui/fetch-error-text";
import { useI18n } from "@/components/ui/i18n-provider";
import type { CaptureSummary, SourceWithCaptures } from "@/lib/server/with-claim-names";
import { useClaimWorkspace } from "./claim-context";

type Props = { claimId: string; source: SourceWithCaptures; editable: boolean };

/** One capture's line: when and which bytes, or why it failed, or that it is under way. */
function CaptureLine({ capture }: { capture: CaptureSummary }) {
  const { t, locale } = useI18n();
  const w = useClaimWorkspace();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const reason = capture.errorCode ? fetchErrorText(t, capture.errorCode, capture.errorMessage ?? "") : "";
  if (capture.status === "pending") {
    return <span>{capture.errorCode ? t("captures.retrying", { reason }) : t("captures.pending")}</span>;
  }
  if (capture.status === "failed") return <span className="capture-failed">{t("captures.failed", { reason })}</span>;
  return (
    <span>
      {t("captures.capturedOn", { date: date.format(new Date(capture.capturedAt!)), hash: capture.sha256!.slice(0, 12) })}{" "}
      <a href={`/desk/${w.newsroomSlug}/captures/${capture.id}`} target="_blank" rel="noopener noreferrer">
        {t("captures.copy")}
      </a>
    </span>
  );
}

/**
 * What Factdesk captured of a source's URL: the latest capture (its date and
 * hash, or why it failed), whether the quoted passage is in it, the earlier
 * captures, and "capture again" for those who may edit sources.
 */
export function SourceCaptures({ claimId, source, editable }: Props) {
  const { t } = useI18n();
  const w = useClaimWorkspace();
  const [latest, ...earlier] = source.captures;
  return (
    <div className="source-captures small" data-testid="source-captures">
      {latest ? <CaptureLine capture={latest} /> : <span className="muted">{t("captures.none")}</span>}
      {latest?.status === "captured" && latest.passageFound !== null && (
        <span className={latest.passageFound ? "passage-found" : "passage-missing"} data-testid="passage-check">
          {latest.passageFound ? t("captures.passageFound") : t("captures.passageMissing")}
        </span>
      )}
      {earlier.length > 0 && (
        <details>
          <summary>{t("captures.earlier", { count: earlier.length })}</summary>
          <ul>
            {earlier.map((capture) => (
              <li key={capture.id}>
                <CaptureLine capture={capture} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {editable && latest?.status !== "pending" && (
        <button type="button" className="button button-small" onClick={() => w.run(claimId, () => recaptureSourceAction(w.newsroomSlug, { sourceId: source.id }), t("captures.queued"))}>
          {t("captures.again")}
        </button>
      )}
    </div>
  );
}
