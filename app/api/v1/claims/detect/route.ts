import { apiHandler } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { detectClaims } from "@/lib/claims/detect-claims";

export const dynamic = "force-dynamic";

/** POST /api/v1/claims/detect — the claim detector, for a token or any signed-in member. */
export const POST = apiHandler(op.detectClaims, async ({ body }) => {
  const { text, lang, published } = body;
  return { body: detectClaims(text, { lang, published }) };
});
