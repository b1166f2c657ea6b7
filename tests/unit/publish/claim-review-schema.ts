import { expect } from "vitest";
import { validateClaimReview } from "@/lib/publish/validate-claim-review";

/** The subset of JSON Schema this test needs. */
export type Schema = {
  type?: "string" | "integer" | "number" | "object" | "array";
  const?: unknown;
  enum?: unknown[];
  minLength?: number;
  pattern?: RegExp;
  format?: "http-url";
  minimum?: number;
  maximum?: number;
  required?: string[];
  dependentRequired?: Record<string, string[]>;
  properties?: Record<string, Schema>;
  additionalProperties?: false;
  items?: Schema;
  minItems?: number;
};

/** Every way `value` breaks `schema`, as "path: problem". */
export function violations(value: unknown, schema: Schema, path = "$"): string[] {
  const problems: string[] = [];
  const fail = (problem: string) => problems.push(`${path}: ${problem}`);
  if ("const" in schema && value !== schema.const) fail(`must be ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) fail(`must be one of ${JSON.stringify(schema.enum)}`);
  switch (schema.type) {
    case "string":
      if (typeof value !== "string") return [...problems, `${path}: must be a string`];
      if (value.length < (schema.minLength ?? 0)) fail(`must have at least ${schema.minLength} characters`);
      if (schema.pattern && !schema.pattern.test(value)) fail(`must match ${schema.pattern}`);
      if (schema.format === "http-url" && !/^https?:\/\/[^\s]+$/.test(value)) fail("must be an http(s) URL");
      break;
    case "integer":
    case "number":
      if (typeof value !== "number" || (schema.type === "integer" && !Number.isInteger(value))) return [...problems, `${path}: must be an ${schema.type}`];
      if (schema.minimum !== undefined && value < schema.minimum) fail(`must be at least ${schema.minimum}`);
      if (schema.maximum !== undefined && value > schema.maximum) fail(`must be at most ${schema.maximum}`);
      break;
    case "array":
      if (!Array.isArray(value)) return [...problems, `${path}: must be an array`];
      if (value.length < (schema.minItems ?? 0)) fail(`must have at least ${schema.minItems} items`);
      value.forEach((item, i) => problems.push(...violations(item, schema.items ?? {}, `${path}[${i}]`)));
      break;
    case "object": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return [...problems, `${path}: must be an object`];
      const object = value as Record<string, unknown>;
      for (const key of schema.required ?? []) if (!(key in object)) fail(`${key} is required`);
      for (const [key, needs] of Object.entries(schema.dependentRequired ?? {})) {
        if (key in object) for (const need of needs) if (!(need in object)) fail(`${need} is required with ${key}`);
      }
      for (const [key, item] of Object.entries(object)) {
        const property = schema.properties?.[key];
        if (property) problems.push(...violations(item, property, `${path}.${key}`));
        else if (schema.additionalProperties === false) fail(`${key} is not allowed`);
      }
    }
  }
  return problems;
}

const text: Schema = { type: "string", minLength: 1 };
const url: Schema = { type: "string", format: "http-url" };
const date: Schema = { type: "string", pattern: /^\d{4}-\d{2}-\d{2}$/ };
const party = (types: string[]): Schema => ({
  type: "object",
  required: ["@type", "name"],
  additionalProperties: false,
  properties: { "@type": { enum: types }, name: text, url, jobTitle: text },
});
const creativeWork: Schema = {
  type: "object",
  required: ["@type", "url"],
  additionalProperties: false,
  properties: { "@type": { const: "CreativeWork" }, url, headline: text, publisher: party(["Organization"]), datePublished: date },
};

/**
 * Google's fact-check markup rules (developers.google.com/search/docs/appearance/structured-data/factcheck):
 * required claimReviewed, reviewRating with alternateName, url; the author is
 * the fact-checking organization (name, url); a numeric rating comes with its
 * scale; itemReviewed is a Claim whose author, date and appearance say where
 * the claim was made. Nothing else, and no empty values.
 */
export const CLAIM_REVIEW: Schema = {
  type: "object",
  required: ["@context", "@type", "url", "claimReviewed", "reviewRating", "author", "datePublished", "itemReviewed"],
  additionalProperties: false,
  properties: {
    "@context": { const: "https://schema.org" },
    "@type": { const: "ClaimReview" },
    url: { ...url, pattern: /#claim-[A-Za-z0-9_-]+$/ },
    claimReviewed: text,
    datePublished: date,
    author: { ...party(["Organization"]), required: ["@type", "name", "url"] },
    reviewRating: {
      type: "object",
      required: ["@type", "alternateName"],
      dependentRequired: { ratingValue: ["bestRating", "worstRating"], bestRating: ["ratingValue"], worstRating: ["ratingValue"] },
      additionalProperties: false,
      properties: {
        "@type": { const: "Rating" },
        alternateName: text,
        ratingValue: { type: "integer", minimum: 1, maximum: 5 },
        bestRating: { const: 5 },
        worstRating: { const: 1 },
      },
    },
    itemReviewed: {
      type: "object",
      required: ["@type"],
      additionalProperties: false,
      properties: {
        "@type": { const: "Claim" },
        author: party(["Person", "Organization"]),
        datePublished: date,
        appearance: { type: "array", minItems: 1, items: creativeWork },
        firstAppearance: creativeWork,
      },
    },
  },
};

/** The test's own schema, and the validator publishing runs: no error from either. */
export function expectValidClaimReviews(reviews: object[]) {
  expect(reviews.flatMap((review) => violations(review, CLAIM_REVIEW))).toEqual([]);
  expect(reviews.flatMap((review) => validateClaimReview(review)).filter((issue) => issue.level === "error")).toEqual([]);
}
