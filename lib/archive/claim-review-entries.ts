import { joinPath, type ArchiveEntry } from "./archive-entry";
import { claimReviewItem, typesOf } from "./claim-review-item";
import { isObject } from "./item-fields";

// JSON bodies reach here at most 32 levels deep (the API's text rule); HTML blocks are held to the same.
const MAX_DEPTH = 32;

/**
 * Every schema.org ClaimReview in a JSON-LD value, in reading order: the value
 * itself, the elements of an array, a `@graph`, a DataFeed's
 * `dataFeedElement[].item`, or any other node holding one (a WebPage's
 * `mainEntity`). Other nodes (Organization, BreadcrumbList…) are not items.
 */
export function claimReviewEntries(root: unknown, rootPath = ""): ArchiveEntry[] {
  const entries: ArchiveEntry[] = [];
  const visit = (value: unknown, path: string, depth: number) => {
    if (depth > MAX_DEPTH || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      value.forEach((element, i) => visit(element, joinPath(path, i), depth + 1));
      return;
    }
    const node = value as Record<string, unknown>;
    if (typesOf(node).includes("ClaimReview")) {
      entries.push({ path, read: () => claimReviewItem(node) });
      return;
    }
    for (const [key, child] of Object.entries(node)) if (key !== "@context" && isObjectOrArray(child)) visit(child, joinPath(path, key), depth + 1);
  };
  visit(root, rootPath, 0);
  return entries;
}

const isObjectOrArray = (value: unknown) => Array.isArray(value) || isObject(value);

/** Is the value a ClaimReview DataFeed (`{"@type": "DataFeed", "dataFeedElement": […]}`)? */
export function isDataFeed(value: unknown): boolean {
  return isObject(value) && (typesOf(value).includes("DataFeed") || Array.isArray(value.dataFeedElement));
}
