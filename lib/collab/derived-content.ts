import type {
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  connectedPayload,
  Document,
  Extension,
  onChangePayload,
  onStoreDocumentPayload,
} from "@hocuspocus/server";
import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import { claimAnchors } from "../editor/claim-anchors";
import { articleSchema, plainTextOf } from "../editor/document";
import { getDerivedFailure } from "../server/get-derived-failure";
import { recordDerivedFailure } from "../server/record-derived-failure";
import { refreshArticleContent } from "../server/refresh-article-content";
import { syncClaimAnchors } from "../server/sync-claim-anchors";
import type { CollabContext } from "./authentication";
import { articleIdOf } from "./document-name";
import { FIELD } from "./initial-state";

/** The stateless message open editors receive when the derived content fails to refresh, or works again. */
export type DerivedStateMessage = { type: "derived-failed"; reason: string } | { type: "derived-ok" };

/** Thrown by refresh(): the derived content could not be written; the failure is recorded. */
export class DerivedContentError extends Error {}

/** The article JSON, plain text and claim anchors of a live document. */
export function deriveArticleContent(document: Y.Doc) {
  const json = yXmlFragmentToProsemirrorJSON(document.getXmlFragment(FIELD));
  const doc = articleSchema().nodeFromJSON(json);
  return { json, text: plainTextOf(doc), anchors: claimAnchors(doc) };
}

/**
 * Keeps the article row's derived text and JSON (search, list, API) and the
 * claims' anchor health in step with the live document, a short while after
 * people stop typing, and when the document is stored. A refresh that fails
 * is never silent: the reason is recorded on the article (publishing refuses
 * it), logged, and sent to the open editors, who are told again when a
 * later refresh works.
 */
export class DerivedContent implements Extension {
  extensionName = "derived-content";
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastEditor = new Map<string, string>();
  /** The documents whose last refresh failed, with the reason (loaded from the article for a document opened later). */
  private readonly failures = new Map<string, string>();

  constructor(private readonly debounceMs: number) {}

  async afterLoadDocument({ documentName }: afterLoadDocumentPayload): Promise<void> {
    const articleId = articleIdOf(documentName);
    const reason = articleId ? await getDerivedFailure({ articleId }) : null;
    if (reason) this.failures.set(documentName, reason);
  }

  async connected({ documentName, connection }: connectedPayload): Promise<void> {
    const reason = this.failures.get(documentName);
    if (reason) connection.sendStateless(JSON.stringify({ type: "derived-failed", reason } satisfies DerivedStateMessage));
  }

  async onChange({ documentName, document, context }: onChangePayload): Promise<void> {
    const userId = (context as Partial<CollabContext> | undefined)?.userId;
    if (userId) this.lastEditor.set(documentName, userId);
    clearTimeout(this.timers.get(documentName));
    this.timers.set(
      documentName,
      setTimeout(() => void this.refresh(documentName, document).catch(() => undefined), this.debounceMs),
    );
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    // Recorded and announced by refresh(); the Yjs state itself was stored, so the store goes on.
    await this.refresh(documentName, document).catch(() => undefined);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.failures.delete(documentName);
    this.lastEditor.delete(documentName);
  }

  /** Writes the derived content now; throws a DerivedContentError (after recording it) when it cannot. */
  async refresh(documentName: string, document: Document): Promise<void> {
    clearTimeout(this.timers.get(documentName));
    this.timers.delete(documentName);
    const articleId = articleIdOf(documentName);
    if (!articleId) return;
    try {
      const { json, text, anchors } = deriveArticleContent(document);
      await refreshArticleContent({ articleId, json, text, editorUserId: this.lastEditor.get(documentName) });
      await syncClaimAnchors({ articleId, anchors: anchors.map(({ claimId, text: anchorText }) => ({ claimId, text: anchorText })) });
    } catch (error) {
      const reason = (error as Error).message;
      console.error(`collab: could not refresh the derived content of ${documentName}:`, reason);
      await recordDerivedFailure({ articleId, reason }).catch((failure: Error) => console.error(`collab: could not record it either:`, failure.message));
      if (this.failures.get(documentName) !== reason) this.announce(document, { type: "derived-failed", reason });
      this.failures.set(documentName, reason);
      throw new DerivedContentError(reason);
    }
    if (this.failures.delete(documentName)) this.announce(document, { type: "derived-ok" });
  }

  private announce(document: Document, message: DerivedStateMessage) {
    if (!document.isDestroyed) document.broadcastStateless(JSON.stringify(message));
  }

  async onDestroy(): Promise<void> {
    for (const timer of this.timers.values()) clearTimeout(timer);
  }
}
