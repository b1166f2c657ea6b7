import type { Claim } from "../db/generated/client";
import type { Tx } from "../db/prisma";

/**
 * For a claim flagged "text_changed", the change that settles it: anchor ok
 * again and, as quoted text, the live text its last "claim.text_changed" event
 * recorded (the row keeps the old quote meanwhile, for the card to compare).
 * Proposing or approving a verdict applies it; otherwise the next sync would
 * still see the old quote and flag the claim again. Empty for other claims.
 */
export async function healedAnchor(tx: Tx, claim: Pick<Claim, "id" | "newsroomId" | "anchorHealth" | "quotedText">) {
  if (claim.anchorHealth !== "text_changed") return { data: {}, before: {} };
  const event = await tx.auditEvent.findFirst({
    where: { newsroomId: claim.newsroomId, objectType: "claim", objectId: claim.id, action: "claim.text_changed" },
    orderBy: { id: "desc" },
    select: { after: true },
  });
  const text = (event?.after as { text?: unknown } | null)?.text;
  const quoted = typeof text === "string" ? { quotedText: text } : {};
  return {
    data: { anchorHealth: "ok" as const, ...quoted },
    before: { anchorHealth: claim.anchorHealth, ...(typeof text === "string" ? { quotedText: claim.quotedText } : {}) },
  };
}
