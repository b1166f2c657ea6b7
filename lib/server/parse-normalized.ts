import { normalizedSchemaFor, type CreateClaimInput } from "../validation/claim";
import { ValidationError } from "./errors";

/**
 * Validates a normalized value for its claim type; errors are named
 * "normalized.<field>", an unknown field by its own name. Blank fields are dropped.
 */
export function parseNormalized(type: CreateClaimInput["type"], normalized: unknown): Record<string, unknown> {
  const parsed = normalizedSchemaFor(type).safeParse(normalized ?? {});
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") for (const key of issue.keys) fields[`normalized.${key}`] ??= `is not a field of a ${type} claim`;
      else fields[["normalized", ...issue.path.map(String)].join(".")] ??= issue.message;
    }
    throw new ValidationError(fields);
  }
  return Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
}
