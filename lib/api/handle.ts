import type { z } from "zod";
import { getSessionUser, type SessionUser } from "../auth/session";
import { authenticateApiToken, type TokenActor } from "../server/authenticate-api-token";
import { fieldErrors } from "../validation/common";
import { findUnstorable } from "../validation/storable-text";
import type { ApiOperation } from "./operation";
import { takeRequest } from "./rate-limit";
import { apiError, apiErrorFrom, BodyError, readJson } from "./respond";

const DEFAULT_BODY_LIMIT = 64 * 1024;

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export type ApiContext<O extends ApiOperation> = {
  request: Request;
  /** The token's member (operations with token auth), else null. */
  actor: O["auth"] extends "token" ? TokenActor : O["auth"] extends "session" ? null : TokenActor | null;
  /** The signed-in user (session auth), else null. */
  user: SessionUser | null;
  params: Infer<O["params"]>;
  query: Infer<O["query"]>;
  body: Infer<O["body"]>;
  /** The revision an If-Match header names (`"r3"` → 3), or null without one. */
  ifMatch: number | null;
};

/** What an operation answers: a body (JSON) or a text (with its content-type in `headers`), its status (else the operation's), an ETag. */
export type ApiResult = { body?: unknown; text?: string; status?: number; etag?: string; headers?: Record<string, string> };

class ApiRefusal extends Error {
  constructor(readonly response: Response) {
    super("refused");
  }
}

const refuse = (...args: Parameters<typeof apiError>) => new ApiRefusal(apiError(...args));

/** `"r12"` (or W/"r12") → 12; anything else is a precondition that cannot hold. */
function parseIfMatch(header: string | null): number | null {
  if (header === null || header.trim() === "*") return null; // "*": any current version of an existing record
  const match = /^(?:W\/)?"r(\d{1,9})"$/.exec(header.trim());
  if (!match) throw refuse(412, "precondition_failed", 'If-Match must be an ETag this API sent, e.g. "r3".');
  return Number(match[1]);
}

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const allowed = new Set([new URL(request.url).origin, ...(process.env.NEXTAUTH_URL ? [new URL(process.env.NEXTAUTH_URL).origin] : [])]);
  return allowed.has(origin);
}

async function authenticate(operation: ApiOperation, request: Request): Promise<{ actor: TokenActor | null; user: SessionUser | null }> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    if (operation.auth === "session") throw refuse(401, "unauthorized", "This operation takes the signed-in session, not an API token.");
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const actor = token ? await authenticateApiToken(token) : null;
    if (!actor) throw refuse(401, "unauthorized", "The API token is missing, malformed, revoked or no longer valid.", undefined, { "WWW-Authenticate": 'Bearer realm="factdesk"' });
    return { actor, user: null };
  }
  if (operation.auth === "token") throw refuse(401, "unauthorized", "Send an API token: Authorization: Bearer <token>.", undefined, { "WWW-Authenticate": 'Bearer realm="factdesk"' });
  const user = await getSessionUser();
  if (!user) throw refuse(401, "unauthorized", "Sign in, or send an API token.");
  if (operation.auth === "session" && operation.method !== "get" && !sameOrigin(request)) {
    throw refuse(403, "cross_origin", "This request must come from the Factdesk app itself (same-origin Origin header).");
  }
  return { actor: null, user };
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, status: 400 | 422, what: string): z.output<S> {
  const unstorable = findUnstorable(value);
  if (unstorable) throw refuse(status, status === 400 ? "bad_request" : "invalid", `Some ${what} are invalid.`, { [unstorable.field]: unstorable.message });
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw refuse(status, status === 400 ? "bad_request" : "invalid", `Some ${what} are invalid.`, fieldErrors(parsed.error));
  return parsed.data;
}

async function readBody(operation: ApiOperation, request: Request): Promise<unknown> {
  if (!operation.body) return undefined;
  // No body at all reads as {}: `POST …/publications` needs none; required fields are then named (422).
  if (request.body === null || request.headers.get("content-length") === "0") return {};
  const limit = operation.bodyLimit ?? DEFAULT_BODY_LIMIT;
  try {
    return await readJson(request, limit);
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    const code = { 400: "bad_request", 413: "too_large", 415: "unsupported_media_type" }[error.status];
    throw refuse(error.status, code, error.message);
  }
}

function respond(operation: ApiOperation, result: ApiResult): Response {
  const status = result.status ?? operation.response.status;
  const headers: Record<string, string> = { "Cache-Control": "no-store", ...result.headers, ...(result.etag ? { ETag: result.etag } : {}) };
  if (status === 204) return new Response(null, { status, headers });
  if (result.text !== undefined) return new Response(result.text, { status, headers });
  return Response.json(result.body, { status, headers });
}

/**
 * The route handler of an operation: authentication (token or session), rate
 * limit per caller (429 + Retry-After), path, query and body validation
 * (404 for a malformed id, 400 / 413 / 415 / 422 naming what is wrong), then
 * `run`; domain errors become the one error shape.
 */
export function apiHandler<O extends ApiOperation>(operation: O, run: (context: ApiContext<O>) => Promise<ApiResult>) {
  return async (request: Request, route: { params: Promise<Record<string, string>> }): Promise<Response> => {
    try {
      const { actor, user } = await authenticate(operation, request);
      const wait = takeRequest(actor ? `token:${actor.tokenId}` : `user:${user?.id}`);
      if (wait > 0) return apiError(429, "rate_limited", `Too many requests: try again in ${wait} s.`, undefined, { "Retry-After": String(wait) });
      const rawParams = await route.params;
      const params = operation.params ? operation.params.safeParse(rawParams) : null;
      if (params && !params.success) return apiError(404, "not_found", "No such record.");
      // `?query=&status=` (an empty form field) means the parameter is absent.
      const given = [...new URL(request.url).searchParams].filter(([, value]) => value !== "");
      const query = operation.query ? parseWith(operation.query, Object.fromEntries(given), 400, "query parameters") : undefined;
      const ifMatch = operation.etag ? parseIfMatch(request.headers.get("if-match")) : null;
      const raw = await readBody(operation, request);
      const body = operation.body ? parseWith(operation.body, raw, 422, "fields") : undefined;
      const context = { request, actor, user, params: params?.data, query, body, ifMatch } as ApiContext<O>;
      return respond(operation, await run(context));
    } catch (error) {
      if (error instanceof ApiRefusal) return error.response;
      return apiErrorFrom(error);
    }
  };
}

/** A 412 for a stale If-Match, with the current ETag so the client can re-read. */
export function preconditionFailed(currentEtag: string): never {
  throw refuse(412, "precondition_failed", `The record changed since you read it (it is now ${currentEtag}): GET it again, then retry.`, undefined, { ETag: currentEtag });
}
