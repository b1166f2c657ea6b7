import type { SourceCapture } from "../db/generated/client";
import { db } from "../db/prisma";
import { sql } from "../db/sql";
import { CAPTURE_CHANNEL } from "./enqueue-capture";
import { runCapture } from "./run-capture";

// Longer than a capture can take (10 s of fetching, then reading): a worker
// that died mid-capture leaves its row to the next worker once this passes.
const LOCK_SECONDS = 120;

/** Which captures a worker takes: all newsrooms', or one newsroom's (a worker of its own, as the tests run). */
export type CaptureScope = { newsroomId?: string };

/** Takes up to `limit` due captures for this worker: locked for a while, their attempt counted; other workers skip them. */
export async function claimDueCaptures(limit: number, { newsroomId }: CaptureScope = {}): Promise<SourceCapture[]> {
  const claimed = await db().$queryRaw<{ id: string }[]>`
    UPDATE "SourceCapture" SET "lockedUntil" = now() + make_interval(secs => ${LOCK_SECONDS}), attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "SourceCapture"
      WHERE status = 'pending' AND "runAfter" <= now() AND ("lockedUntil" IS NULL OR "lockedUntil" < now())
        AND (${newsroomId ?? null}::uuid IS NULL OR "newsroomId" = ${newsroomId ?? null}::uuid)
      ORDER BY "runAfter" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  if (claimed.length === 0) return [];
  return db().sourceCapture.findMany({ where: { id: { in: claimed.map((row) => row.id) } } });
}

/** Runs every capture due now, `concurrency` at a time; the number run. */
export async function runDueCaptures({ concurrency = 2, ...scope }: CaptureScope & { concurrency?: number } = {}): Promise<number> {
  let count = 0;
  for (;;) {
    const due = await claimDueCaptures(concurrency, scope);
    if (due.length === 0) return count;
    await Promise.all(due.map(runCapture));
    count += due.length;
  }
}

export type CaptureWorker = { stop(): Promise<void> };

/**
 * Captures sources in the background: woken by NOTIFY when a capture is
 * queued, and every `pollMs` for retries and for rows queued while no worker
 * ran (the queue is the table: a restart loses nothing).
 */
export function startCaptureWorker({ pollMs = 2000, concurrency = 2, ...scope }: CaptureScope & { pollMs?: number; concurrency?: number } = {}): CaptureWorker {
  let stopped = false;
  let running: Promise<void> | null = null;
  const tick = () => {
    if (stopped || running) return;
    running = runDueCaptures({ concurrency, ...scope })
      .then(() => undefined)
      .catch((error: unknown) => console.error("factdesk: capture worker", error))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, pollMs);
  const listening = sql()
    .listen(CAPTURE_CHANNEL, tick)
    .catch((error: unknown) => (console.error("factdesk: capture worker cannot LISTEN; polling only", error), null));
  tick();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await (await listening)?.unlisten();
      await running;
    },
  };
}
