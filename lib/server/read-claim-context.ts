import { speakerCandidate, type SpeakerCandidate } from "../claims/detect-claims";
import { sentenceAround } from "../claims/statement";
import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";
import { linkedFactChecks, type EarlierFactCheck } from "./earlier-fact-checks";
import { findSimilarClaims } from "./find-similar-claims";

/** An earlier fact-check on the card: linked by a checker (no score needed), or offered by the matcher (its score). */
export type MemoryMatch = EarlierFactCheck & { score: number | null; linked: boolean };

export type ClaimContext = {
  /** Earlier fact-checks of the same claim (the card's "Already checked"): those linked first, then the matcher's best, dismissed ones left out. */
  alreadyChecked: MemoryMatch[];
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
  const [decisions, linked] = await Promise.all([
    db().claimMatch.findMany({ where: { claimId: claim.id }, select: { matchedClaimId: true, matchedFactCheckId: true } }),
    linkedFactChecks(db(), { newsroomId: actor.newsroomId, claimIds: [claim.id], audience: "desk" }),
  ]);
  const decided = new Set(decisions.map((d) => (d.matchedClaimId ?? d.matchedFactCheckId)!));
  const offered = await findSimilarClaims({
    actor,
    excludeClaimId: claim.id,
    decided,
    query: {
      lang,
      text: claim.quotedText,
      sentence: around ? plainText.slice(around.start, around.end) : claim.quotedText,
      published: sourcePublishedAt?.toISOString().slice(0, 10) ?? null,
      type: claim.type,
      normalized: claim.normalized as Record<string, unknown>,
    },
  });
  const alreadyChecked = [
    ...(linked.get(claim.id) ?? []).map((earlier) => ({ ...earlier, score: null, linked: true })),
    ...offered.map((match) => ({ ...match, linked: false })),
  ];
  const suggestedClaimant = claim.claimantKind || at < 0 ? null : speakerCandidate(plainText, at, end, lang);
  return { alreadyChecked, suggestedClaimant };
}
