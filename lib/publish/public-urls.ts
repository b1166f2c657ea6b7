/** The public URLs of a newsroom and its fact-checks, from the app's base URL. */
export function publicUrls(baseUrl: string, newsroomSlug: string) {
  const newsroom = `${baseUrl.replace(/\/$/, "")}/${encodeURIComponent(newsroomSlug)}`;
  const article = (slug: string) => `${newsroom}/${encodeURIComponent(slug)}`;
  return { newsroom, feed: `${newsroom}/feed.xml`, article, version: (slug: string, n: number) => `${article(slug)}/v/${n}` };
}

/** The base URL public pages are served under. */
export function publicBaseUrl(request: Request): string {
  return process.env.NEXTAUTH_URL ?? new URL(request.url).origin;
}

/** A version number from a URL segment ("1", "12"…), or null for anything else ("01", "x", "-1"). */
export function parseVersionNumber(segment: string): number | null {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : null;
}
