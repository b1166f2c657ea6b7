import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

// Calling a server action the way a browser's React does, over plain HTTP: the
// action id from the build's manifest in a `Next-Action` header, the
// arguments encoded as React's encodeReply encodes plain values, the answer
// read from the React flight rows.

export type ServerAction = { id: string; name: string; file: string; workers: string[] };

/** Every server action of the running build (`next build` writes the manifest). */
export function builtServerActions(): ServerAction[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: entry.exportedName ?? "",
    file: entry.filename ?? "",
    workers: Object.keys(entry.workers).sort(),
  }));
}

/** The functions exported by the app's action files (every actions.ts and *-actions.ts under app/), read from the sources. */
export function sourceServerActionNames(root = "app"): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const file = path.join(root, entry.name);
    if (entry.isDirectory()) names.push(...sourceServerActionNames(file));
    else if (/(^|-)actions\.ts$/.test(entry.name)) {
      for (const match of readFileSync(file, "utf8").matchAll(/^export\s+(?:async\s+)?function\s+(\w+)/gm)) names.push(match[1]);
    }
  }
  return names.sort();
}

/** The page URL for a worker such as "app/(desk)/desk/[newsroom]/articles/[slug]/page". */
export function workerUrl(worker: string, params: Record<string, string>): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/(^|\/)page$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .map((segment) => {
      const param = /^\[(\w+)\]$/.exec(segment)?.[1];
      if (param && params[param] === undefined) throw new Error(`No value for [${param}] in ${worker}`);
      return param ? encodeURIComponent(params[param]) : segment;
    });
  return `/${segments.join("/")}`;
}

/** A value written into the reply as is: what React encodes for undefined, NaN, a Date, a BigInt… */
export class RawReply {
  constructor(readonly text: string) {}
}

/** React's encodeReply for plain values: a string that starts with "$" is written "$$…". */
export function encodeReply(args: unknown[]): string {
  return JSON.stringify(args, (_key, value) => {
    if (value instanceof RawReply) return value.text;
    if (typeof value === "string" && value.startsWith("$")) return `$${value}`;
    return value;
  });
}

/** The rows of a React flight answer, by id (text rows "T<hex length>," are read by their byte length). */
function flightRows(body: Buffer): Map<string, string> {
  const rows = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    const colon = body.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = body.toString("utf8", at, colon);
    if (body[colon + 1] === 0x54 /* T */) {
      const comma = body.indexOf(0x2c, colon);
      const length = parseInt(body.toString("latin1", colon + 2, comma), 16);
      rows.set(id, `T${body.toString("utf8", comma + 1, comma + 1 + length)}`);
      at = comma + 1 + length;
      continue;
    }
    const newline = body.indexOf(0x0a, colon);
    const end = newline < 0 ? body.length : newline;
    rows.set(id, body.toString("utf8", colon + 1, end));
    at = end + 1;
  }
  return rows;
}

/** Dates come back as "$D…" and strings starting with "$" as "$$…". */
function reviveFlight(_key: string, value: unknown) {
  if (typeof value !== "string" || !value.startsWith("$")) return value;
  if (value.startsWith("$$")) return value.slice(1);
  if (value.startsWith("$D")) return value.slice(2);
  return value;
}

export type ActionResult = { ok: true; data: unknown } | { ok: false; status: number; error: string; fields?: Record<string, string> };

export type ActionAnswer = {
  /** The HTTP status. */
  http: number;
  /** The action's returned value; undefined when the answer holds none (an error row, or no flight at all). */
  result?: ActionResult;
  /** The answer's text, for messages. */
  text: string;
};

/** POSTs the action to a page where it is registered, as the signed-in `session`. */
export async function callAction(session: APIRequestContext, origin: string, action: ServerAction, url: string, args: unknown[] | RawReply): Promise<ActionAnswer> {
  const response = await session.post(url, {
    headers: {
      "Next-Action": action.id,
      Origin: origin,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    data: args instanceof RawReply ? args.text : encodeReply(args),
    maxRedirects: 0,
  });
  const body = await response.body();
  const text = body.toString("utf8");
  const rows = flightRows(body);
  const root = rows.get("0");
  const reference = root?.startsWith("{") ? /^\$@(\w+)$/.exec((JSON.parse(root) as { a?: string }).a ?? "")?.[1] : undefined;
  const row = reference ? rows.get(reference) : undefined;
  const result = row?.startsWith("{") ? (JSON.parse(row, reviveFlight) as ActionResult) : undefined;
  return { http: response.status(), result, text: text.length > 400 ? `${text.slice(0, 400)}…` : text };
}
