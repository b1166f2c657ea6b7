import { db } from "../db/prisma";
import type { VersionSnapshot } from "../publish/snapshot";

export type PublishedArticle = { slug: string; title: string; latest: VersionSnapshot; firstPublishedAt: Date; updatedAt: Date };

/** A newsroom's published fact-checks (public), newest update first; null when no such newsroom. */
export async function listPublishedArticles({ newsroomSlug }: { newsroomSlug: string }) {
  const newsroom = await db().newsroom.findUnique({ where: { slug: newsroomSlug }, select: { id: true, name: true, slug: true, publicUrl: true } });
  if (!newsroom) return null;
  const articles = await db().article.findMany({
    where: { newsroomId: newsroom.id, status: "published" },
    select: { slug: true, title: true, versions: { orderBy: { version: "desc" }, select: { claimsSnapshot: true, publishedAt: true } } },
  });
  const published: PublishedArticle[] = articles
    .filter((a) => a.versions.length > 0)
    .map((a) => ({
      slug: a.slug,
      title: a.versions[0] ? (a.versions[0].claimsSnapshot as VersionSnapshot).title : a.title,
      latest: a.versions[0].claimsSnapshot as VersionSnapshot,
      updatedAt: a.versions[0].publishedAt,
      firstPublishedAt: a.versions[a.versions.length - 1].publishedAt,
    }))
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
  return { newsroom, articles: published };
}

export type PublishedArticles = NonNullable<Awaited<ReturnType<typeof listPublishedArticles>>>;
