// Typographic variants a passage copied by hand and a page's text may disagree on.
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u2039\u203A]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Text compared as a reader would: Unicode-normalized, one kind of quote and dash, spaces collapsed (none around double quotes), case-folded. */
export function normalizePassage(text: string): string {
  return text
    .normalize("NFKC")
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .replace(/\s+/gu, " ")
    .replace(/ ?" ?/g, '"')
    .replace(/\u2026/g, "...")
    .trim()
    .toLocaleLowerCase();
}

/** Whether a source's quoted passage is in a captured text, whitespace, quotes and case aside; null without a passage. */
export function passageFound(passage: string | null | undefined, text: string): boolean | null {
  const wanted = normalizePassage(passage ?? "");
  if (!wanted) return null;
  return normalizePassage(text).includes(wanted);
}
