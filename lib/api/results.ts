import { getClaim } from "../server/get-claim";
import type { Actor } from "../server/actor";
import { ConflictError } from "../server/errors";
import { preconditionFailed, type ApiResult } from "./handle";
import { claimEtag, claimJson } from "./serialize";

/** A claim as the API answers it: its JSON and its ETag. */
export async function claimResult(actor: Actor, claimId: string): Promise<ApiResult> {
  const claim = await getClaim({ actor, claimId });
  return { body: claimJson(claim), etag: claimEtag(claim) };
}

/**
 * For a client that sent If-Match: a conflict raised because the claim moved
 * past `revision` (someone else's change between our read and our write) is
 * its precondition failing, a 412 with the current ETag. Other conflicts
 * ("nothing to approve") stay 409.
 */
export async function failIfStale(actor: Actor, claimId: string, revision: number, error: unknown): Promise<void> {
  if (!(error instanceof ConflictError)) return;
  const claim = await getClaim({ actor, claimId });
  if (claim.revision !== revision) preconditionFailed(claimEtag(claim));
}
