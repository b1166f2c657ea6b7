import type { Tx } from "../db/prisma";

/** Channel on which capture workers hear that a capture is waiting. */
export const CAPTURE_CHANNEL = "factdesk_captures";

export type EnqueueCaptureOptions = { newsroomId: string; sourceId: string; url: string; requestedById: string };

/**
 * Queues a capture of a source's URL, in the caller's transaction: the row is
 * the job (a worker fetches it later; the request never waits for the fetch),
 * and NOTIFY, delivered only if the transaction commits, wakes a worker at once.
 */
export async function enqueueCapture(tx: Tx, { newsroomId, sourceId, url, requestedById }: EnqueueCaptureOptions) {
  const capture = await tx.sourceCapture.create({ data: { newsroomId, sourceId, requestedUrl: url, requestedById } });
  await tx.$executeRaw`SELECT pg_notify(${CAPTURE_CHANNEL}, ${capture.id})`;
  return capture;
}
