import { apiHandler } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { articleJson } from "@/lib/api/serialize";
import { db } from "@/lib/db/prisma";
import { publicBaseUrl, publicUrls } from "@/lib/publish/public-urls";
import { NotFoundError } from "@/lib/server/errors";
import { listClaims } from "@/lib/server/list-claims";

export const dynamic = "force-dynamic";

/** GET /api/v1/articles/{id} */
export const GET = apiHandler(op.getArticle, async ({ actor, params, request }) => {
  const article = await db().article.findFirst({ where: { id: params.id, newsroomId: actor.newsroomId }, include: { newsroom: { select: { slug: true } } } });
  if (!article) throw new NotFoundError("article");
  const { claims } = await listClaims({ actor, articleId: article.id });
  const publicUrl = article.status === "published" ? publicUrls(publicBaseUrl(request), article.newsroom.slug).article(article.slug) : null;
  return { body: articleJson(article, claims, publicUrl) };
});
