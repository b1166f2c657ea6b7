import { describe, expect, it } from "vitest";
import { diffVersions } from "@/lib/publish/diff-versions";
import { claim, snapshot, verdict } from "./helpers";

describe("diffVersions", () => {
  const date = claim({ quotedText: "24 mai 2024" });
  const basis = claim({ quotedText: "intérêts légitimes", type: "legal_basis", verdict: verdict("mostly_true") });
  const figure = claim({ quotedText: "plus de 2 milliards", type: "number", verdict: verdict("misleading") });
  const v1 = snapshot({ version: 1, claims: [date, basis] });

  it("counts every claim of a first version as added, with no change note needed", () => {
    expect(diffVersions(null, v1)).toEqual({ added: [date, basis], withdrawn: [], verdictChanged: [], changeNoteRequired: false });
  });

  it("finds nothing to explain when only wording outside verdicts changed", () => {
    const v2 = snapshot({ version: 2, claims: [{ ...date, rationale: "Mieux dit." }, { ...basis, sources: [] }] });
    expect(diffVersions(v1, v2)).toEqual({ added: [], withdrawn: [], verdictChanged: [], changeNoteRequired: false });
  });

  it("does not take a renamed label for a new verdict", () => {
    const v2 = snapshot({ version: 2, claims: [date, { ...basis, verdict: { ...basis.verdict, labelFr: "Globalement vrai" } }] });
    expect(diffVersions(v1, v2).verdictChanged).toEqual([]);
  });

  it("reports an added claim and requires a note", () => {
    const diff = diffVersions(v1, snapshot({ version: 2, claims: [date, basis, figure] }));
    expect(diff).toEqual({ added: [figure], withdrawn: [], verdictChanged: [], changeNoteRequired: true });
  });

  it("reports a withdrawn claim and requires a note", () => {
    const diff = diffVersions(v1, snapshot({ version: 2, claims: [basis] }));
    expect(diff).toEqual({ added: [], withdrawn: [date], verdictChanged: [], changeNoteRequired: true });
  });

  it("reports a changed verdict with both verdicts and requires a note", () => {
    const corrected = { ...basis, verdict: verdict("false") };
    const diff = diffVersions(v1, snapshot({ version: 2, claims: [date, corrected] }));
    expect(diff).toEqual({ added: [], withdrawn: [], verdictChanged: [{ claim: corrected, from: verdict("mostly_true"), to: verdict("false") }], changeNoteRequired: true });
  });

  it("reports all three at once, in the order of each version", () => {
    const corrected = { ...date, verdict: verdict("unproven") };
    const diff = diffVersions(v1, snapshot({ version: 2, claims: [figure, corrected] }));
    expect(diff.added).toEqual([figure]);
    expect(diff.withdrawn).toEqual([basis]);
    expect(diff.verdictChanged.map((change) => [change.claim.id, change.from.key, change.to.key])).toEqual([[date.id, "true", "unproven"]]);
    expect(diff.changeNoteRequired).toBe(true);
  });
});
