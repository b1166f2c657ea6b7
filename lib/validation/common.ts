import { z } from "zod";

// In the browser, zod would probe `new Function("")` to choose its compiled
// parsers; the desk's CSP forbids eval, so every page logged a violation.
if (typeof window !== "undefined") z.config({ jitless: true });

/** Optional text field: blank becomes undefined. */
export const optionalText = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().max(max, `must be at most ${max} characters`).optional(),
  );

export const httpUrl = z
  .string()
  .trim()
  .max(2048, "must be at most 2,048 characters")
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "must be an http:// or https:// address");

export const optionalHttpUrl = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  httpUrl.optional(),
);

export function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A calendar date, YYYY-MM-DD, not after tomorrow (time zones). */
export const pastDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2024-05-24")
  .refine(isRealDate, "is not a real date")
  .refine((value) => new Date(`${value}T00:00:00Z`).getTime() <= Date.now() + 86_400_000, "is in the future");

export const optionalPastDate = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  pastDate.optional(),
);

export const email = z.string().trim().toLowerCase().max(320).pipe(z.email("must be an email address"));

export const slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, "must be at least 2 characters")
  .max(60, "must be at most 60 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "may hold only a–z, 0–9 and single hyphens");

/** Turns zod issues into `{ field: message }`, first message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  // A Map, then fromEntries: a field named "__proto__" stays a field (an object literal would take it as its prototype).
  const fields = new Map<string, string>();
  const add = (key: string, message: string) => fields.has(key) || fields.set(key, message);
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add([...issue.path, key].join("."), "is not a known field");
      continue;
    }
    add(issue.path.join(".") || "form", issue.message);
  }
  return Object.fromEntries(fields);
}
