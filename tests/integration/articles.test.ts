import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { articleDocumentName } from "@/lib/collab/document-name";
import { FIELD } from "@/lib/collab/initial-state";
import { db } from "@/lib/db/prisma";
import { documentFromPlainText } from "@/lib/editor/document";
import { createArticle } from "@/lib/server/create-article";
import { ConflictError } from "@/lib/server/errors";
import { replaceDraftBody } from "@/lib/server/replace-draft-body";
import { listArticles } from "@/lib/server/list-articles";
import { refreshArticleContent } from "@/lib/server/refresh-article-content";
import { articleListQuerySchema } from "@/lib/validation/article";
import { auditEventsFor, makeArticle, makeNewsroom } from "../helpers/factory";

const input = (title: string, submissionId?: string) => ({
  title,
  language: "fr" as const,
  submissionId,
  sourceUrl: undefined,
  sourcePublisher: undefined,
  sourceAuthor: undefined,
  sourcePublishedAt: undefined,
});

const search = (query: string) => articleListQuerySchema.parse({ query });

describe("articles", () => {
  it("creates a draft with derived plain text, a unique slug and an audit event", async () => {
    const { actors } = await makeNewsroom();
    const a = await makeArticle(actors.fact_checker, "Données personnelles : Meta et l’IA");
    const b = await makeArticle(actors.fact_checker, "Données personnelles : Meta et l’IA");
    expect(a.slug).toBe("donnees-personnelles-meta-et-l-ia");
    expect(b.slug).toBe("donnees-personnelles-meta-et-l-ia-2");
    expect(a.status).toBe("draft");
    expect(a.plainText).toContain("24 mai 2024");
    expect((await auditEventsFor(a.id)).map((e) => e.action)).toEqual(["article.create"]);
  });

  it("writes the live document's first state with the article, so that the first open converts nothing", async () => {
    const { actors } = await makeNewsroom();
    const article = await makeArticle(actors.fact_checker, "Premier état", "Le 24 mai 2024, Meta a annoncé un changement.");
    const rows = await db().$queryRaw<{ state: Uint8Array }[]>`SELECT state FROM collab_snapshot WHERE document = ${articleDocumentName(article.id)}`;
    expect(rows).toHaveLength(1);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, rows[0].state);
    expect(doc.getXmlFragment(FIELD).toString()).toBe("<paragraph>Le 24 mai 2024, Meta a annoncé un changement.</paragraph>");
  });

  it("replaceDraftBody rewrites a draft nobody edited live (row and live document), and refuses one with live edits", async () => {
    const { actors } = await makeNewsroom();
    const article = await makeArticle(actors.fact_checker, "Corps remplacé", "Avant.");
    const name = articleDocumentName(article.id);
    const liveText = async () => {
      const [{ state }] = await db().$queryRaw<{ state: Uint8Array }[]>`SELECT state FROM collab_snapshot WHERE document = ${name}`;
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      return doc.getXmlFragment(FIELD).toString();
    };
    await replaceDraftBody({ articleId: article.id, body: documentFromPlainText("Après.") });
    expect(await liveText()).toBe("<paragraph>Après.</paragraph>");
    expect((await db().article.findUniqueOrThrow({ where: { id: article.id } })).plainText).toBe("Après.");

    await db().$executeRaw`INSERT INTO collab_update (document, update) VALUES (${name}, ${new Uint8Array([0, 0])})`;
    await expect(replaceDraftBody({ articleId: article.id, body: documentFromPlainText("Encore.") })).rejects.toBeInstanceOf(ConflictError);
    expect(await liveText()).toBe("<paragraph>Après.</paragraph>");
  });

  it("a form submitted twice (same submission id, even concurrently) creates one article", async () => {
    const { actors } = await makeNewsroom();
    const submissionId = randomUUID();
    const body = documentFromPlainText("Texte");
    const [first, second] = await Promise.all([
      createArticle({ actor: actors.editor, input: input("Doublon", submissionId), body }),
      createArticle({ actor: actors.editor, input: input("Doublon", submissionId), body }),
    ]);
    expect(second.id).toBe(first.id);
    expect(await db().article.count({ where: { newsroomId: actors.editor.newsroomId } })).toBe(1);
  });

  it("keeps emoji, right-to-left and combining accents intact", async () => {
    const { actors } = await makeNewsroom();
    const text = "Citation 😀👩🏽‍💻 — مرحبا بالعالم — e\u0301te\u0301 — שלום";
    const article = await makeArticle(actors.editor, "Unicode 😀 مرحبا", text);
    const stored = await db().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.plainText).toBe(text);
    expect(stored.title).toBe("Unicode 😀 مرحبا");
  });

  it("finds articles by words of the body without accents, in the article's language", async () => {
    const { actors } = await makeNewsroom();
    await makeArticle(actors.editor, "Meta et l’IA", "Meta s’appuie sur la base légale appelée intérêts légitimes.");
    await makeArticle(actors.editor, "Autre sujet", "Rien à voir avec le sujet.");
    const found = await listArticles({ actor: actors.viewer, query: search("interets legitimes") });
    expect(found.items.map((a) => a.title)).toEqual(["Meta et l’IA"]);
    const byTitleFragment = await listArticles({ actor: actors.viewer, query: search("autre suj") });
    expect(byTitleFragment.items.map((a) => a.title)).toEqual(["Autre sujet"]);
  });

  it("keeps an article of 240,000 distinct words searchable, by its title and the first 100,000 characters of its body", async () => {
    const { actors } = await makeNewsroom();
    const article = await makeArticle(actors.editor, "Très long", "Début.");
    // Made-up words, each once: more than a tsvector holds (1 MB of lexemes). The body limit now stops
    // such a text live; documents written before it hold one (a probe reached 8.1 million characters).
    const words = Array.from({ length: 240_000 }, (_, i) => `m${i.toString(36)}q`);
    const text = words.join(" ");
    await refreshArticleContent({ articleId: article.id, json: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] }, text });
    expect((await db().article.findUniqueOrThrow({ where: { id: article.id } })).plainText).toHaveLength(text.length);
    const titles = async (query: string) => (await listArticles({ actor: actors.viewer, query: search(query) })).items.map((a) => a.title);
    expect(await titles(words[1000])).toEqual(["Très long"]);
    expect(await titles("tres long")).toEqual(["Très long"]);
    expect(await titles(words[230_000])).toEqual([]);
  });

  it.each([
    ["sql", "' OR 1=1 --"],
    ["percent", "%"],
    ["backslash", "\\"],
    ["underscore", "_"],
    ["quote", "\"unbalanced"],
    ["tsquery operators", "a & | ! ( ) :*"],
    ["10 kB", "x".repeat(10_000)],
  ])("searching for a %s query neither fails nor matches everything", async (_label, query) => {
      const { actors } = await makeNewsroom();
      await makeArticle(actors.editor, "Un article", "Un texte ordinaire.");
      const parsed = articleListQuerySchema.parse({ query });
      const result = await listArticles({ actor: actors.viewer, query: parsed });
      expect(result.items).toEqual([]);
  });

  it("paginates 20 per page, newest change first, and sorts by title", async () => {
    const { actors } = await makeNewsroom();
    for (let i = 0; i < 23; i++) await makeArticle(actors.editor, `Article ${String(i).padStart(2, "0")}`);
    const first = await listArticles({ actor: actors.viewer, query: articleListQuerySchema.parse({}) });
    expect(first.total).toBe(23);
    expect(first.pages).toBe(2);
    expect(first.items).toHaveLength(20);
    expect(first.items[0].title).toBe("Article 22");
    expect(first.items[0]).toMatchObject({ claimCount: 0, claimStates: {}, verdicts: {} });
    const second = await listArticles({ actor: actors.viewer, query: articleListQuerySchema.parse({ page: "2", sort: "title" }) });
    expect(second.items.map((a) => a.title)).toEqual(["Article 20", "Article 21", "Article 22"]);
  });
});
