import type { SourceCapture } from "../db/generated/client";
import { db } from "../db/prisma";
import type { VersionSnapshot } from "../publish/snapshot";
import { getPublicVersion } from "./get-public-version";

const linksCapture = (snapshot: unknown, captureId: string) =>
  ((snapshot as VersionSnapshot | null)?.claims ?? []).some((claim) => claim.sources?.some((source) => source.capture?.id === captureId));

/**
 * A captured copy for the public: only one that a published version of this
 * article links (the drafts' captures, and other newsrooms', are not found),
 * with the article's language for the page's words.
 */
export async function getPublicCapture(options: { newsroomSlug: string; articleSlug: string; captureId: string }): Promise<{ capture: SourceCapture; language: string } | null> {
  const published = await getPublicVersion({ newsroomSlug: options.newsroomSlug, articleSlug: options.articleSlug });
  if (published.kind !== "published") return null;
  if (!published.versions.some((v) => linksCapture(v.claimsSnapshot, options.captureId))) return null;
  const capture = await db().sourceCapture.findFirst({ where: { id: options.captureId, status: "captured", source: { claim: { article: { slug: options.articleSlug, newsroom: { slug: options.newsroomSlug } } } } } });
  if (!capture) return null;
  return { capture, language: (published.version.claimsSnapshot as VersionSnapshot).language };
}
