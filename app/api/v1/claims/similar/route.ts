import { apiHandler } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { findSimilarClaims } from "@/lib/server/find-similar-claims";

export const dynamic = "force-dynamic";

/** GET /api/v1/claims/similar */
export const GET = apiHandler(op.findSimilarClaims, async ({ actor, query }) => {
  const { text, sentence, lang, type, published } = query;
  return { body: await findSimilarClaims({ actor, query: { text, sentence: sentence ?? text, lang, type, published } }) };
});
