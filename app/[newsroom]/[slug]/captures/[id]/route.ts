import { z } from "zod";
import { capturedCopyHtml, capturedCopyResponse } from "@/lib/publish/captured-copy-html";
import { getPublicCapture } from "@/lib/server/get-public-capture";

export const dynamic = "force-dynamic";

const notFound = () => new Response("No such capture.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** GET /{newsroom}/{article-slug}/captures/{id} — a source's stored copy, as a published fact-check links it; public. */
export async function GET(_request: Request, { params }: { params: Promise<{ newsroom: string; slug: string; id: string }> }) {
  const { newsroom, slug, id } = await params;
  if (!z.uuid().safeParse(id).success) return notFound();
  const found = await getPublicCapture({ newsroomSlug: newsroom, articleSlug: slug, captureId: id });
  if (!found) return notFound();
  return capturedCopyResponse(capturedCopyHtml(found.capture, found.language === "fr" ? "fr" : "en"));
}
