import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { api, tokensFor } from "../helpers/api";
import { addParagraph, connect, paragraphs, tokenFor, waitFor, type TestClient } from "../helpers/collab";
import { HAPROXY, REDIS_SERVER, startCluster, type Cluster } from "@/scripts/local-cluster";

const tools = existsSync(HAPROXY) && existsSync(REDIS_SERVER);
if (!tools) console.warn(`cluster tests skipped: they need ${HAPROXY} and ${REDIS_SERVER} (Debian's haproxy and redis-server)`);

/** Each client appends numbered paragraphs every few milliseconds until stopped; `typed` lists them all. */
function typists(clients: Record<string, TestClient>) {
  const typed: string[] = [];
  let stop = false;
  const typing = Promise.all(
    Object.entries(clients).map(async ([who, client]) => {
      for (let i = 0; !stop; i++) {
        addParagraph(client.doc, `${who}-${i}`);
        typed.push(`${who}-${i}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }),
  );
  return { typed, stop: () => ((stop = true), typing) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Two collaboration instances (no web app: no build needed) sharing this
// database and a Redis of their own, behind HAProxy with deploy/haproxy.cfg.
describe.runIf(tools)("a cluster behind HAProxy", () => {
  let cluster: Cluster;
  let team: TestNewsroom;
  let balancer: string;
  beforeAll(async () => {
    team = await makeNewsroom();
    cluster = await startCluster({ services: "collab", databaseUrl: process.env.DATABASE_URL!, nextAuthSecret: process.env.NEXTAUTH_SECRET!, drainSeconds: 0, log: () => undefined });
    balancer = `${cluster.url.replace("http", "ws")}/collab`;
  }, 120_000);
  afterAll(() => cluster?.stop());

  it.each([
    ["killed with SIGKILL", "SIGKILL", null],
    ["stopped with SIGTERM (it drains)", "SIGTERM", 0],
  ] as const)("an instance %s while two people type through the balancer: they reconnect to the other and every word is in both copies, then in what the API serves", async (_what, signal, exitCode) => {
    const { id } = await makeArticle(team.actors.editor, `Panne ${signal}`, "Début.");
    // leastconn: the second editor goes to the instance the first is not on.
    const a = await connect(balancer, id, () => tokenFor(team.actors.editor, id));
    const b = await connect(balancer, id, () => tokenFor(team.actors.fact_checker, id));
    const typing = typists({ a, b });
    await sleep(500);
    expect(await cluster.instances[0].stop(signal)).toBe(exitCode); // one of the two was on it
    await sleep(1500); // they keep typing; the editor who was on it reconnects through the balancer
    await typing.stop();
    const expected = new Set(["Début.", ...typing.typed]);
    await waitFor(() => paragraphs(a.doc).length === expected.size && paragraphs(b.doc).length === expected.size, 20_000, "both copies complete");
    expect(new Set(paragraphs(a.doc))).toEqual(expected);
    expect(new Set(paragraphs(b.doc))).toEqual(expected);
    a.destroy();
    b.destroy();
    // A clean restart: the surviving instance drains and stores, both start again.
    expect(await cluster.instances[1].stop()).toBe(0);
    await Promise.all([cluster.restart(0), cluster.restart(1)]);
    const { viewer } = await tokensFor(team);
    const article = (await (await api("GET", `/articles/${id}`, { token: viewer })).json()) as { text: string };
    expect(new Set(article.text.split("\n").filter(Boolean))).toEqual(expected);
  }, 90_000);

  it("Redis stopped and started while people type on both instances: edits keep flowing within an instance, then across, and nothing is lost", async () => {
    const { id } = await makeArticle(team.actors.editor, "Redis", "Début.");
    const [one, two] = cluster.instances.map((instance) => `${instance.url.replace("http", "ws")}/collab`);
    const a = await connect(one, id, () => tokenFor(team.actors.editor, id));
    const neighbour = await connect(one, id, () => tokenFor(team.actors.viewer, id));
    const b = await connect(two, id, () => tokenFor(team.actors.fact_checker, id));
    const typing = typists({ a, b });
    await sleep(300);
    await cluster.redis.stop();
    const typedWithoutRedis = typing.typed.length;
    await sleep(300);
    const fromA = typing.typed.slice(typedWithoutRedis).filter((line) => line.startsWith("a-"));
    // The neighbour on A's instance sees A's words while Redis is down.
    await waitFor(() => fromA.every((line) => paragraphs(neighbour.doc).includes(line)), 5000, "edits within instance one");
    await sleep(700);
    await cluster.redis.start();
    await sleep(1000);
    await typing.stop();
    const expected = new Set(["Début.", ...typing.typed]);
    await waitFor(() => [a, b, neighbour].every((client) => paragraphs(client.doc).length === expected.size), 20_000, "every copy complete");
    for (const client of [a, b, neighbour]) expect(new Set(paragraphs(client.doc))).toEqual(expected);
    for (const client of [a, b, neighbour]) client.destroy();
  }, 60_000);
});
