// A Factdesk cluster on this machine, as deploy/ describes one: N instances of
// server.ts sharing one PostgreSQL and a Redis of their own, behind HAProxy
// with deploy/haproxy.cfg. Used by `npm run cluster`, the cross-instance tests
// and `npm run bench:load`; every process is real and is stopped by stop().
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { connect } from "node:net";
import { readOrCreateSecrets } from "../lib/db/data-dir";
import { openDatabase } from "../lib/db/database";
import { freePort } from "../lib/db/embedded-postgres";
import { ensureBuild } from "./ensure-build";

export const HAPROXY = process.env.HAPROXY_PATH ?? "/usr/sbin/haproxy";
export const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? "/usr/bin/redis-server";

type Child = { child: ChildProcess; exited: Promise<number | null> };

const running = new Set<ChildProcess>();
// Whatever is still running when this process ends (a failed start, an uncaught error) is killed with it.
process.once("exit", () => running.forEach((child) => child.kill("SIGKILL")));

/**
 * Each process leads a group of its own: Ctrl-C in the terminal reaches only
 * the script, which stops them in order (the balancer, the instances storing
 * their documents, Redis, PostgreSQL last).
 */
export function spawnChild(command: string, args: string[], env: NodeJS.ProcessEnv, log: (line: string) => void): Child {
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  running.add(child);
  child.once("exit", () => running.delete(child));
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on("data", (chunk: Buffer) => chunk.toString().split("\n").filter(Boolean).forEach(log));
  }
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited };
}

async function waitUntil(what: string, check: () => Promise<boolean>, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (gone) throw new Error(`${what} exited before it was ready (see its log above)`);
    if (Date.now() > deadline) throw new Error(`${what} was not ready after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function answersOk(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

async function stopProcess({ child, exited }: Child, signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  return exited;
}

export type Instance = {
  name: string;
  port: number;
  /** http://127.0.0.1:port — the instance itself, not through the balancer. */
  url: string;
  pid: number;
  exited: Promise<number | null>;
  /** SIGTERM (draining) by default; resolves with the exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
};

export type InstanceOptions = {
  name: string;
  port?: number;
  /** "collab" starts no web app (no build needed); "web,collab" is a full instance. */
  services: "collab" | "web,collab";
  env?: Record<string, string>;
  log?: (line: string) => void;
};

/** Starts `server.ts` in a process of its own and resolves once its readiness answers 200. */
export async function startInstance(options: InstanceOptions): Promise<Instance> {
  const port = options.port ?? (await freePort());
  const log = options.log ?? ((line: string) => console.log(`[${options.name}] ${line}`));
  // node itself (not npx or npm), so that a signal reaches the server and no wrapper.
  const started = spawnChild(process.execPath, ["--import", "tsx", "server.ts"], {
    ...process.env,
    ...options.env,
    FACTDESK_SERVICES: options.services,
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
  }, log);
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(options.name, () => answersOk(`${url}/api/ready`), started.exited, 180_000).catch(async (error: Error) => {
    await stopProcess(started, "SIGKILL");
    throw error;
  });
  return { name: options.name, port, url, pid: started.child.pid!, exited: started.exited, stop: (signal) => stopProcess(started, signal) };
}

export type RedisServer = { url: string; port: number; stop: () => Promise<void>; start: () => Promise<void> };

/** A redis-server of its own (no persistence) on a free port, which can be stopped and started again on that port. */
export async function startRedis(log: (line: string) => void = () => undefined): Promise<RedisServer> {
  if (!existsSync(REDIS_SERVER)) throw new Error(`${REDIS_SERVER} not found: install Debian's redis-server, or set REDIS_SERVER_PATH.`);
  const port = await freePort();
  let current: Child | null = null;
  const start = async () => {
    current = spawnChild(REDIS_SERVER, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], process.env, log);
    await waitUntil("redis-server", () => accepts(port), current.exited, 10_000);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop: async () => {
      if (current) await stopProcess(current);
      current = null;
    },
  };
}

export type Balancer = { url: string; port: number; stop: () => Promise<void> };

/** HAProxy with deploy/haproxy.cfg in front of two instances; resolves once it answers readiness through them. */
export async function startBalancer(port: number, instances: readonly { port: number }[], log: (line: string) => void = () => undefined): Promise<Balancer> {
  if (!existsSync(HAPROXY)) throw new Error(`${HAPROXY} not found: install Debian's haproxy (apt-get install -y haproxy), or set HAPROXY_PATH.`);
  if (instances.length !== 2) throw new Error("deploy/haproxy.cfg lists two instances");
  const started = spawnChild(HAPROXY, ["-db", "-f", "deploy/haproxy.cfg"], {
    ...process.env,
    FACTDESK_LB_BIND: `127.0.0.1:${port}`,
    FACTDESK_INSTANCE_1: `127.0.0.1:${instances[0].port}`,
    FACTDESK_INSTANCE_2: `127.0.0.1:${instances[1].port}`,
  }, log);
  const url = `http://127.0.0.1:${port}`;
  await waitUntil("haproxy", () => answersOk(`${url}/api/ready`), started.exited, 15_000);
  return { url, port, stop: async () => void (await stopProcess(started)) };
}

