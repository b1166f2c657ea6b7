import { ROLES, type Role } from "../../lib/policies";
import { createApiToken } from "../../lib/server/create-api-token";
import type { TestNewsroom } from "./factory";

type Handler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "POST" | "PATCH" | "DELETE", Handler>>;

// The app's route modules by OpenAPI path: requests go through the real handlers, in this process.
const ROUTES: [string, () => Promise<RouteModule>][] = [
  ["/articles", () => import("../../app/api/v1/articles/route")],
  ["/articles/imports", () => import("../../app/api/v1/articles/imports/route")], // before /articles/{id}, as Next prefers a static segment
  ["/articles/{id}", () => import("../../app/api/v1/articles/[id]/route")],
  ["/articles/{id}/claims", () => import("../../app/api/v1/articles/[id]/claims/route")],
  ["/articles/{id}/publications", () => import("../../app/api/v1/articles/[id]/publications/route")],
  ["/articles/{id}/publications/current", () => import("../../app/api/v1/articles/[id]/publications/current/route")],
  ["/claims/detect", () => import("../../app/api/v1/claims/detect/route")],
  ["/claims/similar", () => import("../../app/api/v1/claims/similar/route")], // before /claims/{id}, as Next prefers a static segment
  ["/claims/{id}", () => import("../../app/api/v1/claims/[id]/route")],
  ["/claims/{id}/approve", () => import("../../app/api/v1/claims/[id]/approve/route")],
  ["/claims/{id}/sources", () => import("../../app/api/v1/claims/[id]/sources/route")],
  ["/claims/{id}/comments", () => import("../../app/api/v1/claims/[id]/comments/route")],
  ["/claims/{id}/matches", () => import("../../app/api/v1/claims/[id]/matches/route")],
  ["/tokens", () => import("../../app/api/v1/tokens/route")],
  ["/claims.csv", () => import("../../app/api/v1/claims.csv/route")],
  ["/articles/{id}/factcheck-markup", () => import("../../app/api/v1/articles/[id]/factcheck-markup/route")],
  ["/fact-checks", () => import("../../app/api/v1/fact-checks/route")],
  ["/fact-checks/imports", () => import("../../app/api/v1/fact-checks/imports/route")],
];

export const API_ROUTE_TEMPLATES = ROUTES.map(([template]) => template);

/** The handler module of an OpenAPI path template ("/claims/{id}"). */
export async function routeModule(template: string): Promise<RouteModule> {
  const found = ROUTES.find(([t]) => t === template);
  if (!found) throw new Error(`no route for ${template}`);
  return found[1]();
}

// Next hands route handlers their path segments decoded.
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function resolve(path: string): { template: string; params: Record<string, string> } {
  const [pathname] = path.split("?");
  for (const [template] of ROUTES) {
    const names: string[] = [];
    const pattern = new RegExp(`^${template.replace(/\{(\w+)\}/g, (_m, name: string) => (names.push(name), "([^/]+)"))}$`);
    const match = pattern.exec(pathname);
    if (match) return { template, params: Object.fromEntries(names.map((n, i) => [n, decodeSegment(match[i + 1])])) };
  }
  throw new Error(`no route for ${path}`);
}

export type ApiCall = { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> };

/** A request to /api/v1 + path, answered by the route handler (real domain functions and database). */
export async function api(method: "GET" | "POST" | "PATCH" | "DELETE", path: string, call: ApiCall = {}): Promise<Response> {
  const { template, params } = resolve(path);
  const handler = (await routeModule(template))[method];
  if (!handler) throw new Error(`${method} ${template} is not handled`);
  const headers: Record<string, string> = { ...(call.token ? { authorization: `Bearer ${call.token}` } : {}), ...call.headers };
  const body = call.rawBody ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
  if (body !== undefined) headers["content-type"] ??= "application/json";
  const request = new Request(`http://factdesk.test/api/v1${path}`, { method, headers, body });
  return handler(request, { params: Promise.resolve(params) });
}

/** One API token per role of a test newsroom. */
export async function tokensFor(team: TestNewsroom): Promise<Record<Role, string>> {
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) tokens[role] = (await createApiToken({ actor: team.actors[role], name: `${role} script` })).token;
  return tokens;
}
