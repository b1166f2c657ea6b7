/** Claim types in the order of their shortcuts (Ctrl+Alt+1…5), with their icon. */
export const CLAIM_TYPE_KEYS = ["date", "quote", "legal_basis", "number", "other"] as const;
export type ClaimTypeKey = (typeof CLAIM_TYPE_KEYS)[number];

export const CLAIM_TYPE_ICONS: Record<ClaimTypeKey, string> = {
  date: "◷",
  quote: "❝",
  legal_basis: "⚖",
  number: "#",
  other: "◆",
};

/** Verdict icons by the 1–5 rating (null: unproven), so a verdict is never told by colour alone. */
export function verdictIcon(ratingValue: number | null): string {
  if (ratingValue === null) return "?";
  if (ratingValue >= 5) return "✓";
  if (ratingValue === 4) return "≈";
  if (ratingValue === 3) return "!";
  return "✗";
}
