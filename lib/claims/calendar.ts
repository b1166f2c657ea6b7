/** Calendar arithmetic (UTC, no time zones) and resolution of underspecified dates. */

export type Ymd = { y: number; m: number; d: number };
export type YearMonth = { y: number; m: number };
/** Which way an underspecified date points from the publication date. */
export type Direction = "past" | "future" | "nearest";

const pad = (n: number, w: number) => String(n).padStart(w, "0");

export function daysInMonth(y: number, m: number): number {
  const d = new Date(0);
  d.setUTCFullYear(y, m, 0);
  return d.getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parses a strict YYYY-MM-DD string into a real calendar day, or null. */
export function parseIsoDate(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(y, mo, d) ? { y, m: mo, d } : null;
}

function toDate(p: Ymd): Date {
  const d = new Date(0);
  d.setUTCFullYear(p.y, p.m - 1, p.d);
  return d;
}

function fromDate(d: Date): Ymd {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

export function addDays(p: Ymd, n: number): Ymd {
  const d = toDate(p);
  d.setUTCDate(d.getUTCDate() + n);
  return fromDate(d);
}

export function addMonths(p: YearMonth, n: number): YearMonth {
  const idx = p.y * 12 + (p.m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(p: Ymd): number {
  return toDate(p).getUTCDay();
}

export function dayDiff(a: Ymd, b: Ymd): number {
  return Math.round((toDate(a).getTime() - toDate(b).getTime()) / 86_400_000);
}

export const formatDay = (p: Ymd) => `${pad(p.y, 4)}-${pad(p.m, 2)}-${pad(p.d, 2)}`;
export const formatMonth = (p: YearMonth) => `${pad(p.y, 4)}-${pad(p.m, 2)}`;
export const formatYear = (y: number) => pad(y, 4);

/**
 * The day with weekday `wd` around `pub`: "past" looks back up to 6 days (same day allowed),
 * "future" forward up to 6 days, "nearest" within ±3. `strict` excludes the publication day
 * and widens the window to 7 ("last Tuesday", "mardi prochain").
 */
export function resolveWeekday(pub: Ymd, wd: number, dir: Direction, strict = false): Ymd {
  const forward = (wd - weekdayOf(pub) + 7) % 7;
  let offset: number;
  if (dir === "future") offset = strict && forward === 0 ? 7 : forward;
  else if (dir === "past") offset = forward === 0 ? (strict ? -7 : 0) : forward - 7;
  else offset = forward > 3 ? forward - 7 : forward;
  return addDays(pub, offset);
}

/** The month `m` around the publication month; "past" allows the same month, as does "future". */
export function resolveMonth(pub: Ymd, m: number, dir: Direction, strict = false): YearMonth {
  const forward = (m - pub.m + 12) % 12;
  let offset: number;
  if (dir === "future") offset = strict && forward === 0 ? 12 : forward;
  else if (dir === "past") offset = forward === 0 ? (strict ? -12 : 0) : forward - 12;
  else offset = forward > 6 ? forward - 12 : forward === 6 ? -6 : forward;
  return addMonths({ y: pub.y, m: pub.m }, offset);
}

/**
 * A day and month without a year: the year that puts it nearest to the publication date,
 * preferring, when the weekday is given ("mardi 3 juin"), a year where it falls on that weekday.
 */
export function resolveDayMonth(pub: Ymd, m: number, d: number, weekday?: number): Ymd | null {
  let best: Ymd | null = null;
  let bestScore = Infinity;
  for (const y of [pub.y - 2, pub.y - 1, pub.y, pub.y + 1, pub.y + 2]) {
    if (!isValidDay(y, m, d)) continue;
    const cand = { y, m, d };
    const distance = Math.abs(dayDiff(cand, pub));
    const score = distance + (weekday !== undefined && weekdayOf(cand) !== weekday ? 10_000 : 0) + (Math.abs(y - pub.y) > 1 ? 5_000 : 0);
    if (score < bestScore) {
      best = cand;
      bestScore = score;
    }
  }
  return best;
}
