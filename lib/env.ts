import { z } from "zod";

const optionalText = z.string().trim().min(1).optional().catch(undefined);
const flag = z.enum(["0", "1", "true", "false"]).optional().transform((v) => v === "1" || v === "true");

const port = z.coerce.number("must be a port number").int("must be a port number").min(1).max(65535);

// "host:port" or "[v6]:port", as a URL's host and port are written.
const hostPort = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):\d{1,5}$/, "must list host:port pairs, e.g. intranet.example:443,127.0.0.1:8080");

const fetchSchema = z.object({
  FACTDESK_FETCH_ALLOW_HOSTS: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(hostPort)),
  FACTDESK_FETCH_PROXY: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// proxy URL" }).optional(),
});

const envSchema = z
  .object({
    ...fetchSchema.shape,
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional(),
    FACTDESK_DATA_DIR: z.string().min(1).default(".data"),
    FACTDESK_PG_PORT: port.optional(),
    PORT: port.default(3000),
    HOSTNAME: z.string().min(1).default("0.0.0.0"),
    NEXTAUTH_URL: z.url({ protocol: /^https?$/ }).optional(),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    FACTDESK_DEMO_PASSWORD: z.string().min(8, "must be at least 8 characters").default("factdesk-demo"),
    FACTDESK_SEED_DEMO: flag,
    GITHUB_ID: optionalText,
    GITHUB_SECRET: optionalText,
    EMAIL_SERVER: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
    EMAIL_FROM: z.email().optional(),
    FACTDESK_SERVICES: z
      .string()
      .default("web,collab")
      .transform((value) => value.split(",").map((s) => s.trim()))
      .pipe(z.array(z.enum(["web", "collab"], "must list web and/or collab, e.g. web,collab")).min(1)),
    FACTDESK_COLLAB_PORT: port.optional(),
    FACTDESK_COLLAB_URL: z.string().regex(/^wss?:\/\//, "must be a ws:// or wss:// URL").optional(),
    FACTDESK_PUBLIC_CACHE_MB: z.coerce.number("must be a number of megabytes").int("must be a whole number of megabytes").min(0).max(65536).default(64),
    FACTDESK_API_RATE_LIMIT: z.coerce.number("must be a number of requests per minute").int("must be a whole number").min(1).max(100_000).default(600),
    FACTDESK_REDIS_URL: z.string().regex(/^rediss?:\/\//, "must be a redis:// URL").optional(),
    // Behind a load balancer: how long SIGTERM keeps serving while readiness answers 503.
    // The load balancers' addresses: their X-Forwarded-For gives the client's address.
    FACTDESK_TRUSTED_PROXIES: z
      .string()
      .default("")
      .transform((value) => value.split(",").map((s) => s.trim()).filter(Boolean)),
    FACTDESK_DRAIN_SECONDS: z.coerce.number("must be a number of seconds").min(0).max(300).default(0),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.GITHUB_ID) !== Boolean(env.GITHUB_SECRET)) {
      ctx.addIssue({ code: "custom", path: ["GITHUB_SECRET"], message: "GITHUB_ID and GITHUB_SECRET must be set together" });
    }
    if (env.EMAIL_SERVER && !env.EMAIL_FROM) {
      ctx.addIssue({ code: "custom", path: ["EMAIL_FROM"], message: "is required when EMAIL_SERVER is set" });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

const envError = (error: z.ZodError) =>
  new EnvError(`Invalid environment:\n  ${error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n  ")}`);

/** Parses the environment once; every problem is listed, one per line. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")),
  );
  if (!result.success) throw envError(result.error);
  return result.data;
}

export type FetchSettings = z.infer<typeof fetchSchema>;

/** The outgoing fetcher's settings, read at each fetch (tests and operators change them without a restart). */
export function fetchSettings(source: Record<string, string | undefined> = process.env): FetchSettings {
  const result = fetchSchema.safeParse({ FACTDESK_FETCH_ALLOW_HOSTS: source.FACTDESK_FETCH_ALLOW_HOSTS || undefined, FACTDESK_FETCH_PROXY: source.FACTDESK_FETCH_PROXY || undefined });
  if (!result.success) throw envError(result.error);
  return result.data;
}
