import { afterEach, describe, expect, it, vi } from "vitest";
import { freePort } from "@/lib/db/embedded-postgres";

const globalSql = globalThis as unknown as { factdeskSql?: unknown };

describe("health check", () => {
  const url = process.env.DATABASE_URL;
  afterEach(() => {
    process.env.DATABASE_URL = url;
    delete globalSql.factdeskSql;
    vi.resetModules();
  });

  it("says ok when PostgreSQL answers", async () => {
    const { checkHealth } = await import("@/lib/server/check-health");
    expect(await checkHealth()).toEqual({ status: "ok", database: "ok" });
  });

  it("says unreachable (and the route answers 503) when it does not", async () => {
    delete globalSql.factdeskSql;
    process.env.DATABASE_URL = `postgres://postgres@127.0.0.1:${await freePort()}/none`;
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded", database: "unreachable" });
  });
});
