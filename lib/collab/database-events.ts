import type { Hocuspocus } from "@hocuspocus/server";
import type { Sql } from "postgres";
import { CLAIM_CHANNEL } from "../server/notify-claim-change";
import { MEMBERSHIP_CHANNEL } from "../server/notify-membership-change";
import { disconnectMember } from "./authentication";
import { articleDocumentName } from "./document-name";

/** The stateless message an open editor receives when a claim of its article changed. */
export type ClaimChangedMessage = { type: "claim-changed"; claimId: string };

function parse<T>(payload: string): T | null {
  try {
    return JSON.parse(payload) as T;
  } catch {
    return null;
  }
}

/**
 * Relays PostgreSQL notifications to the open documents of this instance:
 * claim changes (the editor then re-reads the claim) and membership changes
 * (the member's connections close). Every instance listens, so no relay
 * through Redis is needed.
 */
export async function listenDatabaseEvents(sql: Sql, instance: Hocuspocus): Promise<() => Promise<void>> {
  const claims = await sql.listen(CLAIM_CHANNEL, (payload) => {
    const change = parse<{ articleId: string; claimId: string }>(payload);
    const document = change && instance.documents.get(articleDocumentName(change.articleId));
    if (!change || !document) return;
    const message: ClaimChangedMessage = { type: "claim-changed", claimId: change.claimId };
    document.relayStateless(JSON.stringify(message));
  });
  const members = await sql.listen(MEMBERSHIP_CHANNEL, (payload) => {
    const change = parse<{ userId: string; newsroomId: string }>(payload);
    if (change) disconnectMember(instance, change.userId, change.newsroomId);
  });
  return async () => {
    await claims.unlisten();
    await members.unlisten();
  };
}
