import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { RemoveSourceInput } from "../validation/claim";
import type { Actor } from "./actor";
import { notifyClaimChange } from "./notify-claim-change";
import { findSource } from "./source-store";
import { writeAuditEvent } from "./write-audit-event";

export async function removeSource({ actor, input }: { actor: Actor; input: RemoveSourceInput }) {
  authorize(actor, "source.edit");
  await db().$transaction(async (tx) => {
    const source = await findSource(tx, actor, input.sourceId);
    await tx.source.delete({ where: { id: source.id } });
    const { claim: _claim, ...before } = source;
    await writeAuditEvent(tx, { actor, action: "source.delete", objectType: "source", objectId: source.id, before });
    await notifyClaimChange(tx, { articleId: source.claim.articleId, claimId: source.claimId });
  });
}
