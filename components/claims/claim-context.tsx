"use client";

import { createContext, useContext } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { Role } from "@/lib/policies";
import type { ArticleClaims, ClaimRow } from "@/lib/server/list-claims";

/** What every claim component needs: who acts, the newsroom's scale and members, and how to act. */
export type ClaimWorkspace = {
  newsroomSlug: string;
  articleId: string;
  userId: string;
  role: Role;
  ratings: ArticleClaims["ratings"];
  members: ArticleClaims["members"];
  sourcing: ArticleClaims["sourcing"];
  /** Runs a claim action; toasts its outcome; on a conflict re-reads the claim. Resolves to the result. */
  run: <T>(claimId: string | null, action: () => Promise<ActionResult<T>>, success?: string) => Promise<ActionResult<T>>;
  /** Reads a claim again; resolves to the error message when it could not. */
  refreshClaim: (claimId: string) => Promise<string | null>;
  anchorText: (claimId: string) => string | null;
  reattach: (claim: ClaimRow) => void;
  focusText: (claimId: string) => void;
  /** Whether the card being opened takes the focus (not when a click in the text opened it beside the text). */
  cardTakesFocus: () => boolean;
};

export const ClaimWorkspaceContext = createContext<ClaimWorkspace | null>(null);

export function useClaimWorkspace(): ClaimWorkspace {
  const value = useContext(ClaimWorkspaceContext);
  if (!value) throw new Error("useClaimWorkspace outside ClaimWorkspaceContext");
  return value;
}
