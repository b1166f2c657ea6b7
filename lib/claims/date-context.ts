/**
 * Years for days written without one, from the surrounding dates rather than the publication date:
 * a list ("les 18 novembre, 7 et 8 décembre 2020") or a full date just before ("le premier tour
 * aura lieu le 15 mars 2026 ; les listes sont déposées jusqu'au 1er février").
 */
import { formatDay, isValidDay, parseIsoDate, resolveDayMonth } from "./calendar";
import type { Candidate } from "./types";

const LIST_GAP = /^[ \u00a0\u202f,]*(?:(?:et|and|au|à|to|puis|then|ou|or|-|–)[ \u00a0\u202f]+)?(?:(?:le|les|the|on)[ \u00a0\u202f]+)?$/u;

/**
 * A yearless day followed in a list by a dated day takes its year ("les 18 novembre, 7 et 8
 * décembre 2020"; "May 3 and June 5, 2021"). `dates` must be sorted and free of overlaps.
 */
export function inheritListYears(text: string, dates: Candidate[]): void {
  for (let i = dates.length - 2; i >= 0; i--) {
    const cur = dates[i];
    const next = dates[i + 1];
    const nextDate = typeof next.normalized.date === "string" ? next.normalized.date : "";
    if (!cur.yearless || next.yearless || nextDate.length !== 10 || next.start - cur.end > 12 || !LIST_GAP.test(text.slice(cur.end, next.start))) continue;
    const y = Number(nextDate.slice(0, 4)) - (cur.yearless.m > Number(nextDate.slice(5, 7)) ? 1 : 0);
    if (!isValidDay(y, cur.yearless.m, cur.yearless.d)) continue;
    cur.normalized = { date: formatDay({ y, m: cur.yearless.m, d: cur.yearless.d }) };
    cur.yearless = undefined;
    cur.fullDay = true;
  }
}

/** How far back (in chars) a full date still sets the year of a year-less day. */
const ANCHOR_REACH = 400;

/**
 * A year-less day takes the year nearest to the last full date written shortly before it, when
 * that date's year differs from the publication year. `dates` must be sorted, without overlaps.
 */
export function anchorYearlessDays(dates: Candidate[], publishedYear: number | null): void {
  let anchor: Candidate | null = null;
  for (const c of dates) {
    if (c.fullDay) anchor = c;
    if (!c.yearless || !anchor || c.start - anchor.end > ANCHOR_REACH) continue;
    const at = parseIsoDate(String(anchor.normalized.date));
    if (!at || at.y === publishedYear) continue;
    const resolved = resolveDayMonth(at, c.yearless.m, c.yearless.d, c.yearless.weekday);
    if (resolved) c.normalized = { date: formatDay(resolved) };
  }
}
