import { describe, expect, it } from "vitest";
import { verdictSummary } from "@/lib/publish/verdict-summary";
import { claim, verdict } from "./helpers";

describe("verdictSummary", () => {
  it("counts claims per verdict, best rating first and unproven last", () => {
    const keys = ["false", "unproven", "true", "false", "misleading", "unproven", "false", "mostly_true"] as const;
    const summary = verdictSummary(keys.map((key) => claim({ verdict: verdict(key) })));
    expect(summary.map(({ verdict: v, count }) => [v.key, count])).toEqual([
      ["true", 1],
      ["mostly_true", 1],
      ["misleading", 1],
      ["false", 3],
      ["unproven", 2],
    ]);
    expect(summary[0].verdict).toEqual(verdict("true"));
  });

  it("keeps verdicts of equal rating in the order they first appear", () => {
    const custom = { key: "satire", labelFr: "Satire", labelEn: "Satire", color: "#6b21a8", ratingValue: null };
    const summary = verdictSummary([claim({ verdict: custom }), claim({ verdict: verdict("unproven") }), claim({ verdict: verdict("false") })]);
    expect(summary.map((entry) => entry.verdict.key)).toEqual(["false", "satire", "unproven"]);
  });

  it("is empty without claims", () => {
    expect(verdictSummary([])).toEqual([]);
  });
});
