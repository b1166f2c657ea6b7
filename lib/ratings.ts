/** PRODUCT.md's default rating scale; each newsroom gets a copy it may edit. */
export const DEFAULT_RATING_SCALE = [
  { key: "true", labelFr: "Vrai", labelEn: "True", color: "#1a7f37", ratingValue: 5 },
  { key: "mostly_true", labelFr: "Plutôt vrai", labelEn: "Mostly true", color: "#4d8f1f", ratingValue: 4 },
  { key: "misleading", labelFr: "Trompeur", labelEn: "Misleading", color: "#b35900", ratingValue: 3 },
  { key: "mostly_false", labelFr: "Plutôt faux", labelEn: "Mostly false", color: "#c2410c", ratingValue: 2 },
  { key: "false", labelFr: "Faux", labelEn: "False", color: "#b91c1c", ratingValue: 1 },
  { key: "unproven", labelFr: "Invérifiable", labelEn: "Unproven", color: "#57606a", ratingValue: null },
] as const;

/** Verdict icons by the 1–5 rating (null: unproven), so a verdict is never told by colour alone. */
export function verdictIcon(ratingValue: number | null): string {
  if (ratingValue === null) return "?";
  if (ratingValue >= 5) return "✓";
  if (ratingValue === 4) return "≈";
  if (ratingValue === 3) return "!";
  return "✗";
}
