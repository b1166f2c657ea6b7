import { openDatabase } from "../../lib/db/database";

/**
 * Vitest global setup: a real PostgreSQL for the integration tests — the one
 * in DATABASE_URL, or an embedded one of the tests' own (migrated either way).
 */
export default async function setup() {
  const database = await openDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: process.env.FACTDESK_DATA_DIR ?? ".data",
    clusterName: "test-postgres",
  });
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_SECRET ??= "factdesk-test-secret-factdesk-test-secret";
  return async () => {
    if (database.embedded) await database.stop();
  };
}
