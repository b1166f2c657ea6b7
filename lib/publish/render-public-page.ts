import { claimReviewJsonLd, jsonLdScript } from "./claim-review-json-ld";
import { diffVersions } from "./diff-versions";
import { escapeMarkup as e } from "./escape-markup";
import { PUBLIC_PAGE_CSS } from "./public-page-style";
import type { PublishedClaim, VersionSnapshot } from "./snapshot";
import { verdictDisplay } from "./verdict-display";
import { verdictSummary } from "./verdict-summary";
import { webUrl } from "./web-url";

const WORDS = {
  fr: { changed: "verdict modifié", added: "affirmation ajoutée", withdrawn: "affirmation retirée", checked: "Vérifié par", published: "Publié le", updated: "mis à jour le", original: "Article d’origine", summary: "Verdicts", sources: "Sources", back: "Retour au texte", log: "Corrections et mises à jour", version: "Version", current: "version affichée", archived: "copie archivée", first: "Première publication", rationale: "Pourquoi" },
  en: { changed: "verdict changed", added: "claim added", withdrawn: "claim withdrawn", checked: "Checked by", published: "Published", updated: "updated", original: "Original article", summary: "Verdicts", sources: "Sources", back: "Back to the text", log: "Corrections and updates", version: "Version", current: "shown", archived: "archived copy", first: "First publication", rationale: "Why" },
};

export type PublicPageOptions = {
  snapshot: VersionSnapshot;
  articleHtml: string;
  pageUrl: string;
  canonicalUrl: string;
  newsroomUrl: string;
  /** Newest first, each with its snapshot (the log says what changed from the one before). */
  versions: { version: number; changeNote: string | null; publishedAt: Date; url: string; snapshot: VersionSnapshot }[];
  firstPublishedAt: Date;
};

/** "verdict changed: « … » Vrai → Trompeur; claim added: « … »" between a version and the one before. */
function changesSince(previous: VersionSnapshot | undefined, next: VersionSnapshot, lang: "fr" | "en"): string {
  if (!previous) return "";
  const w = WORDS[lang];
  const diff = diffVersions(previous, next);
  const quote = (claim: PublishedClaim) => `« ${e(claim.quotedText)} »`;
  const label = (verdict: PublishedClaim["verdict"]) => e(verdictDisplay(verdict, lang).label);
  const parts = [
    ...diff.verdictChanged.map(({ claim, from, to }) => `${w.changed} : ${quote(claim)} ${label(from)} → ${label(to)}`),
    ...diff.added.map((claim) => `${w.added} : ${quote(claim)}`),
    ...diff.withdrawn.map((claim) => `${w.withdrawn} : ${quote(claim)}`),
  ];
  return parts.length ? `<ul>${parts.map((p) => `<li>${p}</li>`).join("")}</ul>` : "";
}

function card(claim: PublishedClaim, lang: "fr" | "en"): string {
  const w = WORDS[lang];
  const v = verdictDisplay(claim.verdict, lang);
  const sources = claim.sources
    .map((s) => {
      const url = webUrl(s.url);
      const archive = webUrl(s.archiveUrl);
      const title = e(s.title || (url ? new URL(url).hostname : s.url));
      return `<li>${url ? `<a href="${e(url)}" rel="noopener nofollow ugc">${title}</a>` : title}${s.publisher ? ` — ${e(s.publisher)}` : ""}${s.publishedAt ? `, ${e(s.publishedAt)}` : ""}${archive ? ` (<a href="${e(archive)}" rel="noopener nofollow ugc">${w.archived}</a>)` : ""}${s.excerpt ? `<blockquote>${e(s.excerpt)}</blockquote>` : ""}</li>`;
    })
    .join("");
  return `<section class="card" id="card-${e(claim.id)}" tabindex="-1" style="--v:${v.color}" aria-label="${e(v.label)}">
<p><q>${e(claim.quotedText)}</q></p>
<p class="verdict"><span aria-hidden="true">${e(v.icon)}</span> ${e(v.label)}</p>
${claim.rationale ? `<p><strong>${w.rationale} :</strong> ${e(claim.rationale)}</p>` : ""}
${sources ? `<p><strong>${w.sources}</strong></p><ul>${sources}</ul>` : ""}
${claim.anchor ? `<p><a href="#claim-${e(claim.id)}">↑ ${w.back}</a></p>` : ""}
</section>`;
}

