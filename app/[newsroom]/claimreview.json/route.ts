import { answerPublicRoute } from "@/lib/public/answer";

export const dynamic = "force-dynamic";

/** GET /{newsroom}/claimreview.json — the current ClaimReviews of every published fact-check. (In production the public page cache in server.ts answers first.) */
export async function GET(request: Request, { params }: { params: Promise<{ newsroom: string }> }) {
  return answerPublicRoute({ kind: "claimreview", ...(await params) }, request);
}
