"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { memberActor } from "@/lib/auth/member-actor";
import { createApiToken } from "@/lib/server/create-api-token";
import { revokeApiToken } from "@/lib/server/revoke-api-token";
import { createApiTokenFormSchema, revokeApiTokenSchema } from "@/lib/validation/api-token";

/** Returns the token itself: this answer is the only time it leaves the server. */
export async function createApiTokenAction(newsroomSlug: string, input: Record<string, unknown>) {
  return safeAction([newsroomSlug, input], async () => {
    const actor = await memberActor(newsroomSlug);
    const { name, token } = await createApiToken({ actor, ...createApiTokenFormSchema.parse(input) });
    revalidatePath(`/desk/${newsroomSlug}/tokens`);
    return { name, token };
  });
}

export async function revokeApiTokenAction(newsroomSlug: string, input: Record<string, unknown>) {
  return safeAction([newsroomSlug, input], async () => {
    const actor = await memberActor(newsroomSlug);
    await revokeApiToken({ actor, ...revokeApiTokenSchema.parse(input) });
    revalidatePath(`/desk/${newsroomSlug}/tokens`);
  });
}
