import { describe, expect, it } from "vitest";
import { detectClaims } from "../../../lib/claims/detect-claims";

const MB = 1 << 20;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

// Each input is 1 MB; the detector must finish (linear scans only). The generous limit lives in
// the test timeout, not in an assertion, so a slow CI machine does not make this flaky.
const INPUTS: [string, () => string][] = [
  ["« with no closing mark", () => fill("«")],
  ["digits and separators", () => fill("1 2,3.4 5\u00a06\u202f7.8,9 0")],
  ["no spaces at all", () => fill("Le24mai2024«Nousferons»3,5millionsd’eurosRGPDarticle6")],
  ["deeply nested quotes", () => fill("« “ ‹ „ « mot ").slice(0, MB / 2) + fill(" » ” › “ »").slice(0, MB / 2)],
  ["straight double quotes", () => fill('"a b c ')],
  ["article references", () => fill("article 6, paragraphe 1, point f) ")],
  ["number words", () => fill("quatre-vingt-dix-neuf mille trois cents ")],
];

describe("pathological 1 MB inputs finish", () => {
  it.each(INPUTS)("%s", { timeout: 120_000 }, (_name, make) => {
    const text = make();
    const claims = detectClaims(text, { lang: "fr", published: "2024-05-24" });
    expect(Array.isArray(claims)).toBe(true);
    for (const c of claims.slice(0, 1000)) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});
