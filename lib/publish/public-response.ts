import type { PublicVersion } from "../server/get-public-version";
import { escapeMarkup as e } from "./escape-markup";
import { PUBLIC_PAGE_CSS } from "./public-page-style";
import { publicUrls } from "./public-urls";
import { renderPublicPage } from "./render-public-page";
import type { VersionSnapshot } from "./snapshot";

/**
 * A numbered version's text never changes, but its newsroom can withdraw it at
 * any moment, and no cache outside Factdesk can be told to forget a page. So it
 * is never `immutable`: browsers and shared caches keep it 5 minutes at most
 * (how long a withdrawn fact-check may still be shown by them), then revalidate
 * with its ETag, which Factdesk answers from memory with a 304. Its page also
 * lists the versions published after it, which a new version changes.
 */
export const PINNED_VERSION_CACHE_CONTROL = "public, max-age=300, must-revalidate";
/** The latest URL changes with every correction: always revalidated. */
export const LATEST_VERSION_CACHE_CONTROL = "public, max-age=0, must-revalidate";
/** A withdrawn fact-check (410) is kept by no cache outside Factdesk: republishing must show at once. */
export const WITHDRAWN_CACHE_CONTROL = "no-store";

function notice(status: number, title: string, body: string, cacheControl: string): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${e(title)}</title><style>${PUBLIC_PAGE_CSS}</style></head><body><main style="padding:3rem 1.25rem"><h1>${e(title)}</h1><p>${body}</p></main></body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": cacheControl } });
}

export type PublicResponseOptions = { found: PublicVersion; request: Request; baseUrl: string; newsroomSlug: string; articleSlug: string; pinned: boolean };

/**
 * The HTTP answer for a public fact-check URL: the page (with an ETag; a
 * numbered version is cached for minutes, see PINNED_VERSION_CACHE_CONTROL),
 * 404 for drafts and unknown articles, 410 (not cached) once unpublished.
 */
export function publicResponse({ found, request, baseUrl, newsroomSlug, articleSlug, pinned }: PublicResponseOptions): Response {
  if (found.kind === "missing") return notice(404, "Not found · Introuvable", "This page does not exist. · Cette page n’existe pas.", "public, max-age=60");
  if (found.kind === "gone") {
    return notice(410, found.title, "This fact-check has been withdrawn by its newsroom. · Cette vérification a été retirée par sa rédaction.", WITHDRAWN_CACHE_CONTROL);
  }
  // The page of version n also lists the versions after it: a new one changes it.
  const etag = `"v-${found.version.id}-l${found.latest}"`;
  const cache = pinned ? PINNED_VERSION_CACHE_CONTROL : LATEST_VERSION_CACHE_CONTROL;
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: { etag, "cache-control": cache } });
  const urls = publicUrls(baseUrl, newsroomSlug);
  const articleUrl = urls.article(articleSlug);
  const versionUrl = (n: number) => urls.version(articleSlug, n);
  const snapshot = found.version.claimsSnapshot as VersionSnapshot;
  const html = renderPublicPage({
    snapshot,
    articleHtml: found.version.html,
    pageUrl: pinned ? versionUrl(found.version.version) : articleUrl,
    canonicalUrl: found.version.version === found.latest ? articleUrl : versionUrl(found.version.version),
    newsroomUrl: urls.newsroom,
    versions: found.versions.map((v) => ({ ...v, url: versionUrl(v.version), snapshot: v.claimsSnapshot as VersionSnapshot })),
    firstPublishedAt: found.versions[found.versions.length - 1].publishedAt,
  });
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8", etag, "cache-control": cache } });
}
