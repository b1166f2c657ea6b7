import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { ForbiddenError } from "@/lib/policies";
import type { VersionSnapshot } from "@/lib/publish/snapshot";
import { approveVerdict } from "@/lib/server/approve-verdict";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { getPublicVersion } from "@/lib/server/get-public-version";
import { proposeVerdict } from "@/lib/server/propose-verdict";
import { publishArticle } from "@/lib/server/publish-article";
import { refreshArticleContent } from "@/lib/server/refresh-article-content";
import { unpublishArticle } from "@/lib/server/unpublish-article";
import { makeArticle, makeNewsroom } from "../helpers/factory";
import { ratedArticle } from "../helpers/rated-article";

describe("publishing", () => {
  it("only editors and owners publish; another newsroom's article is not found", async () => {
    const team = await makeNewsroom();
    const other = await makeNewsroom();
    const { article } = await ratedArticle(team);
    await expect(publishArticle({ actor: team.actors.fact_checker, articleId: article.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(publishArticle({ actor: team.actors.viewer, articleId: article.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(publishArticle({ actor: other.actors.owner, articleId: article.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(publishArticle({ actor: team.actors.editor, articleId: article.id })).resolves.toMatchObject({ version: 1 });
  });

  it("stores an immutable version: approved claims rated, others plain text, text escaped", async () => {
    const team = await makeNewsroom();
    const { article, rated, unrated } = await ratedArticle(team);
    await publishArticle({ actor: team.actors.editor, articleId: article.id });
    const found = await getPublicVersion({ newsroomSlug: team.newsroom.slug, articleSlug: article.slug });
    if (found.kind !== "published") throw new Error(found.kind);
    expect(found.version.html).toContain(`id="claim-${rated}"`);
    expect(found.version.html).not.toContain(unrated);
    expect(found.version.html).not.toContain("<script");
    const snapshot = found.version.claimsSnapshot as VersionSnapshot;
    expect(snapshot.claims).toHaveLength(1);
    expect(snapshot.claims[0]).toMatchObject({ quotedText: "24 mai 2024", verdict: { key: "true" }, anchor: { exact: "24 mai 2024", start: 3, end: 14 } });
    // Editing the draft afterwards never changes a published version.
    await refreshArticleContent({ articleId: article.id, json: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Réécrit." }] }] }, text: "Réécrit." });
    const again = await getPublicVersion({ newsroomSlug: team.newsroom.slug, articleSlug: article.slug, version: 1 });
    expect(again.kind === "published" && again.version.html).toBe(found.version.html);
  });

  it("a correction needs a change note; versions count up; unpublish answers 'gone'", async () => {
    const team = await makeNewsroom();
    const { article, rated } = await ratedArticle(team);
    await publishArticle({ actor: team.actors.editor, articleId: article.id });
    const claim = await db().claim.findUniqueOrThrow({ where: { id: rated } });
    await proposeVerdict({ actor: team.actors.fact_checker, input: { claimId: rated, revision: claim.revision, verdictKey: "misleading", rationale: "Date du brouillon." } });
    await approveVerdict({ actor: team.actors.owner, input: { claimId: rated, revision: claim.revision + 1 } });
    await expect(publishArticle({ actor: team.actors.editor, articleId: article.id })).rejects.toBeInstanceOf(ValidationError);
    await expect(publishArticle({ actor: team.actors.editor, articleId: article.id, note: "Verdict corrigé : trompeur." })).resolves.toMatchObject({ version: 2 });
    const latest = await getPublicVersion({ newsroomSlug: team.newsroom.slug, articleSlug: article.slug });
    expect(latest.kind === "published" && latest.versions.map((v) => [v.version, v.changeNote])).toEqual([[2, "Verdict corrigé : trompeur."], [1, null]]);
    await unpublishArticle({ actor: team.actors.owner, articleId: article.id });
    expect(await getPublicVersion({ newsroomSlug: team.newsroom.slug, articleSlug: article.slug })).toMatchObject({ kind: "gone" });
    const events = await db().auditEvent.findMany({ where: { objectId: article.id, action: { startsWith: "article." } }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["article.create", "article.publish", "article.republish", "article.unpublish"]);
  });

  it("a draft is not public", async () => {
    const team = await makeNewsroom();
    const article = await makeArticle(team.actors.editor);
    expect(await getPublicVersion({ newsroomSlug: team.newsroom.slug, articleSlug: article.slug })).toEqual({ kind: "missing" });
  });
});
