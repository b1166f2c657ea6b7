import { z } from "zod";
import { ARTICLE_LANGUAGES, articleImportSchema, articleInputSchema } from "../validation/article";
import { apiTokenNameSchema } from "../validation/api-token";
import { CLAIM_PRIORITIES, CLAIM_TYPES, CLAIMANT_KINDS, claimantSchema, claimMatchDecisionFields, claimPrioritySchema, dueDateSchema, clearableUrl, sourceInputSchema, statementSchema } from "../validation/claim";
import { pastDate, slug } from "../validation/common";
import { factCheckSearchSchema, importSourceSchema } from "../validation/fact-check";

// Requests. The handlers parse with these; the OpenAPI description is generated from them.

export const idParams = z.object({ id: z.uuid() });

export const ARTICLE_STATUSES = ["draft", "in_review", "published", "unpublished"] as const;

export const articleListQuery = z.strictObject({
  query: z.string().max(200, "must be at most 200 characters").optional().meta({ description: "Full-text search in titles and texts (accent-insensitive)." }),
  status: z.enum(ARTICLE_STATUSES, `must be one of ${ARTICLE_STATUSES.join(", ")}`).optional(),
  cursor: z.string().max(200).optional().meta({ description: "The `nextCursor` of the previous page." }),
  limit: z.coerce.number("must be a number").int("must be a whole number").min(1, "must be at least 1").max(100, "must be at most 100").default(20),
});

export const articleImportBody = articleImportSchema.strict().meta({
  description: "The address of the article's page (http or https). `submissionId` (a UUID) makes a repeated request return the draft the first one created.",
});

export const articleCreateBody = articleInputSchema
  .omit({ submissionId: true })
  .extend({
    text: z.string().optional().meta({ description: "The body as plain text: paragraphs separated by blank lines. Give `text` or `html`." }),
    html: z.string().optional().meta({ description: "The body as HTML (paragraphs, headings, lists, quotes, links, emphasis; anything else is dropped)." }),
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.text === undefined) === (value.html === undefined)) ctx.addIssue({ code: "custom", path: ["text"], message: "give either text or html (one of them)" });
  });

const quoteContext = (what: string) => z.string().max(500, "must be at most 500 characters").optional().meta({ description: `Text just ${what} the quote, to tell repeated quotes apart.` });

const statementDoc = statementSchema.meta({
  description: "The claim as the fact-checker words it, one sentence (at most 280 characters; 75 or fewer display whole in aggregators). Published as ClaimReview's claimReviewed. Omitted on create: one is proposed from the quote's sentence, marked as needing review.",
});
const claimantDoc = claimantSchema.meta({ description: 'Who made the claim: {"name", "kind": person | organization | article, "role"?, "url"?}; kind "article" is the original article\'s publisher (name optional). null clears it.' });
const urlDoc = (what: string) => clearableUrl.meta({ description: `${what} (an http(s) address; blank or null clears it).` });

export const claimCreateBody = z.strictObject({
  type: z.enum(CLAIM_TYPES, `must be one of ${CLAIM_TYPES.join(", ")}`),
  quote: z.strictObject({
    exact: z.string("is required").min(1, "is required").max(2000, "must be at most 2,000 characters").meta({ description: "The claimed text, exactly as in the article." }),
    prefix: quoteContext("before"),
    suffix: quoteContext("after"),
  }),
  normalized: z.record(z.string(), z.unknown()).optional().meta({ description: "The claim's value, by type: date {date}, quote {speaker}, legal_basis {instrument, article, basis, right}, number {value, unit}, other {note}." }),
  statement: statementDoc.optional(),
  claimant: claimantDoc.optional(),
});

export const claimPatchBody = z
  .strictObject({
    state: z.enum(["open", "in_progress"], "must be open or in_progress (a verdict is proposed with `verdict`, approved with /approve)").optional(),
    verdict: z.string().trim().min(1, "is required").max(40).optional().meta({ description: "A key of the newsroom's rating scale, e.g. true, false, misleading. Proposes the verdict (needs review)." }),
    rationale: z.string().trim().min(1, "is required").max(5000, "must be at most 5,000 characters").optional(),
    assigneeId: z.uuid("is not a member id").nullable().optional(),
    normalized: z.record(z.string(), z.unknown()).optional(),
    statement: statementDoc.optional(),
    claimant: claimantDoc.optional(),
    appearanceUrl: urlDoc("Where the claim appeared, when not in the article itself"),
    firstAppearanceUrl: urlDoc("An earlier appearance of the claim"),
    dueDate: dueDateSchema.meta({ description: "When the check is due, YYYY-MM-DD; null or '' clears it." }),
    priority: claimPrioritySchema.optional().meta({ description: "How urgent the check is." }),
  })
  .refine((value) => Object.values(value).some((v) => v !== undefined), { message: "give at least one field to change", path: ["form"] });

export const sourceCreateBody = sourceInputSchema.strict();

