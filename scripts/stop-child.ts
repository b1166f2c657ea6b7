import type { ChildProcess } from "node:child_process";

/** Stops a benchmark's server (its process group when it leads one) and waits until it has exited. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    child.kill("SIGTERM"); // not started as a process group leader
  }
  await exited;
}
