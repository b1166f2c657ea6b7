import { Prisma } from "../db/generated/client";
import { inTransaction, type Tx } from "../db/prisma";
import { authorize } from "../policies";
import type { UpdateClaimInput } from "../validation/claim";
import type { Actor } from "./actor";
import { assertAssignee } from "./assert-assignee";
import { claimantColumns } from "./claimant-columns";
import { changeClaim, findClaim } from "./claim-store";
import { parseNormalized } from "./parse-normalized";
import { ConflictError } from "./errors";

/**
 * Changes a claim's normalized value, assignee, state (open / in progress),
 * statement, claimant or appearances, with optimistic concurrency. A
 * statement written by a person is no longer a proposal to review.
 */
export async function updateClaim({ actor, input, tx }: { actor: Actor; input: UpdateClaimInput; tx?: Tx }) {
  authorize(actor, "claim.edit");
  await inTransaction(tx, async (tx) => {
    const claim = await findClaim(tx, actor, input.claimId);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const data: Prisma.ClaimUpdateManyMutationInput = {};
    if (input.normalized !== undefined) {
      const normalized = parseNormalized(claim.type, input.normalized);
      Object.assign(data, { normalized: normalized as Prisma.InputJsonValue });
      Object.assign(before, { normalized: claim.normalized });
      Object.assign(after, { normalized });
    }
    if (input.assigneeId !== undefined && input.assigneeId !== claim.assigneeId) {
      if (input.assigneeId) await assertAssignee(tx, actor.newsroomId, input.assigneeId);
      Object.assign(data, { assigneeId: input.assigneeId });
      Object.assign(before, { assigneeId: claim.assigneeId });
      Object.assign(after, { assigneeId: input.assigneeId });
    }
    if (input.state !== undefined && input.state !== claim.state) {
      if (claim.state === "approved" || claim.state === "needs_review") {
        throw new ConflictError("A claim with a verdict under review or approved is reopened, not moved back by hand.", claim);
      }
      Object.assign(data, { state: input.state });
      Object.assign(before, { state: claim.state });
      Object.assign(after, { state: input.state });
    }
    const set = (field: string, value: unknown, current: unknown) => {
      if (value === undefined || value === current) return;
      Object.assign(data, { [field]: value });
      Object.assign(before, { [field]: current });
      Object.assign(after, { [field]: value });
    };
    if (input.statement !== undefined && (input.statement !== claim.statement || claim.statementNeedsReview)) {
      Object.assign(data, { statement: input.statement, statementNeedsReview: false });
      Object.assign(before, { statement: claim.statement });
      Object.assign(after, { statement: input.statement });
    }
    for (const [field, value] of Object.entries(claimantColumns(input.claimant))) set(field, value, claim[field as keyof typeof claim]);
    set("appearanceUrl", input.appearanceUrl, claim.appearanceUrl);
    set("firstAppearanceUrl", input.firstAppearanceUrl, claim.firstAppearanceUrl);
    if (Object.keys(after).length === 0) return;
    await changeClaim(tx, { actor, claim, revision: input.revision, data, action: "claim.update", before, after });
  });
}
