import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { Actor } from "./actor";
import { enqueueCapture } from "./enqueue-capture";
import { notifyClaimChange } from "./notify-claim-change";
import { findSource } from "./source-store";
import { writeAuditEvent } from "./write-audit-event";

export type RecaptureSourceOptions = { actor: Actor; sourceId: string };

/** Queues one more capture of a source (earlier ones are kept: a source can be shown to have changed). */
export async function recaptureSource({ actor, sourceId }: RecaptureSourceOptions) {
  authorize(actor, "source.edit");
  return db().$transaction(async (tx) => {
    const source = await findSource(tx, actor, sourceId);
    const capture = await enqueueCapture(tx, { newsroomId: actor.newsroomId, sourceId: source.id, url: source.url, requestedById: actor.userId });
    await writeAuditEvent(tx, { actor, action: "source.capture", objectType: "source", objectId: source.id, after: { captureId: capture.id, url: source.url } });
    await notifyClaimChange(tx, { articleId: source.claim.articleId, claimId: source.claimId });
    return capture;
  });
}
