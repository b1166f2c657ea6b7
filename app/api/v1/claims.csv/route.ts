import { apiHandler } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { claimsCsv, CSV_HEADERS } from "@/lib/publish/claims-csv";
import { publicBaseUrl } from "@/lib/publish/public-urls";
import { listClaimsReport } from "@/lib/server/list-claims-report";

export const dynamic = "force-dynamic";

/** GET /api/v1/claims.csv */
export const GET = apiHandler(op.exportClaims, async ({ actor, query, request }) => {
  const rows = await listClaimsReport({ actor, query, baseUrl: publicBaseUrl(request) });
  return { text: claimsCsv(rows), headers: CSV_HEADERS };
});
