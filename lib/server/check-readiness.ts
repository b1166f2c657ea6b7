import { checkHealth } from "./check-health";

export const READINESS_PATH = "/api/ready";

export type Readiness = { status: "ready" | "draining" | "unavailable" };

/**
 * Whether the load balancer should send this instance new clients: not while
 * it stops (SIGTERM), nor while PostgreSQL does not answer (it could not open
 * a document). Liveness (`/api/health`) stays separate: a draining instance
 * is alive and still serves the clients it has.
 */
export async function checkReadiness(options: { draining: boolean }): Promise<Readiness> {
  if (options.draining) return { status: "draining" };
  const health = await checkHealth();
  return { status: health.database === "ok" ? "ready" : "unavailable" };
}
