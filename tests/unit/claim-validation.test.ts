import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ClaimState, ClaimType, SourceKind, SourceStance } from "@/lib/db/generated/enums";
import { ValidationError } from "@/lib/server/errors";
import { parseNormalized } from "@/lib/server/parse-normalized";
import {
  addCommentSchema,
  addSourceSchema,
  approveVerdictSchema,
  CLAIM_STATES,
  CLAIM_TYPES,
  createClaimSchema,
  normalizedSchemaFor,
  proposeVerdictSchema,
  resolveCommentSchema,
  SOURCE_KINDS,
  SOURCE_STANCES,
  updateClaimSchema,
  updateSourceSchema,
} from "@/lib/validation/claim";
import { fieldErrors } from "@/lib/validation/common";

const errorsOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
};

function fieldsThrownBy(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).fields;
  }
  throw new Error("expected a ValidationError");
}

describe("claim vocabularies", () => {
  it("match the database enums", () => {
    expect([...CLAIM_TYPES]).toEqual(Object.values(ClaimType));
    expect([...CLAIM_STATES]).toEqual(Object.values(ClaimState));
    expect([...SOURCE_KINDS]).toEqual(Object.values(SourceKind));
    expect([...SOURCE_STANCES]).toEqual(Object.values(SourceStance));
  });
});