/**
 * The public page of a published version, as one HTML document with no
 * script: article, verdict summary, claim cards, corrections log, ClaimReview
 * JSON-LD, Open Graph and canonical tags. Built once when served; a version never changes.
 */
export function renderPublicPage(options: PublicPageOptions): string {
  const { snapshot } = options;
  const lang = snapshot.language === "fr" ? "fr" : "en";
  const w = WORDS[lang];
  const date = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" });
  const checkers = [...new Set(snapshot.claims.flatMap((c) => [c.proposedBy, c.approvedBy]).filter(Boolean))];
  const summary = verdictSummary(snapshot.claims)
    .map(({ verdict, count }) => {
      const v = verdictDisplay(verdict, lang);
      return `<li style="--v:${v.color}"><span aria-hidden="true">${e(v.icon)}</span> ${count} × ${e(v.label)}</li>`;
    })
    .join("");
  const original = webUrl(snapshot.article.sourceUrl);
  const log = options.versions
    .map((v, i) => {
      const title = v.version === snapshot.version ? `<strong>${w.version} ${v.version}</strong> (${w.current})` : `<a href="${e(v.url)}">${w.version} ${v.version}</a>`;
      return `<li>${title} — ${e(date.format(v.publishedAt))} : ${v.changeNote ? e(v.changeNote) : w.first}${changesSince(options.versions[i + 1]?.snapshot, v.snapshot, lang)}</li>`;
    })
    .join("");
  const description = `${snapshot.claims.length} ${lang === "fr" ? "affirmations vérifiées" : "claims checked"} — ${snapshot.newsroom.name}`;
  const jsonLd = claimReviewJsonLd(snapshot, options.pageUrl);
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(snapshot.title)} — ${e(snapshot.newsroom.name)}</title>
<link rel="canonical" href="${e(options.canonicalUrl)}"><meta name="description" content="${e(description)}">
<meta property="og:type" content="article"><meta property="og:title" content="${e(snapshot.title)}"><meta property="og:url" content="${e(options.canonicalUrl)}"><meta property="og:site_name" content="${e(snapshot.newsroom.name)}"><meta property="og:description" content="${e(description)}">
<style>${PUBLIC_PAGE_CSS}</style>
${jsonLd.length ? `<script type="application/ld+json">${jsonLdScript(jsonLd)}</script>` : ""}
</head><body>
<header><div class="masthead"><a href="${e(options.newsroomUrl)}">${e(snapshot.newsroom.name)}</a><span>Factdesk</span></div>
<h1>${e(snapshot.title)}</h1>
<p class="meta">${w.published} ${e(date.format(options.firstPublishedAt))}${snapshot.version > 1 ? `, ${w.updated} ${e(date.format(new Date(snapshot.publishedAt)))}` : ""}${checkers.length ? ` · ${w.checked} ${checkers.map(e).join(", ")}` : ""}${original ? ` · <a href="${e(original)}" rel="noopener nofollow ugc">${w.original}${snapshot.article.sourcePublisher ? ` (${e(snapshot.article.sourcePublisher)})` : ""}</a>` : ""}</p>
</header>
${summary ? `<section class="summary" aria-label="${w.summary}"><ul>${summary}</ul></section>` : ""}
<main class="layout"><article class="article" lang="${lang}">${options.articleHtml}</article>
<aside class="cards">${snapshot.claims.map((c) => card(c, lang)).join("\n")}</aside></main>
<section class="log" aria-labelledby="log"><h2 id="log">${w.log}</h2><ol>${log}</ol></section>
<footer>${e(snapshot.newsroom.name)} · Factdesk</footer>
</body></html>`;
}
