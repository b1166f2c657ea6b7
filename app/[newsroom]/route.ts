import { publicBaseUrl, publicUrls } from "@/lib/publish/public-urls";
import { renderNewsroomPage } from "@/lib/publish/render-newsroom-page";
import { listPublishedArticles } from "@/lib/server/list-published-articles";

export const dynamic = "force-dynamic";

/** GET /{newsroom} — the newsroom's published fact-checks. */
export async function GET(request: Request, { params }: { params: Promise<{ newsroom: string }> }) {
  const { newsroom: slug } = await params;
  const found = await listPublishedArticles({ newsroomSlug: slug });
  if (!found) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const urls = publicUrls(publicBaseUrl(request), slug);
  const html = renderNewsroomPage({
    newsroom: found.newsroom,
    baseUrl: urls.newsroom,
    feedUrl: urls.feed,
    articles: found.articles.map((a) => ({ url: urls.article(a.slug), latest: a.latest, updatedAt: a.updatedAt })),
  });
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=0, must-revalidate" } });
}
