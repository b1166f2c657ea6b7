import { escapeMarkup as e } from "./escape-markup";
import { longDate, PUBLIC_WORDS, type PublicLanguage } from "./public-page-words";
import type { LoggedVersion } from "./corrections-log";

/**
 * The version selector: a disclosure (<details>, no script) listing every
 * version with the one shown marked; and, on an older version, a notice that
 * says so and links to the current one.
 */
export function versionNav(versions: Pick<LoggedVersion, "version" | "publishedAt" | "url">[], shown: number, language: PublicLanguage): string {
  const w = PUBLIC_WORDS[language];
  const latest = versions[0];
  if (!latest) return "";
  const items = versions
    .map((v) => {
      const when = e(longDate(v.publishedAt, language));
      const current = v.version === latest.version ? ` · ${w.current}` : "";
      const here = v.version === shown ? ` aria-current="page"` : "";
      return `<li><a href="${e(v.url)}"${here}>${w.version} ${v.version} — ${when}${current}</a></li>`;
    })
    .join("");
  const summary = `${w.versionOf(shown, versions.length)}${shown === latest.version ? ` · ${w.current}` : ""}`;
  const selector = `<nav class="versions" aria-label="${w.versions}"><details><summary>${summary}</summary><ol>${items}</ol></details></nav>`;
  const shownVersion = versions.find((v) => v.version === shown);
  if (shown === latest.version || !shownVersion) return selector;
  const notice = `<p class="old-version" role="note">${e(w.oldVersion(shown, longDate(shownVersion.publishedAt, language)))} <a href="${e(latest.url)}">${e(w.readLatest(latest.version))}</a></p>`;
  return selector + notice;
}
