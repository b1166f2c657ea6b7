import { describe, expect, it } from "vitest";
import { detectClaims } from "@/lib/claims/detect-claims";
import { db } from "@/lib/db/prisma";
import { previewArticleImport } from "@/lib/server/preview-article-import";
import { api } from "../helpers/api";
import { withAllowedHosts } from "../helpers/fixture-server";
import { importScene } from "../helpers/import-scene";

const scene = importScene();

type Answer = { error?: { code: string; message: string; fields?: Record<string, string> } } & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function importUrl(url: string, allowed = scene.pages.hostPort): Promise<[number, Answer]> {
  const response = await withAllowedHosts(allowed, () => api("POST", "/articles/imports", { token: scene.tokens.fact_checker, body: { url } }));
  return [response.status, (await response.json()) as Answer];
}

const articleCount = () => db().article.count({ where: { newsroomId: scene.team.newsroom.id } });

describe("importing an article from its URL", () => {
  it("creates a draft from the French page: title, date, publisher, authors, language, paragraphs, no script", async () => {
    const [status, article] = await importUrl(`${scene.pages.origin}/fr/meta-ia.html`);
    expect(status, JSON.stringify(article)).toBe(201);
    expect(article).toMatchObject({
      title: "Facebook veut utiliser vos données personnelles pour son IA",
      language: "fr",
      status: "draft",
      sourceUrl: `${scene.pages.origin}/fr/meta-ia.html`,
      sourcePublisher: "Exemple Numérique",
      sourceAuthor: "Claire Martin, Hugo Lefèvre",
      sourcePublishedAt: "2024-05-24",
    });
    const stored = await db().article.findUniqueOrThrow({ where: { id: article.id } });
    const paragraphs = stored.plainText.split("\n");
    expect(paragraphs).toContain("Meta va lancer ses outils IA en France");
    expect(stored.plainText).toContain("nous appuyer sur la base légale appelée intérêts légitimes");
    expect(stored.plainText).toContain("applicables dès le 26 juin 2024");
    // The page's chrome is left out; its script and handlers are not kept.
    expect(stored.plainText).not.toMatch(/À lire aussi|Mentions légales|Publicité|Rubriques/);
    expect(JSON.stringify(stored.contentJson)).not.toMatch(/onerror|<script|dataset/);
    const types = JSON.stringify(stored.contentJson);
    expect(types).toContain('"heading"');
    expect(types).toContain('"blockquote"');
    // The detector finds on it what it finds on the same text pasted.
    const found = detectClaims(stored.plainText, { lang: "fr", published: "2024-05-24" }).map((c) => c.text);
    expect(found).toEqual(expect.arrayContaining(["24 mai 2024", "26 juin 2024"]));
  });

  it("creates a draft from the English page (JSON-LD in one object, gzip) and from the PDF report", async () => {
    const [, english] = await importUrl(`${scene.pages.origin}/en/inflation-gzip.html`);
    expect(english).toMatchObject({ title: "UK inflation falls to 2.3% in April, lowest in almost three years", language: "en", sourcePublisher: "The Example Gazette", sourceAuthor: "Priya Shah", sourcePublishedAt: "2024-05-22" });
    const [status, report] = await importUrl(`${scene.pages.origin}/report.pdf`);
    expect(status, JSON.stringify(report)).toBe(201);
    expect(report).toMatchObject({ title: "Consumer price inflation, UK: April 2024", sourceAuthor: "Office for Example Statistics", sourcePublishedAt: "2024-05-22", language: "fr" });
    const stored = await db().article.findUniqueOrThrow({ where: { id: report.id } });
    expect(stored.plainText).toContain("rose by 2.3% in the 12 months to April 2024");
  });

  it("reads an ISO-8859-1 page in its charset", async () => {
    const [, article] = await importUrl(`${scene.pages.origin}/latin1.html`);
    expect(article.title).toBe("Réforme des retraites : l'âge légal passe à 64 ans");
    expect(article.sourcePublishedAt).toBe("2023-04-15");
  });

  it("answers the same draft to a repeated submission", async () => {
    const submissionId = crypto.randomUUID();
    const send = () => withAllowedHosts(scene.pages.hostPort, () => api("POST", "/articles/imports", { token: scene.tokens.fact_checker, body: { url: `${scene.pages.origin}/en/inflation.html`, submissionId } }));
    const first = (await (await send()).json()) as Answer;
    const second = (await (await send()).json()) as Answer;
    expect(second.id).toBe(first.id);
  });

  it.each([
    ["/to-loopback", "address_not_allowed"],
    ["/to-metadata", "address_not_allowed"],
    ["/endless", "too_large"],
    ["/gzip-bomb", "too_large"],
    ["/not-found", "http_error"],
    ["/loop", "too_many_redirects"],
    ["/wrong-charset.html", "bad_charset"],
    ["/image.png", "unsupported_type"],
    ["/empty.html", "no_readable_text"],
  ])("%s answers 422 %s and creates nothing", async (pathname, code) => {
    const before = await articleCount();
    const [status, answer] = await importUrl(`${scene.pages.origin}${pathname}`);
    expect(status).toBe(422);
    expect(answer.error).toMatchObject({ code, fields: { url: answer.error?.message } });
    expect(await articleCount()).toBe(before);
  });

  it("without FACTDESK_FETCH_ALLOW_HOSTS, refuses this machine by any name: 422 address_not_allowed", async () => {
    const port = new URL(scene.pages.origin).port;
    const before = await articleCount();
    for (const host of ["127.0.0.1", "[::1]", "0.0.0.0", "localhost"]) {
      const [status, answer] = await importUrl(`http://${host}:${port}/fr/meta-ia.html`, "");
      expect([host, status, answer.error?.code]).toEqual([host, 422, "address_not_allowed"]);
    }
    const [status, answer] = await importUrl(`${scene.pages.origin}/to-localhost`, scene.pages.hostPort);
    expect([status, answer.error?.code]).toEqual([422, "address_not_allowed"]);
    expect(await articleCount()).toBe(before);
  });

  it("names a malformed request's field, and refuses a viewer", async () => {
    for (const body of [{}, { url: "javascript:alert(1)" }, { url: "ftp://example.org/a" }, { url: 42 }, { url: "https://example.org/a", extra: 1 }, { url: "https://example.org/a", submissionId: "no" }]) {
      const response = await api("POST", "/articles/imports", { token: scene.tokens.fact_checker, body });
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
    const response = await api("POST", "/articles/imports", { token: scene.tokens.viewer, body: { url: `${scene.pages.origin}/fr/meta-ia.html` } });
    expect(response.status).toBe(403);
  });

  it("previews without writing anything", async () => {
    const before = await articleCount();
    const preview = await withAllowedHosts(scene.pages.hostPort, () => previewArticleImport({ actor: scene.team.actors.fact_checker, url: `${scene.pages.origin}/fr/meta-ia.html` }));
    expect(preview.html).toContain("<h2>Meta va lancer ses outils IA en France</h2>");
    expect(preview.html).not.toContain("<script");
    expect(await articleCount()).toBe(before);
  });
});
