import { openApiDocument } from "@/lib/api/openapi";
import { publicBaseUrl } from "@/lib/publish/public-urls";

export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json — the API's OpenAPI 3.1 description (public). */
export function GET(request: Request) {
  return Response.json(openApiDocument(publicBaseUrl(request)), { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
}
