import { z } from "zod";
import { isStorableText } from "./storable-text";
import { httpUrl, optionalHttpUrl, optionalPastDate, optionalText } from "./common";

export const ARTICLE_LANGUAGES = ["fr", "en", "es", "de", "it", "pt", "nl", "ar"] as const;
export const MAX_TITLE_CHARS = 300;

export const articleInputSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, "is required")
    .max(MAX_TITLE_CHARS, `must be at most ${MAX_TITLE_CHARS} characters`),
  language: z.enum(ARTICLE_LANGUAGES, "must be one of " + ARTICLE_LANGUAGES.join(", ")),
  sourceUrl: optionalHttpUrl,
  sourcePublisher: optionalText(200),
  sourceAuthor: optionalText(200),
  sourcePublishedAt: optionalPastDate,
  submissionId: z.uuid().optional(),
});

export type ArticleInput = z.infer<typeof articleInputSchema>;

export const ARTICLE_SORTS = ["updated", "title", "created"] as const;

export const articleListQuerySchema = z.object({
  // A longer query is cut (never inside a surrogate pair), not refused: the
  // search box never errors; one PostgreSQL cannot take (NUL) is ignored.
  query: z
    .string()
    .transform((q) => q.slice(0, 200).replace(/[\uD800-\uDBFF]$/, ""))
    .refine(isStorableText)
    .optional()
    .catch(undefined),
  sort: z.enum(ARTICLE_SORTS).catch("updated"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type ArticleListQuery = z.infer<typeof articleListQuerySchema>;

/** An article to fetch and import: its page's address (the safe fetcher does the rest). */
export const articleImportSchema = z.object({
  url: httpUrl,
  submissionId: z.uuid().optional(),
});

export type ArticleImportInput = z.infer<typeof articleImportSchema>;
