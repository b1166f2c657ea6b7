import { Prisma } from "../db/generated/client";
import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { CreateClaimInput } from "../validation/claim";
import type { Actor } from "./actor";
import { ConflictError, NotFoundError } from "./errors";
import { proposeStatementFor } from "../claims/statement";
import { claimantColumns } from "./claimant-columns";
import { parseNormalized } from "./parse-normalized";
import { notifyClaimChange } from "./notify-claim-change";
import { writeAuditEvent } from "./write-audit-event";

/**
 * The statement a new claim starts with: the one given (a proposal when the
 * client says so), else one proposed from the span's sentence in the
 * article's text, to be reviewed.
 */
function initialStatement(input: CreateClaimInput, plainText: string) {
  if (input.statement) return { statement: input.statement, statementNeedsReview: input.statementProposed ?? false };
  return { statement: proposeStatementFor(plainText, input.quotedText), statementNeedsReview: true };
}

/**
 * Creates a claim with the id the editor gave its mark. A retry with the same
 * id on the same article returns the claim; the same id elsewhere is a conflict.
 */
export async function createClaim({ actor, input }: { actor: Actor; input: CreateClaimInput }) {
  authorize(actor, "claim.edit");
  const normalized = parseNormalized(input.type, input.normalized);
  const article = await db().article.findFirst({ where: { id: input.articleId, newsroomId: actor.newsroomId }, select: { id: true, plainText: !input.statement } });
  if (!article) throw new NotFoundError("article");
  const existing = await db().claim.findUnique({ where: { id: input.id } });
  if (existing) {
    if (existing.articleId === input.articleId && existing.newsroomId === actor.newsroomId) return existing;
    throw new ConflictError("This claim id is already used.");
  }
  try {
    return await db().$transaction(async (tx) => {
      const claim = await tx.claim.create({
        data: {
          id: input.id,
          newsroomId: actor.newsroomId,
          articleId: input.articleId,
          type: input.type,
          quotedText: input.quotedText,
          normalized: normalized as Prisma.InputJsonValue,
          ...initialStatement(input, article.plainText ?? ""),
          ...claimantColumns(input.claimant),
          createdById: actor.userId,
        },
      });
      await writeAuditEvent(tx, {
        actor,
        action: "claim.create",
        objectType: "claim",
        objectId: claim.id,
        after: { type: claim.type, quotedText: claim.quotedText, normalized, statement: claim.statement, ...(input.claimant ? { claimant: input.claimant } : {}) },
      });
      await notifyClaimChange(tx, { articleId: claim.articleId, claimId: claim.id });
      return claim;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const raced = await db().claim.findUnique({ where: { id: input.id } });
      if (raced?.articleId === input.articleId && raced.newsroomId === actor.newsroomId) return raced;
      throw new ConflictError("This claim id is already used.");
    }
    throw error;
  }
}
