import { apiHandler } from "@/lib/api/handle";
import * as op from "@/lib/api/operations";
import { ValidationError } from "@/lib/server/errors";
import { importFactChecks, type ImportFactChecksOptions } from "@/lib/server/import-fact-checks";

export const dynamic = "force-dynamic";

const onlyKey = (body: unknown, key: string): body is Record<string, unknown> =>
  typeof body === "object" && body !== null && !Array.isArray(body) && Object.keys(body).length === 1 && key in body;

/** `{"html"}` is a page to read the JSON-LD of; anything else is the file's JSON itself. */
function fileOf(body: unknown): ImportFactChecksOptions["file"] {
  if (onlyKey(body, "url")) {
    // The safe fetcher (no private addresses, size and time limits) is its own piece of work.
    throw new ValidationError({ url: "fetching URLs is not available yet: download the file and send its content" }, "Fetching URLs is not available yet: download the file and send its content.");
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
