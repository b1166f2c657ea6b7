import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { answerPublicRoute } from "@/lib/public/answer";
import { addSource } from "@/lib/server/add-source";
import { runDueCaptures } from "@/lib/server/capture-worker";
import { publishArticle } from "@/lib/server/publish-article";
import { addSourceSchema } from "@/lib/validation/claim";
import { GET as publicCopy } from "@/app/[newsroom]/[slug]/captures/[id]/route";
import { makeNewsroom } from "../helpers/factory";
import { startFixtureServer, withAllowedHosts, type FixtureServer } from "../helpers/fixture-server";
import { ratedArticle } from "../helpers/rated-article";

let pages: FixtureServer;
beforeAll(async () => {
  pages = await startFixtureServer();
  // A page whose text is markup, as a hostile source would write it.
  pages.serve("/hostile.html", "text/html", "<html><head><title>Hostile</title></head><body><article><p>Un texte assez long pour être lu, qui cite en toutes lettres &lt;script&gt;alert(1)&lt;/script&gt; et &lt;img src=x onerror=alert(2)&gt; dans sa prose, comme le ferait une page malveillante.</p></article></body></html>");
});
afterAll(async () => {
  await pages.close();
});

const get = (newsroom: string, slug: string, id: string) => publicCopy(new Request(`http://factdesk.test/${newsroom}/${slug}/captures/${id}`), { params: Promise.resolve({ newsroom, slug, id }) });

describe("captured copies on the public page", () => {
  it("links each source's capture with its date, and serves the stored copy as sandboxed text; never a draft's", async () => {
    const team = await makeNewsroom();
    const { article, rated } = await ratedArticle(team);
    const source = await addSource({ actor: team.actors.fact_checker, input: addSourceSchema.parse({ claimId: rated, url: `${pages.origin}/hostile.html`, excerpt: "qui cite en toutes lettres", kind: "media", stance: "supports" }) });
    await withAllowedHosts(pages.hostPort, () => runDueCaptures({ newsroomId: team.newsroom.id }));
    const capture = await db().sourceCapture.findFirstOrThrow({ where: { sourceId: source.id } });
    expect(capture.status).toBe("captured");

    // Not published yet: the copy is not public.
    expect((await get(team.newsroom.slug, article.slug, capture.id)).status).toBe(404);

    await publishArticle({ actor: team.actors.editor, articleId: article.id });
    const page = await (await answerPublicRoute({ kind: "article", newsroom: team.newsroom.slug, slug: article.slug }, new Request("http://factdesk.test/x"))).text();
    const link = `/${team.newsroom.slug}/${article.slug}/captures/${capture.id}`;
    expect(page).toContain(`href="${link}"`);
    expect(page).toMatch(/capturée le \d{1,2} \S+ \d{4}/);

    const copy = await get(team.newsroom.slug, article.slug, capture.id);
    expect(copy.status).toBe(200);
    expect(copy.headers.get("content-security-policy")).toMatch(/^sandbox; default-src 'none'/);
    expect(copy.headers.get("x-content-type-options")).toBe("nosniff");
    const html = await copy.text();
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain(capture.sha256);
    expect(html).not.toMatch(/<script|<img|<a /i); // the markup in the text stays text

    // Another newsroom's slug, another article's slug, an unknown or malformed id: not found.
    const other = await makeNewsroom();
    const { article: otherArticle } = await ratedArticle(other);
    await publishArticle({ actor: other.actors.editor, articleId: otherArticle.id });
    expect((await get(other.newsroom.slug, otherArticle.slug, capture.id)).status).toBe(404);
    expect((await get(team.newsroom.slug, article.slug, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await get(team.newsroom.slug, article.slug, "not-a-uuid")).status).toBe(404);
  });
});
