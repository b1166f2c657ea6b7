import { claimReviewJsonLd } from "@/lib/publish/claim-review-json-ld";
import { publicBaseUrl, publicUrls } from "@/lib/publish/public-urls";
import { listPublishedArticles } from "@/lib/server/list-published-articles";

export const dynamic = "force-dynamic";

/** GET /{newsroom}/claimreview.json — the current ClaimReviews of every published fact-check. */
export async function GET(request: Request, { params }: { params: Promise<{ newsroom: string }> }) {
  const { newsroom: slug } = await params;
  const found = await listPublishedArticles({ newsroomSlug: slug });
  if (!found) return Response.json({ error: { code: "not_found", message: "No such newsroom." } }, { status: 404 });
  const urls = publicUrls(publicBaseUrl(request), slug);
  const reviews = found.articles.flatMap((a) => claimReviewJsonLd(a.latest, urls.article(a.slug)));
  return Response.json(reviews, { headers: { "cache-control": "public, max-age=300" } });
}
