import { apiHandler } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { commentJson } from "@/lib/api/serialize";
import { db } from "@/lib/db/prisma";
import { addComment } from "@/lib/server/add-comment";

export const dynamic = "force-dynamic";

/** POST /api/v1/claims/{id}/comments */
export const POST = apiHandler(op.addComment, async ({ actor, params, body }) => {
  const comment = await addComment({ actor, input: { ...body, claimId: params.id } });
  const author = await db().user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
  return { body: commentJson({ ...comment, authorName: author.name }) };
});
