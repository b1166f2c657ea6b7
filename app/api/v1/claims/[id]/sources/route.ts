import { apiHandler } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { sourceJson } from "@/lib/api/serialize";
import { addSource } from "@/lib/server/add-source";

export const dynamic = "force-dynamic";

/** POST /api/v1/claims/{id}/sources */
export const POST = apiHandler(op.addSource, async ({ actor, params, body }) => {
  return { body: sourceJson(await addSource({ actor, input: { ...body, claimId: params.id } })) };
});
