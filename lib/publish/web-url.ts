import { httpUrl } from "../validation/common";

/** Links to other sites from a public page pass on no trust and no window. */
export const PUBLIC_LINK_REL = `rel="noopener nofollow ugc"`;

/**
 * An http(s) address, normalized as a browser would read it, or undefined:
 * what a public page or an export may link to. Anything else (javascript:,
 * data:, relative paths, garbage) is left out rather than published.
 */
export function webUrl(value: string | null | undefined): string | undefined {
  if (typeof value !== "string" || !httpUrl.safeParse(value).success) return undefined;
  return new URL(value.trim()).href;
}
