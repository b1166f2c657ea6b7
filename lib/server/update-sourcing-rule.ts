import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { SourcingRuleInput } from "../validation/newsroom";
import type { Actor } from "./actor";
import { ValidationError } from "./errors";
import { writeAuditEvent } from "./write-audit-event";

/** The newsroom's sourcing rule: how many sources a verdict needs before approval, and which verdicts are exempt. Owners only, audited. */
export async function updateSourcingRule({ actor, input }: { actor: Actor; input: SourcingRuleInput }) {
  authorize(actor, "settings.manage");
  return db().$transaction(async (tx) => {
    const keys = (await tx.ratingOption.findMany({ where: { newsroomId: actor.newsroomId }, select: { key: true } })).map((r) => r.key);
    const unknown = input.exemptVerdicts.find((key) => !keys.includes(key));
    if (unknown) throw new ValidationError({ exemptVerdicts: `"${unknown}" is not on this newsroom's rating scale` });
    const before = await tx.newsroom.findUniqueOrThrow({ where: { id: actor.newsroomId }, select: { minSources: true, sourceExemptVerdicts: true } });
    const after = await tx.newsroom.update({
      where: { id: actor.newsroomId },
      data: { minSources: input.minSources, sourceExemptVerdicts: input.exemptVerdicts },
      select: { minSources: true, sourceExemptVerdicts: true },
    });
    await writeAuditEvent(tx, { actor, action: "newsroom.sourcing_rule", objectType: "newsroom", objectId: actor.newsroomId, before, after });
    return after;
  });
}
