import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerPublicRoute } from "@/lib/public/answer";
import { PUBLIC_CHANNEL } from "@/lib/public/invalidation";
import type { PublicRoute } from "@/lib/public/routes";
import { startPublicCache } from "@/lib/public/start-public-cache";
import { proposeVerdict } from "@/lib/server/propose-verdict";
import { approveVerdict } from "@/lib/server/approve-verdict";
import { publishArticle } from "@/lib/server/publish-article";
import { unpublishArticle } from "@/lib/server/unpublish-article";
import { db } from "@/lib/db/prisma";
import { makeNewsroom } from "../helpers/factory";
import { ratedArticle } from "../helpers/rated-article";

const sql = postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => undefined });
let renders: string[] = [];
let gate: Promise<void> | null = null;
let server: Server;
let base: string;
let stop: () => Promise<void>;
let cacheSize: () => number;
let heldBytes: () => number;

/** The real renderer (database and all), counted: a hit must not call it. */
async function countedRender(route: PublicRoute, request: Request) {
  renders.push(new URL(request.url).pathname);
  if (gate) await gate;
  return answerPublicRoute(route, request);
}

beforeAll(async () => {
  server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const started = await startPublicCache({ sql, baseUrl: base, render: countedRender });
  stop = started.stop;
  cacheSize = () => started.cache.size;
  heldBytes = () => started.cache.heldBytes;
  server.on("request", (req, res) => {
    if (!started.cache.handle(req, res)) res.writeHead(418, { "content-type": "text/plain" }).end("the app");
  });
});

afterAll(async () => {
  await stop();
  server.close();
  await sql.end();
});

async function published() {
  const team = await makeNewsroom();
  const rated = await ratedArticle(team);
  await publishArticle({ actor: team.actors.editor, articleId: rated.article.id });
  return { team, ...rated, path: `/${team.newsroom.slug}/${rated.article.slug}` };
}

/** Listens now; the returned wait gives the payload of the first notification naming the newsroom. */
async function notification(newsroomSlug: string): Promise<() => Promise<string>> {
  let heard!: (payload: string) => void;
  const arrived = new Promise<string>((resolve) => (heard = resolve));
  const listener = await sql.listen(PUBLIC_CHANNEL, (payload) => {
    if (payload.split(" ")[0] === newsroomSlug) heard(payload);
  });
  return () => arrived.finally(() => listener.unlisten());
}

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });

