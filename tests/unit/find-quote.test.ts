import { describe, expect, it } from "vitest";
import { findQuote } from "@/lib/editor/find-quote";

describe("findQuote", () => {
  const text = "Meta dit oui.\nPuis Meta dit non.";

  it("finds a quote that occurs once", () => {
    expect(findQuote(text, { exact: "oui" })).toEqual({ kind: "found", start: 9, end: 12 });
  });

  it("counts the occurrences that prefix and suffix leave", () => {
    expect(findQuote(text, { exact: "Meta dit" })).toEqual({ kind: "ambiguous", count: 2 });
    expect(findQuote(text, { exact: "Meta dit", suffix: " non" })).toEqual({ kind: "found", start: 19, end: 27 });
    expect(findQuote(text, { exact: "Meta dit", prefix: "Puis " })).toEqual({ kind: "found", start: 19, end: 27 });
    expect(findQuote("aaa", { exact: "aa" })).toEqual({ kind: "ambiguous", count: 2 });
  });

  it("says when nothing fits, and how often the exact text occurs", () => {
    expect(findQuote(text, { exact: "Google" })).toEqual({ kind: "missing", occurrences: 0 });
    expect(findQuote(text, { exact: "Meta dit", suffix: " peut-être" })).toEqual({ kind: "missing", occurrences: 2 });
    expect(findQuote(text, { exact: "" })).toEqual({ kind: "missing", occurrences: 0 });
  });
});
