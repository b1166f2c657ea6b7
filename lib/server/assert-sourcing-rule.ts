import type { Tx } from "../db/prisma";
import { ConflictError } from "./errors";

export type SourcingGap = { required: number; present: number; missing: number };

/** How far a claim's verdict is from the newsroom's sourcing rule (missing 0: it may be approved). */
export async function sourcingGap(tx: Tx, claim: { id: string; newsroomId: string; verdictKey: string | null }): Promise<SourcingGap> {
  const newsroom = await tx.newsroom.findUniqueOrThrow({ where: { id: claim.newsroomId }, select: { minSources: true, sourceExemptVerdicts: true } });
  const required = claim.verdictKey && newsroom.sourceExemptVerdicts.includes(claim.verdictKey) ? 0 : newsroom.minSources;
  const present = await tx.source.count({ where: { claimId: claim.id } });
  return { required, present, missing: Math.max(0, required - present) };
}

/** Refuses (409 `sources_required`) a verdict with fewer sources than the newsroom requires. */
export async function assertSourcingRule(tx: Tx, claim: { id: string; newsroomId: string; verdictKey: string | null }): Promise<void> {
  const gap = await sourcingGap(tx, claim);
  if (gap.missing === 0) return;
  const sources = (n: number) => `${n} source${n === 1 ? "" : "s"}`;
  throw new ConflictError(
    `This newsroom approves a verdict with at least ${sources(gap.required)}; this claim has ${gap.present}: add ${gap.missing} more.`,
    { ...gap },
    "sources_required",
  );
}
