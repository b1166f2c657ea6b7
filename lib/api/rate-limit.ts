/** Requests a token (or a signed-in user) may make per minute, on each instance. */
export function rateLimitPerMinute(): number {
  const value = Number(process.env.FACTDESK_API_RATE_LIMIT ?? 600);
  return Number.isInteger(value) && value > 0 ? value : 600;
}

type Bucket = { tokens: number; at: number };
const registry = globalThis as unknown as { factdeskApiBuckets?: Map<string, Bucket> };
const buckets = () => (registry.factdeskApiBuckets ??= new Map());

/**
 * A token bucket per caller: `limit` requests at once, refilled at limit/minute.
 * Answers 0 when the request may go, else the seconds to wait (Retry-After).
 */
export function takeRequest(key: string, limit = rateLimitPerMinute(), now = Date.now()): number {
  const perMs = limit / 60_000;
  const map = buckets();
  const bucket = map.get(key) ?? { tokens: limit, at: now };
  bucket.tokens = Math.min(limit, bucket.tokens + (now - bucket.at) * perMs);
  bucket.at = now;
  map.set(key, bucket);
  if (map.size > 100_000) map.delete(map.keys().next().value!); // bounded: the oldest caller goes
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return 0;
  }
  return Math.ceil((1 - bucket.tokens) / perMs / 1000);
}
