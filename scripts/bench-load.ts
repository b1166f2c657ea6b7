// `npm run bench:load`: a cluster on this machine under load (docs/performance.md).
// Starts PostgreSQL (DATABASE_URL, or an embedded one), a Redis of its own,
// two full instances and HAProxy (scripts/local-cluster.ts), then, on loopback:
//  - editors: real Hocuspocus providers connected through the balancer, typing
//    5 keys per second, 2 to 4 per article, for each count of BENCH_EDITORS;
//  - readers fetching a published fact-check page and API clients marking
//    claims through the balancer, meanwhile;
//  - propagation probes: a writer on one instance, a reader on the other;
//  - one hot article with BENCH_HOT_EDITORS editors at once;
//  - instance 1 killed with SIGKILL while editors type: their reconnection
//    through the balancer, and every keystroke in every copy.
// Prints edits/s, propagation p50/p95/p99, errors, CPU and memory per instance,
// and the largest editor count whose propagation p95 stays within 50 ms.
import { percentile } from "./bench-common";
import { openClusterDatabase, startCluster, stopOnSignals, type Cluster } from "./local-cluster";
import { measureProcess, PropagationProbe, type ProcessUsage } from "./load-probes";

const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 12);
const LADDER = (process.env.BENCH_EDITORS ?? "20,60,120,200").split(",").map(Number);
const HOT_EDITORS = Number(process.env.BENCH_HOT_EDITORS ?? 100);
const KEY_INTERVAL_MS = 200; // 5 keys per second
const PROBES = 4;
const P95_GOAL_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : "—");

process.env.NEXTAUTH_SECRET ??= "factdesk-bench-secret-factdesk-bench-secret";
const database = await openClusterDatabase();
process.env.DATABASE_URL = database.url;
// Imported once DATABASE_URL is set: they open this process's database clients.
const { makeArticle, makeNewsroom } = await import("../tests/helpers/factory");
const { connect, tokenFor, typeInFirstParagraph, waitFor } = await import("../tests/helpers/collab");
const { createApiToken } = await import("../lib/server/create-api-token");
const { publishArticle } = await import("../lib/server/publish-article");
const { db } = await import("../lib/db/prisma");

type Client = Awaited<ReturnType<typeof connect>>;
let errors = 0;
const errorLines: string[] = [];
function error(what: string) {
  errors++;
  if (errorLines.length < 10) errorLines.push(what);
}

console.log("Starting the cluster (build if needed, two instances, Redis, HAProxy)…");
const cluster: Cluster = await startCluster({
  services: "web,collab",
  databaseUrl: database.url,
  nextAuthSecret: database.nextAuthSecret,
  // An instance's error or warning is an error of the run; Redis's and HAProxy's notices are not.
  log: (line) => line.startsWith("[instance") && /error|unhandled|warn/i.test(line) && error(line),
});
stopOnSignals(async () => {
  await cluster.stop();
  await database.stop();
});
const ws = (base: string) => `${base.replace("http", "ws")}/collab`;
const team = await makeNewsroom();
const apiToken = (await createApiToken({ actor: team.actors.fact_checker, name: "bench:load" })).token;
const words = Array.from({ length: 120 }, (_, i) => `m${String(i).padStart(3, "0")}`);
const articleIds: string[] = [];
for (let i = 0; i <= Math.max(...LADDER, HOT_EDITORS) / 2; i++) articleIds.push((await makeArticle(team.actors.editor, `Charge ${i}`, words.join(" "))).id);
const published = await makeArticle(team.actors.editor, "Publié", "Le 24 mai 2024, Meta a annoncé un changement.");
const { slug } = await publishArticle({ actor: team.actors.editor, articleId: published.id, note: undefined }).then(() => db().article.findUniqueOrThrow({ where: { id: published.id } }));
const publicUrl = `${cluster.url}/${team.newsroom.slug}/${slug}`;

const roles = ["editor", "fact_checker", "owner"] as const;
/** An editor through the balancer; `i` picks one of the roles that may type. */
async function openEditor(articleId: string, i: number): Promise<Client | null> {
  const actor = team.actors[roles[i % 3]];
  return connect(ws(cluster.url), articleId, () => tokenFor(actor, articleId)).catch((e: Error) => (error(`editor: ${e.message}`), null));
}

/** `count` editors on the load articles, 2 to 4 per article. */
async function openEditors(count: number, articles = articleIds): Promise<{ articleId: string; client: Client }[]> {
  const plan: string[] = [];
  for (let a = 0; plan.length < count; a++) for (let k = 0; k < 2 + (a % 3) && plan.length < count; k++) plan.push(articles[a % articles.length]);
  const clients: { articleId: string; client: Client }[] = [];
  for (let i = 0; i < plan.length; i += 20) {
    const batch = await Promise.all(plan.slice(i, i + 20).map((articleId, k) => openEditor(articleId, i + k).then((client) => client && { articleId, client })));
    for (const entry of batch) if (entry) clients.push(entry);
  }
  return clients;
}

