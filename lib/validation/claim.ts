import { z } from "zod";
import { MAX_STATEMENT_CHARS } from "../claims/statement";
import { httpUrl, isRealDate, optionalHttpUrl, optionalPastDate, optionalText } from "./common";

export const CLAIM_TYPES = ["date", "quote", "legal_basis", "number", "other"] as const;
export const CLAIM_STATES = ["open", "in_progress", "needs_review", "approved"] as const;
export const SOURCE_KINDS = ["primary_document", "law_or_regulation", "official_statement", "dataset", "expert", "media", "other"] as const;
export const SOURCE_STANCES = ["supports", "refutes", "context"] as const;
export const GDPR_BASES = ["consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests"] as const;
export const DATA_SUBJECT_RIGHTS = ["access", "rectification", "erasure", "restriction", "portability", "object", "automated_decision"] as const;

export type ClaimTypeName = (typeof CLAIM_TYPES)[number];

const isoDatePart = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((value) => {
    const [y, m = "01", d = "01"] = value.split("-");
    const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${y}-${m}-${d}`);
  }, "is not a real date");

// Blank fields become undefined, as in the forms (an emptied input clears the value).
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values, `must be one of ${values.join(", ")}`).optional());

const NORMALIZED = {
  date: z.strictObject({ date: z.preprocess(blankToUndefined, isoDatePart.optional()) }),
  quote: z.strictObject({ speaker: optionalText(200) }),
  legal_basis: z.strictObject({
    instrument: optionalText(40),
    article: optionalText(40),
    basis: optionalEnum(GDPR_BASES),
    right: optionalEnum(DATA_SUBJECT_RIGHTS),
  }),
  // z.number() refuses NaN and ±Infinity.
  number: z.strictObject({ value: z.number("must be a finite number").optional(), unit: optionalText(40) }),
  other: z.strictObject({ note: optionalText(500) }),
} as const;

/** The normalized value's schema for a claim type. */
export function normalizedSchemaFor(type: ClaimTypeName) {
  return NORMALIZED[type];
}

const id = (what: string) => z.uuid(`is not a ${what} id`);

export const CLAIMANT_KINDS = ["person", "organization", "article"] as const;
export type ClaimantKindName = (typeof CLAIMANT_KINDS)[number];

/** The claim as the fact-checker words it: one sentence; blank clears it. */
export const statementSchema = z
  .string("must be text")
  .trim()
  .max(MAX_STATEMENT_CHARS, `must be at most ${MAX_STATEMENT_CHARS} characters`)
  .refine((value) => !/[\r\n]/.test(value), "must be one sentence on one line");

/** Who made the claim; `null` clears it. "article" means the original article's publisher. */
export const claimantSchema = z
  .strictObject({
    name: optionalText(200),
    kind: z.enum(CLAIMANT_KINDS, `must be one of ${CLAIMANT_KINDS.join(", ")}`),
    role: optionalText(200),
    url: optionalHttpUrl,
  })
  .refine((value) => value.kind === "article" || value.name !== undefined, { message: "is required for a person or an organization", path: ["name"] })
  .nullable();

/** Absent: unchanged; blank or null: cleared; else an http(s) address. */
export const clearableUrl = z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), httpUrl.nullable().optional());

export type ClaimantInput = z.infer<typeof claimantSchema>;
const revision = z.number("must be a number").int().min(1).max(2_147_483_647, "is not a revision");

export const createClaimSchema = z.object({
  id: id("claim"),
  articleId: id("article"),
  type: z.enum(CLAIM_TYPES, `must be one of ${CLAIM_TYPES.join(", ")}`),
  quotedText: z.string().trim().min(1, "is required").max(2000, "must be at most 2,000 characters"),
  normalized: z.record(z.string(), z.unknown()).optional(),
  statement: statementSchema.optional(),
  /** True when `statement` is the machine's proposal (shown as one to review). */
  statementProposed: z.boolean().optional(),
  claimant: claimantSchema.optional(),
});

// Due dates and priority: when a claim's check is due, and how urgent it is.
export const CLAIM_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type ClaimPriorityName = (typeof CLAIM_PRIORITIES)[number];
export const claimPrioritySchema = z.enum(CLAIM_PRIORITIES, `must be one of ${CLAIM_PRIORITIES.join(", ")}`);

/** A due day, YYYY-MM-DD between 2000 and 2100; blank or null clears it; absent leaves it. */
export const dueDateSchema = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? null : value),
  z
    .string("must be a date like 2026-12-31")
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-12-31")
    .refine(isRealDate, "is not a real date")
    .refine((value) => value >= "2000-01-01" && value <= "2100-12-31", "must be between 2000 and 2100")
    .nullable()
    .optional(),
);

export const updateClaimSchema = z.object({
  claimId: id("claim"),
  revision,
  normalized: z.record(z.string(), z.unknown()).optional(),
  assigneeId: id("member").nullable().optional(),
  state: z.enum(["open", "in_progress"], "can only be set to open or in_progress here").optional(),
  statement: statementSchema.optional(),
  claimant: claimantSchema.optional(),
  appearanceUrl: clearableUrl,
  firstAppearanceUrl: clearableUrl,
  dueDate: dueDateSchema,
  priority: claimPrioritySchema.optional(),
});

export const proposeVerdictSchema = z.object({
  claimId: id("claim"),
  revision,
  verdictKey: z.string().trim().min(1, "is required").max(40),
  rationale: z.string().trim().min(1, "is required").max(5000, "must be at most 5,000 characters"),
});

export const approveVerdictSchema = z.object({ claimId: id("claim"), revision });
export const reopenClaimSchema = approveVerdictSchema;
export const archiveClaimSchema = approveVerdictSchema;

export const sourceInputSchema = z.object({
  url: httpUrl,
  title: optionalText(300),
  publisher: optionalText(200),
  publishedAt: optionalPastDate,
  archiveUrl: optionalHttpUrl,
  excerpt: optionalText(5000),
  kind: z.enum(SOURCE_KINDS, `must be one of ${SOURCE_KINDS.join(", ")}`),
  stance: z.enum(SOURCE_STANCES, `must be one of ${SOURCE_STANCES.join(", ")}`),
});

export const addSourceSchema = sourceInputSchema.extend({ claimId: id("claim") });
export const updateSourceSchema = sourceInputSchema.extend({ sourceId: id("source"), expectedUpdatedAt: z.iso.datetime("must be an ISO date-time") });
export const removeSourceSchema = z.object({ sourceId: id("source") });

/** A source to capture again: named by its id, as for removal. */
export const recaptureSourceSchema = removeSourceSchema;

export const addCommentSchema = z.object({
  claimId: id("claim"),
  body: z.string().trim().min(1, "is required").max(5000, "must be at most 5,000 characters"),
  parentId: id("comment").optional(),
});
export const resolveCommentSchema = z.object({ commentId: id("comment"), resolved: z.boolean("must be true or false") });

export type CreateClaimInput = z.infer<typeof createClaimSchema>;
export type UpdateClaimInput = z.infer<typeof updateClaimSchema>;
export type ProposeVerdictInput = z.infer<typeof proposeVerdictSchema>;
export type ApproveVerdictInput = z.infer<typeof approveVerdictSchema>;
export type ReopenClaimInput = ApproveVerdictInput;
export type ArchiveClaimInput = ApproveVerdictInput;
export type SourceInput = z.infer<typeof sourceInputSchema>;
export type AddSourceInput = z.infer<typeof addSourceSchema>;
export type UpdateSourceInput = z.infer<typeof updateSourceSchema>;
export type RemoveSourceInput = z.infer<typeof removeSourceSchema>;
export type AddCommentInput = z.infer<typeof addCommentSchema>;
export type ResolveCommentInput = z.infer<typeof resolveCommentSchema>;

export const MATCH_DECISIONS = ["linked", "dismissed", "undecided"] as const;

/** A checker's decision on an earlier fact-check claim memory offered: same claim, not the same, or take it back. */
export const claimMatchDecisionFields = z.strictObject({
  matchId: z.uuid("is not an earlier fact-check id").meta({ description: "The earlier fact-check's id, as claim memory gives it." }),
  origin: z.enum(["newsroom", "import"], "must be newsroom or import"),
  decision: z.enum(MATCH_DECISIONS, `must be one of ${MATCH_DECISIONS.join(", ")}`).meta({
    description: "linked: the same claim (the public card shows it); dismissed: not the same (not offered again); undecided: take back a decision.",
  }),
});

export const decideClaimMatchSchema = claimMatchDecisionFields.extend({ claimId: id("claim") });
export type DecideClaimMatchInput = z.infer<typeof decideClaimMatchSchema>;

// The suggestions checked against claim memory at once: the first screenful and more.
export const MAX_CHECKED_SUGGESTIONS = 40;

/** The detector's suggestions of an article, each with its sentence, to look up in claim memory. */
export const checkSuggestionsSchema = z.strictObject({
  articleId: id("article"),
  suggestions: z
    .array(
      z.strictObject({
        key: z.string().min(1, "is required").max(300, "must be at most 300 characters"),
        type: z.enum(CLAIM_TYPES, `must be one of ${CLAIM_TYPES.join(", ")}`),
        text: z.string().trim().min(1, "is required").max(2000, "must be at most 2,000 characters"),
        sentence: z.string().trim().max(5000, "must be at most 5,000 characters"),
      }),
      "must be a list",
    )
    .max(MAX_CHECKED_SUGGESTIONS, `must hold at most ${MAX_CHECKED_SUGGESTIONS} suggestions`),
});
export type CheckSuggestionsInput = z.infer<typeof checkSuggestionsSchema>;
