import { errorResult } from "@/lib/actions/safe-action";
import { apiError } from "@/lib/api/respond";
import { memberActor } from "@/lib/auth/member-actor";
import { claimsCsv, CSV_HEADERS } from "@/lib/publish/claims-csv";
import { publicBaseUrl } from "@/lib/publish/public-urls";
import { listClaimsReport } from "@/lib/server/list-claims-report";
import { claimsReportQuery } from "@/lib/api/schemas";
import { fieldErrors } from "@/lib/validation/common";

export const dynamic = "force-dynamic";

/** GET /desk/{newsroom}/claims.csv?from=&to= — the claims report for a signed-in member (the desk's download link). */
export async function GET(request: Request, { params }: { params: Promise<{ newsroom: string }> }) {
  const given = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value !== ""));
  const query = claimsReportQuery.safeParse(given);
  if (!query.success) return apiError(400, "bad_request", "Some query parameters are invalid.", fieldErrors(query.error));
  try {
    const actor = await memberActor((await params).newsroom);
    const rows = await listClaimsReport({ actor, query: query.data, baseUrl: publicBaseUrl(request) });
    return new Response(claimsCsv(rows), { headers: { ...CSV_HEADERS, "Cache-Control": "no-store" } });
  } catch (error) {
    const result = errorResult(error);
    return apiError(result.status, "error", result.error);
  }
}
