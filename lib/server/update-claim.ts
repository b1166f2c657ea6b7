import { Prisma } from "../db/generated/client";
import { dueDateOf } from "../due-dates";
import { inTransaction, type Tx } from "../db/prisma";
import { authorize } from "../policies";
import type { UpdateClaimInput } from "../validation/claim";
import type { Actor } from "./actor";
import { assertAssignee } from "./assert-assignee";
import { claimantColumns } from "./claimant-columns";
import { changeClaim, findClaim } from "./claim-store";
import { parseNormalized } from "./parse-normalized";
import { isoDay } from "./source-fields";
import { ConflictError } from "./errors";
import { notifyPeople } from "./notify-people";

/**
 * Changes a claim's normalized value, assignee, state (open / in progress),
 * statement, claimant, appearances, due date or priority, with optimistic concurrency. A
 * statement written by a person is no longer a proposal to review.
 */
export async function updateClaim({ actor, input, tx }: { actor: Actor; input: UpdateClaimInput; tx?: Tx }) {
  authorize(actor, "claim.edit");
  await inTransaction(tx, async (tx) => {
    const claim = await findClaim(tx, actor, input.claimId);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const data: Prisma.ClaimUpdateManyMutationInput = {};
    /** Records one field's change and its audit; `extra` is written alongside, unaudited. */
    const set = (field: string, value: unknown, current: unknown, extra: Record<string, unknown> = {}) => {
      Object.assign(data, { [field]: value, ...extra });
      Object.assign(before, { [field]: current });
      Object.assign(after, { [field]: value });
    };
    const changes = (value: unknown, current: unknown) => value !== undefined && value !== current;
    if (input.normalized !== undefined) set("normalized", parseNormalized(claim.type, input.normalized) as Prisma.InputJsonValue, claim.normalized);
    if (changes(input.assigneeId, claim.assigneeId)) {
      if (input.assigneeId) await assertAssignee(tx, actor.newsroomId, input.assigneeId);
      set("assigneeId", input.assigneeId, claim.assigneeId);
    }
    if (changes(input.state, claim.state)) {
      if (claim.state === "approved" || claim.state === "needs_review") {
        throw new ConflictError("A claim with a verdict under review or approved is reopened, not moved back by hand.", claim);
      }
      set("state", input.state, claim.state);
    }
    // Saving the proposed statement unchanged confirms it.
    if (input.statement !== undefined && (input.statement !== claim.statement || claim.statementNeedsReview)) {
      set("statement", input.statement, claim.statement, { statementNeedsReview: false });
    }
    for (const [field, value] of Object.entries(claimantColumns(input.claimant))) {
      const current = claim[field as keyof typeof claim];
      if (changes(value, current)) set(field, value, current);
    }
    if (changes(input.appearanceUrl, claim.appearanceUrl)) set("appearanceUrl", input.appearanceUrl, claim.appearanceUrl);
    if (changes(input.firstAppearanceUrl, claim.firstAppearanceUrl)) set("firstAppearanceUrl", input.firstAppearanceUrl, claim.firstAppearanceUrl);
    if (input.dueDate !== undefined && input.dueDate !== isoDay(claim.dueDate)) set("dueDate", dueDateOf(input.dueDate), claim.dueDate);
    if (changes(input.priority, claim.priority)) set("priority", input.priority, claim.priority);
    if (Object.keys(after).length === 0) return;
    await changeClaim(tx, { actor, claim, revision: input.revision, data, action: "claim.update", before, after });
    if (after.assigneeId) await notifyPeople(tx, { actor, kind: "assignment", claimId: claim.id, recipientIds: [input.assigneeId] });
  });
}
