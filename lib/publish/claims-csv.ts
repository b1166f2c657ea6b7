/** One claim of the newsroom's report: what an editor sums up each month. */
export type ClaimReportRow = {
  articleTitle: string;
  articleUrl: string;
  claimId: string;
  type: string;
  statement: string;
  quotedText: string;
  claimant: string;
  claimantKind: string;
  state: string;
  verdictKey: string;
  verdict: string;
  sources: number;
  proposedBy: string;
  approvedBy: string;
  createdAt: string;
  updatedAt: string;
  publishedVersion: string;
};

const COLUMNS: (keyof ClaimReportRow)[] = [
  "articleTitle",
  "articleUrl",
  "claimId",
  "type",
  "statement",
  "quotedText",
  "claimant",
  "claimantKind",
  "state",
  "verdictKey",
  "verdict",
  "sources",
  "proposedBy",
  "approvedBy",
  "createdAt",
  "updatedAt",
  "publishedVersion",
];

/**
 * A CSV cell: quoted when it holds a separator, a quote or a line break; a
 * text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is
 * prefixed with an apostrophe, so an article's words never become a formula.
 */
function cell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF lines, a header row), with a byte-order mark so spreadsheets read it as UTF-8. */
export function claimsCsv(rows: ClaimReportRow[]): string {
  const lines = [COLUMNS.join(","), ...rows.map((row) => COLUMNS.map((column) => cell(row[column])).join(","))];
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

/** The headers of a claims report download. */
export const CSV_HEADERS = { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="claims.csv"' };
