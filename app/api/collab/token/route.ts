import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { collabUrl } from "@/lib/collab/collab-url";
import { articleDocumentName } from "@/lib/collab/document-name";
import { signCollabToken } from "@/lib/collab/token";
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
  const document = articleDocumentName(articleId.data);
  const token = await signCollabToken({ userId: user.id, newsroomId: actor.newsroomId, document });
  return Response.json(
    { url: collabUrl(request.headers), document, token, role: actor.role, user: { id: user.id, name: user.name } },
    { headers: { "Cache-Control": "no-store" } },
  );
}
