import type { Tx } from "../db/prisma";

export type AuditEventInput = {
  /** userId null: Factdesk itself (e.g. the collaboration server noticing changed text). */
  actor: { userId: string | null; viaApi?: boolean; newsroomId?: string | null };
  action: string;
  objectType: string;
  objectId: string;
  before?: unknown;
  after?: unknown;
};

const asJson = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/** Writes one audit event inside the caller's transaction. */
export async function writeAuditEvent(tx: Tx, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      newsroomId: event.actor.newsroomId ?? null,
      actorId: event.actor.userId,
      viaApi: event.actor.viaApi ?? false,
      action: event.action,
      objectType: event.objectType,
      objectId: event.objectId,
      before: asJson(event.before),
      after: asJson(event.after),
    },
  });
}
