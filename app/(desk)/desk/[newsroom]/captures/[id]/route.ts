import { z } from "zod";
import { errorResult } from "@/lib/actions/safe-action";
import { memberActor } from "@/lib/auth/member-actor";
import { getLocale } from "@/lib/i18n/server";
import { capturedCopyHtml, capturedCopyResponse } from "@/lib/publish/captured-copy-html";
import { getCapture } from "@/lib/server/get-capture";

export const dynamic = "force-dynamic";

/** GET /desk/{newsroom}/captures/{id} — a source's captured copy, as text, for the newsroom's members. */
export async function GET(_request: Request, { params }: { params: Promise<{ newsroom: string; id: string }> }) {
  const { newsroom, id } = await params;
  try {
    if (!z.uuid().safeParse(id).success) return new Response("No such capture.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    const capture = await getCapture({ actor: await memberActor(newsroom), captureId: id });
    return capturedCopyResponse(capturedCopyHtml(capture, await getLocale()));
  } catch (error) {
    const result = errorResult(error);
    return new Response(result.error, { status: result.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
