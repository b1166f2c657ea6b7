import { apiHandler } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { articleJson } from "@/lib/api/serialize";
import { importArticle } from "@/lib/server/import-article";

export const dynamic = "force-dynamic";

/** POST /api/v1/articles/imports */
export const POST = apiHandler(op.importArticle, async ({ actor, body }) => {
  const article = await importArticle({ actor, url: body.url, submissionId: body.submissionId });
  return { body: articleJson(article, [], null) };
});
