import { publicResponse } from "@/lib/publish/public-response";
import { publicBaseUrl } from "@/lib/publish/public-urls";
import { getPublicVersion } from "@/lib/server/get-public-version";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ newsroom: string; slug: string }> };

/** GET /{newsroom}/{article-slug} — the latest published version, public. */
export async function GET(request: Request, { params }: Context) {
  const { newsroom, slug } = await params;
  const found = await getPublicVersion({ newsroomSlug: newsroom, articleSlug: slug });
  return publicResponse({ found, request, baseUrl: publicBaseUrl(request), newsroomSlug: newsroom, articleSlug: slug, pinned: false });
}
