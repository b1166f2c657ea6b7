import { speakerCandidate, type SpeakerCandidate } from "../claims/detect-claims";
import { sentenceAround } from "../claims/statement";
import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";
import { findSimilarClaims, type SimilarClaim } from "./find-similar-claims";

export type ClaimContext = {
  /** Earlier fact-checks of the same claim (the card's "Already checked"), best first. */
  alreadyChecked: SimilarClaim[];
  /** Who the text says made the claim, while nobody has attributed it: offered, never filled in. */
  suggestedClaimant: SpeakerCandidate | null;
};

/**
 * What a claim's card reads from the article's text when it opens: the
 * claim's sentence is the query of claim memory, and the words around it
 * name its speaker. One read of the text for both.
 */
export async function readClaimContext({ actor, claimId }: { actor: Actor; claimId: string }): Promise<ClaimContext> {
  authorize(actor, "article.read");
  const claim = await db().claim.findFirst({
    where: { id: claimId, newsroomId: actor.newsroomId },
    select: { id: true, type: true, quotedText: true, normalized: true, claimantKind: true, article: { select: { plainText: true, language: true, sourcePublishedAt: true } } },
  });
  if (!claim) throw new NotFoundError("claim");
  const { plainText, sourcePublishedAt } = claim.article;
  const lang = claim.article.language === "en" ? "en" : "fr";
  const at = plainText.indexOf(claim.quotedText);
  const end = at + claim.quotedText.length;
  const around = at < 0 ? null : sentenceAround(plainText, at, end);
  const alreadyChecked = await findSimilarClaims({
    actor,
    excludeClaimId: claim.id,
    query: {
      lang,
      text: claim.quotedText,
      sentence: around ? plainText.slice(around.start, around.end) : claim.quotedText,
      published: sourcePublishedAt?.toISOString().slice(0, 10) ?? null,
      type: claim.type,
      normalized: claim.normalized as Record<string, unknown>,
    },
  });
  const suggestedClaimant = claim.claimantKind || at < 0 ? null : speakerCandidate(plainText, at, end, lang);
  return { alreadyChecked, suggestedClaimant };
}
