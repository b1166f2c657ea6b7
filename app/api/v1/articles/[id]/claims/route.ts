import { apiHandler } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { claimResult } from "@/lib/api/results";
import { createClaimFromQuote } from "@/lib/server/create-claim-from-quote";

export const dynamic = "force-dynamic";

/** POST /api/v1/articles/{id}/claims */
export const POST = apiHandler(op.createClaim, async ({ actor, params, body }) => {
  const claim = await createClaimFromQuote({ actor, input: { articleId: params.id, ...body } });
  return claimResult(actor, claim.id);
});
