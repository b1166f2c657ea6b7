import type { Extension, onChangePayload, onStoreDocumentPayload } from "@hocuspocus/server";
import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import { claimAnchors } from "../editor/claim-anchors";
import { articleSchema, plainTextOf } from "../editor/document";
import { refreshArticleContent } from "../server/refresh-article-content";
import { syncClaimAnchors } from "../server/sync-claim-anchors";
import type { CollabContext } from "./authentication";
import { articleIdOf } from "./document-name";
import { FIELD } from "./initial-state";

/** The article JSON, plain text and claim anchors of a live document. */
export function deriveArticleContent(document: Y.Doc) {
  const json = yXmlFragmentToProsemirrorJSON(document.getXmlFragment(FIELD));
  const doc = articleSchema().nodeFromJSON(json);
  return { json, text: plainTextOf(doc), anchors: claimAnchors(doc) };
}

/**
 * Keeps the article row's derived text and JSON (search, list, API) and the
 * claims' anchor health in step with the live document, a short while after
 * people stop typing, and when the document is stored.
 */
export class DerivedContent implements Extension {
  extensionName = "derived-content";
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastEditor = new Map<string, string>();

  constructor(private readonly debounceMs: number) {}

  async onChange({ documentName, document, context }: onChangePayload): Promise<void> {
    const userId = (context as Partial<CollabContext> | undefined)?.userId;
    if (userId) this.lastEditor.set(documentName, userId);
    clearTimeout(this.timers.get(documentName));
    this.timers.set(documentName, setTimeout(() => void this.refresh(documentName, document), this.debounceMs));
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    await this.refresh(documentName, document);
  }

  async refresh(documentName: string, document: Y.Doc): Promise<void> {
    clearTimeout(this.timers.get(documentName));
    this.timers.delete(documentName);
    const articleId = articleIdOf(documentName);
    if (!articleId) return;
    try {
      const { json, text, anchors } = deriveArticleContent(document);
      await refreshArticleContent({ articleId, json, text, editorUserId: this.lastEditor.get(documentName) });
      await syncClaimAnchors({ articleId, anchors: anchors.map(({ claimId, text: anchorText }) => ({ claimId, text: anchorText })) });
    } catch (error) {
      console.error(`collab: could not refresh the derived content of ${documentName}:`, (error as Error).message);
    }
  }

  async onDestroy(): Promise<void> {
    for (const timer of this.timers.values()) clearTimeout(timer);
  }
}
