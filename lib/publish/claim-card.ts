import { escapeMarkup as e } from "./escape-markup";
import { longDay, PUBLIC_WORDS, type PublicLanguage, wordFor } from "./public-page-words";
import { SAFE_CLAIM_ID } from "./render-article-html";
import type { PublishedClaim, PublishedEarlierFactCheck, PublishedSource } from "./snapshot";
import { verdictBadge, verdictStyle } from "./verdict-badge";
import { PUBLIC_LINK_REL, webUrl } from "./web-url";

/** The start of a long quote, for link names that must tell one card's links from another's. */
function shortQuote(text: string): string {
  const words = text.replace(/\s+/g, " ").trim();
  return words.length <= 60 ? words : `${words.slice(0, 59).trimEnd()}…`;
}

/** The claim's words between quotation marks, unless it is a quote that has its own. */
function quotedWords(text: string, language: PublicLanguage): string {
  return /^[«“"„‹]/.test(text.trim()) ? text.trim() : PUBLIC_WORDS[language].quoted(text.trim());
}

function source(s: PublishedSource, language: PublicLanguage): string {
  const w = PUBLIC_WORDS[language];
  const url = webUrl(s.url);
  const archive = webUrl(s.archiveUrl);
  const title = e(s.title || (url ? new URL(url).hostname : s.url));
  const about = [s.publisher, longDay(s.publishedAt, language) ?? s.publishedAt].filter(Boolean).map((part) => e(part!)).join(", ");
  const stance = wordFor(w.stance, s.stance);
  return (
    `<li class="source">` +
    (stance ? `<span class="stance stance-${s.stance}">${e(stance)}</span> ` : "") +
    (url ? `<a href="${e(url)}" ${PUBLIC_LINK_REL}>${title}</a>` : title) +
    (about ? ` <span class="source-about">— ${about}</span>` : "") +
    (archive ? ` <span class="source-archive">(<a href="${e(archive)}" ${PUBLIC_LINK_REL}>${w.archived}<span class="visually-hidden">${w.colon}${title}</span></a>)</span>` : "") +
    (s.capture ? ` <span class="source-capture">(<a href="${e(s.capture.path)}" rel="nofollow">${e(w.capturedOn(longDay(s.capture.capturedAt.slice(0, 10), language) ?? s.capture.capturedAt.slice(0, 10)))}<span class="visually-hidden">${w.colon}${title}</span></a>)</span>` : "") +
    (s.excerpt ? `<blockquote class="passage">${e(s.excerpt)}</blockquote>` : "") +
    `</li>`
  );
}

/** A path on this site (an earlier card of the newsroom) or a web address; anything else is not a link. */
function earlierUrl(url: string | null): string | undefined {
  if (url && /^\/(?!\/)[\w\-./#]*$/.test(url)) return url;
  return webUrl(url);
}

function earlierFactCheck(earlier: PublishedEarlierFactCheck, language: PublicLanguage): string {
  const url = earlierUrl(earlier.url);
  const words = e(quotedWords(earlier.statement, language));
  const about = [earlier.checkedBy, longDay(earlier.date, language) ?? earlier.date].filter(Boolean).map((part) => e(part!)).join(", ");
  return (
    `<li><strong class="earlier-verdict">${e(earlier.verdict)}</strong> — ` +
    (url ? `<a href="${e(url)}" ${PUBLIC_LINK_REL}>${words}</a>` : words) +
    (about ? ` <span class="source-about">— ${about}</span>` : "") +
    `</li>`
  );
}

/** "We checked this before": the earlier fact-checks a checker linked to the claim. */
function checkedBefore(claim: PublishedClaim, language: PublicLanguage): string {
  const earlier = Array.isArray(claim.checkedBefore) ? claim.checkedBefore : [];
  if (earlier.length === 0) return "";
  const w = PUBLIC_WORDS[language];
  const heading = earlier.every((item) => item.origin === "newsroom") ? w.weCheckedBefore : w.checkedBefore;
  return `<p class="card-label">${heading}</p><ul class="checked-before">${earlier.map((item) => earlierFactCheck(item, language)).join("")}</ul>`;
}

/** "Claim by Thierry Breton, European Commissioner", or nothing when nobody was recorded. */
function claimantLine(claim: PublishedClaim, language: PublicLanguage): string {
  const claimant = claim.claimant;
  if (!claimant) return "";
  const w = PUBLIC_WORDS[language];
  const who = claimant.kind === "article" ? w.theArticle : [claimant.name, claimant.role].filter(Boolean).join(", ");
  if (!who) return "";
  const url = claimant.kind === "article" ? undefined : webUrl(claimant.url);
  const name = url ? `<a href="${e(url)}" ${PUBLIC_LINK_REL}>${e(who)}</a>` : e(who);
  return `<p class="card-claimant">${w.claimBy} ${name}</p>`;
}

/**
 * A claim's card: verdict, the claim's words, the analysis and the sources
 * with their passages and archived copies. It shows its head and the start of
 * the analysis until it is the page's target (CSS :target), which the claim's
 * verdict link in the text and the card's own link make it; then it shows
 * everything, and its last link leads back to the claim.
 */
export function claimCard(claim: PublishedClaim, language: PublicLanguage): string {
  const w = PUBLIC_WORDS[language];
  const id = typeof claim.id === "string" && SAFE_CLAIM_ID.test(claim.id) ? `card-${claim.id}` : null;
  const context = `<span class="visually-hidden">${w.colon}${e(quotedWords(shortQuote(claim.quotedText), language))}</span>`;
  const sources = claim.sources.map((s) => source(s, language)).join("");
  const attributes = id ? ` id="${id}" tabindex="-1" aria-labelledby="${id}-verdict ${id}-claim"` : "";
  return (
    // A card that cannot be a target (an id unfit for a fragment) is shown whole.
    `<article class="${id ? "card" : "card card-whole"}"${attributes} style="${verdictStyle(claim.verdict, language)}">` +
    `<p class="card-verdict"><span class="visually-hidden">${w.verdict}${w.colon}</span>${verdictBadge(claim.verdict, language, id ? `${id}-verdict` : undefined)}` +
    ` <span class="card-type">${e(wordFor(w.claimType, claim.type) ?? w.claimType.other)}</span></p>` +
    // The statement is what was checked; the marked words are where it sits in the text.
    (claim.statement
      ? `<p class="card-claim"${id ? ` id="${id}-claim"` : ""}>${e(claim.statement)}</p>` + claimantLine(claim, language)
      : `<p class="card-claim"${id ? ` id="${id}-claim"` : ""}>${e(quotedWords(claim.quotedText, language))}</p>`) +
    (claim.rationale ? `<p class="rationale"><span class="visually-hidden">${w.rationale}${w.colon}</span>${e(claim.rationale)}</p>` : "") +
    (id ? `<a class="card-open" href="#${id}">${w.readMore(claim.sources.length)}${context}</a>` : "") +
    `<div class="card-body">` +
    checkedBefore(claim, language) +
    (sources ? `<p class="card-label">${w.sources}</p><ol class="sources">${sources}</ol>` : "") +
    (id && claim.anchor ? `<p class="card-back"><a href="#claim-${claim.id}"><span aria-hidden="true">↑ </span>${w.back}${context}</a></p>` : "") +
    `</div></article>`
  );
}
