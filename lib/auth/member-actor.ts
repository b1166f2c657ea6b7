import { UnauthorizedError } from "../actions/safe-action";
import type { Actor } from "../server/actor";
import { NotFoundError } from "../server/errors";
import { getMembership } from "../server/get-membership";
import { getSessionUser } from "./session";

/** For actions and routes: the signed-in member of this newsroom, else 401 / 404. */
export async function memberActor(newsroomSlug: unknown): Promise<Actor> {
  const user = await getSessionUser();
  if (!user) throw new UnauthorizedError();
  if (typeof newsroomSlug !== "string") throw new NotFoundError("newsroom");
  const membership = await getMembership({ userId: user.id, newsroomSlug });
  if (!membership) throw new NotFoundError("newsroom");
  return { userId: user.id, newsroomId: membership.newsroom.id, role: membership.role };
}
