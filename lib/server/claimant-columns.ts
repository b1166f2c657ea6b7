import type { ClaimantInput } from "../validation/claim";

/** The claim columns for a claimant: null clears them all, undefined changes nothing. */
export function claimantColumns(claimant: ClaimantInput | undefined) {
  if (claimant === undefined) return {};
  return {
    claimantName: claimant?.name ?? null,
    claimantKind: claimant?.kind ?? null,
    claimantRole: claimant?.role ?? null,
    claimantUrl: claimant?.url ?? null,
  };
}

/** A claim's claimant as the API and the card show it, or null. */
export function claimantOf(claim: { claimantName: string | null; claimantKind: string | null; claimantRole: string | null; claimantUrl: string | null }) {
  if (!claim.claimantKind) return null;
  return { name: claim.claimantName, kind: claim.claimantKind as "person" | "organization" | "article", role: claim.claimantRole, url: claim.claimantUrl };
}
