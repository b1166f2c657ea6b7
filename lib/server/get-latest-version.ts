import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { VersionSnapshot } from "../publish/snapshot";
import type { Actor } from "./actor";
import { ConflictError, NotFoundError } from "./errors";

/** The article's current public version (404 for another newsroom's article, 409 when it is not published). */
export async function getLatestVersion({ actor, articleId }: { actor: Actor; articleId: string }): Promise<{ version: number; snapshot: VersionSnapshot }> {
  authorize(actor, "article.read");
  const article = await db().article.findFirst({ where: { id: articleId, newsroomId: actor.newsroomId }, select: { status: true } });
  if (!article) throw new NotFoundError("article");
  const latest = await db().publishedVersion.findFirst({ where: { articleId }, orderBy: { version: "desc" }, select: { version: true, claimsSnapshot: true } });
  if (!latest || article.status !== "published") throw new ConflictError("This article is not published: there is no fact-check markup to submit.");
  return { version: latest.version, snapshot: latest.claimsSnapshot as unknown as VersionSnapshot };
}
