import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { ArchiveClaimInput } from "../validation/claim";
import type { Actor } from "./actor";
import { changeClaim, findClaim } from "./claim-store";

/** Archives a claim (an orphan whose text is gone): kept with its history, never deleted. */
export async function archiveClaim({ actor, input }: { actor: Actor; input: ArchiveClaimInput }) {
  authorize(actor, "claim.edit");
  await db().$transaction(async (tx) => {
    const claim = await findClaim(tx, actor, input.claimId);
    if (claim.archivedAt) return; // A repeated click: already done, keep the first date.
    const archivedAt = new Date();
    await changeClaim(tx, { actor, claim, revision: input.revision, data: { archivedAt }, action: "claim.archive", before: { archivedAt: null }, after: { archivedAt } });
  });
}
