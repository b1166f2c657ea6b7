import { diffVersions } from "./diff-versions";
import { escapeMarkup as e } from "./escape-markup";
import { longDate, PUBLIC_WORDS, type PublicLanguage } from "./public-page-words";
import type { PublishedClaim, VersionSnapshot } from "./snapshot";
import { verdictDisplay } from "./verdict-display";

export type LoggedVersion = { version: number; changeNote: string | null; publishedAt: Date; url: string; snapshot: VersionSnapshot };

/** "verdict changed: « … » Vrai → Trompeur; claim added: « … »" between a version and the one before. */
function changesSince(previous: VersionSnapshot | undefined, next: VersionSnapshot, language: PublicLanguage): string {
  if (!previous) return "";
  const w = PUBLIC_WORDS[language];
  const diff = diffVersions(previous, next);
  const quote = (claim: PublishedClaim) => `« ${e(claim.quotedText)} »`;
  const label = (verdict: PublishedClaim["verdict"]) => e(verdictDisplay(verdict, language).label);
  const parts = [
    ...diff.verdictChanged.map(({ claim, from, to }) => `${w.changed} : ${quote(claim)} ${label(from)} → ${label(to)}`),
    ...diff.added.map((claim) => `${w.added} : ${quote(claim)}`),
    ...diff.withdrawn.map((claim) => `${w.withdrawn} : ${quote(claim)}`),
  ];
  return parts.length ? `<ul>${parts.map((p) => `<li>${p}</li>`).join("")}</ul>` : "";
}

/** The corrections and updates log: every version, newest first, with its note and what changed for the reader. */
export function correctionsLog(versions: LoggedVersion[], shown: number, language: PublicLanguage): string {
  const w = PUBLIC_WORDS[language];
  const items = versions
    .map((v, i) => {
      const title = v.version === shown ? `<strong>${w.version} ${v.version}</strong> (${w.shown})` : `<a href="${e(v.url)}">${w.version} ${v.version}</a>`;
      const day = v.publishedAt.toISOString().slice(0, 10);
      return `<li>${title} — <time datetime="${day}">${e(longDate(v.publishedAt, language))}</time> : ${v.changeNote ? e(v.changeNote) : w.first}${changesSince(versions[i + 1]?.snapshot, v.snapshot, language)}</li>`;
    })
    .join("");
  return `<section class="log" id="log" aria-labelledby="log-title"><h2 id="log-title">${w.log}</h2><ol>${items}</ol></section>`;
}
