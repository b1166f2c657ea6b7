import { apiHandler } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { ValidationError } from "@/lib/server/errors";
import { importFactChecks, type ImportFactChecksOptions } from "@/lib/server/import-fact-checks";
import { httpUrl } from "@/lib/validation/common";

export const dynamic = "force-dynamic";

const onlyKey = (body: unknown, key: string): body is Record<string, unknown> =>
  typeof body === "object" && body !== null && !Array.isArray(body) && Object.keys(body).length === 1 && key in body;

/** `{"url"}` is the address of a file or page to fetch; `{"html"}` is a page to read the JSON-LD of; anything else is the file's JSON itself. */
function fileOf(body: unknown): ImportFactChecksOptions["file"] {
  if (onlyKey(body, "url")) {
    const url = httpUrl.safeParse(body.url);
    if (!url.success) throw new ValidationError({ url: url.error.issues[0].message });
    return { url: url.data };
  }
  if (onlyKey(body, "html")) {
    if (typeof body.html !== "string") throw new ValidationError({ html: "must be the page's HTML, as text" });
    return { html: body.html };
  }
  return { json: body };
}

/** POST /api/v1/fact-checks/imports */
export const POST = apiHandler(op.importFactChecks, async ({ actor, body, query }) => {
  return { body: await importFactChecks({ actor, file: fileOf(body), source: query.source }) };
});
