import { IncomingMessage, MessageType, type afterLoadDocumentPayload, type beforeHandleMessagePayload, type connectedPayload, type Extension } from "@hocuspocus/server";
import type * as Y from "yjs";
import { MAX_BODY_CHARS } from "../editor/document";
import { DocumentGuard } from "./document-guard";
import { CollabRefusal, refuse } from "./refusal";

// The y-protocols sync steps that carry document content (step 1 only carries a state vector).
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The Yjs update a client message carries, or null (awareness, a state vector, nothing to apply, or unreadable: Hocuspocus refuses those itself). */
export function documentUpdateOf(message: Uint8Array): Uint8Array | null {
  try {
    const incoming = new IncomingMessage(message);
    incoming.readVarString();
    const type = incoming.readVarUint();
    if (type !== MessageType.Sync && type !== MessageType.SyncReply) return null;
    const step = incoming.readVarUint();
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
    const update = incoming.readVarUint8Array();
    // An empty update (no structs, no deletions): every editor's first sync when it has nothing new.
    return update.byteLength === 2 && update[0] === 0 && update[1] === 0 ? null : update;
  } catch {
    return null;
  }
}

/**
 * Whether a transaction applies a message of an editor's connection: every such message went through
 * beforeHandleMessage below, so the guard's copy has it already.
 */
function isEditorConnection(origin: unknown): boolean {
  const transactionOrigin = origin as { source?: string; connection?: { readOnly?: boolean } } | null;
  return transactionOrigin?.source === "connection" && transactionOrigin.connection?.readOnly === false;
}

/** 4422: the change does not fit the article format; 4413: the text would pass the body limit. */
export const INVALID_CHANGE_CODE = 4422;
export const TOO_LONG_CODE = 4413;

/**
 * Holds every live document to the article schema and the body limit: an
 * update that would make it invalid is refused before Hocuspocus applies,
 * stores or relays it, and the connection is closed with the reason. The
 * check (DocumentGuard) costs the size of the change, not of the article;
 * building its copy of a document costs a full conversion (~40 ms for 10,000
 * words), done once the document is loaded (usually before the editor
 * connects: see WarmDocuments), when an editor connects, or after a refusal,
 * on the next turn of the event loop rather than during someone's first keystroke.
 * Read-only connections are skipped: Hocuspocus drops their updates anyway.
 */
export class DocumentValidation implements Extension {
  extensionName = "document-validation";
  private readonly guards = new WeakMap<Y.Doc, DocumentGuard>();

  constructor(private readonly maxChars = MAX_BODY_CHARS) {}

  private guardOf(document: Y.Doc): DocumentGuard {
    let guard = this.guards.get(document);
    if (!guard) this.guards.set(document, (guard = new DocumentGuard(document, this.maxChars, isEditorConnection)));
    return guard;
  }

  private prepareSoon(document: Y.Doc) {
    setImmediate(() => {
      if (!document.isDestroyed) this.guardOf(document).prepare();
    });
  }

  // Ready by the time the editor connects, instead of delaying the answer to its first sync.
  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    this.prepareSoon(document);
  }

  async connected({ connection }: connectedPayload): Promise<void> {
    if (!connection.readOnly) this.prepareSoon(connection.document);
  }

  async beforeHandleMessage({ update: message, document, connection }: beforeHandleMessagePayload): Promise<void> {
    if (connection.readOnly) return;
    const update = documentUpdateOf(message);
    if (!update) return;
    const verdict = this.guardOf(document).check(update);
    if (verdict.ok) return;
    this.prepareSoon(document);
    const code = verdict.kind === "too-long" ? TOO_LONG_CODE : INVALID_CHANGE_CODE;
    refuse(connection, new CollabRefusal(code, `This change was refused: ${verdict.reason}.`));
  }
}
