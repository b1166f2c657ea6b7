import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { articleDocumentName } from "@/lib/collab/document-name";
import { loadDocumentState } from "@/lib/collab/postgres-persistence";
import { db } from "@/lib/db/prisma";
import { sql } from "@/lib/db/sql";
import { ForbiddenError } from "@/lib/policies";
import type { VersionSnapshot } from "@/lib/publish/snapshot";
import { approveVerdict } from "@/lib/server/approve-verdict";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";
import { getPublicVersion } from "@/lib/server/get-public-version";
import { proposeVerdict } from "@/lib/server/propose-verdict";
import { publishArticle } from "@/lib/server/publish-article";
import { recordDerivedFailure } from "@/lib/server/record-derived-failure";
import { refreshArticleContent } from "@/lib/server/refresh-article-content";
import { unpublishArticle } from "@/lib/server/unpublish-article";
import { api, tokensFor } from "../helpers/api";
import { addParagraph, connect, startCollab, tokenFor, waitFor } from "../helpers/collab";
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

/** Stores an element the schema does not know in an article's live document, as documents written before the live rules may hold. */
async function storeUnknownElement(articleId: string) {
  const name = articleDocumentName(articleId);
  const doc = new Y.Doc();
  for (const update of await loadDocumentState(sql(), name)) Y.applyUpdate(doc, update);
  let update: Uint8Array | null = null;
  doc.once("update", (u: Uint8Array) => (update = u));
  doc.getXmlFragment("default").push([new Y.XmlElement("script")]);
  await sql()`INSERT INTO collab_update (document, update) VALUES (${name}, ${update!})`;
}

describe("publishing never uses text older than the live document", () => {
  it("is refused with the reason while the text cannot be refreshed from the live document (409 through the API), and works once it can", async () => {
    const team = await makeNewsroom();
    const tokens = await tokensFor(team);
    const { article } = await ratedArticle(team);
    await storeUnknownElement(article.id);
    const server = await startCollab();
    const desk = await connect(server.url, article.id, await tokenFor(team.actors.viewer, article.id));
    const told: string[] = [];
    desk.provider.on("stateless", ({ payload }: { payload: string }) => told.push(JSON.parse(payload).type));
    try {
      const refusal = publishArticle({ actor: team.actors.editor, articleId: article.id });
      await expect(refusal).rejects.toBeInstanceOf(ConflictError);
      await expect(refusal).rejects.toThrow(/could not be brought up to date from the live document \(Unknown node type: script\)/);
      expect((await db().article.findUniqueOrThrow({ where: { id: article.id } })).derivedError).toBe("Unknown node type: script");
      await waitFor(() => told.includes("derived-failed"), 2000, "the desk to be told");
      // A desk opened later is told as it connects.
      const heard: string[] = [];
      const later = await connect(server.url, article.id, await tokenFor(team.actors.fact_checker, article.id), undefined, (message) =>
        heard.push(Buffer.from(message).toString("utf8")),
      );
      await waitFor(() => heard.some((message) => message.includes('"derived-failed"') && message.includes("Unknown node type: script")), 2000, "the later desk to be told");
      later.destroy();
      const answer = await api("POST", `/articles/${article.id}/publications`, { token: tokens.editor, body: {} });
      expect(answer.status).toBe(409);
      expect(((await answer.json()) as { error: { message: string } }).error.message).toMatch(/Unknown node type: script.*not published/);
      expect(await db().publishedVersion.count({ where: { articleId: article.id } })).toBe(0);

      // An editor's browser drops the element it cannot read (as y-prosemirror does) and adds a line.
      const editor = await connect(server.url, article.id, await tokenFor(team.actors.editor, article.id));
      const fragment = editor.doc.getXmlFragment("default");
      fragment.delete(fragment.length - 1, 1);
      addParagraph(editor.doc, "Ajout après la réparation.");
      await waitFor(() => told.includes("derived-ok"), 5000, "the desk to be told it works again");
      expect((await db().article.findUniqueOrThrow({ where: { id: article.id } })).derivedError).toBeNull();
      await expect(publishArticle({ actor: team.actors.editor, articleId: article.id })).resolves.toMatchObject({ version: 1 });
      const published = await getPublicVersion({ newsroomSlug: team.newsroom.slug, articleSlug: article.slug });
      expect(published.kind === "published" && published.version.html).toContain("Ajout après la réparation.");
      editor.destroy();
    } finally {
      desk.destroy();
      await server.stop();
    }
  });

  it("is refused while the collaboration server of another process has recorded a failure", async () => {
    const team = await makeNewsroom();
    const { article } = await ratedArticle(team);
    await recordDerivedFailure({ articleId: article.id, reason: "string is too long for tsvector" });
    await expect(publishArticle({ actor: team.actors.editor, articleId: article.id })).rejects.toThrow(/string is too long for tsvector/);
    const row = await db().article.findUniqueOrThrow({ where: { id: article.id } });
    await refreshArticleContent({ articleId: article.id, json: row.contentJson as object, text: row.plainText });
    await expect(publishArticle({ actor: team.actors.editor, articleId: article.id })).resolves.toMatchObject({ version: 1 });
  });
});
