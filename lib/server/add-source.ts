import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { AddSourceInput } from "../validation/claim";
import type { Actor } from "./actor";
import { findClaim } from "./claim-store";
import { notifyClaimChange } from "./notify-claim-change";
import { enqueueCapture } from "./enqueue-capture";
import { sourceData } from "./source-store";
import { writeAuditEvent } from "./write-audit-event";

export async function addSource({ actor, input }: { actor: Actor; input: AddSourceInput }) {
  authorize(actor, "source.edit");
  return db().$transaction(async (tx) => {
    const claim = await findClaim(tx, actor, input.claimId);
    const data = sourceData(input);
    const source = await tx.source.create({ data: { ...data, claimId: claim.id, newsroomId: actor.newsroomId, createdById: actor.userId } });
    await writeAuditEvent(tx, { actor, action: "source.create", objectType: "source", objectId: source.id, after: { ...data, claimId: claim.id } });
    await enqueueCapture(tx, { newsroomId: actor.newsroomId, sourceId: source.id, url: source.url, requestedById: actor.userId });
    await notifyClaimChange(tx, { articleId: claim.articleId, claimId: claim.id });
    return source;
  });
}
