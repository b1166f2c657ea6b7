// Seeded odd values for the fuzz tests (the API's and the server actions'):
// what a hostile or broken client sends, and what PostgreSQL cannot store.

/** mulberry32: small, seeded, reproducible. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function deeplyNested(depth: number): unknown {
  let value: unknown = "fond";
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

export const ODD_JSON_VALUES: (() => unknown)[] = [
  () => "nul\u0000caractère",
  () => "\u0000",
  () => "seul \ud800 demi",
  () => "fin \udfff",
  () => "\udc00\ud800",
  () => "droite \u202egauche\u202c",
  () => "\u200b\u200d\ufeff",
  () => "m".repeat(10_000),
  () => "é".repeat(5_000) + "\u0000",
  () => "🦆".repeat(3_000),
  () => "<script>alert(1)</script>",
  () => "' OR 1=1; --",
  () => "%00%ff%ed%a0%80",
  () => "",
  () => "   ",
  () => -1e308,
  () => Number.MAX_SAFE_INTEGER,
  () => true,
  () => null,
  () => [],
  () => ({}),
  () => deeplyNested(200),
  () => JSON.parse('{"__proto__": {"admin": true}}'),
  () => ({ constructor: { prototype: { polluted: true } } }),
];

export type Path = (string | number)[];

/** Paths of every value in a JSON-like value (objects and arrays included). */
export function paths(value: unknown, prefix: Path = []): Path[] {
  const own: Path[] = prefix.length ? [prefix] : [];
  if (value === null || typeof value !== "object") return own;
  return [...own, ...Object.entries(value).flatMap(([key, child]) => paths(child, [...prefix, Array.isArray(value) ? Number(key) : key]))];
}

/** A copy with the value at `path` replaced; "__proto__" is set as an own key, as JSON.parse would make it. */
export function replaced(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  Object.defineProperty(copy, path[0], { value: replaced(copy[path[0]], path.slice(1), replacement), enumerable: true, writable: true, configurable: true });
  return copy;
}
