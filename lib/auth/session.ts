import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db/prisma";
import { can, type Action } from "../policies";
import type { Actor } from "../server/actor";
import { getMembership } from "../server/get-membership";
import { PATH_HEADER } from "./request-headers";
import { authOptions } from "./options";

export type SessionUser = { id: string; email: string; name: string; locale: string | null };

/**
 * The signed-in user, re-read from the database on every request so that a
 * disabled account or a changed password closes the session at once.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const { id, sv } = (session?.user ?? {}) as { id?: string; sv?: number };
  if (!id) return null;
  const user = await db().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, locale: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== sv) return null;
  return { id: user.id, email: user.email, name: user.name, locale: user.locale };
});

/** For pages: the user, or a redirect to the sign-in page that comes back to this one. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    const here = (await headers()).get(PATH_HEADER);
    redirect(here ? `/signin?callbackUrl=${encodeURIComponent(here)}` : "/signin");
  }
  return user;
}

export type MemberContext = {
  user: SessionUser;
  actor: Actor;
  newsroom: { id: string; slug: string; name: string; defaultLanguage: string };
};

/** For newsroom pages: a non-member gets 404, like a newsroom that does not exist. */
export async function requireMember(newsroomSlug: string): Promise<MemberContext> {
  const user = await requireUser();
  const membership = await getMembership({ userId: user.id, newsroomSlug });
  if (!membership) notFound();
  return {
    user,
    newsroom: membership.newsroom,
    actor: { userId: user.id, newsroomId: membership.newsroom.id, role: membership.role },
  };
}

/** For pages: a member whose role does not allow `action` gets the 403 page. */
export function requirePermission(context: MemberContext, action: Action): void {
  if (!can(context.actor, action)) forbidden();
}