/** Probe pairs on their own articles (or one on `articleId`: a probe types in the last paragraph), writers alternating between the two instances. */
async function openProbes(count: number, articleId?: string): Promise<{ probes: PropagationProbe[]; clients: Client[] }> {
  const probes: PropagationProbe[] = [];
  const clients: Client[] = [];
  for (let i = 0; i < count; i++) {
    const id = articleId ?? (await makeArticle(team.actors.editor, `Sonde ${i}`, "Sonde.")).id;
    const [from, to] = i % 2 ? [cluster.instances[1], cluster.instances[0]] : [cluster.instances[0], cluster.instances[1]];
    const writer = await connect(ws(from.url), id, () => tokenFor(team.actors.editor, id));
    const reader = await connect(ws(to.url), id, () => tokenFor(team.actors.fact_checker, id));
    const probe = new PropagationProbe(writer.doc, reader.doc);
    await probe.start();
    probes.push(probe);
    clients.push(writer, reader);
  }
  return { probes, clients };
}

let claimsMarked = 0; // across steps: each (article, word) is marked once

/** Readers of the published page and an API client marking claims, until `until` resolves. */
function backgroundTraffic(until: Promise<unknown>): { reads: () => number; marks: () => number } {
  let done = false;
  void until.then(() => (done = true));
  let reads = 0;
  let marks = 0;
  const reader = async () => {
    while (!done) {
      const response = await fetch(publicUrl).catch(() => null);
      await response?.arrayBuffer();
      if (response?.ok) reads++;
      else error(`reader: ${response?.status ?? "no answer"}`);
      await sleep(100);
    }
  };
  const marker = async () => {
    while (!done) {
      const i = claimsMarked++;
      const articleId = articleIds[i % articleIds.length];
      const exact = words[Math.floor(i / articleIds.length) % words.length];
      const response = await fetch(`${cluster.url}/api/v1/articles/${articleId}/claims`, {
        method: "POST",
        headers: { authorization: `Bearer ${apiToken}`, "content-type": "application/json" },
        body: JSON.stringify({ type: "other", quote: { exact }, normalized: { note: "bench" } }),
      }).catch(() => null);
      if (response?.status === 201) marks++;
      else error(`API client: ${response?.status ?? "no answer"} ${(await response?.text())?.slice(0, 200)}`);
      await sleep(200);
    }
  };
  void Promise.all([reader(), reader(), reader(), marker()]);
  return { reads: () => reads, marks: () => marks };
}

type StepResult = { editors: number; editsPerSecond: number; p50: number; p95: number; p99: number; lost: number; usage: ProcessUsage[]; client: ProcessUsage; reads: number; marks: number; errors: number };

/** Everyone types for STEP_SECONDS; then every article's copies must agree. */
async function runStep(editors: { articleId: string; client: Client }[], probes: PropagationProbe[]): Promise<StepResult> {
  const errorsBefore = errors;
  const usage = cluster.instances.map((instance) => measureProcess(instance.pid));
  const clientUsage = measureProcess(process.pid); // every provider runs here: when it nears 100%, the client is the limit
  for (const probe of probes) probe.samples.length = 0;
  let edits = 0;
  const timers = [
    ...editors.map(({ client }, i) => setTimeout(() => timers.push(setInterval(() => (typeInFirstParagraph(client.doc, "x"), edits++), KEY_INTERVAL_MS)), (i * 37) % KEY_INTERVAL_MS)),
    ...probes.map((probe) => setInterval(() => probe.type(), KEY_INTERVAL_MS)),
  ];
  const traffic = backgroundTraffic(sleep(STEP_SECONDS * 1000));
  await sleep(STEP_SECONDS * 1000);
  timers.forEach((timer) => clearInterval(timer));
  const measured = usage.map((measure) => measure());
  const samples = probes.flatMap((probe) => probe.samples);
  await sleep(1000);
  const lost = probes.reduce((sum, probe) => sum + probe.lost, 0);
  if (lost) error(`${lost} probe keystrokes never arrived`);
  const byArticle = new Map<string, Client[]>();
  for (const { articleId, client } of editors) byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), client]);
  const firstLength = (client: Client) => client.doc.getXmlFragment("default").get(0).toString().length;
  for (const [articleId, copies] of byArticle) {
    await waitFor(() => new Set(copies.map(firstLength)).size === 1, 15_000, "convergence").catch(() => error(`article ${articleId}: copies differ after 15 s`));
  }
  return {
    editors: editors.length,
    editsPerSecond: edits / STEP_SECONDS,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    lost,
    usage: measured,
    client: clientUsage(),
    reads: traffic.reads(),
    marks: traffic.marks(),
    errors: errors - errorsBefore,
  };
}

