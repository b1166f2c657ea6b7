import { speakerCandidate, type SpeakerCandidate } from "../claims/detect-claims";
import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";
import { claimDetailsInclude, withNames, type ClaimWithDetails } from "./with-claim-names";

/** Who the text says made a claim nobody has attributed yet: offered on the card, never filled in. */
async function suggestedClaimant(claim: { articleId: string; quotedText: string; claimantKind: string | null }): Promise<SpeakerCandidate | null> {
  if (claim.claimantKind) return null;
  const article = await db().article.findUnique({ where: { id: claim.articleId }, select: { plainText: true, language: true } });
  const at = article?.plainText.indexOf(claim.quotedText) ?? -1;
  if (!article || at < 0) return null;
  return speakerCandidate(article.plainText, at, at + claim.quotedText.length, article.language === "en" ? "en" : "fr");
}

/** One claim with its sources, comments, names and suggested claimant; another newsroom's is "not found". */
export async function getClaim({ actor, claimId }: { actor: Actor; claimId: string }): Promise<ClaimWithDetails> {
  authorize(actor, "article.read");
  const claim = await db().claim.findFirst({ where: { id: claimId, newsroomId: actor.newsroomId }, include: claimDetailsInclude });
  if (!claim) throw new NotFoundError("claim");
  const [[withDetails], suggestion] = await Promise.all([withNames([claim]), suggestedClaimant(claim)]);
  return { ...withDetails, suggestedClaimant: suggestion };
}
