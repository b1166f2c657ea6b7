import { answerPublicRoute } from "@/lib/public/answer";

export const dynamic = "force-dynamic";

/** GET /{newsroom} — the newsroom's published fact-checks. (In production the public page cache in server.ts answers first.) */
export async function GET(request: Request, { params }: { params: Promise<{ newsroom: string }> }) {
  return answerPublicRoute({ kind: "newsroom", ...(await params) }, request);
}
