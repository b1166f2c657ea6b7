// What `npm run bench:load` measures with, apart from its plan: per-process
// CPU and memory from /proc, and propagation probes (a writer on one
// instance, a reader on the other, timing each keystroke until it arrives).
import { readFileSync } from "node:fs";
import * as Y from "yjs";

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** CPU seconds used so far by a process (user + system), from /proc/<pid>/stat. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

function rssMegabytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"));
  return Number(line?.split(/\s+/)[1] ?? 0) / 1024;
}

export type ProcessUsage = { cpuPercent: number; rssMb: number };

/** Starts measuring a process; the returned function gives its CPU share (% of one core) since, and its memory now. */
export function measureProcess(pid: number): () => ProcessUsage {
  const start = cpuSeconds(pid);
  const startedAt = performance.now();
  return () => ({ cpuPercent: ((cpuSeconds(pid) - start) / ((performance.now() - startedAt) / 1000)) * 100, rssMb: rssMegabytes(pid) });
}

/** The text of the document's last paragraph (a probe's own: editors type in the first). */
function lastText(doc: Y.Doc): Y.XmlText | null {
  const fragment = doc.getXmlFragment("default");
  const last = fragment.get(fragment.length - 1);
  return last instanceof Y.XmlElement && last.get(0) instanceof Y.XmlText ? (last.get(0) as Y.XmlText) : null;
}

/**
 * A writer's keystrokes timed until a reader's copy has them: the writer
 * appends one character at a time to a paragraph of its own (the last), the
 * length of the reader's copy of it says how many have arrived.
 */
export class PropagationProbe {
  readonly samples: number[] = [];
  private pending: number[] = []; // send times of the keystrokes not yet arrived
  private arrived = 0;

  constructor(
    private readonly writer: Y.Doc,
    private readonly reader: Y.Doc,
  ) {}

  /** Adds the probe's paragraph and resolves once the reader has it. */
  async start(): Promise<void> {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("")]);
    this.writer.getXmlFragment("default").push([paragraph]);
    const deadline = Date.now() + 10_000;
    while (this.reader.getXmlFragment("default").length !== this.writer.getXmlFragment("default").length) {
      if (Date.now() > deadline) throw new Error("a probe's paragraph did not reach the other instance in 10 s");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    this.reader.on("update", () => {
      const length = lastText(this.reader)?.length ?? 0;
      const now = performance.now();
      for (; this.arrived < length && this.pending.length > 0; this.arrived++) this.samples.push(now - this.pending.shift()!);
    });
  }

  type() {
    const text = lastText(this.writer);
    if (!text) return;
    this.pending.push(performance.now());
    text.insert(text.length, "x");
  }

  /** Keystrokes sent and not arrived. */
  get lost(): number {
    return this.pending.length;
  }
}
