import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { Actor } from "./actor";

/** The newsroom's sourcing rule: sources per approved verdict, and the verdicts exempt from it. */
export async function getSourcingRule({ actor }: { actor: Actor }): Promise<{ minSources: number; exemptVerdicts: string[] }> {
  authorize(actor, "newsroom.read");
  const newsroom = await db().newsroom.findUniqueOrThrow({ where: { id: actor.newsroomId }, select: { minSources: true, sourceExemptVerdicts: true } });
  return { minSources: newsroom.minSources, exemptVerdicts: newsroom.sourceExemptVerdicts };
}
