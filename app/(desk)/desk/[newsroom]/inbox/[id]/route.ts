import { NextResponse } from "next/server";
import { errorResult } from "@/lib/actions/safe-action";
import { apiError } from "@/lib/api/respond";
import { memberActor } from "@/lib/auth/member-actor";
import { deskClaimPath } from "@/lib/notifications/claim-link";
import { markNotificationRead } from "@/lib/server/mark-notification-read";
import { markNotificationReadSchema } from "@/lib/validation/notification";

export const dynamic = "force-dynamic";

/**
 * GET /desk/{newsroom}/inbox/{id} — opening a notification (from the inbox or
 * an email): marks it read and goes to its claim. Signed out: to sign-in and back.
 */
export async function GET(request: Request, { params }: { params: Promise<{ newsroom: string; id: string }> }) {
  const { newsroom, id } = await params;
  const input = markNotificationReadSchema.safeParse({ notificationId: id });
  if (!input.success) return apiError(404, "not_found", "No such notification.");
  try {
    const actor = await memberActor(newsroom);
    const target = await markNotificationRead({ actor, input: input.data });
    return NextResponse.redirect(new URL(deskClaimPath(newsroom, target.articleSlug, target.claimId), request.url), 303);
  } catch (error) {
    const result = errorResult(error);
    if (result.status === 401) {
      const here = new URL(request.url);
      return NextResponse.redirect(new URL(`/signin?callbackUrl=${encodeURIComponent(here.pathname)}`, request.url), 303);
    }
    return apiError(result.status, "error", result.error);
  }
}
