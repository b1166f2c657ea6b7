import type { z } from "zod";

export type ApiMethod = "get" | "post" | "patch" | "delete";

/**
 * Who may call an operation: a bearer API token; the signed-in session (with a
 * same-origin Origin header when it changes something); or either.
 */
export type ApiAuth = "token" | "session" | "token-or-session";

/**
 * One REST operation, declared once: the route handler validates with these
 * schemas and the OpenAPI description is generated from them.
 */
export type ApiOperation = {
  operationId: string;
  method: ApiMethod;
  /** OpenAPI path under /api/v1, e.g. "/claims/{id}". */
  path: string;
  tag: "Articles" | "Claims" | "Publications" | "Tokens" | "Detection";
  summary: string;
  description?: string;
  auth: ApiAuth;
  /** Minimum role, for the reference (the domain functions enforce it). */
  role?: "viewer" | "fact_checker" | "editor" | "owner";
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Largest body accepted, in bytes (413 past it). */
  bodyLimit?: number;
  /** Sends and honours ETag / If-Match (412 when stale). */
  etag?: boolean;
  response: { status: 200 | 201 | 204; description: string; schema?: z.ZodType };
  /** Error statuses the operation may answer besides 401 / 429 / 500. */
  errors: number[];
  /** A request that works on the demo data: the test suite sends it. */
  example?: { body?: unknown; query?: Record<string, string> };
};

export function defineOperation<const O extends ApiOperation>(operation: O): O {
  return operation;
}
