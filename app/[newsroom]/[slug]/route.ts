import { answerPublicRoute } from "@/lib/public/answer";

export const dynamic = "force-dynamic";

/** GET /{newsroom}/{article-slug} — the latest published version, public. (In production the public page cache in server.ts answers first.) */
export async function GET(request: Request, { params }: { params: Promise<{ newsroom: string; slug: string }> }) {
  return answerPublicRoute({ kind: "article", ...(await params) }, request);
}
