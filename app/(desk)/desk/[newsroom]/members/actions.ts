"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { memberActor } from "@/lib/auth/member-actor";
import { changeMemberRole } from "@/lib/server/change-member-role";
import { createInvitation } from "@/lib/server/create-invitation";
import { removeMember } from "@/lib/server/remove-member";
import { changeRoleSchema, invitationSchema, removeMemberSchema } from "@/lib/validation/newsroom";

export async function changeMemberRoleAction(newsroomSlug: string, input: Record<string, unknown>) {
  return safeAction([newsroomSlug, input], async () => {
    const actor = await memberActor(newsroomSlug);
    await changeMemberRole({ actor, ...changeRoleSchema.parse(input) });
    revalidatePath(`/desk/${newsroomSlug}/members`);
  });
}

export async function removeMemberAction(newsroomSlug: string, input: Record<string, unknown>) {
  return safeAction([newsroomSlug, input], async () => {
    const actor = await memberActor(newsroomSlug);
    await removeMember({ actor, ...removeMemberSchema.parse(input) });
    revalidatePath(`/desk/${newsroomSlug}/members`);
  });
}

export async function createInvitationAction(newsroomSlug: string, input: Record<string, unknown>) {
  return safeAction([newsroomSlug, input], async () => {
    const actor = await memberActor(newsroomSlug);
    const { path, expiresAt, email, emailed } = await createInvitation({ actor, ...invitationSchema.parse(input) });
    return { path, expiresAt: expiresAt.toISOString(), email, emailed };
  });
}
