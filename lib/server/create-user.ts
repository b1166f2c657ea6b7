import { db } from "../db/prisma";
import { ConflictError } from "./errors";
import { hashPassword } from "./password";

export type CreateUserOptions = { email: string; name: string; password?: string; locale?: string };

/** Creates a person who can sign in; emails are stored lower-case. */
export async function createUser(options: CreateUserOptions) {
  const email = options.email.trim().toLowerCase();
  const passwordHash = options.password ? await hashPassword(options.password) : null;
  const existing = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new ConflictError(`A user with the email ${email} already exists.`);
  return db().user.create({
    data: { email, name: options.name.trim(), passwordHash, locale: options.locale ?? null },
    select: { id: true, email: true, name: true },
  });
}
