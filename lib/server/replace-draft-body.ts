import { articleDocumentName } from "../collab/document-name";
import { initialDocumentState } from "../collab/initial-state";
import { db } from "../db/prisma";
import type { ArticleDocument } from "../editor/document";
import { refreshArticleContent } from "./refresh-article-content";
import { ConflictError } from "./errors";

/** Whether people have edited an article's live document (an update logged, or compacted into its snapshot). */
export async function hasLiveEdits(articleId: string): Promise<boolean> {
  const name = articleDocumentName(articleId);
  const rows = await db().$queryRaw<unknown[]>`
    SELECT 1 FROM collab_snapshot WHERE document = ${name} AND last_update_id > 0
    UNION ALL SELECT 1 FROM collab_update WHERE document = ${name} LIMIT 1`;
  return rows.length > 0;
}

/**
 * Replaces the body of a draft nobody has edited live (the demo seed marking
 * its claims; tests): the row's JSON and text and the live document's first
 * state. Not a way to edit: with live edits it refuses (the text is theirs).
 * The live document must not be open meanwhile.
 */
export async function replaceDraftBody({ articleId, body }: { articleId: string; body: ArticleDocument }): Promise<void> {
  if (await hasLiveEdits(articleId)) throw new ConflictError("The article has been edited live: its body is not replaced.");
  await refreshArticleContent({ articleId, json: body.json, text: body.text });
  await db().$executeRaw`
    INSERT INTO collab_snapshot (document, state) VALUES (${articleDocumentName(articleId)}, ${initialDocumentState(body.json)})
    ON CONFLICT (document) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`;
}
