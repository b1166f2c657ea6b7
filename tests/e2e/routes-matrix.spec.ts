import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { ROLES, type Role } from "../../lib/policies";
import { makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { apiSession } from "./helpers";

// Every desk page × every role × own and other newsroom, over HTTP with real sessions.
let home: TestNewsroom;
let other: TestNewsroom;
let articleSlug: string;
const sessions = new Map<string, APIRequestContext>();

test.beforeAll(async ({ baseURL }) => {
  [home, other] = await Promise.all([makeNewsroom(), makeNewsroom()]);
  articleSlug = (await makeArticle(home.actors.editor)).slug;
  for (const role of ROLES) {
    sessions.set(`home:${role}`, await apiSession(baseURL!, home.users[role].email, home.users[role].password));
    sessions.set(`other:${role}`, await apiSession(baseURL!, other.users[role].email, other.users[role].password));
  }
});

test.afterAll(async () => {
  for (const context of sessions.values()) await context.dispose();
});

const RANK: Record<Role, number> = { viewer: 0, fact_checker: 1, editor: 2, owner: 3 };
const pages: { path: () => string; minimum: Role }[] = [
  { path: () => `/desk/${home.newsroom.slug}`, minimum: "viewer" },
  { path: () => `/desk/${home.newsroom.slug}/articles/${articleSlug}`, minimum: "viewer" },
  { path: () => `/desk/${home.newsroom.slug}/articles/new`, minimum: "fact_checker" },
  { path: () => `/desk/${home.newsroom.slug}/members`, minimum: "owner" },
  { path: () => `/desk/${home.newsroom.slug}/tokens`, minimum: "viewer" },
  { path: () => `/desk/${home.newsroom.slug}/inbox`, minimum: "viewer" },
  { path: () => `/desk/${home.newsroom.slug}/profile`, minimum: "viewer" },
  { path: () => `/desk/${home.newsroom.slug}/queue`, minimum: "viewer" },
];

for (const [index, page] of pages.entries()) {
  test(`desk page #${index + 1}: members by role, 404 for another newsroom, sign-in when signed out`, async ({ baseURL }) => {
    for (const role of ROLES) {
      const own = await sessions.get(`home:${role}`)!.get(page.path(), { maxRedirects: 0 });
      expect(own.status(), `${page.path()} as ${role}`).toBe(RANK[role] >= RANK[page.minimum] ? 200 : 403);
      const foreign = await sessions.get(`other:${role}`)!.get(page.path(), { maxRedirects: 0 });
      expect(foreign.status(), `${page.path()} as ${role} of another newsroom`).toBe(404);
    }
    const anonymous = await request.newContext({ baseURL });
    const response = await anonymous.get(page.path(), { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toContain("/signin?callbackUrl=");
    await anonymous.dispose();
  });
}

test("an unknown article or newsroom is 404, as another newsroom's", async () => {
  const owner = sessions.get("home:owner")!;
  expect((await owner.get(`/desk/${home.newsroom.slug}/articles/no-such-article`)).status()).toBe(404);
  expect((await owner.get(`/desk/no-such-newsroom-${Date.now()}`)).status()).toBe(404);
});
