import { answerPublicRoute } from "@/lib/public/answer";

export const dynamic = "force-dynamic";

/** GET /{newsroom}/{article-slug}/v/{n} — one published version, public (its text never changes; it can be withdrawn). (In production the public page cache in server.ts answers first.) */
export async function GET(request: Request, { params }: { params: Promise<{ newsroom: string; slug: string; version: string }> }) {
  return answerPublicRoute({ kind: "version", ...(await params) }, request);
}
