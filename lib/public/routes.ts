import { RESERVED_SLUGS } from "../validation/newsroom";

/** The public (signed-out) URLs of Factdesk, as app/[newsroom]/… serves them. */
export type PublicRoute =
  | { kind: "newsroom"; newsroom: string }
  | { kind: "feed"; newsroom: string }
  | { kind: "claimreview"; newsroom: string }
  | { kind: "article"; newsroom: string; slug: string }
  | { kind: "version"; newsroom: string; slug: string; version: string }
  | { kind: "annotations"; newsroom: string; slug: string; version: string }
  | { kind: "factcheckMarkup"; newsroom: string; slug: string; version: string };

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * The public route a path names, or null (every other path belongs to the app).
 * Same shapes as the route handlers under app/[newsroom]; a trailing slash or
 * an empty segment is not a match (Next redirects those).
 */
export function matchPublicRoute(pathname: string): PublicRoute | null {
  const raw = pathname.split("/").slice(1);
  if (raw.length === 0 || raw.length > 5 || raw.some((s) => s === "")) return null;
  const parts = raw.map(decode);
  if (parts.some((p) => p === null)) return null;
  const [newsroom, second, third, version, fifth] = parts as string[];
  if (RESERVED_SLUGS.has(newsroom)) return null;
  if (parts.length === 1) return { kind: "newsroom", newsroom };
  if (parts.length === 2) {
    if (second === "feed.xml") return { kind: "feed", newsroom };
    if (second === "claimreview.json") return { kind: "claimreview", newsroom };
    return { kind: "article", newsroom, slug: second };
  }
  if (third !== "v" || parts.length === 3) return null;
  if (parts.length === 4) return { kind: "version", newsroom, slug: second, version };
  if (fifth === "annotations.jsonld") return { kind: "annotations", newsroom, slug: second, version };
  return fifth === "factcheck-markup.json" ? { kind: "factcheckMarkup", newsroom, slug: second, version } : null;
}

/** The path of a route with each segment encoded as the app writes its links. */
export function canonicalPath(route: PublicRoute): string {
  const e = encodeURIComponent;
  const article = "slug" in route ? `/${e(route.newsroom)}/${e(route.slug)}` : "";
  switch (route.kind) {
    case "newsroom":
      return `/${e(route.newsroom)}`;
    case "feed":
      return `/${e(route.newsroom)}/feed.xml`;
    case "claimreview":
      return `/${e(route.newsroom)}/claimreview.json`;
    case "article":
      return article;
    case "version":
      return `${article}/v/${e(route.version)}`;
    case "annotations":
      return `${article}/v/${e(route.version)}/annotations.jsonld`;
    case "factcheckMarkup":
      return `${article}/v/${e(route.version)}/factcheck-markup.json`;
  }
}
