// `npm run cluster`: Factdesk as deployed on several machines, on this one
// (docs/operations.md): PostgreSQL (DATABASE_URL, or an embedded one in
// .data/cluster-postgres), a Redis of its own, two full instances and HAProxy
// (deploy/haproxy.cfg) in front. Ctrl-C or SIGTERM stops everything in order.
import { openClusterDatabase, startCluster, stopOnSignals, type Cluster } from "./local-cluster";

const started: { cluster?: Cluster } = {};
const database = await openClusterDatabase(console.log).catch((error: Error) => {
  console.error(`cluster: ${error.message}`);
  process.exit(1);
});
// From here on, a stop before the cluster is up still stops PostgreSQL (processes half started are killed).
stopOnSignals(async () => {
  await started.cluster?.stop();
  await database.stop();
});
if (database.embedded || process.env.FACTDESK_SEED_DEMO === "1") {
  process.env.DATABASE_URL = database.url;
  const [{ seedDemo }, { db }] = await Promise.all([import("../prisma/seed/seed-demo"), import("../lib/db/prisma")]);
  if (await seedDemo({ password: process.env.FACTDESK_DEMO_PASSWORD ?? "factdesk-demo" })) console.log("Demo newsroom created.");
  await db().$disconnect();
}
const cluster = (started.cluster = await startCluster({ services: "web,collab", databaseUrl: database.url, nextAuthSecret: database.nextAuthSecret }).catch(async (error: Error) => {
  console.error(`cluster: ${error.message}`);
  await database.stop();
  process.exit(1);
}));

console.log(`\nFactdesk cluster at ${cluster.url} (HAProxy), Redis at ${cluster.redis.url}`);
for (const instance of cluster.instances) console.log(`  ${instance.name}: ${instance.url} (pid ${instance.pid})`);
console.log("Ctrl-C stops it.");

