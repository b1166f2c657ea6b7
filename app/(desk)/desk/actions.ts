"use server";

import { safeAction, UnauthorizedError } from "@/lib/actions/safe-action";
import { getSessionUser } from "@/lib/auth/session";
import { createNewsroom } from "@/lib/server/create-newsroom";
import { newsroomInputSchema } from "@/lib/validation/newsroom";

export async function createNewsroomAction(input: Record<string, unknown>) {
  return safeAction([input], async () => {
    const user = await getSessionUser();
    if (!user) throw new UnauthorizedError();
    const newsroom = await createNewsroom({ actorUserId: user.id, input: newsroomInputSchema.parse(input) });
    return { slug: newsroom.slug };
  });
}