export type ClusterDatabase = { url: string; embedded: boolean; nextAuthSecret: string; stop: () => Promise<void> };

/**
 * The database a local cluster shares: DATABASE_URL's (migrated here, and
 * NEXTAUTH_SECRET then required), else an embedded PostgreSQL in
 * .data/cluster-postgres (scripts/cluster-database.ts) and the data dir's secret.
 */
export async function openClusterDatabase(log: (line: string) => void = () => undefined): Promise<ClusterDatabase> {
  const given = process.env.DATABASE_URL;
  if (given) {
    if (!process.env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is required with DATABASE_URL (at least 32 random characters).");
    const database = await openDatabase({ databaseUrl: given, dataDir: ".data" });
    return { url: database.url, embedded: false, nextAuthSecret: process.env.NEXTAUTH_SECRET, stop: async () => undefined };
  }
  let resolveUrl: (url: string) => void = () => undefined;
  const url = new Promise<string>((resolve) => (resolveUrl = resolve));
  // The URL holds the password: it is read, never logged.
  const started = spawnChild(process.execPath, ["--import", "tsx", "scripts/cluster-database.ts"], process.env, (line) =>
    line.startsWith("postgres://") ? resolveUrl(line) : log(`[postgres] ${line}`),
  );
  const exited = started.exited.then((code) => Promise.reject(new Error(`the embedded PostgreSQL exited (${code}): see its log above`)));
  return {
    url: await Promise.race([url, exited]),
    embedded: true,
    nextAuthSecret: process.env.NEXTAUTH_SECRET ?? readOrCreateSecrets(".data").nextAuthSecret,
    stop: async () => void (await stopProcess(started)),
  };
}

export type Cluster = {
  /** The balancer's address: what browsers and providers use. */
  url: string;
  databaseUrl: string;
  nextAuthSecret: string;
  redis: RedisServer;
  instances: Instance[];
  balancer: Balancer;
  /** Starts instance i again (same port) after it stopped or was killed. */
  restart: (i: number) => Promise<Instance>;
  stop: () => Promise<void>;
};

export type ClusterOptions = {
  services: InstanceOptions["services"];
  /** The database every instance shares (migrated already). */
  databaseUrl: string;
  nextAuthSecret: string;
  /** FACTDESK_DRAIN_SECONDS of each instance. */
  drainSeconds?: number;
  env?: Record<string, string>;
  log?: (line: string) => void;
};

/** Redis, two instances and HAProxy in front of them, on free ports of 127.0.0.1. */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const log = options.log ?? console.log;
  if (options.services.includes("web")) ensureBuild(); // once, before the instances would each build
  const redis = await startRedis((line) => log(`[redis] ${line}`));
  const balancerPort = await freePort();
  const url = `http://127.0.0.1:${balancerPort}`;
  const instanceOptions = (i: number, port?: number): InstanceOptions => ({
    name: `instance${i + 1}`,
    port,
    services: options.services,
    log: (line) => log(`[instance${i + 1}] ${line}`),
    env: {
      ...options.env,
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: options.nextAuthSecret,
      NEXTAUTH_URL: url,
      FACTDESK_REDIS_URL: redis.url,
      FACTDESK_TRUSTED_PROXIES: "127.0.0.1",
      FACTDESK_DRAIN_SECONDS: String(options.drainSeconds ?? 2),
    },
  });
  const instances: Instance[] = [];
  try {
    instances.push(...(await Promise.all([0, 1].map((i) => startInstance(instanceOptions(i))))));
    const balancer = await startBalancer(balancerPort, instances, (line) => log(`[haproxy] ${line}`));
    return {
      url,
      databaseUrl: options.databaseUrl,
      nextAuthSecret: options.nextAuthSecret,
      redis,
      instances,
      balancer,
      restart: async (i) => (instances[i] = await startInstance(instanceOptions(i, instances[i].port))),
      stop: async () => {
        await balancer.stop();
        await Promise.all(instances.map((instance) => instance.stop()));
        await redis.stop();
      },
    };
  } catch (error) {
    await Promise.all(instances.map((instance) => instance.stop("SIGKILL")));
    await redis.stop();
    throw error;
  }
}

/**
 * Ctrl-C and SIGTERM stop the cluster in order, once, then exit. embedded-postgres
 * (imported for the migrations) exits on these signals itself: its hooks are replaced.
 */
export function stopOnSignals(stop: () => Promise<void>) {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the cluster (the instances drain and store their documents)…`);
    void stop().then(() => process.exit(0));
  };
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}
