import type { PublishedClaim } from "./snapshot";

// The block elements renderArticleHtml writes. Its output escapes every "<"
// of the text, so each "<" here starts a tag and a scan can split it safely.
const BLOCK_TAG = /<(\/?)(p|h[2-4]|blockquote|ul|ol|li)\b[^>]*>/g;
const CLAIM_ID = /\bid="claim-([A-Za-z0-9_-]+)"/g;

/** The top-level blocks (paragraphs, headings, lists, block quotes) of a version's rendered HTML, in order. */
export function articleBlocks(html: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  for (const tag of html.matchAll(BLOCK_TAG)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) {
      const end = tag.index + tag[0].length;
      blocks.push(html.slice(start, end));
      start = end;
    }
  }
  if (html.slice(start).trim()) blocks.push(html.slice(start));
  return blocks;
}

/**
 * The article with each claim's card right after the block where the claim
 * starts: read in order (screen readers, print, narrow screens) a passage is
 * followed by its checks; on wide screens the stylesheet floats the cards
 * beside it. Cards of claims found in no block close the article.
 */
export function articleWithCards(html: string, claims: PublishedClaim[], card: (claim: PublishedClaim) => string, otherClaimsTitle: string): string {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const placed = new Set<string>();
  const parts = articleBlocks(html).map((block) => {
    const here = [...block.matchAll(CLAIM_ID)].map((match) => byId.get(match[1])).filter((claim): claim is PublishedClaim => !!claim && !placed.has(claim.id));
    here.forEach((claim) => placed.add(claim.id));
    return here.length ? `${block}\n<div class="claim-notes">${here.map(card).join("")}</div>` : block;
  });
  const rest = claims.filter((claim) => !placed.has(claim.id));
  if (rest.length) parts.push(`<section class="claim-notes claim-notes-rest"><h2>${otherClaimsTitle}</h2>${rest.map(card).join("")}</section>`);
  return parts.join("\n");
}
