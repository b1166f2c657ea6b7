import { z } from "zod";

/** Where an import came from, shown with each of its fact-checks: a file name or an address. */
export const importSourceSchema = z
  .string()
  .trim()
  .min(1, "is required")
  .max(300, "must be at most 300 characters")
  .meta({ description: "Where the file comes from, kept with each fact-check: a file name or an address (default: the format's name)." });

/** Searching the archive: words (full-text, accent-insensitive), a page size, and where the last page ended. */
export const factCheckSearchSchema = z.strictObject({
  query: z.string().trim().max(200, "must be at most 200 characters").optional(),
  limit: z.coerce.number("must be a number").int("must be a whole number").min(1, "must be at least 1").max(100, "must be at most 100").default(20),
  cursor: z.string().max(200, "must be at most 200 characters").optional(),
});

export type FactCheckSearch = z.output<typeof factCheckSearchSchema>;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD");

/**
 * The claims search page's filters (from its URL: every field a string, blank
 * ones ignored): words, the claim's type, the verdict (a rating key of the
 * newsroom), the check's date range, where it comes from and its language.
 */
export const archiveSearchSchema = z.object({
  q: optional(z.string().trim().max(200, "must be at most 200 characters")),
  type: optional(z.enum(["date", "quote", "legal_basis", "number", "other"], "is not a claim type")),
  verdict: optional(z.string().trim().max(64, "must be at most 64 characters")),
  from: optional(isoDay),
  to: optional(isoDay),
  origin: optional(z.enum(["newsroom", "import"], "must be newsroom or import")),
  lang: optional(z.string().trim().regex(/^[a-z]{2}$/, "must be a two-letter language code")),
  page: z.preprocess(blankToUndefined, z.coerce.number("must be a number").int("must be a whole number").min(1, "must be at least 1").max(10_000, "is too far").default(1)),
});

export type ArchiveSearch = z.output<typeof archiveSearchSchema>;

// A server action's body is limited to 4 MB (next.config.js); larger archives go through the API.
export const MAX_IMPORT_FILE_CHARS = 3_500_000;

/** A file chosen in the desk's import form: its name and its text (JSON, or an HTML page with JSON-LD). */
export const importFileSchema = z.strictObject({
  name: importSourceSchema,
  text: z
    .string("must be the file's text")
    .min(1, "is empty")
    .max(MAX_IMPORT_FILE_CHARS, "is larger than 3.5 MB: import it through the API (POST /api/v1/fact-checks/imports)"),
});
