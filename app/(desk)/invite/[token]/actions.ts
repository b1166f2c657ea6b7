"use server";

import { z } from "zod";
import { safeAction, UnauthorizedError } from "@/lib/actions/safe-action";
import { getSessionUser } from "@/lib/auth/session";
import { acceptInvitation } from "@/lib/server/accept-invitation";

export async function acceptInvitationAction(token: unknown) {
  return safeAction([token], async () => {
    const user = await getSessionUser();
    if (!user) throw new UnauthorizedError();
    const { newsroom } = await acceptInvitation({ userId: user.id, token: z.string().min(8).max(200).parse(token) });
    return newsroom;
  });
}
