import { apiHandler } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { unpublishArticle } from "@/lib/server/unpublish-article";

export const dynamic = "force-dynamic";

/** DELETE /api/v1/articles/{id}/publications/current */
export const DELETE = apiHandler(op.unpublishArticle, async ({ actor, params }) => {
  await unpublishArticle({ actor, articleId: params.id });
  return {};
});
