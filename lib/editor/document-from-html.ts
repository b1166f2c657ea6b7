import { generateJSON } from "@tiptap/html/server";
import { cleanHtml } from "./clean-html";
import { documentFromJson, DocumentError, MAX_BODY_CHARS, type ArticleDocument } from "./document";
import { editorExtensions } from "./extensions";

/** Markup around 300,000 characters of text; parsing is synchronous (about 3 ms per 1,000 characters here), so it is capped. */
export const MAX_HTML_CHARS = MAX_BODY_CHARS * 2;

/**
 * An article body from HTML (the REST API's `html`), parsed on the server the
 * way a paste is in the browser: ProseMirror's parser keeps what the article
 * schema knows (paragraphs, headings, lists, quotes, links, emphasis) and
 * drops the rest; scripts never run (happy-dom with JavaScript off).
 */

export function documentFromHtml(html: string): ArticleDocument {
  if (html.length > MAX_HTML_CHARS) throw new DocumentError(`The HTML is ${html.length.toLocaleString("en")} characters long; the limit is ${MAX_HTML_CHARS.toLocaleString("en")}.`);
  try {
    return documentFromJson(generateJSON(cleanHtml(html), editorExtensions()));
  } catch (error) {
    // Tens of thousands of nested elements overflow the parser's recursion.
    if (error instanceof RangeError) throw new DocumentError("The HTML is nested too deeply to be an article.");
    throw error;
  }
}
