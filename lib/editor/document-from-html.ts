import { generateJSON } from "@tiptap/html/server";
import { documentFromJson, DocumentError, MAX_BODY_CHARS, type ArticleDocument } from "./document";
import { editorExtensions } from "./extensions";

/**
 * An article body from HTML (the REST API's `html`), parsed on the server the
 * way a paste is in the browser: ProseMirror's parser keeps what the article
 * schema knows (paragraphs, headings, lists, quotes, links, emphasis) and
 * drops the rest; scripts never run (happy-dom with JavaScript off).
 */
export function documentFromHtml(html: string): ArticleDocument {
  if (html.length > MAX_BODY_CHARS * 4) throw new DocumentError(`The HTML is ${html.length.toLocaleString("en")} characters long; the limit is ${(MAX_BODY_CHARS * 4).toLocaleString("en")}.`);
  return documentFromJson(generateJSON(html, editorExtensions()));
}
