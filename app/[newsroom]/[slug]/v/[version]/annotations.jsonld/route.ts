import { parseVersionNumber, publicBaseUrl, publicUrls } from "@/lib/publish/public-urls";
import type { VersionSnapshot } from "@/lib/publish/snapshot";
import { webAnnotations } from "@/lib/publish/web-annotations";
import { getPublicVersion } from "@/lib/server/get-public-version";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ newsroom: string; slug: string; version: string }> };

/** GET /{newsroom}/{slug}/v/{n}/annotations.jsonld — W3C Web Annotations of one version. */
export async function GET(request: Request, { params }: Context) {
  const { newsroom, slug, version } = await params;
  const n = parseVersionNumber(version);
  const found = n === null ? null : await getPublicVersion({ newsroomSlug: newsroom, articleSlug: slug, version: n });
  if (!found || found.kind === "missing") return Response.json({ error: { code: "not_found", message: "No such version." } }, { status: 404 });
  if (found.kind === "gone") return Response.json({ error: { code: "gone", message: "This fact-check was withdrawn." } }, { status: 410 });
  const pageUrl = publicUrls(publicBaseUrl(request), newsroom).version(slug, found.version.version);
  return new Response(JSON.stringify(webAnnotations(found.version.claimsSnapshot as VersionSnapshot, pageUrl)), {
    headers: { "content-type": "application/ld+json; charset=utf-8", "cache-control": "public, max-age=31536000, immutable" },
  });
}
