import { defineConfig } from "prisma/config";

// The CLI is only used for `prisma generate` here; the URL matters for
// `prisma migrate status` on machines that can download the schema engine.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgres://localhost/factdesk" },
});
