/** Claim types in the order of their shortcuts (Ctrl+Alt+1…5), with their icon. */
export const CLAIM_TYPE_KEYS = ["date", "quote", "legal_basis", "number", "other"] as const;
export type ClaimTypeKey = (typeof CLAIM_TYPE_KEYS)[number];

export const CLAIM_TYPE_ICONS: Record<ClaimTypeKey, string> = {
  date: "◷",
  quote: "❝",
  legal_basis: "§",
  number: "#",
  other: "◆",
};
