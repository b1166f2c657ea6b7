import { apiHandler } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { decideClaimMatch } from "@/lib/server/decide-claim-match";
import { readClaimContext } from "@/lib/server/read-claim-context";

export const dynamic = "force-dynamic";

/** GET /api/v1/claims/{id}/matches */
export const GET = apiHandler(op.getClaimMemory, async ({ actor, params }) => {
  return { body: (await readClaimContext({ actor, claimId: params.id })).alreadyChecked };
});

/** POST /api/v1/claims/{id}/matches */
export const POST = apiHandler(op.decideClaimMatch, async ({ actor, params, body }) => {
  return { body: await decideClaimMatch({ actor, input: { ...body, claimId: params.id } }) };
});
