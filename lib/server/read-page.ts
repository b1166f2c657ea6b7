import { createHash } from "node:crypto";
import { readArticleHtml, type PageMetadata } from "../extract/read-article-html";
import { readPdf } from "../extract/read-pdf";
import { decodeText, FetchError, safeFetch, type FetchedResource, type MediaKind } from "./safe-fetch";

export type ReadPage = PageMetadata & {
  /** After redirects. */
  url: string;
  status: number;
  kind: MediaKind;
  /** Of the body as served (decompressed), hex. */
  sha256: string;
  fetchedAt: Date;
  /** The main text's markup (HTML pages); null for text and PDF. */
  html: string | null;
  /** The readable text; empty when the page has none. */
  text: string;
};

const NO_METADATA: PageMetadata = { title: null, authors: [], publisher: null, publishedAt: null, language: null };

async function readBody(resource: FetchedResource): Promise<PageMetadata & { html: string | null; text: string }> {
  if (resource.kind === "pdf") {
    try {
      const pdf = await readPdf(resource.body);
      return { ...NO_METADATA, ...pdf, html: null };
    } catch {
      throw new FetchError("unreadable_pdf", "The PDF cannot be read: it is damaged or not a PDF.");
    }
  }
  const text = decodeText(resource.body, resource.mediaType, resource.charset);
  if (resource.kind !== "html") return { ...NO_METADATA, html: null, text: text.trim() };
  const article = await readArticleHtml(text, resource.url);
  return article ?? { ...NO_METADATA, html: null, text: "" };
}

/**
 * Fetches an address with the safe fetcher and reads it: an HTML page's main
 * text and metadata, a PDF's text layer, a text file as it is; with the final
 * URL, the status, and the SHA-256 of the bytes served.
 */
export async function readPage(url: string): Promise<ReadPage> {
  const resource = await safeFetch(url);
  const fetchedAt = new Date();
  const sha256 = createHash("sha256").update(resource.body).digest("hex");
  return { url: resource.url, status: resource.status, kind: resource.kind, sha256, fetchedAt, ...(await readBody(resource)) };
}
