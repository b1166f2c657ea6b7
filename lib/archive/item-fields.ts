import { unstorableTextReason } from "../validation/storable-text";
import { ARCHIVE_LIMITS } from "./archive-item";

/** What is wrong with one field of an item; the parser adds the item's number and path. */
export class ItemProblem extends Error {
  constructor(
    /** The field, relative to the item: "reviewRating.alternateName". */
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field} ${problem}`);
  }
}

/** A JSON-LD value as plain JSON: `{"@value": x}` is x, a list is its first value. */
export function plain(value: unknown): unknown {
  const first = Array.isArray(value) ? value.find((v) => v !== null && v !== undefined) : value;
  if (first && typeof first === "object" && !Array.isArray(first) && "@value" in first) return (first as Record<string, unknown>)["@value"];
  return first;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The first object of a value that may be a list (JSON-LD allows either). */
export function firstObject(value: unknown): Record<string, unknown> | undefined {
  const list = Array.isArray(value) ? value : [value];
  return list.find(isObject);
}

const grouped = new Intl.NumberFormat("en");

/** Trimmed text of at most `max` characters, storable (lib/validation/storable-text.ts); null when absent or blank. */
export function optionalText(value: unknown, field: string, max: number): string | null {
  const raw = plain(value);
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== "string") throw new ItemProblem(field, "is not text");
  const text = raw.trim();
  if (text === "") return null;
  const reason = unstorableTextReason(text);
  if (reason) throw new ItemProblem(field, reason);
  if (text.length > max) throw new ItemProblem(field, `is longer than ${grouped.format(max)} characters`);
  return text;
}

export function requiredText(value: unknown, field: string, max: number): string {
  const text = optionalText(value, field, max);
  if (text === null) throw new ItemProblem(field, "is missing");
  return text;
}

/** A name: text, or an object's `name` (a Person, an Organization), several joined by commas. */
export function nameOf(value: unknown, field: string): string | null {
  const list = (Array.isArray(value) ? value : [value]).filter((v) => v !== null && v !== undefined);
  const names = list
    .map((entry) => (isObject(entry) && !("@value" in entry) ? optionalText(entry.name, `${field}.name`, ARCHIVE_LIMITS.name) : optionalText(entry, field, ARCHIVE_LIMITS.name)))
    .filter((name): name is string => name !== null);
  if (names.length === 0) return null;
  const joined = names.join(", ");
  if (joined.length > ARCHIVE_LIMITS.name) throw new ItemProblem(field, `is longer than ${ARCHIVE_LIMITS.name} characters`);
  return joined;
}

/** An http(s) address, normalized by the URL parser (the archive's dedup key keeps its #fragment). */
export function optionalHttpUrl(value: unknown, field: string): string | null {
  const text = optionalText(value, field, ARCHIVE_LIMITS.url);
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ItemProblem(field, "is not an http(s) address");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new ItemProblem(field, "is not an http(s) address");
  if (url.href.length > ARCHIVE_LIMITS.url) throw new ItemProblem(field, `is longer than ${grouped.format(ARCHIVE_LIMITS.url)} characters`);
  return url.href;
}

export function requiredHttpUrl(value: unknown, field: string): string {
  const url = optionalHttpUrl(value, field);
  if (url === null) throw new ItemProblem(field, "is missing");
  return url;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][0-9:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A date as the source gives it, to the day, month or year ("2024-06-26",
 * "2024-06", "2024"); a time after the day is dropped (the day is the
 * publisher's own). Anything else is refused rather than guessed.
 */
export function partialDate(value: unknown, field: string): string | null {
  const text = optionalText(value, field, 100);
  if (text === null) return null;
  const match = DATE.exec(text);
  if (!match) throw new ItemProblem(field, "is not a date (YYYY-MM-DD)");
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) throw new ItemProblem(field, "is not a real date");
  if (day && !new Date(`${year}-${month}-${day}T00:00:00Z`).toISOString().startsWith(`${year}-${month}-${day}`)) throw new ItemProblem(field, "is not a real date");
  return [year, month, day].filter(Boolean).join("-");
}

const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i;

/**
 * The primary subtag of a language tag ("fr-FR" → "fr"), from text or a
 * schema.org Language (`alternateName` holds the tag). A language is a hint
 * for search and matching: one that is not a tag is left out, not refused.
 */
export function languageOf(...candidates: unknown[]): string | null {
  for (const candidate of candidates) {
    const value = plain(candidate);
    const tag = isObject(value) ? plain(value.alternateName) ?? plain(value.name) : value;
    const match = typeof tag === "string" ? LANGUAGE_TAG.exec(tag.trim()) : null;
    if (match) return match[1].toLowerCase();
  }
  return null;
}

/** A number, or numeric text ("4", "4.5"). */
export function optionalNumber(value: unknown, field: string): number | null {
  const raw = plain(value);
  if (raw === undefined || raw === null || raw === "") return null;
  const number = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw.trim()) : Number.NaN;
  if (!Number.isFinite(number)) throw new ItemProblem(field, "is not a number");
  return number;
}
