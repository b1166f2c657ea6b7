import type { afterLoadDocumentPayload, beforeHandleMessagePayload, Extension } from "@hocuspocus/server";
import * as Y from "yjs";
import { CollabRefusal, refuse } from "./refusal";

/** A 10,000-word article with 1,000 claims is well under 1 MB of Yjs state; 8 MB leaves room for history. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
export const MAX_MESSAGE_BYTES = 1024 * 1024;

/** 4413: the socket closes with this code and the reason, which the editor shows. */
export class DocumentLimitError extends CollabRefusal {
  constructor(reason: string) {
    super(4413, reason);
  }
}

export type DocumentLimitsOptions = { maxDocumentBytes?: number; maxMessageBytes?: number };

/**
 * Refuses oversized messages and edits that would grow a document past its
 * limit. The size is tracked as an upper bound (loaded size + every message)
 * and measured exactly only when that bound crosses the limit, so typing costs
 * no re-encoding.
 */
export class DocumentLimits implements Extension {
  extensionName = "document-limits";
  private readonly sizes = new WeakMap<Y.Doc, number>();
  private readonly maxDocument: number;
  private readonly maxMessage: number;

  constructor(options: DocumentLimitsOptions = {}) {
    this.maxDocument = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
    this.maxMessage = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  }

  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    this.sizes.set(document, Y.encodeStateAsUpdate(document).byteLength);
  }

  async beforeHandleMessage({ update, document, connection }: beforeHandleMessagePayload): Promise<void> {
    if (update.byteLength > this.maxMessage) {
      refuse(connection, new DocumentLimitError(`A change of ${update.byteLength} bytes was refused: the limit is ${this.maxMessage} bytes.`));
    }
    let bound = (this.sizes.get(document) ?? 0) + update.byteLength;
    if (bound > this.maxDocument) {
      bound = Y.encodeStateAsUpdate(document).byteLength + update.byteLength;
      if (bound > this.maxDocument) {
        refuse(connection, new DocumentLimitError(`This article has reached its maximum size (${this.maxDocument} bytes): the change was refused.`));
      }
    }
    this.sizes.set(document, bound);
  }
}
