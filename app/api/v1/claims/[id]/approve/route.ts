import { apiHandler, preconditionFailed } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { claimResult, failIfStale } from "@/lib/api/results";
import { claimEtag } from "@/lib/api/serialize";
import { approveVerdict } from "@/lib/server/approve-verdict";
import { getClaim } from "@/lib/server/get-claim";

export const dynamic = "force-dynamic";

/** POST /api/v1/claims/{id}/approve */
export const POST = apiHandler(op.approveClaim, async ({ actor, params, ifMatch }) => {
  const claim = await getClaim({ actor, claimId: params.id });
  if (ifMatch !== null && ifMatch !== claim.revision) preconditionFailed(claimEtag(claim));
  try {
    await approveVerdict({ actor, input: { claimId: claim.id, revision: claim.revision } });
  } catch (error) {
    // Changed between the read and the write: for a client that sent If-Match, that is its precondition failing.
    if (ifMatch !== null) await failIfStale(actor, claim.id, claim.revision, error);
    throw error;
  }
  return claimResult(actor, claim.id);
});
