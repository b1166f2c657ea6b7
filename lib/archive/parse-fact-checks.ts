import { joinPath, type ArchiveEntry } from "./archive-entry";
import { ArchiveFileError, type ArchiveFormat, type ArchiveItem, type ArchiveSkip, type ParsedArchive } from "./archive-item";
import { claimReviewEntries, isDataFeed } from "./claim-review-entries";
import { claimsSearchEntries, isClaimsSearchAnswer } from "./claims-search-entries";
import { ItemProblem } from "./item-fields";
import { jsonLdBlocks } from "./json-ld-blocks";

/** More items than an import takes at once (100,000 import in under a minute; twice that is the ceiling). */
export const MAX_ARCHIVE_ITEMS = 200_000;

const NOTHING_FOUND =
  'No fact-check found: give schema.org ClaimReview JSON-LD ("@type": "ClaimReview": one object, an array or a @graph, as in a newsroom\'s claimreview.json), a ClaimReview DataFeed, or a Fact Check Tools API claims:search answer.';

/** `where`: a label for entries that are not in the JSON body (an HTML page's blocks); their errors name `path` as the field. */
type Located = ArchiveEntry & { where?: string };

/**
 * Reads each entry in order, numbering items from 1. The first bad item
 * refuses the file (ArchiveFileError naming it); a review URL already read
 * earlier in the file is skipped, naming the item kept.
 */
function readEntries(format: ArchiveFormat, entries: Located[]): ParsedArchive {
  if (entries.length === 0) throw new ArchiveFileError(NOTHING_FOUND);
  if (entries.length > MAX_ARCHIVE_ITEMS) throw new ArchiveFileError(`The file holds ${entries.length} fact-checks; an import takes at most ${MAX_ARCHIVE_ITEMS}: split it.`);
  const items: ArchiveItem[] = [];
  const skipped: ArchiveSkip[] = [];
  const firstWithUrl = new Map<string, number>();
  entries.forEach((entry, i) => {
    const index = i + 1;
    let item: ArchiveItem;
    try {
      item = entry.read();
    } catch (error) {
      if (!(error instanceof ItemProblem)) throw error;
      const where = entry.where ? ` (${entry.where})` : "";
      throw new ArchiveFileError(`item ${index}${where}: ${error.field} ${error.problem}`, entry.where ? entry.path : joinPath(entry.path, error.field) || "form");
    }
    const first = firstWithUrl.get(item.reviewUrl);
    if (first !== undefined) {
      skipped.push({ index, reason: `same review URL as item ${first}` });
      return;
    }
    firstWithUrl.set(item.reviewUrl, index);
    items.push(item);
  });
  return { format, items, skipped };
}

/** The fact-checks of a parsed JSON file: ClaimReview JSON-LD (a newsroom's claimreview.json too), a DataFeed, or a claims:search answer. */
export function parseFactChecks(file: unknown): ParsedArchive {
  if (isClaimsSearchAnswer(file)) return readEntries("claims_search", claimsSearchEntries(file));
  return readEntries(isDataFeed(file) ? "data_feed" : "claim_review", claimReviewEntries(file));
}

/** The fact-checks in an HTML page's `<script type="application/ld+json">` blocks; errors name the block. */
export function parseFactChecksHtml(html: string, field = "html"): ParsedArchive {
  const entries = jsonLdBlocks(html).flatMap((block, b) => {
    const where = `JSON-LD block ${b + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(block);
    } catch {
      throw new ArchiveFileError(`${where} of the page is not valid JSON`, field);
    }
    return claimReviewEntries(json).map((entry): Located => ({ ...entry, where, path: field }));
  });
  return readEntries("html_page", entries);
}
