import { inTransaction, type Tx } from "../db/prisma";
import { authorize, can, ROLES } from "../policies";
import type { ProposeVerdictInput } from "../validation/claim";
import type { Actor } from "./actor";
import { changeClaim, findClaim } from "./claim-store";
import { ValidationError } from "./errors";
import { healedAnchor } from "./healed-anchor";
import { notifyPeople } from "./notify-people";

/** Proposes a verdict from the newsroom's scale; it waits for another editor's approval. */
export async function proposeVerdict({ actor, input, tx }: { actor: Actor; input: ProposeVerdictInput; tx?: Tx }) {
  authorize(actor, "verdict.propose");
  await inTransaction(tx, async (tx) => {
    const claim = await findClaim(tx, actor, input.claimId);
    // What is rated, and published as claimReviewed, is the statement: never a bare fragment.
    if (!claim.statement.trim()) throw new ValidationError({ statement: "is required before a verdict is proposed: word the claim as one sentence" });
    const rating = await tx.ratingOption.findUnique({ where: { newsroomId_key: { newsroomId: actor.newsroomId, key: input.verdictKey } } });
    if (!rating) throw new ValidationError({ verdictKey: "is not on this newsroom's rating scale" });
    // A verdict proposed after the text changed is about the new text.
    const healed = await healedAnchor(tx, claim);
    await changeClaim(tx, {
      actor,
      claim,
      revision: input.revision,
      data: { verdictKey: input.verdictKey, rationale: input.rationale, proposedById: actor.userId, approvedById: null, state: "needs_review", ...healed.data },
      action: "verdict.propose",
      before: { verdictKey: claim.verdictKey, rationale: claim.rationale, state: claim.state, ...healed.before },
      after: { verdictKey: input.verdictKey, rationale: input.rationale, state: "needs_review", ...healed.data },
    });
    await notifyPeople(tx, { actor, kind: "approval_requested", claimId: claim.id, recipientIds: await approverIds(tx, actor.newsroomId) });
  });
}

const APPROVER_ROLES = ROLES.filter((role) => can({ role, newsroomId: "" }, "verdict.approve"));

/** The members who may approve a verdict in this newsroom. */
async function approverIds(tx: Tx, newsroomId: string): Promise<string[]> {
  const approvers = await tx.membership.findMany({ where: { newsroomId, role: { in: APPROVER_ROLES } }, select: { userId: true } });
  return approvers.map((m) => m.userId);
}
