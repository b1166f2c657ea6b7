import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { UpdateSourceInput } from "../validation/claim";
import type { Actor } from "./actor";
import { ConflictError } from "./errors";
import { enqueueCapture } from "./enqueue-capture";
import { notifyClaimChange } from "./notify-claim-change";
import { findSource, sourceData } from "./source-store";
import { writeAuditEvent } from "./write-audit-event";

/** Edits a source unless someone changed it since `expectedUpdatedAt` (409 with the current source). */
export async function updateSource({ actor, input }: { actor: Actor; input: UpdateSourceInput }) {
  authorize(actor, "source.edit");
  return db().$transaction(async (tx) => {
    const source = await findSource(tx, actor, input.sourceId);
    const data = sourceData(input);
    const updated = await tx.source.updateMany({ where: { id: source.id, updatedAt: new Date(input.expectedUpdatedAt) }, data });
    if (updated.count === 0) {
      // Read again: the row may have changed since findSource (READ COMMITTED).
      const current = await tx.source.findUnique({ where: { id: source.id } });
      throw new ConflictError("This source was changed by someone else: review the new version and try again.", current);
    }
    const { claim: _claim, ...before } = source;
    await writeAuditEvent(tx, { actor, action: "source.update", objectType: "source", objectId: source.id, before, after: { ...data, claimId: source.claimId } });
    // A new address is a new source to capture; the old address's captures stay.
    if (data.url !== source.url) await enqueueCapture(tx, { newsroomId: actor.newsroomId, sourceId: source.id, url: data.url, requestedById: actor.userId });
    await notifyClaimChange(tx, { articleId: source.claim.articleId, claimId: source.claimId });
    return tx.source.findUniqueOrThrow({ where: { id: source.id } });
  });
}
