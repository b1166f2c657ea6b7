import { atomFeed } from "@/lib/publish/atom-feed";
import { publicBaseUrl, publicUrls } from "@/lib/publish/public-urls";
import { verdictSummary } from "@/lib/publish/verdict-summary";
import { verdictDisplay } from "@/lib/publish/verdict-display";
import { listPublishedArticles } from "@/lib/server/list-published-articles";

export const dynamic = "force-dynamic";

/** GET /{newsroom}/feed.xml — Atom feed of the newsroom's fact-checks. */
export async function GET(request: Request, { params }: { params: Promise<{ newsroom: string }> }) {
  const { newsroom: slug } = await params;
  const found = await listPublishedArticles({ newsroomSlug: slug });
  if (!found) return new Response("Not found", { status: 404 });
  const urls = publicUrls(publicBaseUrl(request), slug);
  const xml = atomFeed({
    newsroom: found.newsroom,
    selfUrl: urls.feed,
    siteUrl: urls.newsroom,
    entries: found.articles.map((a) => ({
      id: urls.article(a.slug),
      url: urls.article(a.slug),
      title: a.latest.title,
      published: a.firstPublishedAt.toISOString(),
      updated: a.updatedAt.toISOString(),
      summary: verdictSummary(a.latest.claims)
        .map(({ verdict, count }) => `${count} × ${verdictDisplay(verdict, a.latest.language).label}`)
        .join(", "),
    })),
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" } });
}
