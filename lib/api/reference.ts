type JsonSchema = { type?: string | string[]; format?: string; enum?: unknown[]; anyOf?: JsonSchema[]; description?: string; minLength?: number; maxLength?: number; minimum?: number; maximum?: number; default?: unknown; properties?: Record<string, JsonSchema>; required?: string[]; items?: JsonSchema };

export type ReferenceField = { name: string; type: string; required: boolean; notes: string };

/** A schema's type as the reference writes it: `"a" | "b"`, `string (uuid)`, `number[]`. */
export function schemaType(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.anyOf) return schema.anyOf.map(schemaType).join(" | ");
  const base = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
  if (base === "array" && schema.items) return `${schemaType(schema.items)}[]`;
  return schema.format ? `${base} (${schema.format})` : base;
}

function notesOf(schema: JsonSchema): string {
  const limits = [
    schema.minLength !== undefined && schema.minLength > 0 ? `min ${schema.minLength} chars` : "",
    schema.maxLength !== undefined ? `max ${schema.maxLength} chars` : "",
    schema.minimum !== undefined ? `≥ ${schema.minimum}` : "",
    schema.maximum !== undefined ? `≤ ${schema.maximum}` : "",
    schema.default !== undefined ? `default ${JSON.stringify(schema.default)}` : "",
  ].filter(Boolean);
  return [schema.description ?? "", limits.join(", ")].filter(Boolean).join(" — ");
}

/**
 * The fields of an object schema for the reference page, nested objects
 * flattened ("quote.exact"): name, type, required, description and limits.
 */
export function referenceFields(schema: JsonSchema | undefined, prefix = ""): ReferenceField[] {
  if (!schema?.properties) return [];
  return Object.entries(schema.properties).flatMap(([name, property]) => {
    const field = { name: prefix + name, type: schemaType(property), required: Boolean(schema.required?.includes(name)), notes: notesOf(property) };
    return property.properties ? [{ ...field, type: "object" }, ...referenceFields(property, `${prefix}${name}.`)] : [field];
  });
}

/** A curl command for an operation's example, as the walk-through in docs/api.md writes them. */
export function curlExample(baseUrl: string, method: string, path: string, body: unknown, query?: Record<string, string>): string {
  const url = `${baseUrl}${path}${query ? `?${new URLSearchParams(query)}` : ""}`;
  const lines = [`curl -X ${method.toUpperCase()} "${url}"`, `  -H "Authorization: Bearer $FACTDESK_TOKEN"`];
  if (body !== undefined) lines.push(`  -H "Content-Type: application/json"`, `  -d '${JSON.stringify(body).replace(/'/g, "'\\''")}'`);
  return lines.join(" \\\n");
}
