import { db } from "../db/prisma";
import { authorize } from "../policies";
import { pastDate } from "../validation/common";
import { ARTICLE_LANGUAGES, MAX_TITLE_CHARS } from "../validation/article";
import type { Actor } from "./actor";
import { FetchError } from "./safe-fetch";
import { readPage, type ReadPage } from "./read-page";

export type ArticleLanguage = (typeof ARTICLE_LANGUAGES)[number];

/** What an import will create, for the person to check and edit first. */
export type ArticleImportPreview = {
  title: string;
  language: ArticleLanguage;
  sourceUrl: string;
  sourcePublisher: string | null;
  sourceAuthor: string | null;
  /** YYYY-MM-DD, the date the page states (in its own time zone). */
  sourcePublishedAt: string | null;
  /** The body, as markup the article schema reads (a paste's path). */
  html: string;
};

export type PreviewArticleImportOptions = { actor: Actor; url: string };

const cut = (value: string | null, max: number) => (value ? value.replace(/\s+/g, " ").trim().slice(0, max) || null : null);

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A text or a PDF's text as paragraphs: blank lines part them, a line break inside one is a wrapped line. */
const paragraphsHtml = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean)
    .map((block) => `<p>${escapeHtml(block)}</p>`)
    .join("");

function dateOf(stated: string | null): string | null {
  const day = stated?.trim().slice(0, 10) ?? "";
  return pastDate.safeParse(day).success ? day : null;
}

function languageOf(tag: string | null, fallback: string): ArticleLanguage {
  const primary = tag?.toLowerCase().split(/[-_]/)[0];
  const known = (list: readonly string[], value: string | undefined): value is ArticleLanguage => value !== undefined && list.includes(value);
  if (known(ARTICLE_LANGUAGES, primary)) return primary;
  return known(ARTICLE_LANGUAGES, fallback) ? fallback : "en";
}

function titleOf(page: ReadPage): string {
  const stated = cut(page.title, MAX_TITLE_CHARS);
  if (stated) return stated;
  const url = new URL(page.url);
  return cut(decodeURIComponent(url.pathname.split("/").filter(Boolean).pop() ?? "") || url.hostname, MAX_TITLE_CHARS)!;
}

/**
 * Fetches an article's page (the safe fetcher) and reads it into the fields
 * of a new draft: title, language, the original's URL, publisher, authors and
 * date, and the main text. Nothing is written. `no_readable_text` when the page
 * has no main text (a page built by script, an image).
 */
export async function previewArticleImport({ actor, url }: PreviewArticleImportOptions): Promise<ArticleImportPreview> {
  authorize(actor, "article.create");
  const page = await readPage(url);
  if (!page.text) throw new FetchError("no_readable_text", "The page has no text to import: it may be built by script, or be an image.");
  const newsroom = await db().newsroom.findUniqueOrThrow({ where: { id: actor.newsroomId }, select: { defaultLanguage: true } });
  return {
    title: titleOf(page),
    language: languageOf(page.language, newsroom.defaultLanguage),
    sourceUrl: page.url,
    sourcePublisher: cut(page.publisher, 200),
    sourceAuthor: cut(page.authors.join(", "), 200),
    sourcePublishedAt: dateOf(page.publishedAt),
    html: page.html ?? paragraphsHtml(page.text),
  };
}
