import { sql } from "../db/sql";

/** Failures counted within this window, per key. */
const WINDOW = "15 minutes";
const EMAIL_LIMIT = 5;
// Newsrooms share office IPs: the per-IP limit is looser than the per-account one.
const IP_LIMIT = 30;
const FIRST_LOCK_SECONDS = 60;
const MAX_LOCK_SECONDS = 3600;

export type ThrottleKeys = { email: string; ip?: string | null };

function keysOf({ email, ip }: ThrottleKeys): { key: string; limit: number }[] {
  const keys = [{ key: `email:${email.toLowerCase()}`, limit: EMAIL_LIMIT }];
  if (ip) keys.push({ key: `ip:${ip}`, limit: IP_LIMIT });
  return keys;
}

/** Seconds to wait before the next attempt, or 0 when sign-in is open. */
export async function signInRetryAfter(keys: ThrottleKeys): Promise<number> {
  const names = keysOf(keys).map((k) => k.key);
  const [row] = await sql()<{ seconds: number | null }[]>`
    SELECT ceil(extract(epoch FROM max("lockedUntil") - now()))::int AS seconds
    FROM "SignInThrottle" WHERE key IN ${sql()(names)} AND "lockedUntil" > now()`;
  return row?.seconds ?? 0;
}

/**
 * Counts a failed attempt; past the limit the key is locked for a delay that
 * doubles with each lock (1 min, 2 min, 4 min … 1 h). Returns the lock in seconds (0 if none).
 */
export async function recordSignInFailure(keys: ThrottleKeys): Promise<number> {
  let longest = 0;
  for (const { key, limit } of keysOf(keys)) {
    const [row] = await sql()<{ failures: number; lockouts: number }[]>`
      INSERT INTO "SignInThrottle" AS s (key, failures, "windowStartedAt")
      VALUES (${key}, 1, now())
      ON CONFLICT (key) DO UPDATE SET
        lockouts = CASE WHEN s."windowStartedAt" < now() - interval '1 day' THEN 0 ELSE s.lockouts END,
        failures = CASE WHEN s."windowStartedAt" < now() - ${WINDOW}::interval THEN 1 ELSE s.failures + 1 END,
        "windowStartedAt" = CASE WHEN s."windowStartedAt" < now() - ${WINDOW}::interval THEN now() ELSE s."windowStartedAt" END
      RETURNING failures, lockouts`;
    if (row.failures < limit) continue;
    const seconds = Math.min(FIRST_LOCK_SECONDS * 2 ** row.lockouts, MAX_LOCK_SECONDS);
    await sql()`
      UPDATE "SignInThrottle"
      SET lockouts = lockouts + 1, failures = 0, "windowStartedAt" = now(),
          "lockedUntil" = now() + make_interval(secs => ${seconds})
      WHERE key = ${key}`;
    longest = Math.max(longest, seconds);
  }
  return longest;
}

/** A successful sign-in clears the account's count (not the IP's). */
export async function clearSignInFailures(email: string): Promise<void> {
  await sql()`DELETE FROM "SignInThrottle" WHERE key = ${`email:${email.toLowerCase()}`}`;
}
