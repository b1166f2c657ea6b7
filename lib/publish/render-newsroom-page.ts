import { escapeMarkup as e } from "./escape-markup";
import { PUBLIC_PAGE_CSS } from "./public-page-style";
import { longDate, PUBLIC_WORDS, publicLanguage } from "./public-page-words";
import type { VersionSnapshot } from "./snapshot";
import { verdictSummaryList } from "./verdict-badge";

export type NewsroomPageOptions = {
  newsroom: { name: string };
  baseUrl: string;
  feedUrl: string;
  articles: { url: string; latest: VersionSnapshot; updatedAt: Date }[];
};

/** The newsroom's public index: every published fact-check with its verdict summary. No script. */
export function renderNewsroomPage({ newsroom, baseUrl, feedUrl, articles }: NewsroomPageOptions): string {
  const language = publicLanguage(articles[0]?.latest.language ?? "fr");
  const w = PUBLIC_WORDS[language];
  const items = articles
    .map(({ url, latest, updatedAt }) => {
      const entryLanguage = publicLanguage(latest.language);
      const day = updatedAt.toISOString().slice(0, 10);
      return (
        `<li class="entry"${entryLanguage === language ? "" : ` lang="${entryLanguage}"`}><h2><a href="${e(url)}">${e(latest.title)}</a></h2>` +
        `<p class="byline"><time datetime="${day}">${e(longDate(updatedAt, entryLanguage))}</time> · ${PUBLIC_WORDS[entryLanguage].claimsChecked(latest.claims.length)}</p>` +
        `${verdictSummaryList(latest.claims, entryLanguage)}</li>`
      );
    })
    .join("");
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(newsroom.name)} — ${w.index}</title><link rel="canonical" href="${e(baseUrl)}">
<link rel="alternate" type="application/atom+xml" title="${e(newsroom.name)}" href="${e(feedUrl)}">
<style>${PUBLIC_PAGE_CSS}</style></head><body>
<header class="site-header"><div class="wrap"><a class="newsroom" href="${e(baseUrl)}">${e(newsroom.name)}</a><a class="section-name" href="${e(feedUrl)}">${w.feed}</a></div></header>
<main class="wrap"><header class="page-head"><p class="kicker">${w.index}</p><h1>${e(newsroom.name)}</h1><p class="byline">${w.indexIntro}</p></header>
${items ? `<ul class="entries">${items}</ul>` : `<p>${w.noIndexEntries}</p>`}</main>
<footer class="site-footer"><div class="wrap"><span>${e(newsroom.name)}</span><span>${w.madeWith}</span></div></footer>
</body></html>`;
}
