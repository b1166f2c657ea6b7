import type { MessageKey } from "@/lib/i18n/en";
import { verdictIcon } from "@/lib/ratings";
import { CLAIM_TYPE_ICONS, type ClaimTypeKey } from "./claim-types";

/** What the text shows of a claim: set by the workspace from PostgreSQL data. */
export type ClaimLook = { verdictKey: string | null; color: string | null; icon: string; label: string };
export type ClaimLooks = Record<string, ClaimLook>;

type Rating = { key: string; labelFr: string; labelEn: string; color: string; ratingValue: number | null };

/** Each claim's highlight: the same for the live editor and the text shown before it (the server's). */
export function claimLooks(
  claims: { id: string; type: string; verdictKey: string | null }[],
  ratings: Rating[],
  { t, locale }: { t: (key: MessageKey) => string; locale: string },
): ClaimLooks {
  const byKey = new Map(ratings.map((rating) => [rating.key, rating]));
  const looks: ClaimLooks = {};
  for (const claim of claims) {
    const rating = claim.verdictKey ? byKey.get(claim.verdictKey) : undefined;
    const typeLabel = t(`claimType.${claim.type as ClaimTypeKey}`);
    const verdictLabel = rating ? (locale === "fr" ? rating.labelFr : rating.labelEn) : t("claims.noVerdict");
    looks[claim.id] = {
      verdictKey: rating?.key ?? null,
      color: rating?.color ?? null,
      icon: rating ? verdictIcon(rating.ratingValue) : CLAIM_TYPE_ICONS[claim.type as ClaimTypeKey],
      label: `${t("claims.claim")} ${typeLabel}, ${verdictLabel}`,
    };
  }
  return looks;
}

/**
 * A highlight's attributes: colour, an icon (::before, never colour alone)
 * and the words for screen readers. The unrated colour follows the mark's type.
 */
export function claimHighlightAttrs(look: ClaimLook, markType: string): Record<string, string> {
  return {
    class: look.verdictKey ? `claim-rated claim-verdict-${look.verdictKey}` : `claim-unrated claim-type-${markType}`,
    style: look.color ? `--claim-color: ${look.color}` : "",
    "data-icon": look.icon,
    role: "mark",
    "aria-label": look.label,
  };
}
