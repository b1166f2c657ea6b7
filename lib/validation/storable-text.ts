// The one text rule for everything that reaches PostgreSQL. PostgreSQL's text
// type cannot hold NUL, and a lone UTF-16 surrogate cannot be encoded as UTF-8:
// either makes the last write of a change fail. Every edge (API, server
// actions, query strings, the collaboration socket) checks its input with this
// before any write, so such a value is refused with the field's name.

const MAX_DEPTH = 32;

// NUL, or a high surrogate not followed by a low one, or a low one not preceded by a high one.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why this string cannot be stored, or null when it can. */
export function unstorableTextReason(text: string): string | null {
  const match = UNSTORABLE.exec(text);
  if (!match) return null;
  return match[0] === "\u0000" ? "must not contain NUL characters (U+0000)" : "must not contain unpaired UTF-16 surrogates (invalid Unicode)";
}

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

export type UnstorableValue = { field: string; message: string };

/**
 * The first string (value or key) in a parsed input that cannot be stored,
 * a `__proto__` key, or nesting deeper than `maxDepth` (32) levels; null when all is well.
 * Iterative, so a deeply nested body cannot overflow the stack.
 */
// A value's place in the input, as a chain to its parent: the dotted name is only built for the one refused.
type Place = { key: string; parent: Place | null; depth: number };

function fieldName(place: Place | null, rootName: string): string {
  const keys: string[] = [];
  for (let at = place; at; at = at.parent) keys.unshift(at.key);
  return keys.join(".") || rootName;
}

export function findUnstorable(input: unknown, rootName = "form", maxDepth = MAX_DEPTH): UnstorableValue | null {
  const stack: { value: unknown; place: Place | null }[] = [{ value: input, place: null }];
  while (stack.length > 0) {
    const { value, place } = stack.pop()!;
    const refuse = (message: string, at = place) => ({ field: fieldName(at, rootName), message });
    if (typeof value === "string") {
      const reason = unstorableTextReason(value);
      if (reason) return refuse(reason);
      continue;
    }
    if (typeof value === "function") return refuse("is not a value"); // React reads "$T" in an action argument as a client reference, which throws when touched
    if (value === null || typeof value !== "object") continue;
    const depth = place ? place.depth : 0;
    if (depth >= maxDepth) return refuse(`is nested too deeply (more than ${maxDepth} levels)`);
    const entries = Object.entries(value);
    for (const [key] of entries) {
      if (key === "__proto__") return refuse("is not an allowed field name", { key, parent: place, depth: depth + 1 });
      const reason = unstorableTextReason(key);
      if (reason) return refuse(`has a field name that ${reason}`);
    }
    // Reversed onto the stack, so the first bad value in reading order is the one named.
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i][1], place: { key: entries[i][0], parent: place, depth: depth + 1 } });
  }
  return null;
}
