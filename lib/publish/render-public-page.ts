import { articleWithCards } from "./article-with-cards";
import { claimCard } from "./claim-card";
import { claimReviewJsonLd, jsonLdScript } from "./claim-review-json-ld";
import { correctionsLog, type LoggedVersion } from "./corrections-log";
import { escapeMarkup as e } from "./escape-markup";
import { PUBLIC_PAGE_CSS } from "./public-page-style";
import { longDate, longDay, PUBLIC_WORDS, publicLanguage, type PublicLanguage } from "./public-page-words";
import type { VersionSnapshot } from "./snapshot";
import { verdictSummaryList } from "./verdict-badge";
import { versionNav } from "./version-nav";
import { PUBLIC_LINK_REL, webUrl } from "./web-url";

export type PublicPageOptions = {
  snapshot: VersionSnapshot;
  articleHtml: string;
  pageUrl: string;
  canonicalUrl: string;
  newsroomUrl: string;
  /** Newest first, each with its snapshot (the log says what changed from the one before). */
  versions: LoggedVersion[];
  firstPublishedAt: Date;
};

const time = (date: Date | string, language: PublicLanguage) => `<time datetime="${e(new Date(date).toISOString().slice(0, 10))}">${e(longDate(date, language))}</time>`;

/** "Publié le …, mis à jour le … · Vérifié par …" */
function byline(options: PublicPageOptions, language: PublicLanguage): string {
  const { snapshot } = options;
  const w = PUBLIC_WORDS[language];
  const checkers = [...new Set(snapshot.claims.flatMap((c) => [c.proposedBy, c.approvedBy]).filter(Boolean))];
  const dates = `${w.published} ${time(options.firstPublishedAt, language)}${snapshot.version > 1 ? `, ${w.updated} ${time(snapshot.publishedAt, language)}` : ""}`;
  return `<p class="byline">${dates}${checkers.length ? `<span class="sep" aria-hidden="true"> · </span>${w.checked} ${checkers.map(e).join(", ")}` : ""}</p>`;
}

/** The article that was checked: its publisher, author and date, linked when it has a web address. */
function originalArticle(article: VersionSnapshot["article"], language: PublicLanguage): string {
  const w = PUBLIC_WORDS[language];
  const url = webUrl(article.sourceUrl);
  const name = url ? `<a href="${e(url)}" ${PUBLIC_LINK_REL}>${article.sourcePublisher ? e(article.sourcePublisher) : w.original}</a>` : article.sourcePublisher ? e(article.sourcePublisher) : "";
  const date = longDay(article.sourcePublishedAt, language) ? time(article.sourcePublishedAt!, language) : "";
  const parts = [name, article.sourceAuthor ? `${w.by} ${e(article.sourceAuthor)}` : "", date].filter(Boolean);
  return parts.length ? `<p class="original">${w.original}${w.colon}${parts.join(", ")}</p>` : "";
}

function head(options: PublicPageOptions, language: PublicLanguage): string {
  const { snapshot } = options;
  const w = PUBLIC_WORDS[language];
  const description = `${w.claimsChecked(snapshot.claims.length)} — ${snapshot.newsroom.name}`;
  const jsonLd = claimReviewJsonLd(snapshot, options.pageUrl);
  return `<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(snapshot.title)} — ${e(snapshot.newsroom.name)}</title>
<link rel="canonical" href="${e(options.canonicalUrl)}"><meta name="description" content="${e(description)}">
<meta property="og:type" content="article"><meta property="og:title" content="${e(snapshot.title)}"><meta property="og:url" content="${e(options.canonicalUrl)}"><meta property="og:site_name" content="${e(snapshot.newsroom.name)}"><meta property="og:description" content="${e(description)}">
<style>${PUBLIC_PAGE_CSS}</style>
${jsonLd.length ? `<script type="application/ld+json">${jsonLdScript(jsonLd)}</script>` : ""}`;
}

/**
 * The public page of a published version, as one HTML document with no
 * script: the verdict summary, the article with each claim's card beside it
 * (wide screens) or after its paragraph (narrow screens, print), the version
 * selector, the corrections log, ClaimReview JSON-LD, Open Graph and
 * canonical tags. Built once when served; a version never changes.
 */
export function renderPublicPage(options: PublicPageOptions): string {
  const { snapshot } = options;
  const language = publicLanguage(snapshot.language);
  const w = PUBLIC_WORDS[language];
  const summary = verdictSummaryList(snapshot.claims, language);
  const article = articleWithCards(options.articleHtml, snapshot.claims, (claim) => claimCard(claim, language), w.otherClaims);
  return `<!doctype html>
<html lang="${language}"><head>${head(options, language)}
</head><body>
<a class="skip-link" href="#text">${w.skip}</a>
<header class="site-header"><div class="wrap"><a class="newsroom" href="${e(options.newsroomUrl)}">${e(snapshot.newsroom.name)}</a><a class="section-name" href="${e(options.newsroomUrl)}">${w.indexShort}</a></div></header>
<main class="wrap">
<header class="page-head"><p class="kicker">${w.kicker}</p><h1 id="title">${e(snapshot.title)}</h1>
${byline(options, language)}${originalArticle(snapshot.article, language)}
${versionNav(options.versions, snapshot.version, language)}</header>
${summary ? `<section class="summary" aria-labelledby="summary-title"><h2 id="summary-title">${w.claimsChecked(snapshot.claims.length)}</h2>${summary}<p class="how-to-read">${w.howToRead}</p></section>` : ""}
<article class="article-body" id="text" tabindex="-1" aria-labelledby="title">${article}</article>
${correctionsLog(options.versions, snapshot.version, language)}
</main>
<footer class="site-footer"><div class="wrap"><a href="${e(options.newsroomUrl)}">${e(snapshot.newsroom.name)} — ${w.index}</a><span>${w.madeWith}</span></div></footer>
</body></html>`;
}
