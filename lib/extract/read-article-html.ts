import { Readability } from "@mozilla/readability";
import { Window } from "happy-dom";

export type PageMetadata = {
  title: string | null;
  authors: string[];
  publisher: string | null;
  /** As the page states it, e.g. "2024-05-24T14:32:00+02:00". */
  publishedAt: string | null;
  /** A language tag, e.g. "fr-FR". */
  language: string | null;
};

export type ReadableArticle = PageMetadata & {
  /** The main text's markup (Readability's cleaned article, links absolute). */
  html: string;
  text: string;
};

// A page is read as data: no script, no style sheet, no frame, no navigation.
const INERT = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
  navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
} as const;

const meta = (document: Document, ...names: string[]) => {
  for (const name of names) {
    const content = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
};

function jsonLdLanguage(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const match = /"inLanguage"\s*:\s*"([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)"/.exec(script.textContent ?? "");
    if (match) return match[1];
  }
  return null;
}

const splitAuthors = (byline: string | null | undefined) =>
  (byline ?? "")
    .replace(/^\s*(by|par)\s+/i, "")
    .split(/\s*(?:,|;|\bet\b|\band\b)\s*/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0 && name.length <= 100);

/**
 * A news page's main text (Mozilla Readability, the reader view of Firefox) and
 * its metadata: title, authors, publisher, publication date and language, from
 * the JSON-LD `NewsArticle`, `og:` and `article:` properties Readability reads,
 * with `<meta name="author">`, `og:locale` and `inLanguage` as fallbacks.
 * The page is parsed by happy-dom with scripts, styles and frames off. Null
 * when there is no readable text.
 */
export async function readArticleHtml(html: string, url: string): Promise<ReadableArticle | null> {
  const window = new Window({ url, settings: INERT });
  try {
    const document = window.document as unknown as Document;
    document.write(html);
    const language = document.documentElement.getAttribute("lang") || jsonLdLanguage(document) || meta(document, "og:locale")?.replace("_", "-") || null;
    const fallbackAuthor = meta(document, "author");
    const article = new Readability(document, { charThreshold: 200 }).parse();
    if (!article?.content || !article.textContent?.trim()) return null;
    const authors = splitAuthors(article.byline);
    return {
      title: article.title?.trim() || meta(document, "og:title"),
      authors: authors.length > 0 ? authors : splitAuthors(fallbackAuthor),
      publisher: article.siteName?.trim() || meta(document, "og:site_name"),
      publishedAt: article.publishedTime?.trim() || meta(document, "article:published_time", "date", "dc.date"),
      language: article.lang?.trim() || language,
      html: article.content,
      text: article.textContent.trim(),
    };
  } finally {
    await window.happyDOM.close();
  }
}