export const commentCreateBody = z.strictObject({
  body: z.string("is required").trim().min(1, "is required").max(5000, "must be at most 5,000 characters"),
  parentId: z.uuid("is not a comment id").optional(),
});

export const publicationCreateBody = z.strictObject({
  note: z.string().trim().max(2000, "must be at most 2,000 characters").optional().meta({ description: "What changed: required when a verdict changed or a claim was added or withdrawn." }),
});

export const tokenCreateBody = z.strictObject({ name: apiTokenNameSchema, newsroom: slug });

export const detectBody = z.strictObject({
  text: z.string("is required"),
  lang: z.enum(["fr", "en"], "must be fr or en").optional(),
  published: pastDate.optional().meta({ description: "The article's publication date (YYYY-MM-DD), to resolve relative dates." }),
});

// Responses (documented; the tests check the handlers' answers against them).

const dateTime = z.iso.datetime({ offset: true });

export const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }),
});

export const sourceResponse = z.object({
  id: z.uuid(),
  url: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  publishedAt: z.iso.date().nullable(),
  archiveUrl: z.string().nullable(),
  excerpt: z.string().nullable(),
  kind: sourceInputSchema.shape.kind,
  stance: sourceInputSchema.shape.stance,
  createdAt: dateTime,
});

export const commentResponse = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  authorId: z.uuid(),
  authorName: z.string(),
  body: z.string(),
  resolved: z.boolean(),
  createdAt: dateTime,
});

export const claimResponse = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  type: z.enum(CLAIM_TYPES),
  quotedText: z.string(),
  statement: z.string().meta({ description: "The claim as worded by the fact-checker ('' until written)." }),
  statementNeedsReview: z.boolean().meta({ description: "True while the statement is the machine's proposal that nobody confirmed." }),
  claimant: z.object({ name: z.string().nullable(), kind: z.enum(CLAIMANT_KINDS), role: z.string().nullable(), url: z.string().nullable() }).nullable(),
  appearanceUrl: z.string().nullable(),
  firstAppearanceUrl: z.string().nullable(),
  normalized: z.record(z.string(), z.unknown()),
  state: z.enum(["open", "in_progress", "needs_review", "approved"]),
  verdict: z.string().nullable(),
  rationale: z.string().nullable(),
  assigneeId: z.uuid().nullable(),
  proposedById: z.uuid().nullable(),
  approvedById: z.uuid().nullable(),
  dueDate: z.string().nullable().meta({ description: "When the check is due (YYYY-MM-DD), or null." }),
  priority: z.enum(CLAIM_PRIORITIES),
  anchor: z.enum(["ok", "text_changed", "orphaned"]).meta({ description: "text_changed: the text under the claim changed since the verdict; orphaned: the text was deleted." }),
  archived: z.boolean(),
  revision: z.number().int().meta({ description: "Bumped by every change; the ETag is \"r<revision>\"." }),
  createdAt: dateTime,
  updatedAt: dateTime,
  sources: z.array(sourceResponse),
  comments: z.array(commentResponse),
});

export const articleSummaryResponse = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  language: z.enum(ARTICLE_LANGUAGES),
  status: z.enum(ARTICLE_STATUSES),
  updatedAt: dateTime,
  claimCount: z.number().int(),
  claimStates: z.record(z.string(), z.number().int()),
  verdicts: z.record(z.string(), z.number().int()).meta({ description: "Approved verdicts per rating key." }),
});

export const articleListResponse = z.object({ items: z.array(articleSummaryResponse), nextCursor: z.string().nullable() });

export const articleResponse = articleSummaryResponse.omit({ claimCount: true, claimStates: true, verdicts: true }).extend({
  sourceUrl: z.string().nullable(),
  sourcePublisher: z.string().nullable(),
  sourceAuthor: z.string().nullable(),
  sourcePublishedAt: z.iso.date().nullable(),
  createdAt: dateTime,
  text: z.string().meta({ description: "The current plain text (refreshed from the live document within seconds of an edit)." }),
  publicUrl: z.string().nullable(),
  claims: z.array(claimResponse),
});

const markupIssue = z.object({ claimId: z.uuid(), level: z.enum(["error", "warning"]), path: z.string(), message: z.string() });

export const publicationSummaryResponse = z.object({
  rated: z.array(z.object({ id: z.uuid(), statement: z.string(), verdictKey: z.string(), statementNeedsReview: z.boolean() })),
  leftOut: z.array(z.object({ id: z.uuid(), quotedText: z.string(), statement: z.string(), reason: z.enum(["no_verdict", "awaiting_approval", "orphaned", "archived"]) })),
  markup: z.array(markupIssue).meta({ description: "Warnings about the ClaimReview markup (recommended fields missing)." }),
});

export const publicationResponse = z.object({ version: z.number().int(), url: z.string(), summary: publicationSummaryResponse });

export const tokenResponse = z.object({ id: z.uuid(), token: z.string().meta({ description: "Shown once: store it now." }) });

