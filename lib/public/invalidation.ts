import type { Tx } from "../db/prisma";

/** Channel on which every web instance hears that a newsroom's public pages changed. */
export const PUBLIC_CHANNEL = "factdesk_public";

type Listener = (newsroomSlug: string) => void;
// Next's bundles and server.ts load this module separately: the listeners live on globalThis.
const registry = globalThis as unknown as { factdeskPublicListeners?: Set<Listener> };
const listeners = () => (registry.factdeskPublicListeners ??= new Set());

/**
 * Announces, inside the publishing transaction, that a newsroom's public pages
 * changed (NOTIFY is delivered only if it commits: to the other instances).
 */
export async function announcePublicChange(tx: Tx, newsroomSlug: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${PUBLIC_CHANNEL}, ${newsroomSlug})`;
}

/** Tells this process's caches at once, once the change is committed (the notification comes a moment later). */
export function publicChanged(newsroomSlug: string): void {
  for (const listener of listeners()) listener(newsroomSlug);
}

export function onPublicChange(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}
