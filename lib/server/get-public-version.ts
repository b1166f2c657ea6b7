import { db } from "../db/prisma";

export type PublicVersion =
  | { kind: "missing" }
  | { kind: "gone"; title: string }
  | {
      kind: "published";
      version: { version: number; title: string; html: string; claimsSnapshot: unknown; changeNote: string | null; publishedAt: Date; id: string };
      versions: { version: number; changeNote: string | null; publishedAt: Date; claimsSnapshot: unknown }[];
      latest: number;
    };

/**
 * A published version for the public (no sign-in): the latest, or number `version`.
 * Drafts and unknown articles are "missing" (404); an unpublished article is "gone" (410).
 */
export async function getPublicVersion(options: { newsroomSlug: string; articleSlug: string; version?: number }): Promise<PublicVersion> {
  const article = await db().article.findFirst({
    where: { slug: options.articleSlug, newsroom: { slug: options.newsroomSlug } },
    select: { id: true, status: true, title: true },
  });
  if (!article) return { kind: "missing" };
  if (article.status === "unpublished") return { kind: "gone", title: article.title };
  if (article.status !== "published") return { kind: "missing" };
  const versions = await db().publishedVersion.findMany({
    where: { articleId: article.id },
    orderBy: { version: "desc" },
    select: { id: true, version: true, title: true, html: true, claimsSnapshot: true, changeNote: true, publishedAt: true },
  });
  const version = options.version === undefined ? versions[0] : versions.find((v) => v.version === options.version);
  if (!version) return { kind: "missing" };
  return {
    kind: "published",
    version,
    latest: versions[0].version,
    versions: versions.map(({ version: n, changeNote, publishedAt, claimsSnapshot }) => ({ version: n, changeNote, publishedAt, claimsSnapshot })),
  };
}
