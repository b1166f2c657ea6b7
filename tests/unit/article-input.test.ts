import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentFromJson, documentFromPlainText, MAX_BODY_CHARS } from "@/lib/editor/document";
import { articleInputSchema } from "@/lib/validation/article";
import { fieldErrors } from "@/lib/validation/common";

const valid = { title: "Un titre", language: "fr" };
const errorsOf = (input: Record<string, unknown>) => {
  const result = articleInputSchema.safeParse({ ...valid, ...input });
  return result.success ? {} : fieldErrors(result.error);
};

describe("new article fields", () => {
  it.each([
    ["an empty title", { title: "   " }, "title", "is required"],
    ["a 500-character title", { title: "x".repeat(500) }, "title", "must be at most 300 characters"],
    ["a javascript: source URL", { sourceUrl: "javascript:alert(1)" }, "sourceUrl", "must be an http:// or https:// address"],
    ["a data: source URL", { sourceUrl: "data:text/html,<script>alert(1)</script>" }, "sourceUrl", "must be an http:// or https:// address"],
    ["a source URL that is not a URL", { sourceUrl: "not a url" }, "sourceUrl", "must be an http:// or https:// address"],
    ["a malformed date", { sourcePublishedAt: "24/05/2024" }, "sourcePublishedAt", "must be a date like 2024-05-24"],
    ["an impossible date", { sourcePublishedAt: "2024-02-31" }, "sourcePublishedAt", "is not a real date"],
    ["a future date", { sourcePublishedAt: "2999-01-01" }, "sourcePublishedAt", "is in the future"],
    ["an unknown language", { language: "xx" }, "language", "must be one of fr, en, es, de, it, pt, nl, ar"],
  ])("refuses %s, naming the field", (_label, input, field, message) => {
    expect(errorsOf(input)).toEqual({ [field]: message });
  });

  it("accepts blank optional fields and a real past date", () => {
    const parsed = articleInputSchema.parse({ ...valid, sourceUrl: "", sourcePublisher: " ", sourcePublishedAt: "2024-05-24" });
    expect(parsed).toMatchObject({ title: "Un titre", sourceUrl: undefined, sourcePublisher: undefined, sourcePublishedAt: "2024-05-24" });
  });
});

describe("article body", () => {
  it("refuses a 5 MB body, stating the limit", () => {
    expect(() => documentFromPlainText("mot ".repeat(1_300_000))).toThrow(`the limit is ${MAX_BODY_CHARS.toLocaleString("en")}`);
  });

  it("refuses an empty body and a document outside the schema", () => {
    expect(() => documentFromPlainText("  \n ")).toThrow("The body is empty.");
    expect(() => documentFromJson({ type: "doc", content: [{ type: "iframe" }] })).toThrow(/does not fit the article format/);
    expect(() => documentFromJson("<p>hi</p>")).toThrow("The body is not an editor document.");
  });

  it("drops javascript: links but keeps their words", () => {
    const doc = documentFromJson({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "cliquez", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
    });
    expect(JSON.stringify(doc.json)).not.toContain("javascript");
    expect(doc.text).toBe("cliquez");
  });

  it("keeps every line of the XSS corpus as inert text", () => {
    const payloads = readFileSync("tests/fixtures/xss-payloads.txt", "utf8").split("\n").filter(Boolean);
    const doc = documentFromPlainText(payloads.join("\n"));
    expect(doc.text.split("\n")).toEqual(payloads.map((p) => p.trim()).filter(Boolean));
    expect(JSON.stringify(doc.json)).not.toMatch(/"type":"(?!doc|paragraph|text)/);
  });
});
