import { describe, expect, it } from "vitest";
import { badPathReason } from "@/lib/request-path";
import { findUnstorable, isStorableText } from "@/lib/validation/storable-text";

describe("the text rule (what PostgreSQL can store)", () => {
  it("refuses NUL and lone surrogates, keeps pairs, RTL marks and any other text", () => {
    for (const bad of ["\u0000", "a\u0000b", "\ud800", "x\ud800y", "\udfff", "\udc00\ud800", "🦆".slice(0, 1)]) expect(isStorableText(bad), JSON.stringify(bad)).toBe(false);
    for (const good of ["", "é", "🦆", "\u202egauche", "\u200b", "m".repeat(10_000), "\ud83e\udd86"]) expect(isStorableText(good), JSON.stringify(good)).toBe(true);
  });

  it("names the first bad field in reading order, keys included, and refuses __proto__ and deep nesting", () => {
    expect(findUnstorable({ title: "ok", normalized: { value: 1, note: "a\u0000" }, rationale: "\ud800" })).toEqual({ field: "normalized.note", message: "must not contain NUL characters (U+0000)" });
    expect(findUnstorable({ list: ["ok", "\udfff"] })?.field).toBe("list.1");
    expect(findUnstorable(JSON.parse('{"a": {"__proto__": {"x": 1}}}'))?.field).toBe("a.__proto__");
    expect(findUnstorable({ ["k\u0000"]: 1 })?.message).toMatch(/field name/);
    let deep: unknown = "x";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorable(deep)?.message).toMatch(/nested too deeply/);
    expect(findUnstorable({ a: [1, true, null, "fine"] })).toBeNull();
    expect(findUnstorable("\u0000", "query")).toEqual({ field: "query", message: "must not contain NUL characters (U+0000)" });
  });
});

describe("request paths that are not text", () => {
  it("are named before any route decodes them", () => {
    for (const bad of ["/demo/%ff", "/demo/%ed%a0%80", "/demo/a%00b", "/desk/%E0%A4%A", "/%c3"]) expect(badPathReason(bad), bad).not.toBeNull();
    for (const good of ["/", "/demo", "/demo/caf%C3%A9?x=%ff", "/desk/demo/articles/un-article", "/demo/%F0%9F%A6%86"]) expect(badPathReason(good), good).toBeNull();
  });
});
