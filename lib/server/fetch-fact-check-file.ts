import { ValidationError } from "./errors";
import { decodeText, safeFetch } from "./safe-fetch";

export type FactCheckFile = { json: unknown } | { html: string };

/**
 * A fact-check file from its address, through the safe fetcher: a JSON file
 * (ClaimReview, a DataFeed, a claims:search answer) or a page whose JSON-LD
 * blocks hold ClaimReviews; with the address it ended at, to name the import.
 */
export async function fetchFactCheckFile(url: string): Promise<{ file: FactCheckFile; fetchedFrom: string }> {
  const resource = await safeFetch(url, { accept: ["json", "html"] });
  const text = decodeText(resource.body, resource.mediaType, resource.charset);
  const fetchedFrom = resource.url.slice(0, 300);
  if (resource.kind === "html") return { file: { html: text }, fetchedFrom };
  try {
    return { file: { json: JSON.parse(text) }, fetchedFrom };
  } catch {
    throw new ValidationError({ url: "the file at this address is not valid JSON" }, "The file at this address is not valid JSON. Nothing was imported.");
  }
}
