import { z } from "zod";
import type { ApiOperation } from "./operation";
import { API_OPERATIONS } from "./operations";
import { errorResponse } from "./schemas";

type JsonSchema = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  400: "Malformed request: not JSON, or a query parameter is invalid (`fields` names it).",
  401: "No valid API token (or session).",
  403: "Your role does not allow this (or, for a session, the request is not same-origin).",
  404: "No such record in your newsroom (another newsroom's records are not found either).",
  409: "Conflict with the current state (the message says which).",
  410: "Gone.",
  412: "If-Match names a revision that is no longer current: GET the record again.",
  413: "The body is larger than the limit (the message gives it).",
  415: "Send the body as application/json.",
  422: "Invalid fields: `fields` maps each field to what is wrong.",
  429: "Too many requests for this token: wait `Retry-After` seconds.",
};

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) of a zod schema, as a request or a response reads it. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

function parameters(operation: ApiOperation) {
  const path = Object.keys(operation.params?.shape ?? {}).map((name) => ({
    name,
    in: "path",
    required: true,
    description: `The ${operation.path.startsWith("/claims") ? "claim" : "article"}'s id.`,
    schema: { type: "string", format: "uuid" },
  }));
  const queryShape = operation.query ? (jsonSchema(operation.query, "input").properties as Record<string, JsonSchema>) : {};
  const query = Object.entries(queryShape).map(([name, schema]) => ({ name, in: "query", required: false, schema }));
  const ifMatch = operation.etag && operation.method !== "get"
    ? [{ name: "If-Match", in: "header", required: false, description: 'The ETag of the claim as you read it, e.g. "r3": 412 if it changed since.', schema: { type: "string" } }]
    : [];
  return [...path, ...query, ...ifMatch];
}

function responses(operation: ApiOperation) {
  const errorRef = { $ref: "#/components/schemas/Error" };
  const success = {
    description: operation.response.description,
    ...(operation.etag ? { headers: { ETag: { description: 'The claim\'s revision, "r<n>".', schema: { type: "string" } } } } : {}),
    ...(operation.response.schema ? { content: { "application/json": { schema: jsonSchema(operation.response.schema, "output") } } } : {}),
  };
  const errors = [...new Set([...operation.errors, 401, 429])].sort();
  return {
    [operation.response.status]: success,
    ...Object.fromEntries(
      errors.map((status) => [
        status,
        {
          description: STATUS_TEXT[status] ?? "Error.",
          ...(status === 429 ? { headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } } } : {}),
          content: { "application/json": { schema: errorRef } },
        },
      ]),
    ),
  };
}

function operationObject(operation: ApiOperation) {
  const security = { token: [{ bearer: [] }], session: [{ session: [] }], "token-or-session": [{ bearer: [] }, { session: [] }] }[operation.auth];
  const role = operation.role ? `\n\nMinimum role: **${operation.role}**.` : "";
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    description: `${operation.description ?? ""}${role}`.trim(),
    security,
    parameters: parameters(operation),
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: jsonSchema(operation.body, "input"),
                ...(operation.example?.body ? { example: operation.example.body } : {}),
              },
            },
          },
        }
      : {}),
    responses: responses(operation),
  };
}

/** The OpenAPI 3.1 description of the REST API, generated from the operations the handlers run. */
export function openApiDocument(serverUrl: string, operations: readonly ApiOperation[] = API_OPERATIONS) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) (paths[operation.path] ??= {})[operation.method] = operationObject(operation);
  return {
    openapi: "3.1.0",
    info: {
      title: "Factdesk API",
      version: "1.0.0",
      description:
        "Push articles in, mark and rate claims, pull verdicts out, publish. Authenticate with a personal API token (Settings → API tokens): `Authorization: Bearer <token>`. A token acts with its owner's current role in one newsroom. Errors share one shape: `{\"error\": {\"code\", \"message\", \"fields\"?}}`.",
    },
    servers: [{ url: `${serverUrl.replace(/\/$/, "")}/api/v1` }],
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A Factdesk API token (fdk_…)." },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The web app's session, same-origin requests only." },
      },
      schemas: { Error: jsonSchema(errorResponse, "output") },
    },
  };
}
