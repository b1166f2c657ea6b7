import { apiHandler, preconditionFailed } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { claimResult } from "@/lib/api/results";
import { claimEtag } from "@/lib/api/serialize";
import { approveVerdict } from "@/lib/server/approve-verdict";
import { getClaim } from "@/lib/server/get-claim";

export const dynamic = "force-dynamic";

/** POST /api/v1/claims/{id}/approve */
export const POST = apiHandler(op.approveClaim, async ({ actor, params, ifMatch }) => {
  const claim = await getClaim({ actor, claimId: params.id });
  if (ifMatch !== null && ifMatch !== claim.revision) preconditionFailed(claimEtag(claim));
  await approveVerdict({ actor, input: { claimId: claim.id, revision: claim.revision } });
  return claimResult(actor, claim.id);
});
