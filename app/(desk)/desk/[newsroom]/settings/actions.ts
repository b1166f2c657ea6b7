"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { memberActor } from "@/lib/auth/member-actor";
import { updateSourcingRule } from "@/lib/server/update-sourcing-rule";
import { sourcingRuleSchema } from "@/lib/validation/newsroom";

export async function updateSourcingRuleAction(newsroomSlug: string, input: unknown) {
  return safeAction([newsroomSlug, input], async () => {
    const rule = await updateSourcingRule({ actor: await memberActor(newsroomSlug), input: sourcingRuleSchema.parse(input) });
    revalidatePath(`/desk/${newsroomSlug}/settings`);
    return rule;
  });
}
