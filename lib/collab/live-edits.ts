import type { Hocuspocus } from "@hocuspocus/server";
import type { Node as PMNode } from "@tiptap/pm/model";
import { EditorState, type Transaction } from "@tiptap/pm/state";
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { claimAnchors, removeClaimMark } from "../editor/claim-anchors";
import { CLAIM_MARK } from "../editor/claim-mark";
import { articleSchema } from "../editor/document";
import { findQuote } from "../editor/find-quote";
import { textPositions } from "../editor/text-positions";
import { FIELD } from "./initial-state";
import { articleDocumentName } from "./document-name";
import type { AddClaimMarkResult, LiveDocuments } from "./live-registry";

/**
 * Edits an article's live document on the server as one more collaborator:
 * `edit` gets the current document and returns a transaction, or null to
 * change nothing. The change reaches every open editor at once (other
 * instances through Redis) and is stored like theirs; a document nobody has
 * open is loaded from PostgreSQL, then stored and unloaded.
 */
async function editLiveDocument(hocuspocus: Hocuspocus, articleId: string, userId: string, edit: (doc: PMNode) => Transaction | null) {
  const connection = await hocuspocus.openDirectConnection(articleDocumentName(articleId), { userId, direct: true });
  try {
    await connection.transact((ydoc) => {
      const fragment = ydoc.getXmlFragment(FIELD);
      const tr = edit(yXmlFragmentToProseMirrorRootNode(fragment, articleSchema()));
      if (tr?.docChanged) updateYFragment(ydoc, fragment, tr.doc, { mapping: new Map(), isOMark: new Map() });
    });
  } finally {
    await connection.disconnect();
  }
}

function claimIdAt(doc: PMNode, from: number, to: number): string | null {
  let found: string | null = null;
  doc.nodesBetween(from, to, (node) => {
    const mark = node.marks.find((m) => m.type.name === CLAIM_MARK);
    if (mark) found ??= String(mark.attrs.id);
  });
  return found;
}

/** The live-document operations of a collaboration server, for registerLiveDocuments. */
export function liveEdits(hocuspocus: Hocuspocus, refresh: (documentName: string) => Promise<void>): Omit<LiveDocuments, "whoIsIn" | "warm"> {
  return {
    async addClaimMark({ articleId, userId, claimId, type, quote }) {
      let result: AddClaimMarkResult = { kind: "missing", occurrences: 0 };
      await editLiveDocument(hocuspocus, articleId, userId, (doc) => {
        const positions = textPositions(doc);
        const match = findQuote(positions.text, quote);
        if (match.kind !== "found") {
          result = match;
          return null;
        }
        const from = positions.toPos(match.start);
        const to = positions.toPos(match.end - 1) + 1;
        const taken = claimIdAt(doc, from, to);
        if (taken) {
          result = { kind: "overlap", claimId: taken };
          return null;
        }
        const tr = EditorState.create({ doc }).tr.addMark(from, to, doc.type.schema.marks[CLAIM_MARK].create({ id: claimId, type }));
        // The claim's text as the anchor sync reads it (pieces across blocks joined by a space), or it would look changed.
        const anchor = claimAnchors(tr.doc).find((a) => a.claimId === claimId);
        result = { kind: "added", quotedText: anchor?.text ?? quote.exact };
        return tr;
      });
      return result;
    },
    async removeClaimMark({ articleId, userId, claimId }) {
      await editLiveDocument(hocuspocus, articleId, userId, (doc) => removeClaimMark(EditorState.create({ doc }).tr, claimId));
    },
    refreshDerived: (articleId) => refresh(articleDocumentName(articleId)),
  };
}
