import type { Adapter, AdapterUser } from "next-auth/adapters";
import { db } from "../db/prisma";

function toAdapterUser(user: { id: string; email: string; name: string; emailVerified: Date | null }): AdapterUser {
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified };
}

/**
 * The part of a next-auth adapter that email links need (verification
 * tokens and user lookup). It never creates users: only invited people sign in.
 */
export function emailLinkAdapter(): Adapter {
  const select = { id: true, email: true, name: true, emailVerified: true } as const;
  return {
    async getUser(id) {
      const user = await db().user.findUnique({ where: { id }, select });
      return user && toAdapterUser(user);
    },
    async getUserByEmail(email) {
      const user = await db().user.findUnique({ where: { email: email.toLowerCase() }, select });
      return user && toAdapterUser(user);
    },
    async getUserByAccount() {
      return null;
    },
    async createUser() {
      throw new Error("Factdesk accounts are created by invitation.");
    },
    async updateUser(data) {
      const user = await db().user.update({ where: { id: data.id }, data: { emailVerified: data.emailVerified }, select });
      return toAdapterUser(user);
    },
    async linkAccount() {
      return undefined;
    },
    async createVerificationToken(token) {
      await db().verificationToken.create({ data: token });
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      try {
        return await db().verificationToken.delete({ where: { identifier_token: { identifier, token } } });
      } catch {
        return null;
      }
    },
  };
}
