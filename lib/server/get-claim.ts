import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";
import { claimDetailsInclude, withNames, type ClaimWithDetails } from "./with-claim-names";

/** One claim with its sources, comments and names; another newsroom's is "not found". */
export async function getClaim({ actor, claimId }: { actor: Actor; claimId: string }): Promise<ClaimWithDetails> {
  authorize(actor, "article.read");
  const claim = await db().claim.findFirst({ where: { id: claimId, newsroomId: actor.newsroomId }, include: claimDetailsInclude });
  if (!claim) throw new NotFoundError("claim");
  const [withDetails] = await withNames([claim]);
  return withDetails;
}
