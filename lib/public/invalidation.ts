import type { Tx } from "../db/prisma";

/** Channel on which every web instance hears that a newsroom's public pages changed. */
export const PUBLIC_CHANNEL = "factdesk_public";

type Listener = (newsroomSlug: string) => void;
// Next's bundles and server.ts load this module separately: the listeners and the instance id live on globalThis.
const registry = globalThis as unknown as { factdeskPublicListeners?: Set<Listener>; factdeskInstance?: string };
const listeners = () => (registry.factdeskPublicListeners ??= new Set());
const instance = () => (registry.factdeskInstance ??= crypto.randomUUID());

/**
 * Announces, inside the publishing transaction, that a newsroom's public pages
 * changed (NOTIFY is delivered only if it commits: to the other instances).
 * The payload is `<newsroom slug> <sending instance>`.
 */
export async function announcePublicChange(tx: Tx, newsroomSlug: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${PUBLIC_CHANNEL}, ${`${newsroomSlug} ${instance()}`})`;
}

/**
 * The newsroom a notification names, or null for this instance's own: those
 * were already applied by `publicChanged`, and applying them again when they
 * arrive would drop pages rendered since.
 */
export function notifiedNewsroom(payload: string): string | null {
  const [newsroomSlug, sender] = payload.split(" ");
  return sender === instance() ? null : newsroomSlug;
}

/** Tells this process's caches at once, once the change is committed (the notification comes a moment later). */
export function publicChanged(newsroomSlug: string): void {
  for (const listener of listeners()) listener(newsroomSlug);
}

export function onPublicChange(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}
