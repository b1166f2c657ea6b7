import { sendDueDigests } from "../server/send-due-digests";

/** How often the server looks for digests to send. */
export const DIGEST_SWEEP_MS = 30_000;

/**
 * Sends the notification digests that are due, every `intervalMs`, while the
 * server runs (one pass at a time). The state is in the database: a restarted
 * server carries on where it stopped.
 */
export function startDigestSender({ intervalMs = DIGEST_SWEEP_MS }: { intervalMs?: number } = {}): { stop: () => Promise<void> } {
  let running: Promise<void> | null = null;
  const pass = () => {
    running ??= sendDueDigests()
      .then(({ failed }) => {
        if (failed > 0) console.warn(`notification digests: ${failed} could not be sent; they are tried again later.`);
      })
      .catch((error: Error) => console.error(`notification digests: ${error.message}`))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(pass, intervalMs);
  timer.unref();
  pass();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
