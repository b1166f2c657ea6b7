import { db } from "../db/prisma";
import { notifyClaimChange } from "./notify-claim-change";
import { notifyPeople } from "./notify-people";
import { writeAuditEvent } from "./write-audit-event";

export type ClaimAnchorText = { claimId: string; text: string };

/**
 * Brings claim rows in line with the marks in the live document (called by
 * the collaboration server): a claim whose mark is gone is orphaned (kept);
 * one whose text changed after a verdict goes back to review, and those who
 * rated it are told. Returns the ids changed.
 */
export async function syncClaimAnchors({ articleId, anchors }: { articleId: string; anchors: ClaimAnchorText[] }): Promise<string[]> {
  const byId = new Map(anchors.map((a) => [a.claimId, a.text]));
  const claims = await db().claim.findMany({ where: { articleId, archivedAt: null } });
  const changed: string[] = [];
  for (const claim of claims) {
    const text = byId.get(claim.id);
    const hasVerdict = Boolean(claim.verdictKey);
    let data: Record<string, unknown> | null = null;
    let audit: { action: string; before: unknown; after: unknown } | null = null;
    if (text === undefined) {
      if (claim.anchorHealth !== "orphaned") {
        data = { anchorHealth: "orphaned" };
        audit = { action: "claim.orphaned", before: { anchorHealth: claim.anchorHealth }, after: { anchorHealth: "orphaned" } };
      }
    } else if (text !== claim.quotedText && !hasVerdict) {
      data = { quotedText: text, anchorHealth: "ok" };
    } else if (text !== claim.quotedText && claim.anchorHealth !== "text_changed") {
      data = { anchorHealth: "text_changed", state: "needs_review", approvedById: null };
      audit = { action: "claim.text_changed", before: { text: claim.quotedText, state: claim.state }, after: { text, state: "needs_review" } };
    } else if (text === claim.quotedText && claim.anchorHealth !== "ok") {
      data = { anchorHealth: "ok" };
    }
    if (!data) continue;
    const payload = data;
    const event = audit;
    const wrote = await db().$transaction(async (tx) => {
      const result = await tx.claim.updateMany({ where: { id: claim.id, revision: claim.revision }, data: { ...payload, revision: { increment: 1 } } });
      if (result.count === 0) return false; // Someone changed it meanwhile: the next sync looks again.
      if (event) await writeAuditEvent(tx, { actor: { userId: null, newsroomId: claim.newsroomId }, objectType: "claim", objectId: claim.id, ...event });
      await notifyClaimChange(tx, { articleId, claimId: claim.id });
      if (event?.action === "claim.text_changed") {
        await notifyPeople(tx, { actor: { userId: null, newsroomId: claim.newsroomId }, kind: "text_changed", claimId: claim.id, recipientIds: [claim.proposedById, claim.approvedById] });
      }
      return true;
    });
    if (wrote) changed.push(claim.id);
  }
  return changed;
}
