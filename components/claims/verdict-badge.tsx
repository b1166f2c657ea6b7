"use client";

import { verdictIcon } from "@/lib/ratings";
import { useI18n } from "@/components/ui/i18n-provider";
import { useClaimWorkspace } from "./claim-context";

/** The verdict as colour, icon and words; "proposed" until another editor approves it. */
export function VerdictBadge({ verdictKey, approved }: { verdictKey: string | null; approved: boolean }) {
  const { t, locale } = useI18n();
  const { ratings } = useClaimWorkspace();
  const rating = ratings.find((r) => r.key === verdictKey);
  if (!rating) return null;
  return (
    <span className="badge verdict-badge" style={{ ["--claim-color" as string]: rating.color }} data-verdict={rating.key}>
      <span aria-hidden="true">{verdictIcon(rating.ratingValue)}</span> {locale === "fr" ? rating.labelFr : rating.labelEn}
      {!approved && <span className="muted"> · {t("claims.proposed")}</span>}
    </span>
  );
}
