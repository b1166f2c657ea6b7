/** The WebSocket URL of the collaboration server as the browser must reach it. */
export function collabUrl(headers: Headers): string {
  if (process.env.FACTDESK_COLLAB_URL) return process.env.FACTDESK_COLLAB_URL;
  const base = new URL(process.env.NEXTAUTH_URL ?? "http://localhost");
  const host = headers.get("host") ?? base.host;
  return `${base.protocol === "https:" ? "wss" : "ws"}://${host}/collab`;
}
