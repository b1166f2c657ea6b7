import { documentFromHtml } from "../editor/document-from-html";
import { DocumentError } from "../editor/document";
import { authorize } from "../policies";
import { articleInputSchema } from "../validation/article";
import type { Actor } from "./actor";
import { createArticle } from "./create-article";
import { previewArticleImport } from "./preview-article-import";
import { FetchError } from "./safe-fetch";

export type ImportArticleOptions = { actor: Actor; url: string; submissionId?: string };

/**
 * A draft from an article's URL, in one step (the API's import): the page is
 * read as a preview would show it, its body passed through the article schema
 * as a paste is, and the draft created; a page that cannot be fetched or read
 * creates nothing.
 */
export async function importArticle({ actor, url, submissionId }: ImportArticleOptions) {
  authorize(actor, "article.create");
  const { html, ...fields } = await previewArticleImport({ actor, url });
  let body;
  try {
    body = documentFromHtml(html);
  } catch (error) {
    if (error instanceof DocumentError) throw new FetchError("no_readable_text", `The page's text cannot be imported: ${error.message}`);
    throw error;
  }
  // Empty fields are null in the preview, absent in the input.
  const stated = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
  const input = articleInputSchema.parse({ ...stated, submissionId });
  return createArticle({ actor, input, body });
}
