import { describe, expect, it } from "vitest";
import { detectClaims, guessLanguage } from "../../../lib/claims/detect-claims";

describe("guessLanguage", () => {
  it.each([
    ["La CNIL a infligé une amende de 3,5 millions d’euros à la société, qui conteste la décision.", "fr"],
    ["The regulator fined the company €3.5m, and the company said it would appeal the decision.", "en"],
    ["« Nous ferons appel », a déclaré le président.", "fr"],
    ["", "en"],
  ])("%s → %s", (text, lang) => {
    expect(guessLanguage(text)).toBe(lang);
  });

  it("is used when no language is given", () => {
    const found = detectClaims("The Commission said yesterday that 12,000 complaints were filed last month.", { published: "2024-06-06" });
    expect(found.map((c) => [c.type, c.text])).toEqual([
      ["date", "yesterday"],
      ["number", "12,000 complaints"],
      ["date", "last month"],
    ]);
  });

  it("returns no claims for empty text and sorts claims by start", () => {
    expect(detectClaims("")).toEqual([]);
    const found = detectClaims("Le 24 mai 2024, 40 % des sondés citent le RGPD ; « nous ferons appel de cette décision », dit-il.", { lang: "fr" });
    expect(found.map((c) => c.start)).toEqual([...found.map((c) => c.start)].sort((a, b) => a - b));
  });
});