function printRow(label: string, r: StepResult) {
  const usage = r.usage.map((u, i) => `#${i + 1} ${u.cpuPercent.toFixed(0)}% ${u.rssMb.toFixed(0)} MB`).join(", ");
  console.log(`${label.padEnd(22)} ${r.editsPerSecond.toFixed(0).padStart(5)} edits/s  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}  errors ${r.errors}  reads ${r.reads}  claims ${r.marks}  CPU/RSS ${usage}; this client ${r.client.cpuPercent.toFixed(0)}%`);
}

const { probes, clients: probeClients } = await openProbes(PROBES);
console.log(`\nEach step: ${STEP_SECONDS} s of typing at 5 keys/s per editor (2–4 per article, through HAProxy), ${PROBES} cross-instance probes, 3 readers and 1 API client.`);
// A warm-up (not reported): the instances' first seconds of load run cold code.
const warmUp = await openEditors(LADDER[0]);
await runStep(warmUp, probes);
warmUp.forEach(({ client }) => client.destroy());
const results: StepResult[] = [];
for (const count of LADDER) {
  const editors = await openEditors(count);
  const result = await runStep(editors, probes);
  printRow(`${editors.length} editors`, result);
  results.push(result);
  editors.forEach(({ client }) => client.destroy());
  await sleep(2000);
}
const capacity = results.filter((r) => r.p95 <= P95_GOAL_MS && r.errors === 0).at(-1);

// The hot article: HOT_EDITORS editors on one document; probes on it and on quiet articles.
const hotId = articleIds[0];
const hot = await openEditors(HOT_EDITORS, [hotId]);
const hotProbes = await openProbes(1, hotId);
const hotResult = await runStep(hot, [...hotProbes.probes, ...probes]);
const hotSamples = hotProbes.probes[0].samples;
const quietSamples = probes.flatMap((probe) => probe.samples);
printRow(`hot article, ${hot.length}`, hotResult);
hot.forEach(({ client }) => client.destroy());
hotProbes.clients.forEach((client) => client.destroy());
probeClients.forEach((client) => client.destroy());

// An instance killed with SIGKILL under load (no readers or API clients: their requests under way
// on it would fail by design). Every keystroke must be in every copy afterwards.
async function killUnderLoad(count: number): Promise<{ editors: number; reconnectedMs: number; lostKeys: number }> {
  const editors = await openEditors(count);
  const firstLength = (client: Client) => client.doc.getXmlFragment("default").get(0).toString().length;
  const expected = new Map(editors.map(({ articleId, client }) => [articleId, firstLength(client)]));
  const timers = editors.map(({ articleId, client }) =>
    setInterval(() => {
      typeInFirstParagraph(client.doc, "x");
      expected.set(articleId, expected.get(articleId)! + 1);
    }, KEY_INTERVAL_MS),
  );
  await sleep(3000);
  const killedAt = performance.now();
  await cluster.instances[0].stop("SIGKILL");
  await waitFor(() => editors.some(({ client }) => !client.provider.isSynced), 5000, "a disconnection").catch(() => error("no editor was on the killed instance"));
  let reconnectedMs = NaN;
  await waitFor(() => editors.every(({ client }) => client.provider.isSynced), 30_000, "reconnection")
    .then(() => (reconnectedMs = performance.now() - killedAt))
    .catch(() => error("editors not reconnected 30 s after the kill"));
  await sleep(2000);
  timers.forEach((timer) => clearInterval(timer));
  const complete = () => editors.every(({ articleId, client }) => firstLength(client) === expected.get(articleId));
  await waitFor(complete, 30_000, "every keystroke in every copy").catch(() => error("copies differ from the keystrokes typed, 30 s after the kill"));
  const lostKeys = editors.reduce((sum, { articleId, client }) => sum + Math.max(0, expected.get(articleId)! - firstLength(client)), 0);
  if (lostKeys) error(`${lostKeys} keystrokes missing from copies after the kill`);
  editors.forEach(({ client }) => client.destroy());
  await cluster.restart(0);
  return { editors: editors.length, reconnectedMs, lostKeys };
}
const killed = await killUnderLoad(LADDER[Math.min(1, LADDER.length - 1)]);

console.log(`\nLargest editor count with cross-instance propagation p95 ≤ ${P95_GOAL_MS} ms: ${capacity ? capacity.editors : `none of ${LADDER.join(", ")}`}`);
console.log(`Hot article (${hot.length} editors on one document): propagation on it p50 ${ms(percentile(hotSamples, 50))} p95 ${ms(percentile(hotSamples, 95))}; quiet articles meanwhile p95 ${ms(percentile(quietSamples, 95))}`);
console.log(`Instance 1 killed (SIGKILL) under ${killed.editors} editors: all synced again through the balancer after ${ms(killed.reconnectedMs)}; keystrokes missing from any copy: ${killed.lostKeys}`);
console.log(`Errors: ${errors}${errorLines.length ? `\n  ${errorLines.join("\n  ")}` : ""}`);
await cluster.stop();
await db().$disconnect();
await database.stop();
process.exit(errors ? 1 : 0);
