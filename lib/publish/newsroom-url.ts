import type { VersionSnapshot } from "./snapshot";
import { webUrl } from "./web-url";

/**
 * The newsroom's address for structured data: its own public URL when it has
 * one, else its page on this site (`/{newsroom}`), found in the page URL so
 * that a site served under a path prefix keeps it.
 */
export function newsroomUrl(newsroom: VersionSnapshot["newsroom"], pageUrl: string): string {
  const own = webUrl(newsroom.publicUrl);
  if (own) return own;
  const url = new URL(pageUrl);
  const segment = encodeURIComponent(newsroom.slug);
  const segments = url.pathname.split("/");
  const at = segments.indexOf(segment);
  url.pathname = at > 0 ? segments.slice(0, at + 1).join("/") : `/${segment}`;
  url.search = "";
  url.hash = "";
  return url.href;
}
