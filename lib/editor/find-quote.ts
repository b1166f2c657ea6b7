/** A W3C-style text quote: the exact text, and optionally some text just before and after it. */
export type QuoteSelector = { exact: string; prefix?: string; suffix?: string };

export type QuoteMatch =
  | { kind: "found"; start: number; end: number }
  /** `occurrences`: how often `exact` occurs when the prefix or suffix ruled them all out. */
  | { kind: "missing"; occurrences: number }
  | { kind: "ambiguous"; count: number };

/** Where a quote is in a text (UTF-16 offsets): once, nowhere, or several times that prefix and suffix do not decide. */
export function findQuote(text: string, { exact, prefix, suffix }: QuoteSelector): QuoteMatch {
  const starts: number[] = [];
  for (let i = text.indexOf(exact); i !== -1 && exact; i = text.indexOf(exact, i + 1)) starts.push(i);
  const fitting = starts.filter(
    (start) => (!prefix || text.slice(0, start).endsWith(prefix)) && (!suffix || text.startsWith(suffix, start + exact.length)),
  );
  if (fitting.length === 1) return { kind: "found", start: fitting[0], end: fitting[0] + exact.length };
  if (fitting.length === 0) return { kind: "missing", occurrences: starts.length };
  return { kind: "ambiguous", count: fitting.length };
}
