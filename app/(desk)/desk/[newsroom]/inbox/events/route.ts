import { errorResult } from "@/lib/actions/safe-action";
import { apiError } from "@/lib/api/respond";
import { memberActor } from "@/lib/auth/member-actor";
import { subscribeToInbox } from "@/lib/notifications/inbox-events";
import { countUnreadNotifications } from "@/lib/server/count-unread-notifications";

export const dynamic = "force-dynamic";

/** A comment line every so often keeps proxies from closing an idle stream. */
const KEEP_ALIVE_MS = 25_000;

/**
 * GET /desk/{newsroom}/inbox/events — server-sent events for the signed-in
 * member's inbox in this newsroom: `{"unread":n}` at once, then after every
 * change (a new notification, one read), as PostgreSQL announces it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ newsroom: string }> }) {
  let actor;
  try {
    actor = await memberActor((await params).newsroom);
  } catch (error) {
    const result = errorResult(error);
    return apiError(result.status, "error", result.error);
  }
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const sendCount = async () => {
        const unread = await countUnreadNotifications({ actor }).catch(() => null);
        if (unread !== null) send(`event: inbox\ndata: ${JSON.stringify({ unread })}\n\n`);
      };
      const unsubscribe = await subscribeToInbox(actor.userId, actor.newsroomId, () => void sendCount());
      const keepAlive = setInterval(() => send(": keep-alive\n\n"), KEEP_ALIVE_MS);
      stop = () => {
        if (closed) return;
        closed = true;
        clearInterval(keepAlive);
        unsubscribe();
        controller.close();
      };
      request.signal.addEventListener("abort", stop);
      send("retry: 3000\n\n");
      await sendCount();
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    // no-transform: the server's compression would otherwise hold events back.
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-store, no-transform", "X-Accel-Buffering": "no" },
  });
}
