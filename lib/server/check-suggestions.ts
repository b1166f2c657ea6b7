import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { CheckSuggestionsInput } from "../validation/claim";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";
import { findSimilarClaims, type SimilarClaim } from "./find-similar-claims";

/**
 * Claim memory for the detector's suggestions: for each, the best earlier
 * fact-check of the same claim, when the matcher finds one (keyed by the
 * suggestion's key). One query per suggestion, a few at a time.
 */
export async function checkSuggestions({ actor, input }: { actor: Actor; input: CheckSuggestionsInput }): Promise<Record<string, SimilarClaim>> {
  authorize(actor, "article.read");
  const article = await db().article.findFirst({ where: { id: input.articleId, newsroomId: actor.newsroomId }, select: { language: true, sourcePublishedAt: true } });
  if (!article) throw new NotFoundError("article");
  const lang = article.language === "en" ? "en" : "fr";
  const published = article.sourcePublishedAt?.toISOString().slice(0, 10) ?? null;
  const found: Record<string, SimilarClaim> = {};
  const queue = [...input.suggestions];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [best] = await findSimilarClaims({ actor, top: 1, query: { lang, text: next.text, sentence: next.sentence || next.text, published, type: next.type } });
      if (best) found[next.key] = best;
    }
  };
  // Four at a time: the pool has ten connections for everyone.
  await Promise.all([worker(), worker(), worker(), worker()]);
  return found;
}
