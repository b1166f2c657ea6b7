import { randomUUID } from "node:crypto";
import { liveDocuments } from "../collab/live-registry";
import { db } from "../db/prisma";
import type { QuoteSelector } from "../editor/find-quote";
import { authorize } from "../policies";
import type { ClaimantInput, ClaimTypeName } from "../validation/claim";
import type { Actor } from "./actor";
import { createClaim } from "./create-claim";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { parseNormalized } from "./parse-normalized";

export type ClaimFromQuoteInput = {
  articleId: string;
  type: ClaimTypeName;
  quote: QuoteSelector;
  normalized?: Record<string, unknown>;
  statement?: string;
  claimant?: ClaimantInput;
};

/**
 * Marks a quote of the article's live text as a claim (what the REST API does
 * instead of a selection): the mark goes into the live document, so open
 * editors show it at once, then the claim row is created with the mark's id.
 * A quote found nowhere is a 422; several times without a deciding
 * prefix/suffix, or over another claim, a 409.
 */
export async function createClaimFromQuote({ actor, input }: { actor: Actor; input: ClaimFromQuoteInput }) {
  authorize(actor, "claim.edit");
  const article = await db().article.findFirst({ where: { id: input.articleId, newsroomId: actor.newsroomId }, select: { id: true } });
  if (!article) throw new NotFoundError("article");
  parseNormalized(input.type, input.normalized); // a bad value is refused before the text is touched
  const live = liveDocuments();
  if (!live) throw new Error("No collaboration server runs in this process: claims cannot be marked from here.");
  const claimId = randomUUID();
  const mark = { articleId: input.articleId, userId: actor.userId, claimId };
  const result = await live.addClaimMark({ ...mark, type: input.type, quote: input.quote });
  if (result.kind === "missing") {
    throw new ValidationError({
      "quote.exact": result.occurrences ? `occurs ${result.occurrences} times, never with this prefix and suffix` : "is not in the article's text",
    });
  }
  if (result.kind === "ambiguous") throw new ConflictError(`The quote occurs ${result.count} times in the text: add a prefix or a suffix that picks one.`);
  if (result.kind === "overlap") throw new ConflictError(`The quote overlaps claim ${result.claimId}: a text can hold one claim.`);
  try {
    const { articleId, type, normalized, statement, claimant } = input;
    return await createClaim({ actor, input: { id: claimId, articleId, type, quotedText: result.quotedText, normalized, statement, claimant } });
  } catch (error) {
    await live.removeClaimMark(mark).catch(() => undefined);
    throw error;
  }
}
