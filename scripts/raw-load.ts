// A minimal HTTP/1.1 keep-alive load generator for bench:public. autocannon
// decodes every response body into a JavaScript string, which for a 52 KB
// French page costs the client more than the server spends answering: this
// client only counts bytes (Content-Length), so it measures the server.
import { connect } from "node:net";

export type RawLoadResult = { rps: number; p50: number; p99: number; errors: number; non2xx: number };

const HEADER_END = Buffer.from("\r\n\r\n");

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

/** `connections` keep-alive sockets sending GET one after the other for `seconds`. */
export async function rawLoad(target: string, options: { connections: number; seconds: number; headers?: Record<string, string> }): Promise<RawLoadResult> {
  const url = new URL(target);
  const request = Buffer.from(
    `GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\n${Object.entries(options.headers ?? {})
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join("")}\r\n`,
  );
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const worker = () =>
    new Promise<void>((resolve) => {
      const socket = connect(Number(url.port), url.hostname);
      let pending: Buffer = Buffer.alloc(0);
      let bodyLeft = -1;
      let sentAt = 0;
      const send = () => {
        if (performance.now() >= deadline) return void socket.end();
        sentAt = performance.now();
        socket.write(request);
      };
      socket.on("connect", send);
      socket.on("data", (chunk: Buffer) => {
        pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
        for (;;) {
          if (bodyLeft < 0) {
            const end = pending.indexOf(HEADER_END);
            if (end < 0) return;
            const head = pending.subarray(0, end).toString("latin1");
            if (!/^HTTP\/1\.1 2/.test(head)) non2xx++;
            bodyLeft = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
            pending = pending.subarray(end + 4);
          }
          if (pending.length < bodyLeft) return;
          pending = pending.subarray(bodyLeft);
          bodyLeft = -1;
          latencies.push(performance.now() - sentAt);
          send();
        }
      });
      socket.on("error", () => errors++);
      socket.on("close", () => resolve());
    });
  const started = performance.now();
  await Promise.all(Array.from({ length: options.connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return { rps: latencies.length / elapsed, p50: Math.round(percentile(sorted, 50)), p99: Math.round(percentile(sorted, 99)), errors, non2xx };
}
