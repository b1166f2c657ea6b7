import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { ApproveVerdictInput } from "../validation/claim";
import type { Actor } from "./actor";
import { changeClaim, findClaim } from "./claim-store";
import { ConflictError } from "./errors";

export class FourEyesError extends Error {
  readonly status = 403;
  constructor() {
    super("The person who proposed a verdict cannot approve it: another editor must.");
  }
}

/** Approves a proposed verdict: an editor other than the proposer (four-eyes rule). */
export async function approveVerdict({ actor, input }: { actor: Actor; input: ApproveVerdictInput }) {
  authorize(actor, "verdict.approve");
  await db().$transaction(async (tx) => {
    const claim = await findClaim(tx, actor, input.claimId);
    if (claim.state !== "needs_review" || !claim.verdictKey) {
      throw new ConflictError("There is no proposed verdict to approve on this claim.", claim);
    }
    if (claim.proposedById === actor.userId) throw new FourEyesError();
    await changeClaim(tx, {
      actor,
      claim,
      revision: input.revision,
      data: { approvedById: actor.userId, state: "approved" },
      action: "verdict.approve",
      before: { state: claim.state },
      after: { state: "approved", verdictKey: claim.verdictKey },
    });
  });
}
