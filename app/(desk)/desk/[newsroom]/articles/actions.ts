"use server";

import { safeAction } from "@/lib/actions/safe-action";
import { memberActor } from "@/lib/auth/member-actor";
import { documentFromJson, documentFromPlainText, DocumentError, MAX_BODY_JSON_BYTES } from "@/lib/editor/document";
import { createArticle } from "@/lib/server/create-article";
import { previewArticleImport } from "@/lib/server/preview-article-import";
import { ValidationError } from "@/lib/server/errors";
import { fieldErrors } from "@/lib/validation/common";
import { articleImportSchema, articleInputSchema } from "@/lib/validation/article";

function parseBody(input: Record<string, unknown>) {
  const { contentJson, bodyText } = input ?? {}; // over HTTP, the input may be null
  if (typeof contentJson === "string" && contentJson.length > 0) {
    if (contentJson.length > MAX_BODY_JSON_BYTES) throw new DocumentError("The body is too large: the limit is 300,000 characters.");
    let json: unknown;
    try {
      json = JSON.parse(contentJson);
    } catch {
      throw new DocumentError("The body is not an editor document.");
    }
    return documentFromJson(json);
  }
  if (typeof bodyText === "string") return documentFromPlainText(bodyText);
  throw new DocumentError("The body is empty.");
}

export async function createArticleAction(newsroomSlug: string, input: Record<string, unknown>) {
  return safeAction([newsroomSlug, input], async () => {
    const actor = await memberActor(newsroomSlug);
    const parsed = articleInputSchema.safeParse(input);
    let body;
    let bodyError: string | undefined;
    try {
      body = parseBody(input);
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      bodyError = error.message;
    }
    if (!parsed.success || !body) {
      throw new ValidationError({ ...(parsed.success ? {} : fieldErrors(parsed.error)), ...(bodyError ? { body: bodyError } : {}) });
    }
    const article = await createArticle({ actor, input: parsed.data, body });
    return { slug: article.slug };
  });
}

/** Fetches an article's page and answers the form's fields filled from it; nothing is saved. */
export async function previewArticleImportAction(newsroomSlug: string, input: Record<string, unknown>) {
  return safeAction([newsroomSlug, input], async () => {
    const actor = await memberActor(newsroomSlug);
    const { url } = articleImportSchema.parse(input);
    return previewArticleImport({ actor, url });
  });
}
