import { apiHandler } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { NotFoundError } from "@/lib/server/errors";
import { createApiToken } from "@/lib/server/create-api-token";
import { getMembership } from "@/lib/server/get-membership";

export const dynamic = "force-dynamic";

/** POST /api/v1/tokens — signed-in session and same-origin only (a token cannot mint tokens). */
export const POST = apiHandler(op.createToken, async ({ user, body }) => {
  const membership = await getMembership({ userId: user!.id, newsroomSlug: body.newsroom });
  if (!membership) throw new NotFoundError("newsroom");
  const created = await createApiToken({ actor: { userId: user!.id, newsroomId: membership.newsroom.id, role: membership.role }, name: body.name });
  return { body: { id: created.id, token: created.token } };
});
