import { publicResponse } from "@/lib/publish/public-response";
import { parseVersionNumber, publicBaseUrl } from "@/lib/publish/public-urls";
import { getPublicVersion } from "@/lib/server/get-public-version";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ newsroom: string; slug: string; version: string }> };

/** GET /{newsroom}/{article-slug}/v/{n} — one published version, public and immutable. */
export async function GET(request: Request, { params }: Context) {
  const { newsroom, slug, version } = await params;
  const n = parseVersionNumber(version);
  const found = n === null ? ({ kind: "missing" } as const) : await getPublicVersion({ newsroomSlug: newsroom, articleSlug: slug, version: n });
  return publicResponse({ found, request, baseUrl: publicBaseUrl(request), newsroomSlug: newsroom, articleSlug: slug, pinned: true });
}
