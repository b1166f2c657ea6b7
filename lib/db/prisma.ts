import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

const globalForPrisma = globalThis as unknown as { factdeskPrisma?: PrismaClient };

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start Factdesk with `npm start`.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

/** The process-wide Prisma client (one pool, created on first use). */
export function db(): PrismaClient {
  globalForPrisma.factdeskPrisma ??= createClient();
  return globalForPrisma.factdeskPrisma;
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Runs `run` in the caller's transaction when there is one, else in a new one: several domain steps can then commit or roll back as one. */
export function inTransaction<T>(tx: Tx | undefined, run: (tx: Tx) => Promise<T>): Promise<T> {
  return tx ? run(tx) : db().$transaction(run);
}
