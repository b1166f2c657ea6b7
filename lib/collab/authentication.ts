import type { Extension, Hocuspocus, onAuthenticatePayload } from "@hocuspocus/server";
import { can, type Role } from "../policies";
import { findCollabAccess } from "../server/find-collab-access";
import { articleIdOf } from "./document-name";
import { CollabRefusal, closeWithRefusal } from "./refusal";
import { verifyCollabToken } from "./token";

export type CollabContext = { userId: string; newsroomId: string; role: Role; name: string };

export class CollabAuthError extends Error {
  readonly code = 4401;
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * Checks the signed token (user, newsroom, document) and the membership again
 * in PostgreSQL. Viewers get a read-only connection: Hocuspocus then drops
 * their document updates on the server.
 */
export class CollabAuthentication implements Extension {
  extensionName = "collab-authentication";
  priority = 1000;

  async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<CollabContext> {
    const claims = await verifyCollabToken(token);
    if (!claims) throw new CollabAuthError("Invalid or expired collaboration token.");
    const articleId = articleIdOf(documentName);
    if (!articleId || claims.document !== documentName) throw new CollabAuthError("This token is for another document.");
    const access = await findCollabAccess({ userId: claims.userId, newsroomId: claims.newsroomId, articleId });
    if (!access) throw new CollabAuthError("You do not have access to this article.");
    connectionConfig.readOnly = !can({ newsroomId: claims.newsroomId, role: access.role }, "article.edit");
    return { userId: claims.userId, newsroomId: claims.newsroomId, role: access.role, name: access.name };
  }
}

/** Closes every connection of a user in a newsroom (removed, demoted or disabled): they reconnect, and are checked again. */
export function disconnectMember(instance: Hocuspocus, userId: string, newsroomId: string): number {
  let closed = 0;
  for (const document of instance.documents.values()) {
    for (const connection of document.getConnections()) {
      const context = connection.context as Partial<CollabContext>;
      if (context.userId === userId && (newsroomId === "*" || context.newsroomId === newsroomId)) {
        closeWithRefusal(connection, new CollabRefusal(4403, "Your access to this newsroom changed."));
        closed++;
      }
    }
  }
  return closed;
}
