import { collabUrl } from "./collab-url";
import { articleDocumentName } from "./document-name";
import { liveDocuments } from "./live-registry";
import { signCollabToken } from "./token";

export type CollabSession = { url: string; document: string; token: string };

/**
 * What a browser needs to open an article's live document: where, which, and
 * a fresh token. The collaboration server of this process starts loading the
 * document now, so that it is ready when the browser connects.
 */
export async function collabSession(options: { userId: string; newsroomId: string; articleId: string; headers: Headers }): Promise<CollabSession> {
  liveDocuments()?.warm(options.articleId);
  const document = articleDocumentName(options.articleId);
  const token = await signCollabToken({ userId: options.userId, newsroomId: options.newsroomId, document });
  return { url: collabUrl(options.headers), document, token };
}
