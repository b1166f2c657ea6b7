import postgres, { type Sql } from "postgres";

const globalForSql = globalThis as unknown as { factdeskSql?: Sql };

/** The process-wide postgres.js client, for the collaboration log, search and health. */
export function sql(): Sql {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start Factdesk with `npm start`.");
  globalForSql.factdeskSql ??= postgres(url, { max: 5, onnotice: () => undefined, connect_timeout: 5 });
  return globalForSql.factdeskSql;
}

/** Ends the process-wide client, if it was opened (graceful stop): queries under way finish first, for up to 5 s. */
export async function endSql(): Promise<void> {
  const client = globalForSql.factdeskSql;
  delete globalForSql.factdeskSql;
  await client?.end({ timeout: 5 });
}
