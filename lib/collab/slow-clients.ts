import type { connectedPayload, Extension } from "@hocuspocus/server";

/** Unsent bytes a connection may hold on the server: minutes of typing by a whole newsroom, far above a slow network's backlog. */
export const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

/** The `ws` socket under a Hocuspocus connection. */
type BufferedSocket = { bufferedAmount: number; readyState: number; terminate: () => void };

/**
 * A client that reads nothing (a stalled network, a frozen device) would make
 * the server keep every update for it in memory, without limit. Past
 * `maxBufferedBytes` unsent, its connection is cut: when it reads again, its
 * provider reconnects and syncs what it lacks from the document.
 */
export class SlowClients implements Extension {
  extensionName = "slow-clients";
  private readonly sockets = new Set<BufferedSocket>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly maxBufferedBytes = MAX_BUFFERED_BYTES,
    checkEveryMs = 500,
  ) {
    this.timer = setInterval(() => this.cutSlowClients(), checkEveryMs);
    this.timer.unref();
  }

  async connected({ connection }: connectedPayload): Promise<void> {
    const socket = connection.webSocket as unknown as BufferedSocket;
    if (typeof socket.bufferedAmount === "number") this.sockets.add(socket);
  }

  private cutSlowClients() {
    for (const socket of this.sockets) {
      if (socket.readyState > 1) this.sockets.delete(socket); // closing or closed
      else if (socket.bufferedAmount > this.maxBufferedBytes) {
        // close() would queue its frame behind what the client does not read.
        socket.terminate();
        this.sockets.delete(socket);
      }
    }
  }

  async onDestroy(): Promise<void> {
    clearInterval(this.timer);
  }
}
