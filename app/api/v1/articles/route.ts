import { z } from "zod";
import { apiHandler } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { articleJson, articleSummaryJson } from "@/lib/api/serialize";
import { documentFromHtml } from "@/lib/editor/document-from-html";
import { DocumentError, documentFromPlainText } from "@/lib/editor/document";
import { createArticle } from "@/lib/server/create-article";
import { ValidationError } from "@/lib/server/errors";
import { listArticles } from "@/lib/server/list-articles";

export const dynamic = "force-dynamic";

type Cursor = { updatedAt: Date; id: string };

const encodeCursor = (c: { updatedAt: Date | string; id: string }) => Buffer.from(JSON.stringify([new Date(c.updatedAt).toISOString(), c.id])).toString("base64url");

function decodeCursor(cursor: string): Cursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString()) as [string, string];
    const updatedAt = new Date(at);
    // Only what this API writes: a date PostgreSQL can compare, a UUID it can cast.
    const year = updatedAt.getUTCFullYear();
    if (Number.isNaN(updatedAt.getTime()) || year < 2000 || year > 9999 || !z.uuid().safeParse(id).success) throw new Error();
    return { updatedAt, id };
  } catch {
    throw new ValidationError({ cursor: "is not a cursor this API gave" });
  }
}

/** GET /api/v1/articles */
export const GET = apiHandler(op.listArticles, async ({ actor, query }) => {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const page = await listArticles({ actor: actor, query: { query: query.query, sort: "updated", page: 1 }, status: query.status, after, limit: query.limit + 1 });
  const items = page.items.slice(0, query.limit);
  const more = page.items.length > query.limit;
  return { body: { items: items.map(articleSummaryJson), nextCursor: more ? encodeCursor(items[items.length - 1]) : null } };
});

/** POST /api/v1/articles */
export const POST = apiHandler(op.createArticle, async ({ actor, body }) => {
  const { text, html, ...input } = body;
  let document;
  try {
    document = html !== undefined ? documentFromHtml(html) : documentFromPlainText(text ?? "");
  } catch (error) {
    if (error instanceof DocumentError) throw new ValidationError({ [html !== undefined ? "html" : "text"]: error.message });
    throw error;
  }
  const article = await createArticle({ actor: actor, input, body: document });
  return { body: articleJson(article, [], null) };
});
