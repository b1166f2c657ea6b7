import { sql } from "../db/sql";
import { NOTIFICATION_CHANNEL } from "../server/notify-people";

type InboxKey = string;
type Listener = () => void;

const keyOf = (userId: string, newsroomId: string): InboxKey => `${userId}:${newsroomId}`;

const hub = globalThis as unknown as { factdeskInboxListeners?: Map<InboxKey, Set<Listener>>; factdeskInboxListening?: Promise<void> };

function listeners(): Map<InboxKey, Set<Listener>> {
  hub.factdeskInboxListeners ??= new Map();
  return hub.factdeskInboxListeners;
}

/** One LISTEN per process (postgres.js keeps one connection for it), fanned out to the open inboxes. */
function listenOnce(): Promise<void> {
  hub.factdeskInboxListening ??= sql()
    .listen(NOTIFICATION_CHANNEL, (payload) => {
      let change: { userId?: unknown; newsroomId?: unknown };
      try {
        change = JSON.parse(payload);
      } catch {
        return;
      }
      if (typeof change.userId !== "string" || typeof change.newsroomId !== "string") return;
      for (const listener of listeners().get(keyOf(change.userId, change.newsroomId)) ?? []) listener();
    })
    .then(() => undefined)
    .catch((error: Error) => {
      delete hub.factdeskInboxListening;
      throw error;
    });
  return hub.factdeskInboxListening;
}

/** Calls `listener` each time this person's inbox in this newsroom changes; returns the unsubscribe. */
export async function subscribeToInbox(userId: string, newsroomId: string, listener: Listener): Promise<() => void> {
  await listenOnce();
  const key = keyOf(userId, newsroomId);
  const set = listeners().get(key) ?? new Set();
  set.add(listener);
  listeners().set(key, set);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners().delete(key);
  };
}