describe("the public page cache", () => {
  it("renders a page once, then answers from memory with the same bytes, ETag, gzip and security headers", async () => {
    const { path } = await published();
    renders = [];
    const first = await get(path);
    expect(first.status).toBe(200);
    expect(first.headers.get("x-factdesk-cache")).toBe("miss");
    const html = await first.text();
    expect(html).toContain("24 mai 2024");
    const second = await get(path);
    expect(second.headers.get("x-factdesk-cache")).toBe("hit");
    expect(await second.text()).toBe(html);
    expect(renders).toEqual([path]);

    expect(second.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(second.headers.get("x-content-type-options")).toBe("nosniff");
    const etag = second.headers.get("etag")!;
    expect((await get(path, { "if-none-match": etag })).status).toBe(304);

    const zipped = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      // fetch would unzip on its own: read the raw bytes.
      import("node:http").then(({ get: rawGet }) =>
        rawGet(base + path, { headers: { "accept-encoding": "gzip" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
        }).on("error", reject),
      );
    });
    expect(zipped.encoding).toBe("gzip");
    expect(gunzipSync(zipped.body).toString()).toBe(html);
    expect(renders).toEqual([path]);
  });

  it("shows the corrected verdict right after republishing (this process) and the withdrawal notice after unpublishing", async () => {
    const { team, article, rated, path } = await published();
    await get(path);
    await get(`/${team.newsroom.slug}`);
    const claim = await db().claim.findUniqueOrThrow({ where: { id: rated } });
    await proposeVerdict({ actor: team.actors.fact_checker, input: { claimId: rated, revision: claim.revision, verdictKey: "false", rationale: "Corrigé." } });
    await approveVerdict({ actor: team.actors.owner, input: { claimId: rated, revision: claim.revision + 1 } });
    await publishArticle({ actor: team.actors.editor, articleId: article.id, note: "Verdict corrigé." });
    const corrected = await get(path);
    expect(corrected.headers.get("x-factdesk-cache")).toBe("miss");
    expect(await corrected.text()).toContain("Verdict corrigé.");
    expect((await get(`/${team.newsroom.slug}`)).headers.get("x-factdesk-cache")).toBe("miss");

    const heard = await notification(team.newsroom.slug);
    await unpublishArticle({ actor: team.actors.editor, articleId: article.id });
    const own = await heard();
    expect((await get(path)).status).toBe(410);
    // This instance's own NOTIFY may arrive after the 410 was rendered and kept (it was applied at once in-process):
    // delivered late, here by sending it again, it must not drop that page.
    const late = await notification(team.newsroom.slug);
    await sql`SELECT pg_notify(${PUBLIC_CHANNEL}, ${own})`;
    await late();
    const again = await get(path);
    expect(again.status).toBe(410);
    expect(again.headers.get("x-factdesk-cache")).toBe("hit");
  });

  it("lets other caches keep a numbered version for minutes only, and answers its withdrawal with no-store, never the kept page", async () => {
    const { team, article, path } = await published();
    const version = `${path}/v/1`;
    const annotations = `${version}/annotations.jsonld`;
    const maxAge = (response: Response) => Number(/max-age=(\d+)/.exec(response.headers.get("cache-control") ?? "")?.[1]);
    for (const url of [version, annotations]) {
      const first = await get(url);
      expect(first.status, url).toBe(200);
      const kept = await get(url);
      expect(kept.headers.get("x-factdesk-cache"), url).toBe("hit");
      for (const response of [first, kept]) {
        expect(response.headers.get("cache-control"), url).not.toContain("immutable");
        expect(maxAge(response), url).toBeLessThanOrEqual(300);
      }
    }
    const etag = (await get(version)).headers.get("etag")!;
    const revalidated = await get(version, { "if-none-match": etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("cache-control")).not.toContain("immutable");

    const heard = await notification(team.newsroom.slug);
    await unpublishArticle({ actor: team.actors.editor, articleId: article.id });
    await heard();
    for (const url of [version, annotations]) {
      const withdrawn = await get(url);
      expect(withdrawn.status, url).toBe(410);
      expect(withdrawn.headers.get("cache-control"), url).toBe("no-store");
      expect(await withdrawn.text(), url).not.toContain("24 mai 2024");
    }
    // The ETag of the withdrawn page gets no 304 either.
    expect((await get(version, { "if-none-match": etag })).status).toBe(410);
    const again = await get(version);
    expect([again.status, again.headers.get("x-factdesk-cache"), again.headers.get("cache-control")]).toEqual([410, "hit", "no-store"]);
  });

  it("drops a newsroom's pages when another instance announces a change through PostgreSQL", async () => {
    const { team, path } = await published();
    const other = await published();
    await get(path);
    await get(other.path);
    await sql`SELECT pg_notify(${PUBLIC_CHANNEL}, ${team.newsroom.slug})`;
    await expect.poll(async () => (await get(path)).headers.get("x-factdesk-cache"), { timeout: 2000 }).toBe("miss");
    expect((await get(other.path)).headers.get("x-factdesk-cache")).toBe("hit");
  });

  it("keeps no 404 (any path would fill it), shares one render among concurrent misses, and keeps no render that predates a change", async () => {
    const { team, article, path } = await published();
    const before = cacheSize();
    renders = [];
    expect((await get(`/${team.newsroom.slug}/no-such-article`)).status).toBe(404);
    expect((await get(`/${team.newsroom.slug}/no-such-article`)).status).toBe(404);
    expect(renders).toHaveLength(2);
    expect(cacheSize()).toBe(before);

    renders = [];
    let open!: () => void;
    gate = new Promise((resolve) => (open = resolve));
    const pending = Array.from({ length: 10 }, () => get(path));
    await expect.poll(() => renders.length).toBe(1);
    await publishArticle({ actor: team.actors.editor, articleId: article.id, note: "Nouvelle version." });
    open();
    gate = null;
    for (const response of await Promise.all(pending)) expect(response.status).toBe(200);
    expect(renders).toHaveLength(1);
    const fresh = await get(path);
    expect(fresh.headers.get("x-factdesk-cache")).toBe("miss");
    expect(await fresh.text()).toContain("Nouvelle version.");
  });

  it("a change in another newsroom neither restarts nor double-counts a render under way; an encoded alias is served, not kept", async () => {
    const { path } = await published();
    const other = await published();
    const [before, bytesBefore] = [cacheSize(), heldBytes()];
    renders = [];
    let open!: () => void;
    gate = new Promise((resolve) => (open = resolve));
    const first = get(path);
    await expect.poll(() => renders.length).toBe(1);
    await publishArticle({ actor: other.team.actors.editor, articleId: other.article.id, note: "Ailleurs." });
    const second = get(path);
    open();
    gate = null;
    expect([(await first).status, (await second).status]).toEqual([200, 200]);
    expect(renders).toEqual([path]);
    const html = await (await get(path)).text();
    expect(cacheSize()).toBe(before + 1);
    expect(heldBytes() - bytesBefore).toBeLessThan(2 * Buffer.byteLength(html));

    const alias = path.replace(/^\/([a-z])/, (_m, c: string) => `/%${c.charCodeAt(0).toString(16)}`);
    const aliased = await get(alias);
    expect(aliased.status).toBe(200);
    expect(await aliased.text()).toBe(html);
    expect(cacheSize()).toBe(before + 1);
  });

  it("leaves every other request to the app", async () => {
    for (const path of ["/", "/desk/demo", "/api/health", "/_next/static/chunk.js", "/signin"]) {
      expect((await get(path)).status, path).toBe(418);
    }
    expect((await fetch(`${base}/demo/x`, { method: "POST" })).status).toBe(418);
  });
});
