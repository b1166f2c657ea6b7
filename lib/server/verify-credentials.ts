import { db } from "../db/prisma";
import { credentialsSchema } from "../validation/auth";
import { verifyPassword } from "./password";
import { clearSignInFailures, recordSignInFailure, signInRetryAfter } from "./sign-in-throttle";

export type SignInFailure = { ok: false; reason: "invalid" } | { ok: false; reason: "throttled"; retryAfter: number };
export type SignInSuccess = { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } };

export type VerifyCredentialsOptions = { email: unknown; password: unknown; ip?: string | null };

/**
 * Checks an email and password. An unknown email, a wrong password and a
 * disabled account give the same answer, after the same argon2 work.
 */
export async function verifyCredentials(options: VerifyCredentialsOptions): Promise<SignInSuccess | SignInFailure> {
  const parsed = credentialsSchema.safeParse({ email: options.email, password: options.password });
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = { email, ip: options.ip };
  const wait = await signInRetryAfter(keys);
  if (wait > 0) return { ok: false, reason: "throttled", retryAfter: wait };

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || user.disabledAt) {
    const locked = await recordSignInFailure(keys);
    return locked > 0 ? { ok: false, reason: "throttled", retryAfter: locked } : { ok: false, reason: "invalid" };
  }
  await clearSignInFailures(email);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
