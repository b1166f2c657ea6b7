import { escapeMarkup as e } from "./escape-markup";
import type { PublicLanguage } from "./public-page-words";
import type { PublishedClaim, PublishedVerdict } from "./snapshot";
import { verdictDisplay } from "./verdict-display";
import { verdictSummary } from "./verdict-summary";

/** The custom properties a verdict's colours travel in (values validated by verdictDisplay). */
export function verdictStyle(verdict: PublishedVerdict, language: PublicLanguage): string {
  const look = verdictDisplay(verdict, language);
  return `--v:${look.color};--ink:${look.ink}`;
}

/** A verdict as a badge: icon and label on the verdict's colour, never colour alone. */
export function verdictBadge(verdict: PublishedVerdict, language: PublicLanguage, id?: string): string {
  const look = verdictDisplay(verdict, language);
  return (
    `<span class="badge"${id ? ` id="${e(id)}"` : ""} style="${verdictStyle(verdict, language)}">` +
    `<span class="badge-icon" aria-hidden="true">${e(look.icon)}</span>${e(look.label)}</span>`
  );
}

/**
 * How many claims got each verdict, as a list of badges with counts and a bar
 * of the same proportions (decorative: the list says it in words).
 */
export function verdictSummaryList(claims: PublishedClaim[], language: PublicLanguage): string {
  const counts = verdictSummary(claims);
  if (!counts.length) return "";
  const items = counts.map(({ verdict, count }) => `<li>${verdictBadge(verdict, language)}<span class="count">× ${count}</span></li>`).join("");
  const bar = counts.map(({ verdict, count }) => `<span style="${verdictStyle(verdict, language)};flex-grow:${count}"></span>`).join("");
  return `<ul class="verdict-counts">${items}</ul><div class="verdict-bar" aria-hidden="true">${bar}</div>`;
}
