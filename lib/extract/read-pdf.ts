import type { PageMetadata } from "./read-article-html";

export type PdfText = Pick<PageMetadata, "title" | "authors" | "publishedAt"> & { text: string; pages: number };

// Official reports run long; past this many pages the text stops (the hash still covers the whole file).
const MAX_PAGES = 200;

/** "D:20240522070000Z" (a PDF date) → "2024-05-22". */
const pdfDate = (value: unknown) => {
  const match = typeof value === "string" ? /^D:(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
};

const field = (info: Record<string, unknown>, key: string) => (typeof info[key] === "string" && (info[key] as string).trim()) || null;

/**
 * A PDF's text layer, page by page (pdf.js, with evaluation of the file's
 * code and fonts off), and its title, author and creation date. A scanned
 * PDF without a text layer gives an empty text. Throws on a file that is not a PDF.
 */
export async function readPdf(bytes: Buffer): Promise<PdfText> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(document.numPages, MAX_PAGES); n++) {
      const content = await (await document.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : " ") : "")).join("").trim());
    }
    const info = ((await document.getMetadata()).info ?? {}) as Record<string, unknown>;
    const author = field(info, "Author");
    return { title: field(info, "Title"), authors: author ? [author] : [], publishedAt: pdfDate(info.CreationDate), text: pages.join("\n\n").trim(), pages: document.numPages };
  } finally {
    await document.destroy();
  }
}
