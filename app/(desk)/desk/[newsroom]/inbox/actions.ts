"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { memberActor } from "@/lib/auth/member-actor";
import { markAllNotificationsRead } from "@/lib/server/mark-all-notifications-read";

export async function markAllNotificationsReadAction(newsroomSlug: string) {
  return safeAction([newsroomSlug], async () => {
    const actor = await memberActor(newsroomSlug);
    const count = await markAllNotificationsRead({ actor });
    revalidatePath(`/desk/${newsroomSlug}/inbox`);
    return { count };
  });
}
