import { sql } from "../db/sql";

export async function checkHealth(): Promise<{ status: "ok" | "degraded"; database: "ok" | "unreachable" }> {
  try {
    await Promise.race([
      sql()`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 3000)),
    ]);
    return { status: "ok", database: "ok" };
  } catch {
    return { status: "degraded", database: "unreachable" };
  }
}
