import { describe, expect, it } from "vitest";
import { verdictDisplay } from "@/lib/publish/verdict-display";
import { DEFAULT_RATING_SCALE } from "@/lib/ratings";
import { verdict } from "./helpers";

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((at) => {
      const c = parseInt(hex.slice(at, at + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const expand = (ink: string) => (ink === "#fff" ? "#ffffff" : "#000000");

describe("verdictDisplay: the text colour on a verdict's colour", () => {
  it("is white on the default scale's dark colours and black on its pale green", () => {
    expect(Object.fromEntries(DEFAULT_RATING_SCALE.map((rating) => [rating.key, verdictDisplay(verdict(rating.key), "fr").ink]))).toEqual({
      true: "#fff",
      mostly_true: "#000",
      misleading: "#fff",
      mostly_false: "#fff",
      false: "#fff",
      unproven: "#fff",
    });
  });

  it("reads at 4.5:1 or better on any colour a newsroom may choose", () => {
    for (let value = 0; value < 0x1000000; value += 0x0a0b0d) {
      const color = `#${value.toString(16).padStart(6, "0")}`;
      const look = verdictDisplay({ key: "x", labelFr: "x", labelEn: "x", color, ratingValue: null }, "en");
      expect(contrast(look.color, expand(look.ink)), color).toBeGreaterThanOrEqual(4.5);
    }
  });
});
