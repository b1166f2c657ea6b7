import { inTransaction, type Tx } from "../db/prisma";
import { authorize } from "../policies";
import type { ReopenClaimInput } from "../validation/claim";
import type { Actor } from "./actor";
import { changeClaim, findClaim } from "./claim-store";
import { ConflictError } from "./errors";
import { notifyPeople } from "./notify-people";

/**
 * Takes a claim under review or approved back to "in progress" (its approval
 * is withdrawn). Reopening a verdict still under review rejects it: its proposer is told.
 */
export async function reopenClaim({ actor, input, tx }: { actor: Actor; input: ReopenClaimInput; tx?: Tx }) {
  authorize(actor, "claim.edit");
  await inTransaction(tx, async (tx) => {
    const claim = await findClaim(tx, actor, input.claimId);
    if (claim.state !== "needs_review" && claim.state !== "approved") throw new ConflictError("This claim is already open.", claim);
    await changeClaim(tx, {
      actor,
      claim,
      revision: input.revision,
      data: { state: "in_progress", approvedById: null },
      action: "claim.reopen",
      before: { state: claim.state },
      after: { state: "in_progress" },
    });
    if (claim.state === "needs_review") await notifyPeople(tx, { actor, kind: "verdict_rejected", claimId: claim.id, recipientIds: [claim.proposedById] });
  });
}
