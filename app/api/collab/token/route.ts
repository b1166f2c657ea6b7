import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { collabSession } from "@/lib/collab/collab-session";
import { getArticleAccess } from "@/lib/server/get-article-access";

export const dynamic = "force-dynamic";

const error = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });

/** GET /api/collab/token?articleId=ID — a short-lived token for one article's live document. */
export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user) return error(401, "unauthorized", "Sign in first.");
  const articleId = z.uuid().safeParse(new URL(request.url).searchParams.get("articleId"));
  if (!articleId.success) return error(400, "invalid_article_id", "articleId must be an article id (a UUID).");
  const actor = await getArticleAccess({ userId: user.id, articleId: articleId.data });
  if (!actor) return error(404, "not_found", "No such article.");
  const session = await collabSession({ userId: user.id, newsroomId: actor.newsroomId, articleId: articleId.data, headers: request.headers });
  return Response.json(
    { ...session, role: actor.role, user: { id: user.id, name: user.name } },
    { headers: { "Cache-Control": "no-store" } },
  );
}
