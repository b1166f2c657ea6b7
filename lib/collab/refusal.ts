import type { Connection } from "@hocuspocus/server";

/** WebSocket close reasons are limited to 123 bytes of UTF-8. */
const MAX_REASON_BYTES = 123;

function fitReason(reason: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(reason).byteLength <= MAX_REASON_BYTES) return reason;
  let cut = reason;
  while (encoder.encode(`${cut}…`).byteLength > MAX_REASON_BYTES) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** A refusal the editor shows: its 44xx code and reason reach the browser as the WebSocket's close event. */
export class CollabRefusal extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * Closes the connection's WebSocket with the refusal's code and reason.
 * Hocuspocus's own close only sends a CLOSE message, which the provider
 * reports as code 1000 and which leaves the socket open; the editor opens
 * one socket per article, so closing it ends that article's connection only.
 */
export function closeWithRefusal(connection: Connection, refusal: CollabRefusal): void {
  connection.webSocket.close(refusal.code, fitReason(refusal.reason));
}

/** For a hook: closes the socket, then throws, so Hocuspocus drops the message and everything queued after it. */
export function refuse(connection: Connection, refusal: CollabRefusal): never {
  closeWithRefusal(connection, refusal);
  throw refusal;
}
