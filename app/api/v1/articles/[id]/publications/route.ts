import { apiHandler } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { publicBaseUrl, publicUrls } from "@/lib/publish/public-urls";
import { publishArticle } from "@/lib/server/publish-article";

export const dynamic = "force-dynamic";

/** POST /api/v1/articles/{id}/publications */
export const POST = apiHandler(op.publishArticle, async ({ actor, params, body, request }) => {
  const published = await publishArticle({ actor, articleId: params.id, note: body.note });
  return { body: { version: published.version, url: publicUrls(publicBaseUrl(request), published.newsroomSlug).article(published.slug), summary: published.summary } };
});
