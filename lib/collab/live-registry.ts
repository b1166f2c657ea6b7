import type { QuoteSelector } from "../editor/find-quote";
import type { PersonInArticle } from "./who-is-in";

export type AddClaimMarkResult =
  | { kind: "added"; quotedText: string }
  | { kind: "missing"; occurrences: number }
  | { kind: "ambiguous"; count: number }
  | { kind: "overlap"; claimId: string };

/**
 * What the collaboration server of this process offers the rest of it (the
 * REST API, publishing). Plain data in and out: Next's bundles hold their own
 * copies of Yjs and ProseMirror, which must never touch the server's documents.
 */
export type LiveDocuments = {
  addClaimMark: (input: { articleId: string; userId: string; claimId: string; type: string; quote: QuoteSelector }) => Promise<AddClaimMarkResult>;
  removeClaimMark: (input: { articleId: string; userId: string; claimId: string }) => Promise<void>;
  /** Writes the article row's derived JSON and text now, if the document is open here; rejects with the reason when it cannot. */
  refreshDerived: (articleId: string) => Promise<void>;
  /** Has the article's document loaded now, for an editor about to connect (errors are the connection's to report). */
  warm: (articleId: string) => void;
  /** Who has each article of a newsroom open here now, by article id. */
  whoIsIn: (newsroomId: string) => Record<string, PersonInArticle[]>;
};

const registry = globalThis as unknown as { factdeskLiveDocuments?: LiveDocuments };

export function registerLiveDocuments(live: LiveDocuments): () => void {
  registry.factdeskLiveDocuments = live;
  return () => {
    if (registry.factdeskLiveDocuments === live) delete registry.factdeskLiveDocuments;
  };
}

/** The live documents of this process; null when no collaboration server runs here. */
export function liveDocuments(): LiveDocuments | null {
  return registry.factdeskLiveDocuments ?? null;
}
