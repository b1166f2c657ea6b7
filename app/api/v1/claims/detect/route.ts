import { z } from "zod";
import { apiError, apiErrorFrom, BodyError, readJson } from "@/lib/api/respond";
import { getSessionUser } from "@/lib/auth/session";
import { detectClaims } from "@/lib/claims/detect-claims";
import { fieldErrors, pastDate } from "@/lib/validation/common";

export const dynamic = "force-dynamic";

/** 1 MB of text: a very long article is 100 kB. */
const MAX_BYTES = 1024 * 1024;

const detectSchema = z.object({
  text: z.string(),
  lang: z.enum(["fr", "en"], "must be fr or en").optional(),
  published: pastDate.optional(),
});

const tooLarge = () => apiError(413, "too_large", `The text is larger than the limit of ${MAX_BYTES} bytes (1 MB).`);

/** POST /api/v1/claims/detect — the claim detector for any signed-in member. */
export async function POST(request: Request) {
  if (!(await getSessionUser())) return apiError(401, "unauthorized", "Sign in, or send an API token.");
  try {
    const parsed = detectSchema.safeParse(await readJson(request, MAX_BYTES + 1024));
    if (!parsed.success) return apiError(422, "invalid", "Some fields are invalid.", fieldErrors(parsed.error));
    const { text, lang, published } = parsed.data;
    if (Buffer.byteLength(text) > MAX_BYTES) return tooLarge();
    return Response.json(detectClaims(text, { lang, published }), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof BodyError) return error.status === 413 ? tooLarge() : apiError(error.status, "bad_request", error.message);
    return apiErrorFrom(error);
  }
}
