import { apiHandler } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { factCheckMarkupPage } from "@/lib/publish/factcheck-markup";
import { publicBaseUrl, publicUrls } from "@/lib/publish/public-urls";
import { getLatestVersion } from "@/lib/server/get-latest-version";

export const dynamic = "force-dynamic";

/** GET /api/v1/articles/{id}/factcheck-markup */
export const GET = apiHandler(op.getFactCheckMarkup, async ({ actor, params, request }) => {
  const { snapshot, version } = await getLatestVersion({ actor, articleId: params.id });
  const pageUrl = publicUrls(publicBaseUrl(request), snapshot.newsroom.slug).version(snapshot.article.slug, version);
  return { body: factCheckMarkupPage(snapshot, pageUrl) };
});