describe("normalized values", () => {
  it.each([
    ["date", { date: "2024" }],
    ["date", { date: "2024-05" }],
    ["date", { date: "2024-05-24" }],
    ["date", { date: "2024-02-29" }],
    ["quote", { speaker: "Meta" }],
    ["legal_basis", { instrument: "GDPR", article: "6(1)(f)", basis: "legitimate_interests" }],
    ["legal_basis", { instrument: "GDPR", article: "21", right: "object" }],
    ["number", { value: 2e9, unit: "utilisateurs actifs" }],
    ["number", { value: -1.5 }],
    ["other", { note: "Contexte" }],
    ["other", {}],
  ] as const)("accepts a %s value %j", (type, value) => {
    expect(normalizedSchemaFor(type).parse(value)).toEqual(value);
  });

  it.each([
    ["date", { date: "24/05/2024" }, "date", "must be YYYY, YYYY-MM or YYYY-MM-DD"],
    ["date", { date: "2024-13" }, "date", "is not a real date"],
    ["date", { date: "2023-02-29" }, "date", "is not a real date"],
    ["quote", { speaker: "x".repeat(201) }, "speaker", "must be at most 200 characters"],
    ["legal_basis", { instrument: "x".repeat(41) }, "instrument", "must be at most 40 characters"],
    ["legal_basis", { basis: "because" }, "basis", expect.stringContaining("must be one of consent")],
    ["legal_basis", { right: "to_be_happy" }, "right", expect.stringContaining("must be one of access")],
    ["number", { value: "2 milliards" }, "value", "must be a finite number"],
    ["number", { value: Number.POSITIVE_INFINITY }, "value", "must be a finite number"],
    ["number", { value: Number.NaN }, "value", "must be a finite number"],
    ["other", { note: "x".repeat(501) }, "note", "must be at most 500 characters"],
  ] as const)("refuses a %s value %j, naming the field", (type, value, field, message) => {
    expect(errorsOf(normalizedSchemaFor(type), value)).toEqual({ [field]: message });
  });

  it("refuses unknown keys, naming them", () => {
    const result = normalizedSchemaFor("quote").safeParse({ speaker: "Meta", date: "2024-05-24" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toContain('"date"');
    expect(fieldsThrownBy(() => parseNormalized("date", { date: "2024-02-31", speaker: "Meta" }))).toEqual({
      "normalized.speaker": "is not a field of a date claim",
      "normalized.date": "is not a real date",
    });
  });

  it("drops blank fields instead of storing empty strings", () => {
    expect(parseNormalized("legal_basis", { instrument: " ", article: "", basis: "", right: "object" })).toEqual({ right: "object" });
    expect(parseNormalized("date", { date: "" })).toEqual({});
    expect(parseNormalized("quote", { speaker: "  Nick Clegg " })).toEqual({ speaker: "Nick Clegg" });
  });
});

describe("claim inputs", () => {
  const base = { id: randomUUID(), articleId: randomUUID(), type: "quote", quotedText: "  « Nous ne vendons pas vos données »  " };

  it("trims the quoted text and keeps the client's id", () => {
    expect(createClaimSchema.parse(base)).toMatchObject({ id: base.id, quotedText: "« Nous ne vendons pas vos données »" });
  });

  it.each([
    [{ id: "42" }, "id", "is not a claim id"],
    [{ articleId: "x" }, "articleId", "is not a article id"],
    [{ type: "rumour" }, "type", "must be one of date, quote, legal_basis, number, other"],
    [{ quotedText: "   " }, "quotedText", "is required"],
    [{ quotedText: "x".repeat(2001) }, "quotedText", "must be at most 2,000 characters"],
  ])("createClaimSchema refuses %j", (patch, field, message) => {
    expect(errorsOf(createClaimSchema, { ...base, ...patch })).toEqual({ [field]: message });
  });

  it("updateClaimSchema: a revision from 1, an assignee or null, and only open / in progress", () => {
    const claimId = randomUUID();
    expect(updateClaimSchema.parse({ claimId, revision: 3, assigneeId: null, state: "in_progress" })).toEqual({ claimId, revision: 3, assigneeId: null, state: "in_progress" });
    expect(errorsOf(updateClaimSchema, { claimId, revision: 0 })).toHaveProperty("revision");
    expect(errorsOf(updateClaimSchema, { claimId, revision: 1.5 })).toHaveProperty("revision");
    expect(errorsOf(updateClaimSchema, { claimId, revision: 1, state: "approved" })).toEqual({ state: "can only be set to open or in_progress here" });
    expect(errorsOf(updateClaimSchema, { claimId, revision: 1, assigneeId: "bob" })).toEqual({ assigneeId: "is not a member id" });
  });

  it("proposeVerdictSchema: a key of at most 40 characters and a trimmed rationale", () => {
    const claimId = randomUUID();
    expect(proposeVerdictSchema.parse({ claimId, revision: 1, verdictKey: "false", rationale: "  Faux.  " }).rationale).toBe("Faux.");
    expect(errorsOf(proposeVerdictSchema, { claimId, revision: 1, verdictKey: "x".repeat(41), rationale: "x" })).toHaveProperty("verdictKey");
    expect(errorsOf(proposeVerdictSchema, { claimId, revision: 1, verdictKey: "false", rationale: " " })).toEqual({ rationale: "is required" });
    expect(errorsOf(proposeVerdictSchema, { claimId, revision: 1, verdictKey: "false", rationale: "x".repeat(5001) })).toEqual({ rationale: "must be at most 5,000 characters" });
    expect(errorsOf(approveVerdictSchema, { claimId })).toHaveProperty("revision");
  });
});

describe("source inputs", () => {
  const valid = { claimId: randomUUID(), url: "https://about.fb.com/fr/news/2024/05/", kind: "official_statement", stance: "supports" };

  it.each([
    ["a javascript: URL", { url: "javascript:alert(1)" }, "url", "must be an http:// or https:// address"],
    ["a data: URL", { url: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" }, "url", "must be an http:// or https:// address"],
    ["something that is not a URL", { url: "not a url" }, "url", "must be an http:// or https:// address"],
    ["no URL", { url: undefined }, "url", expect.any(String)],
    ["a javascript: archive URL", { archiveUrl: "javascript:alert(1)" }, "archiveUrl", "must be an http:// or https:// address"],
    ["a future publication date", { publishedAt: "2999-01-01" }, "publishedAt", "is in the future"],
    ["an impossible publication date", { publishedAt: "2024-02-30" }, "publishedAt", "is not a real date"],
    ["a 301-character title", { title: "x".repeat(301) }, "title", "must be at most 300 characters"],
    ["a 201-character publisher", { publisher: "x".repeat(201) }, "publisher", "must be at most 200 characters"],
    ["a 5,001-character excerpt", { excerpt: "x".repeat(5001) }, "excerpt", "must be at most 5000 characters"],
    ["an unknown kind", { kind: "rumour" }, "kind", expect.stringContaining("must be one of primary_document")],
    ["an unknown stance", { stance: "maybe" }, "stance", "must be one of supports, refutes, context"],
  ])("refuses %s, naming the field", (_label, patch, field, message) => {
    expect(errorsOf(addSourceSchema, { ...valid, ...patch })).toEqual({ [field]: message });
  });

  it("turns blank optional fields into undefined", () => {
    const parsed = addSourceSchema.parse({ ...valid, title: " ", publisher: "", publishedAt: "", archiveUrl: "", excerpt: "  " });
    expect(parsed).toMatchObject({ title: undefined, publisher: undefined, publishedAt: undefined, archiveUrl: undefined, excerpt: undefined });
  });

  it("updateSourceSchema needs the source id and the ISO date-time it was loaded at", () => {
    const { claimId: _c, ...input } = valid;
    expect(errorsOf(updateSourceSchema, { ...input, sourceId: randomUUID(), expectedUpdatedAt: "yesterday" })).toEqual({ expectedUpdatedAt: "must be an ISO date-time" });
    expect(updateSourceSchema.parse({ ...input, sourceId: randomUUID(), expectedUpdatedAt: new Date().toISOString() })).toHaveProperty("expectedUpdatedAt");
  });
});

describe("comment inputs", () => {
  it("a trimmed body of 1 to 5,000 characters, an optional parent, a boolean resolution", () => {
    const claimId = randomUUID();
    expect(addCommentSchema.parse({ claimId, body: "  Source ?  " })).toEqual({ claimId, body: "Source ?" });
    expect(errorsOf(addCommentSchema, { claimId, body: "  " })).toEqual({ body: "is required" });
    expect(errorsOf(addCommentSchema, { claimId, body: "x".repeat(5001) })).toEqual({ body: "must be at most 5,000 characters" });
    expect(errorsOf(addCommentSchema, { claimId, body: "x", parentId: "1" })).toEqual({ parentId: "is not a comment id" });
    expect(errorsOf(resolveCommentSchema, { commentId: randomUUID(), resolved: "yes" })).toEqual({ resolved: "must be true or false" });
  });
});
