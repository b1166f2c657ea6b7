import { errorResult } from "../actions/safe-action";

/** The one error shape of the REST API: `{ "error": { "code", "message", "fields"? } }`. */
export function apiError(status: number, code: string, message: string, fields?: Record<string, string>, headers?: HeadersInit): Response {
  return Response.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

const CODES: Record<number, string> = { 400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 409: "conflict", 412: "precondition_failed", 413: "too_large", 422: "invalid", 500: "internal" };

/** A thrown domain or validation error as an API answer. */
export function apiErrorFrom(error: unknown): Response {
  const result = errorResult(error);
  return apiError(result.status, result.code ?? CODES[result.status] ?? "error", result.error, result.fields);
}

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a JSON body of at most `limit` bytes (413 past it, stating the limit; 400 when not JSON). */
export async function readJson(request: Request, limit: number): Promise<unknown> {
  // The media type is what comes before any parameter: "text/plain; application/json" is text.
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json" && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) throw new BodyError(415, "Send the body as application/json.");
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) throw new BodyError(413, `The body is ${declared} bytes; the limit is ${limit} bytes.`);
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = reader ? await reader.read() : { done: true, value: undefined };
    if (done || !value) break;
    size += value.byteLength;
    if (size > limit) {
      await reader?.cancel();
      throw new BodyError(413, `The body is larger than the limit of ${limit} bytes.`);
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)));
  } catch {
    throw new BodyError(400, "The body is not valid UTF-8 JSON.");
  }
}
