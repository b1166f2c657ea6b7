import { escapeMarkup as e } from "./escape-markup";
import { PUBLIC_PAGE_CSS } from "./public-page-style";
import type { VersionSnapshot } from "./snapshot";
import { verdictDisplay } from "./verdict-display";
import { verdictSummary } from "./verdict-summary";

export type NewsroomPageOptions = {
  newsroom: { name: string };
  baseUrl: string;
  feedUrl: string;
  articles: { url: string; latest: VersionSnapshot; updatedAt: Date }[];
};

/** The newsroom's public index: every published fact-check with its verdict summary. No script. */
export function renderNewsroomPage({ newsroom, baseUrl, feedUrl, articles }: NewsroomPageOptions): string {
  const lang = articles[0]?.latest.language === "en" ? "en" : "fr";
  const date = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" });
  const items = articles
    .map(({ url, latest, updatedAt }) => {
      const summary = verdictSummary(latest.claims)
        .map(({ verdict, count }) => {
          const v = verdictDisplay(verdict, latest.language);
          return `<li style="--v:${v.color}"><span aria-hidden="true">${e(v.icon)}</span> ${count} × ${e(v.label)}</li>`;
        })
        .join("");
      return `<li class="card" style="--v:var(--line)"><h2 style="font:700 1.25rem/1.3 system-ui,sans-serif;margin:0 0 .3rem"><a href="${e(url)}">${e(latest.title)}</a></h2><p class="meta">${e(date.format(updatedAt))}</p>${summary ? `<div class="summary" style="padding:0"><ul>${summary}</ul></div>` : ""}</li>`;
    })
    .join("");
  const empty = lang === "fr" ? "Aucune vérification publiée pour l’instant." : "No fact-check published yet.";
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(newsroom.name)}</title><link rel="canonical" href="${e(baseUrl)}">
<link rel="alternate" type="application/atom+xml" title="${e(newsroom.name)}" href="${e(feedUrl)}">
<style>${PUBLIC_PAGE_CSS}</style></head><body>
<header><div class="masthead"><span>${e(newsroom.name)}</span><a href="${e(feedUrl)}">Atom</a></div><h1>${e(newsroom.name)}</h1></header>
<main><ul style="list-style:none;padding:0;display:flex;flex-direction:column;gap:1rem">${items || `<li>${empty}</li>`}</ul></main>
</body></html>`;
}
