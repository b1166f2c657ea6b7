import { answerPublicRoute } from "@/lib/public/answer";

export const dynamic = "force-dynamic";

/** GET /{newsroom}/{slug}/v/{n}/annotations.jsonld — W3C Web Annotations of one version. (In production the public page cache in server.ts answers first.) */
export async function GET(request: Request, { params }: { params: Promise<{ newsroom: string; slug: string; version: string }> }) {
  return answerPublicRoute({ kind: "annotations", ...(await params) }, request);
}
