import { sentenceAround } from "../claims/statement";
import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";
import { findSimilarClaims, type SimilarClaim } from "./find-similar-claims";

/** The earlier fact-checks of one of the newsroom's claims (its card's "Already checked"): the claim's span, its sentence and its value are the query. */
export async function findClaimsLike({ actor, claimId }: { actor: Actor; claimId: string }): Promise<SimilarClaim[]> {
  authorize(actor, "article.read");
  const claim = await db().claim.findFirst({
    where: { id: claimId, newsroomId: actor.newsroomId },
    select: { id: true, type: true, quotedText: true, normalized: true, article: { select: { plainText: true, language: true, sourcePublishedAt: true } } },
  });
  if (!claim) throw new NotFoundError("claim");
  const { plainText, language, sourcePublishedAt } = claim.article;
  const at = plainText.indexOf(claim.quotedText);
  const around = at < 0 ? null : sentenceAround(plainText, at, at + claim.quotedText.length);
  const sentence = around ? plainText.slice(around.start, around.end) : claim.quotedText;
  return findSimilarClaims({
    actor,
    excludeClaimId: claim.id,
    query: {
      lang: language === "en" ? "en" : "fr",
      text: claim.quotedText,
      sentence,
      published: sourcePublishedAt?.toISOString().slice(0, 10) ?? null,
      type: claim.type,
      normalized: claim.normalized as Record<string, unknown>,
    },
  });
}
