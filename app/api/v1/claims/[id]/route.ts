import { apiHandler, preconditionFailed } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { claimResult } from "@/lib/api/results";
import { claimEtag } from "@/lib/api/serialize";
import { db } from "@/lib/db/prisma";
import { authorize } from "@/lib/policies";
import type { Actor } from "@/lib/server/actor";
import { ValidationError } from "@/lib/server/errors";
import { getClaim } from "@/lib/server/get-claim";
import { listRatings } from "@/lib/server/list-ratings";
import { proposeVerdict } from "@/lib/server/propose-verdict";
import { reopenClaim } from "@/lib/server/reopen-claim";
import { updateClaim } from "@/lib/server/update-claim";

export const dynamic = "force-dynamic";

/** GET /api/v1/claims/{id} */
export const GET = apiHandler(op.getClaim, async ({ actor, params }) => claimResult(actor, params.id));

const revisionOf = async (claimId: string) => (await db().claim.findUniqueOrThrow({ where: { id: claimId }, select: { revision: true } })).revision;

/** The verdict and rationale to propose, checked against the rating scale before anything is written. */
async function verdictToPropose(actor: Actor, claim: { verdictKey: string | null; rationale: string | null }, verdict?: string, rationale?: string) {
  if (verdict === undefined && rationale === undefined) return null;
  const key = verdict ?? claim.verdictKey;
  const text = rationale ?? claim.rationale;
  if (!key) throw new ValidationError({ verdict: "is required with a rationale (the claim has no verdict yet)" });
  if (!text) throw new ValidationError({ rationale: "is required with a verdict" });
  const keys = (await listRatings({ actor })).map((r) => r.key);
  if (!keys.includes(key)) throw new ValidationError({ verdict: `must be one of ${keys.join(", ")}` });
  return { verdictKey: key, rationale: text };
}

/**
 * PATCH /api/v1/claims/{id}: each part goes through the web app's own domain
 * function (same rules, same audit events): reopen, then state / assignee /
 * value, then the verdict proposal.
 */
export const PATCH = apiHandler(op.updateClaim, async ({ actor, params, body, ifMatch }) => {
  authorize(actor, "claim.edit");
  const claim = await getClaim({ actor, claimId: params.id });
  if (ifMatch !== null && ifMatch !== claim.revision) preconditionFailed(claimEtag(claim));
  const proposal = await verdictToPropose(actor, claim, body.verdict, body.rationale);
  const reopen = body.state === "open" && (claim.state === "needs_review" || claim.state === "approved");
  let revision = claim.revision;
  if (reopen) {
    await reopenClaim({ actor, input: { claimId: claim.id, revision } });
    revision = await revisionOf(claim.id);
  }
  const { normalized, assigneeId, state } = body; // reopening leaves it in progress: `state` then says open
  if (normalized !== undefined || assigneeId !== undefined || state !== undefined) {
    await updateClaim({ actor, input: { claimId: claim.id, revision, normalized, assigneeId, state } });
    revision = await revisionOf(claim.id);
  }
  if (proposal) await proposeVerdict({ actor, input: { claimId: claim.id, revision, ...proposal } });
  return claimResult(actor, claim.id);
});