export const detectResponse = z.array(
  z.object({
    type: z.enum(["date", "quote", "legal_basis", "number"]),
    start: z.number().int().meta({ description: "UTF-16 offset of the first character." }),
    end: z.number().int().meta({ description: "UTF-16 offset after the last character." }),
    text: z.string(),
    normalized: z.record(z.string(), z.unknown()),
  }),
);

export const claimsReportQuery = z.strictObject({
  from: pastDate.optional().meta({ description: "Claims changed on or after this day (YYYY-MM-DD)." }),
  to: pastDate.optional().meta({ description: "Claims changed on or before this day (YYYY-MM-DD)." }),
});

export const factCheckMarkupResponse = z
  .object({
    pageUrl: z.string(),
    publishDate: z.string(),
    claimReviewAuthor: z.object({ name: z.string() }),
    claimReviewMarkups: z.array(z.record(z.string(), z.unknown())),
  })
  .meta({ description: "The request body of the Fact Check Tools API `pages.create` (a ClaimReviewMarkupPage), for the newsroom to submit with its own credentials." });

// The fact-check archive (claim memory).

export const factCheckImportQuery = z.strictObject({ source: importSourceSchema.optional() });

export const factCheckImportBody = z
  .union([z.array(z.unknown()), z.record(z.string(), z.unknown())])
  .meta({ description: 'The file\'s JSON as it is (one of the formats the operation lists), or `{"html": "…"}`, or `{"url": "…"}` (the address of such a file or page, fetched by Factdesk).' });

const ARCHIVE_FORMATS = ["claim_review", "data_feed", "claims_search", "html_page"] as const;

export const factCheckImportResponse = z.object({
  format: z.enum(ARCHIVE_FORMATS),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int().meta({ description: "Already in the archive exactly so (the same file imported again)." }),
  skipped: z.array(z.object({ index: z.number().int().meta({ description: "The item's number, from 1 in reading order (as in error messages)." }), reason: z.string() })),
});

export const factCheckListQuery = factCheckSearchSchema.extend({
  query: factCheckSearchSchema.shape.query.meta({ description: 'Words to find in the statement or the claimant: full-text, stemmed in French and in English, accent-insensitive ("chomage" finds "chômage"); "quoted phrases" and -excluded words work.' }),
  cursor: factCheckSearchSchema.shape.cursor.meta({ description: "The `nextCursor` of the previous page." }),
});

export const factCheckResponse = z.object({
  id: z.uuid(),
  statement: z.string().meta({ description: "The claim as checked (ClaimReview's claimReviewed)." }),
  claimant: z.string().nullable(),
  claimDate: z.string().nullable().meta({ description: "When the claim was made: YYYY-MM-DD, YYYY-MM or YYYY." }),
  verdict: z.string().meta({ description: "The verdict as the reviewer wrote it (alternateName, textualRating)." }),
  ratingValue: z.number().nullable(),
  bestRating: z.number().nullable(),
  worstRating: z.number().nullable(),
  language: z.string().nullable().meta({ description: 'The primary language subtag, e.g. "fr".' }),
  normalized: z.record(z.string(), z.unknown()),
  reviewUrl: z.string(),
  reviewAuthor: z.string().nullable(),
  reviewDate: z.string().nullable(),
  origin: z.enum(["import"]),
  source: z.string().meta({ description: "The file name or address it was imported from." }),
  importedAt: dateTime,
  updatedAt: dateTime,
});

export const factCheckListResponse = z.object({ items: z.array(factCheckResponse), nextCursor: z.string().nullable() });

export const similarClaimsQuery = z.strictObject({
  text: z.string("is required").trim().min(1, "is required").max(2000, "must be at most 2,000 characters").meta({ description: "The marked span (it can be a fragment: “26 juin 2024”)." }),
  sentence: z.string().trim().max(5000, "must be at most 5,000 characters").optional().meta({ description: "The whole sentence around it (the span alone when absent)." }),
  lang: z.enum(["fr", "en"], "must be fr or en").default("fr"),
  type: z.enum(CLAIM_TYPES, `must be one of ${CLAIM_TYPES.join(", ")}`).optional(),
  published: pastDate.optional().meta({ description: "The article's date (YYYY-MM-DD), for relative dates." }),
});

const earlierFactCheckFields = {
  id: z.uuid(),
  origin: z.enum(["newsroom", "import"]).meta({ description: "newsroom: one of its approved claims; import: an imported fact-check." }),
  statement: z.string(),
  verdict: z.string(),
  checkedBy: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  claimant: z.string().nullable(),
};

export const similarClaimsResponse = z.array(z.object({ ...earlierFactCheckFields, score: z.number() }));

export const claimMemoryResponse = z.array(
  z.object({
    ...earlierFactCheckFields,
    score: z.number().nullable().meta({ description: "The matcher's score; null for a linked fact-check." }),
    linked: z.boolean().meta({ description: "A checker linked it: the same claim (shown on the public card)." }),
  }),
);

export const claimMatchDecisionBody = claimMatchDecisionFields;

export const claimMatchDecisionResponse = z.object({ claimId: z.uuid(), ...claimMatchDecisionBody.shape });

