import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import { db } from "../db/prisma";
import { verifyCredentials } from "../server/verify-credentials";
import { clientIp } from "./request-headers";
import { emailLinkAdapter } from "./email-link-adapter";
import { safeCallbackUrl } from "./safe-callback-url";

/** How often a JWT is checked against the user row (disable, password change). */
const RECHECK_MS = 30_000;
export const SESSION_MAX_AGE_S = 30 * 24 * 3600;

/** The message an `authorize` error carries; the sign-in page turns it into words. */
export const THROTTLED_PREFIX = "Throttled:";

const isProduction = process.env.NODE_ENV === "production";

function providers(): NextAuthOptions["providers"] {
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const result = await verifyCredentials({
          email: credentials?.email,
          password: credentials?.password,
          ip: clientIp(req?.headers as Record<string, string> | undefined),
        });
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name };
        if (result.reason === "throttled") throw new Error(`${THROTTLED_PREFIX}${result.retryAfter}`);
        return null;
      },
    }),
  ];
  if (process.env.GITHUB_ID && process.env.GITHUB_SECRET) {
    list.push(GitHubProvider({ clientId: process.env.GITHUB_ID, clientSecret: process.env.GITHUB_SECRET }));
  }
  if (process.env.EMAIL_SERVER && process.env.EMAIL_FROM) {
    list.push(EmailProvider({ server: process.env.EMAIL_SERVER, from: process.env.EMAIL_FROM, maxAge: 15 * 60 }));
  }
  return list;
}

type KnownUser = { id: string; sessionVersion: number; disabled: boolean };

async function currentUser(email: string | null | undefined): Promise<KnownUser | null> {
  if (!email) return null;
  const user = await db().user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, sessionVersion: true, disabledAt: true },
  });
  return user ? { id: user.id, sessionVersion: user.sessionVersion, disabled: Boolean(user.disabledAt) } : null;
}

export const authOptions: NextAuthOptions = {
  providers: providers(),
  adapter: process.env.EMAIL_SERVER ? emailLinkAdapter() : undefined,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/signin", signOut: "/signout", error: "/signin", verifyRequest: "/signin?check=email" },
  secret: process.env.NEXTAUTH_SECRET,
  useSecureCookies: isProduction && (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
  callbacks: {
    // OAuth and email links only open existing, enabled accounts: newsrooms invite people.
    async signIn({ user, account }) {
      if (account?.provider === "credentials") return true;
      const known = await currentUser(user.email);
      return Boolean(known && !known.disabled);
    },
    // OAuth and email links come back through here: the same rule as the sign-in page.
    async redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackUrl(url, baseUrl)}`;
    },
    async jwt({ token, user }) {
      const now = Date.now();
      if (user) {
        const known = await currentUser(user.email);
        if (!known) throw new Error("UnknownUser");
        return { ...token, sub: known.id, sv: known.sessionVersion, checkedAt: now };
      }
      if (now - Number(token.checkedAt ?? 0) < RECHECK_MS) return token;
      const known = await currentUser(token.email);
      // Throwing here makes next-auth clear the session cookie.
      if (!known || known.disabled || known.sessionVersion !== token.sv || known.id !== token.sub) {
        throw new Error("SessionRevoked");
      }
      return { ...token, checkedAt: now };
    },
    async session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.sub, sv: token.sv } };
    },
  },
};
