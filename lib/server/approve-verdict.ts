import { db } from "../db/prisma";
import { authorize, ForbiddenError } from "../policies";
import type { ApproveVerdictInput } from "../validation/claim";
import type { Actor } from "./actor";
import { assertSourcingRule } from "./assert-sourcing-rule";
import { changeClaim, findClaim } from "./claim-store";
import { ConflictError } from "./errors";
import { healedAnchor } from "./healed-anchor";
import { notifyPeople } from "./notify-people";

/**
 * The proposer of a verdict trying to approve it. A ForbiddenError (403), so
 * that every caller mapping refusals (safeAction, the REST API) answers it as one.
 */
export class FourEyesError extends ForbiddenError {
  constructor() {
    super("verdict.approve");
    this.message = "The person who proposed a verdict cannot approve it: another editor must.";
  }
}

/** Approves a proposed verdict: an editor other than the proposer (four-eyes rule), once it has the sources the newsroom requires. */
export async function approveVerdict({ actor, input }: { actor: Actor; input: ApproveVerdictInput }) {
  authorize(actor, "verdict.approve");
  await db().$transaction(async (tx) => {
    const claim = await findClaim(tx, actor, input.claimId);
    if (claim.state !== "needs_review" || !claim.verdictKey) {
      throw new ConflictError("There is no proposed verdict to approve on this claim.", claim);
    }
    if (claim.proposedById === actor.userId) throw new FourEyesError();
    await assertSourcingRule(tx, claim);
    // Approving a verdict whose text changed approves it for the new text.
    const healed = await healedAnchor(tx, claim);
    await changeClaim(tx, {
      actor,
      claim,
      revision: input.revision,
      data: { approvedById: actor.userId, state: "approved", ...healed.data },
      action: "verdict.approve",
      before: { state: claim.state, ...healed.before },
      after: { state: "approved", verdictKey: claim.verdictKey, ...healed.data },
    });
    await notifyPeople(tx, { actor, kind: "verdict_approved", claimId: claim.id, recipientIds: [claim.proposedById] });
  });
}
