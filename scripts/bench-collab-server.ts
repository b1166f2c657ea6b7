// One collaboration server for `npm run bench:collab`, in a process of its own as in
// production, so that its timers, database round trips and garbage collection are
// charged to its own relays only:
//   factdesk: the Factdesk collaboration server (every extension, PostgreSQL at
//             DATABASE_URL, the production debounce timings);
//   bare:     Hocuspocus 4 with no extension, in memory.
// Prints its WebSocket URL on the first line of stdout; stops when stdin closes.
import type { AddressInfo } from "node:net";
import { Server } from "@hocuspocus/server";

async function start(kind: string): Promise<{ url: string; stop: () => Promise<unknown> }> {
  if (kind === "bare") {
    const bare = new Server({ quiet: true, stopOnSignals: false, port: 0 });
    await bare.listen(0);
    return { url: `ws://127.0.0.1:${(bare.httpServer.address() as AddressInfo).port}`, stop: () => bare.destroy() };
  }
  if (kind === "factdesk") {
    const { startCollab } = await import("../tests/helpers/collab");
    const { DERIVED_DEBOUNCE_MS, STORE_DEBOUNCE_MS } = await import("../lib/collab/create-collab-server");
    return startCollab({ storeDebounceMs: STORE_DEBOUNCE_MS, derivedDebounceMs: DERIVED_DEBOUNCE_MS });
  }
  throw new Error(`usage: bench-collab-server.ts factdesk|bare (not ${kind})`);
}

void start(process.argv[2]).then(({ url, stop }) => {
  process.stdout.write(`${url}\n`);
  process.stdin.resume();
  process.stdin.on("end", () => void stop().finally(() => process.exit(0)));
});
