import { answerPublicRoute } from "@/lib/public/answer";

export const dynamic = "force-dynamic";

/** GET /{newsroom}/{slug}/v/{n}/factcheck-markup.json — the Fact Check Tools API `pages.create` body of one version. (In production the public page cache in server.ts answers first.) */
export async function GET(request: Request, { params }: { params: Promise<{ newsroom: string; slug: string; version: string }> }) {
  return answerPublicRoute({ kind: "factcheckMarkup", ...(await params) }, request);
}
