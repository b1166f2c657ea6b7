import { getSchema, type JSONContent } from "@tiptap/core";
import { Node as PMNode, type Schema } from "@tiptap/pm/model";
import { findUnstorable } from "../validation/storable-text";
import { CLAIM_MARK } from "./claim-mark";
import { editorExtensions, isAllowedHref } from "./extensions";

/** Limits of one article body: a long feature is ~60,000 characters. */
export const MAX_BODY_CHARS = 300_000;
export const MAX_BODY_JSON_BYTES = 3_000_000;

export class DocumentError extends Error {}

let cachedSchema: Schema | undefined;
export function articleSchema(): Schema {
  cachedSchema ??= getSchema(editorExtensions());
  return cachedSchema;
}

export type ArticleDocument = { json: JSONContent; text: string };

/** Plain text of a document: one line per block, as the detector and search read it. */
export function plainTextOf(doc: PMNode): string {
  return doc.textBetween(0, doc.content.size, "\n", "\n");
}

// Link marks whose href is not http(s)/mailto are removed, not rejected: a
// pasted `javascript:` link keeps its words and loses the link. Claim marks
// only come from the live document, never from a submitted body.
function dropUnsafeMarks(node: JSONContent, keepClaims: boolean): JSONContent {
  const marks = node.marks?.filter(
    (mark) => (mark.type !== "link" || isAllowedHref(mark.attrs?.href)) && (keepClaims || mark.type !== CLAIM_MARK),
  );
  return {
    ...node,
    ...(node.marks ? { marks } : {}),
    ...(node.content ? { content: node.content.map((child) => dropUnsafeMarks(child, keepClaims)) } : {}),
  };
}

function finish(doc: PMNode): ArticleDocument {
  const text = plainTextOf(doc);
  if (text.trim().length === 0) throw new DocumentError("The body is empty.");
  if (text.length > MAX_BODY_CHARS) {
    throw new DocumentError(`The body is ${text.length.toLocaleString("en")} characters long; the limit is ${MAX_BODY_CHARS.toLocaleString("en")}.`);
  }
  const json = doc.toJSON() as JSONContent;
  // Attributes too (a link's href): PostgreSQL's jsonb refuses NUL like its text does.
  const unstorable = findUnstorable(json, "body", Infinity);
  if (unstorable) throw new DocumentError(`The body ${unstorable.message}.`);
  return { json, text };
}

/** Validates editor JSON against the article schema. */
export function documentFromJson(input: unknown, options: { keepClaims?: boolean } = {}): ArticleDocument {
  if (typeof input !== "object" || input === null || (input as JSONContent).type !== "doc") {
    throw new DocumentError("The body is not an editor document.");
  }
  let doc: PMNode;
  try {
    doc = articleSchema().nodeFromJSON(dropUnsafeMarks(input as JSONContent, options.keepClaims ?? false));
    doc.check();
  } catch (error) {
    throw new DocumentError(`The body does not fit the article format: ${(error as Error).message}`);
  }
  return finish(doc);
}

/** Plain text: each non-empty line becomes a paragraph. */
export function documentFromPlainText(input: string): ArticleDocument {
  if (input.length > MAX_BODY_CHARS * 2) {
    throw new DocumentError(`The body is ${input.length.toLocaleString("en")} characters long; the limit is ${MAX_BODY_CHARS.toLocaleString("en")}.`);
  }
  const schema = articleSchema();
  const paragraphs = input
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => schema.node("paragraph", null, schema.text(line)));
  return finish(schema.node("doc", null, paragraphs.length ? paragraphs : [schema.node("paragraph")]));
}
