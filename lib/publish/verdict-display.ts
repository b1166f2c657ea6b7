import { verdictIcon } from "../ratings";
import type { PublishedVerdict } from "./snapshot";

/** The colour of a verdict whose stored colour is not a plain #rrggbb (the "unproven" grey). */
export const NEUTRAL_VERDICT_COLOR = "#57606a";

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// Newsrooms pick their verdict colours; white text on a light one (a pale
// green) would be unreadable, so the text colour is chosen per verdict.
const readableInk = (hex: string): VerdictDisplay["ink"] => (1.05 / (luminance(hex) + 0.05) >= 4.5 ? "#fff" : "#000");
const SAFE_KEY = /^[a-z0-9_-]{1,64}$/i;

export type VerdictDisplay = {
  /** The rating key when it is safe in an attribute or a class name, else null. */
  key: string | null;
  label: string;
  color: string;
  /** Text colour readable on `color` (WCAG AA, 4.5:1): white when it passes, else black. */
  ink: "#fff" | "#000";
  /** Never colour alone: an icon and the label go with it. */
  icon: string;
  /** An integer 1–5, or null (unproven, or a stored value out of range). */
  ratingValue: number | null;
};

/**
 * A verdict as the public sees it, in one language, with every value
 * validated: the rating scale is newsroom-edited data, so its colour and key
 * are checked here before they reach an attribute or structured data.
 */
export function verdictDisplay(verdict: PublishedVerdict, language: string): VerdictDisplay {
  const ratingValue = Number.isInteger(verdict.ratingValue) && verdict.ratingValue! >= 1 && verdict.ratingValue! <= 5 ? verdict.ratingValue : null;
  const [first, second] = language.toLowerCase().startsWith("fr") ? [verdict.labelFr, verdict.labelEn] : [verdict.labelEn, verdict.labelFr];
  const key = typeof verdict.key === "string" && SAFE_KEY.test(verdict.key) ? verdict.key : null;
  const color = typeof verdict.color === "string" && HEX_COLOR.test(verdict.color) ? verdict.color.toLowerCase() : NEUTRAL_VERDICT_COLOR;
  return {
    key,
    label: first?.trim() || second?.trim() || verdict.key,
    color,
    ink: readableInk(color),
    icon: verdictIcon(ratingValue),
    ratingValue,
  };
}
