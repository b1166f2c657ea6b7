import { apiError } from "../api/respond";
import { atomFeed } from "../publish/atom-feed";
import { claimReviewJsonLd } from "../publish/claim-review-json-ld";
import { factCheckMarkupPage } from "../publish/factcheck-markup";
import { PINNED_VERSION_CACHE_CONTROL, publicResponse } from "../publish/public-response";
import { parseVersionNumber, publicBaseUrl, publicUrls } from "../publish/public-urls";
import { renderNewsroomPage } from "../publish/render-newsroom-page";
import type { VersionSnapshot } from "../publish/snapshot";
import { verdictDisplay } from "../publish/verdict-display";
import { verdictSummary } from "../publish/verdict-summary";
import { webAnnotations } from "../publish/web-annotations";
import { getPublicVersion } from "../server/get-public-version";
import { listPublishedArticles, type PublishedArticles } from "../server/list-published-articles";
import type { PublicRoute } from "./routes";

type Urls = ReturnType<typeof publicUrls>;

function newsroomPage(found: PublishedArticles, urls: Urls): Response {
  const html = renderNewsroomPage({
    newsroom: found.newsroom,
    baseUrl: urls.newsroom,
    feedUrl: urls.feed,
    articles: found.articles.map((a) => ({ url: urls.article(a.slug), latest: a.latest, updatedAt: a.updatedAt })),
  });
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=0, must-revalidate" } });
}

function feed(found: PublishedArticles, urls: Urls): Response {
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

function claimReviews(found: PublishedArticles, urls: Urls): Response {
  const reviews = found.articles.flatMap((a) => claimReviewJsonLd(a.latest, urls.article(a.slug)));
  return Response.json(reviews, { headers: { "cache-control": "public, max-age=300" } });
}

async function newsroomWide(route: PublicRoute & { kind: "newsroom" | "feed" | "claimreview" }, urls: Urls): Promise<Response> {
  const found = await listPublishedArticles({ newsroomSlug: route.newsroom });
  if (!found) return route.kind === "claimreview" ? apiError(404, "not_found", "No such newsroom.") : new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (route.kind === "newsroom") return newsroomPage(found, urls);
  return route.kind === "feed" ? feed(found, urls) : claimReviews(found, urls);
}

const VERSION_EXPORTS = {
  annotations: { type: "application/ld+json; charset=utf-8", render: webAnnotations },
  factcheckMarkup: { type: "application/json; charset=utf-8", render: factCheckMarkupPage },
} as const;

/** An export of one published version: its W3C Web Annotations, or its Fact Check Tools markup. */
async function versionExport(route: PublicRoute & { kind: keyof typeof VERSION_EXPORTS }, urls: Urls): Promise<Response> {
  const n = parseVersionNumber(route.version);
  const found = n === null ? null : await getPublicVersion({ newsroomSlug: route.newsroom, articleSlug: route.slug, version: n });
  if (!found || found.kind === "missing") return apiError(404, "not_found", "No such version.");
  // apiError answers no-store, like the withdrawn page.
  if (found.kind === "gone") return apiError(410, "gone", "This fact-check was withdrawn.");
  const { type, render } = VERSION_EXPORTS[route.kind];
  return new Response(JSON.stringify(render(found.version.claimsSnapshot as VersionSnapshot, urls.version(route.slug, found.version.version))), {
    headers: { "content-type": type, "cache-control": PINNED_VERSION_CACHE_CONTROL },
  });
}

/**
 * The answer to a public URL: newsroom index, Atom feed, ClaimReview export,
 * a fact-check (latest or numbered version), its Web Annotations or its Fact
 * Check Tools markup. Used by the
 * route handlers and, in front of Next, by the public page cache.
 */
export async function answerPublicRoute(route: PublicRoute, request: Request): Promise<Response> {
  const baseUrl = publicBaseUrl(request);
  const urls = publicUrls(baseUrl, route.newsroom);
  switch (route.kind) {
    case "newsroom":
    case "feed":
    case "claimreview":
      return newsroomWide(route, urls);
    case "annotations":
    case "factcheckMarkup":
      return versionExport(route, urls);
    case "article":
    case "version": {
      const n = route.kind === "version" ? parseVersionNumber(route.version) : undefined;
      const found = n === null ? ({ kind: "missing" } as const) : await getPublicVersion({ newsroomSlug: route.newsroom, articleSlug: route.slug, version: n });
      return publicResponse({ found, request, baseUrl, newsroomSlug: route.newsroom, articleSlug: route.slug, pinned: route.kind === "version" });
    }
  }
}
