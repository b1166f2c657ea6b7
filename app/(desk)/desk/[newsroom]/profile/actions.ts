"use server";

import { safeAction, UnauthorizedError } from "@/lib/actions/safe-action";
import { getSessionUser } from "@/lib/auth/session";
import { setEmailNotifications } from "@/lib/server/set-email-notifications";
import { emailPreferenceSchema } from "@/lib/validation/notification";

/** The signed-in person's own setting: whatever user id a client might send, only theirs changes. */
export async function setEmailNotificationsAction(input: unknown) {
  return safeAction([input], async () => {
    const user = await getSessionUser();
    if (!user) throw new UnauthorizedError();
    await setEmailNotifications({ userId: user.id, input: emailPreferenceSchema.parse(input) });
  });
}
