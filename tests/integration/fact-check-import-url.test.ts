import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { api } from "../helpers/api";
import { withAllowedHosts } from "../helpers/fixture-server";
import { importScene } from "../helpers/import-scene";

const scene = importScene();

type Answer = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function importFrom(url: string, token = scene.tokens.editor, query = ""): Promise<[number, Answer]> {
  const response = await withAllowedHosts(scene.pages.hostPort, () => api("POST", `/fact-checks/imports${query}`, { token, body: { url } }));
  return [response.status, (await response.json()) as Answer];
}

const archived = () => db().archivedFactCheck.findMany({ where: { newsroomId: scene.team.newsroom.id }, orderBy: { reviewUrl: "asc" } });

describe("importing fact-checks from an address", () => {
  it("fetches a JSON file and a page's JSON-LD, each fact-check labelled with the address", async () => {
    const [status, feed] = await importFrom(`${scene.pages.origin}/fact-checks.json`);
    expect(status, JSON.stringify(feed)).toBe(201);
    expect(feed).toMatchObject({ format: "data_feed", created: 2 });
    const [, page] = await importFrom(`${scene.pages.origin}/fact-check-page.html`, scene.tokens.owner, "?source=Page%20de%20v%C3%A9rification");
    expect(page).toMatchObject({ format: "html_page", created: 1 });
    const rows = await archived();
    expect(rows.map((r) => r.sourceLabel).sort()).toEqual(["Page de vérification", `${scene.pages.origin}/fact-checks.json`, `${scene.pages.origin}/fact-checks.json`]);
    const [, again] = await importFrom(`${scene.pages.origin}/fact-checks.json`);
    expect(again).toMatchObject({ created: 0, unchanged: 2 });
  });

  it.each([
    ["/to-metadata", "address_not_allowed"],
    ["/to-loopback", "address_not_allowed"],
    ["/not-found", "http_error"],
    ["/image.png", "unsupported_type"],
    ["/report.pdf", "unsupported_type"],
    ["/endless", "too_large"],
    ["/gzip-bomb", "too_large"],
    ["/loop", "too_many_redirects"],
    ["/broken.json", "invalid"],
  ])("%s answers 422 %s and imports nothing", async (pathname, code) => {
    const before = (await archived()).length;
    const [status, answer] = await importFrom(`${scene.pages.origin}${pathname}`);
    expect(status).toBe(422);
    expect(answer.error.code).toBe(code);
    expect(answer.error.fields.url).toBeTruthy();
    expect((await archived()).length).toBe(before);
  });

  it("fetches nothing for someone who may not import", async () => {
    const seen = scene.pages.requests.length;
    const [status] = await importFrom(`${scene.pages.origin}/fact-checks.json`, scene.tokens.fact_checker);
    expect(status).toBe(403);
    expect(scene.pages.requests.length).toBe(seen);
  });

  it("refuses this machine without FACTDESK_FETCH_ALLOW_HOSTS", async () => {
    const response = await withAllowedHosts("", () => api("POST", "/fact-checks/imports", { token: scene.tokens.editor, body: { url: `${scene.pages.origin}/fact-checks.json` } }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as Answer).error.code).toBe("address_not_allowed");
  });
});
