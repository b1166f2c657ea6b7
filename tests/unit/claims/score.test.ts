import { describe, expect, it } from "vitest";
import { formatScoreTable, locateGold, matchClaims, normalizedOk, scoreDocuments, type GoldDocument } from "../../../lib/claims/score";

const doc: GoldDocument = {
  id: "t",
  lang: "fr",
  published: "2024-05-24",
  text: "Le 24 mai 2024, 40 % des 40 % ont voté. Le 24 mai 2024 encore.",
  claims: [
    { type: "date", text: "24 mai 2024", normalized: { date: "2024-05-24" } },
    { type: "number", text: "40 %", occurrence: 2, normalized: { value: 40, unit: "%" } },
    { type: "date", text: "24 mai 2024", occurrence: 2, normalized: { date: "2024-05-24" } },
  ],
};

describe("scorer", () => {
  it("locates gold claims by occurrence", () => {
    expect(locateGold(doc).map((c) => [c.start, c.end])).toEqual([[3, 14], [25, 29], [43, 54]]);
  });

  it("matches on overlap of at least half of the shorter span, same type, once each", () => {
    const gold = locateGold(doc);
    const predicted = [
      { type: "date", start: 0, end: 8 },
      { type: "date", start: 3, end: 14 },
      { type: "number", start: 25, end: 27 },
      { type: "number", start: 16, end: 20 },
      { type: "quote", start: 43, end: 54 },
    ];
    const matched = matchClaims(gold, predicted);
    expect(matched.map((m) => [m.g.start, m.p.start])).toEqual([[3, 3], [25, 25]]);
  });

  it("checks normalization per type", () => {
    const [date, num] = locateGold(doc);
    expect(normalizedOk(date, { type: "date", start: 0, end: 1, normalized: { date: "2024-05-24" } })).toBe(true);
    expect(normalizedOk(num, { type: "number", start: 0, end: 1, normalized: { value: 40.1 } })).toBe(true);
    expect(normalizedOk(num, { type: "number", start: 0, end: 1, normalized: { value: 41 } })).toBe(false);
  });

  it("computes P/R/F1 per type and micro overall", () => {
    const result = scoreDocuments([doc], () => [
      { type: "date", start: 3, end: 14, text: "24 mai 2024", normalized: { date: "2024-05-24" } },
      { type: "number", start: 16, end: 20, text: "40 %", normalized: { value: 40 } },
      { type: "number", start: 25, end: 29, text: "40 %", normalized: { value: 40 } },
    ]);
    const all = result.rows.find((r) => r.type === "all");
    expect(all).toMatchObject({ tp: 2, fp: 1, fn: 1, normOk: 2, normN: 2 });
    expect(all?.f1).toBeCloseTo(2 / 3);
    expect(formatScoreTable(result)).toContain("overall F1 0.667");
  });
});
