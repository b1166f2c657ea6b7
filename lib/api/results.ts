import { getClaim } from "../server/get-claim";
import type { Actor } from "../server/actor";
import type { ApiResult } from "./handle";
import { claimEtag, claimJson } from "./serialize";

/** A claim as the API answers it: its JSON and its ETag. */
export async function claimResult(actor: Actor, claimId: string): Promise<ApiResult> {
  const claim = await getClaim({ actor, claimId });
  return { body: claimJson(claim), etag: claimEtag(claim) };
}
