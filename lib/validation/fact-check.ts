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
