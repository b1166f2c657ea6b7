import type { Tx } from "../db/prisma";
import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { DecideClaimMatchInput } from "../validation/claim";
import type { Actor } from "./actor";
import { NotFoundError, ValidationError } from "./errors";
import { notifyClaimChange } from "./notify-claim-change";
import { writeAuditEvent } from "./write-audit-event";

export type ClaimMatchDecision = { claimId: string; matchId: string; origin: "newsroom" | "import"; decision: DecideClaimMatchInput["decision"] };

/** The earlier fact-check must be the newsroom's: one of its approved claims (not this one), or one of its imported fact-checks. */
async function assertEarlierFactCheck(tx: Tx, newsroomId: string, input: DecideClaimMatchInput): Promise<void> {
  if (input.origin === "import") {
    const found = await tx.archivedFactCheck.findFirst({ where: { id: input.matchId, newsroomId }, select: { id: true } });
    if (!found) throw new NotFoundError("fact-check");
    return;
  }
  if (input.matchId === input.claimId) throw new ValidationError({ matchId: "is the claim itself" }, "A claim cannot be the same claim as itself.");
  const found = await tx.claim.findFirst({ where: { id: input.matchId, newsroomId, state: "approved", archivedAt: null }, select: { id: true } });
  if (!found) throw new NotFoundError("approved claim");
}

/**
 * Records what a checker decided about an earlier fact-check claim memory
 * offered: the same claim ("linked": the public card shows it), not the same
 * ("dismissed": not offered again for this claim), or no decision any more
 * ("undecided"). Audited; the other desks refresh the claim.
 */
export async function decideClaimMatch({ actor, input }: { actor: Actor; input: DecideClaimMatchInput }): Promise<ClaimMatchDecision> {
  authorize(actor, "claim.edit");
  return db().$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { id: input.claimId, newsroomId: actor.newsroomId }, select: { id: true, articleId: true } });
    if (!claim) throw new NotFoundError("claim");
    await assertEarlierFactCheck(tx, actor.newsroomId, input);
    const target = input.origin === "newsroom" ? { matchedClaimId: input.matchId } : { matchedFactCheckId: input.matchId };
    const existing = await tx.claimMatch.findFirst({ where: { claimId: claim.id, ...target } });
    const before = existing?.decision ?? "undecided";
    if (before === input.decision) return { ...input };
    if (input.decision === "undecided") await tx.claimMatch.delete({ where: { id: existing!.id } });
    else if (existing) await tx.claimMatch.update({ where: { id: existing.id }, data: { decision: input.decision, decidedById: actor.userId } });
    else await tx.claimMatch.create({ data: { newsroomId: actor.newsroomId, claimId: claim.id, ...target, decision: input.decision, decidedById: actor.userId } });
    await writeAuditEvent(tx, {
      actor,
      action: `claim.match.${input.decision}`,
      objectType: "claim",
      objectId: claim.id,
      before: { matchId: input.matchId, origin: input.origin, decision: before },
      after: { matchId: input.matchId, origin: input.origin, decision: input.decision },
    });
    await notifyClaimChange(tx, { articleId: claim.articleId, claimId: claim.id });
    return { ...input };
  });
}
