import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db/prisma";
import { changePassword } from "@/lib/server/change-password";
import { disableUser } from "@/lib/server/disable-user";
import { verifyCredentials } from "@/lib/server/verify-credentials";
import { makeUser, TEST_PASSWORD } from "../helpers/factory";

const ip = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("sign-in with email and password", () => {
  it("accepts the right password (any case of email) and stores only an argon2id hash", async () => {
    const user = await makeUser();
    const result = await verifyCredentials({ email: user.email.toUpperCase(), password: TEST_PASSWORD, ip: ip() });
    expect(result.ok).toBe(true);
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("gives the same answer for an unknown email, a wrong password and a disabled account", async () => {
    const user = await makeUser();
    const disabled = await makeUser();
    await disableUser({ actorUserId: user.id, userId: disabled.id });
    const answers = await Promise.all([
      verifyCredentials({ email: `nobody-${randomUUID()}@x.test`, password: "whatever1", ip: ip() }),
      verifyCredentials({ email: user.email, password: "wrong password", ip: ip() }),
      verifyCredentials({ email: disabled.email, password: TEST_PASSWORD, ip: ip() }),
      verifyCredentials({ email: "not an email", password: "", ip: ip() }),
    ]);
    for (const answer of answers) expect(answer).toEqual({ ok: false, reason: "invalid" });
  });

  it("after 5 failures refuses even the right password for a while, and says how long", async () => {
    const user = await makeUser();
    const results = [];
    for (let i = 0; i < 20; i++) results.push(await verifyCredentials({ email: user.email, password: `wrong-${i}`, ip: ip() }));
    expect(results.slice(0, 4).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results[4]).toMatchObject({ ok: false, reason: "throttled" });
    expect(results.slice(5).every((r) => !r.ok && r.reason === "throttled")).toBe(true);
    const right = await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: ip() });
    expect(right).toMatchObject({ ok: false, reason: "throttled" });
    if (!right.ok && right.reason === "throttled") expect(right.retryAfter).toBeGreaterThan(0);
  });

  it("locks for longer each time (60 s, then 120 s), counted in PostgreSQL", async () => {
    const user = await makeUser();
    for (let i = 0; i < 5; i++) await verifyCredentials({ email: user.email, password: "nope", ip: ip() });
    const key = `email:${user.email}`;
    const first = await db().signInThrottle.findUniqueOrThrow({ where: { key } });
    expect(first.lockouts).toBe(1);
    // The lock expires; five more failures lock for twice as long.
    await db().signInThrottle.update({ where: { key }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    let last;
    for (let i = 0; i < 5; i++) last = await verifyCredentials({ email: user.email, password: "nope", ip: ip() });
    expect(last).toMatchObject({ ok: false, reason: "throttled", retryAfter: 120 });
  });

  it("throttles one IP trying many accounts", async () => {
    const from = ip();
    let last;
    for (let i = 0; i < 30; i++) last = await verifyCredentials({ email: `spray-${i}-${randomUUID()}@x.test`, password: "x", ip: from });
    expect(last).toMatchObject({ ok: false, reason: "throttled" });
    const user = await makeUser();
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: from })).toMatchObject({ reason: "throttled" });
  });
});

describe("JWT sessions end when the account changes", () => {
  const jwt = authOptions.callbacks!.jwt!;
  const call = (token: Record<string, unknown>) => jwt({ token, account: null, user: undefined as never, trigger: undefined, session: undefined } as never);

  async function issue() {
    const user = await makeUser();
    const token = await jwt({ token: { email: user.email }, user: { id: user.id, email: user.email }, account: null } as never);
    return { user, token: token as Record<string, unknown> };
  }

  it("keeps a fresh token without a query, and re-checks it after 30 s", async () => {
    const { token } = await issue();
    await expect(call(token)).resolves.toMatchObject({ sub: token.sub });
    await expect(call({ ...token, checkedAt: Date.now() - 31_000 })).resolves.toMatchObject({ sub: token.sub });
  });

  it("refuses the token within 60 s of the user being disabled", async () => {
    const { user, token } = await issue();
    await disableUser({ actorUserId: user.id, userId: user.id });
    await expect(call({ ...token, checkedAt: Date.now() - 31_000 })).rejects.toThrow("SessionRevoked");
  });

  it("refuses the token after a password change", async () => {
    const { user, token } = await issue();
    await changePassword({ userId: user.id, password: "a new long password" });
    await expect(call({ ...token, checkedAt: Date.now() - 31_000 })).rejects.toThrow("SessionRevoked");
  });
});

describe("where sign-in goes next", () => {
  /** The sign-in page for a signed-in user, given a raw query string: the URL it redirects to. */
  async function signedInRedirect(query: string): Promise<string> {
    const user = await makeUser();
    vi.resetModules();
    vi.doMock("@/lib/auth/session", () => ({ getSessionUser: async () => user }));
    try {
      const { default: SignInPage } = await import("@/app/(auth)/signin/page");
      const searchParams = Promise.resolve(Object.fromEntries(new URLSearchParams(query)));
      const thrown = await SignInPage({ searchParams }).then(
        () => null,
        (error: unknown) => error,
      );
      // next/navigation's redirect() throws an error whose digest is `NEXT_REDIRECT;<type>;<url>;<status>;`.
      const digest = String((thrown as { digest?: unknown } | null)?.digest ?? "");
      expect(digest).toMatch(/^NEXT_REDIRECT;/);
      return digest.split(";").slice(2, -2).join(";");
    } finally {
      vi.doUnmock("@/lib/auth/session");
      vi.resetModules();
    }
  }

  it.each(["callbackUrl=%2F%5Cevil.example", "callbackUrl=%2F%09%2Fevil.example", "callbackUrl=%2F%2Fevil.example", "callbackUrl=https%3A%2F%2Fevil.example%2F", "callbackUrl=%2F.%2F%2Fevil.example"])(
    "signed in, /signin?%s goes to /desk",
    async (query) => {
      expect(await signedInRedirect(query)).toBe("/desk");
    },
  );

  it("signed in, /signin?callbackUrl=%2Fdesk%2Fdemo%3Fx%3D1%23y goes back to that page", async () => {
    expect(await signedInRedirect("callbackUrl=%2Fdesk%2Fdemo%3Fx%3D1%23y")).toBe("/desk/demo?x=1#y");
  });

  it("OAuth and email links come back only to this site", async () => {
    const redirect = authOptions.callbacks!.redirect!;
    const baseUrl = "http://localhost:3000";
    await expect(redirect({ url: "/\\evil.example", baseUrl })).resolves.toBe(`${baseUrl}/desk`);
    await expect(redirect({ url: "https://evil.example/desk", baseUrl })).resolves.toBe(`${baseUrl}/desk`);
    await expect(redirect({ url: "/desk/demo?x=1", baseUrl })).resolves.toBe(`${baseUrl}/desk/demo?x=1`);
    await expect(redirect({ url: `${baseUrl}/desk/demo`, baseUrl })).resolves.toBe(`${baseUrl}/desk/demo`);
  });
});
