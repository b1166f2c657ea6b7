/**
 * The server's text of an article, handed from the article page (a server
 * component) to its first view's server rendering without passing through the
 * page's data: there the same HTML would be sent a second time, as a string,
 * and read by the browser before the page is interactive (265 KiB of 829 for
 * a 10,000-word article with 1,000 claims). Both renderings run in the same
 * process, each with its own copy of this module: the store is global.
 */
const STORE = Symbol.for("factdesk.firstViewHtml");
/** Left and never read (the rendering failed or stopped): dropped after this. */
const UNREAD_MS = 60_000;
/** Read: kept this long for a rendering that runs the component again. */
const READ_MS = 5_000;

function store(): Map<string, string> {
  const global = globalThis as unknown as Record<typeof STORE, Map<string, string> | undefined>;
  return (global[STORE] ??= new Map());
}

function dropLater(key: string, ms: number): void {
  setTimeout(() => store().delete(key), ms).unref();
}

/** Leaves the HTML for this request's server rendering; the key goes in the page's data instead. */
export function leaveFirstViewHtml(html: string): string {
  const key = crypto.randomUUID();
  store().set(key, html);
  dropLater(key, UNREAD_MS);
  return key;
}

/** The HTML left under `key`, on the server. */
export function takeFirstViewHtml(key: string): string | undefined {
  const html = store().get(key);
  if (html !== undefined) dropLater(key, READ_MS);
  return html;
}
