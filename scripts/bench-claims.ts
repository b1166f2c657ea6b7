// `npm run bench:claims`: throughput of the claim detector on one core, linear growth from
// 1 to 8 MB, and pathological 1 MB inputs that must stay linear. Prints readable tables.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { detectClaims } from "../lib/claims/detect-claims";
import type { Lang } from "../lib/claims/types";

const MB = 1 << 20;
const FIXTURES = ["tests/fixtures/claims/devset", "tests/fixtures/claims/extra"];

type Doc = { text: string; lang: Lang; published?: string };

function loadDocs(): Doc[] {
  const docs: Doc[] = [];
  for (const dir of FIXTURES) {
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    } catch {
      continue;
    }
    for (const f of files) docs.push(JSON.parse(readFileSync(join(dir, f), "utf8")) as Doc);
  }
  if (docs.length === 0) throw new Error("no labelled documents found under tests/fixtures/claims");
  return docs;
}

/** Deterministic PRNG (mulberry32) so runs are comparable. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `size` chars of fr/en news: the labelled texts repeated, their digits varied, paragraphs shuffled. */
function mixedText(docs: Doc[], size: number, seed = 1): string {
  const next = rng(seed);
  const paragraphs = docs.flatMap((d) => d.text.split("\n").filter((p) => p.trim() !== ""));
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const p = paragraphs[Math.floor(next() * paragraphs.length)].replace(/\d/g, (d) => (next() < 0.3 ? String(Math.floor(next() * 10)) : d));
    parts.push(p);
    length += p.length + 1;
  }
  return parts.join("\n").slice(0, size);
}

function time(text: string, lang: Lang = "fr"): { ms: number; claims: number } {
  const started = performance.now();
  const claims = detectClaims(text, { lang, published: "2024-05-24" }).length;
  return { ms: performance.now() - started, claims };
}

const mbps = (chars: number, ms: number) => chars / MB / (ms / 1000);
const pad = (s: string | number, n: number) => String(s).padStart(n);

function pathological(docs: Doc[]): [string, string][] {
  const noSpaces = mixedText(docs, 2 * MB, 7).replace(/\s+/gu, "").slice(0, MB);
  const digits = "1 2,3.4 5\u00a06\u202f7.8,9 0".repeat(Math.ceil(MB / 19)).slice(0, MB);
  const nestedHalf = "« “ ‹ „ « mot ".repeat(Math.ceil(MB / 28));
  return [
    ["1 MB of « with no closing mark", "«".repeat(MB)],
    ["1 MB of digits and separators", digits],
    ["1 MB without spaces", noSpaces],
    ["1 MB of deeply nested quotes", (nestedHalf + " » » “ ”".repeat(Math.ceil(MB / 18))).slice(0, MB)],
    ["1 MB of straight double quotes", '"a b c '.repeat(Math.ceil(MB / 7)).slice(0, MB)],
    ["1 MB of article references", "article 6, paragraphe 1, point f) ".repeat(Math.ceil(MB / 34)).slice(0, MB)],
    ["1 MB of capitalised words", "Digital Services Regulation Act Le Monde ".repeat(Math.ceil(MB / 41)).slice(0, MB)],
    ["1 MB of number words", "quatre-vingt-dix-neuf mille trois cents ".repeat(Math.ceil(MB / 40)).slice(0, MB)],
  ];
}

function main() {
  const docs = loadDocs();
  time(mixedText(docs, MB / 4, 3)); // warm-up (regex compilation, JIT)
  console.log("Claim detector benchmark (one core, single thread)\n");
  console.log("Throughput on mixed fr/en news text");
  console.log("  size      time (ms)    MB/s    claims   ms per MB");
  for (const size of [1, 2, 4, 8]) {
    const text = mixedText(docs, size * MB, size);
    const { ms, claims } = time(text);
    console.log(`  ${pad(`${size} MB`, 5)}  ${pad(ms.toFixed(0), 12)}  ${pad(mbps(text.length, ms).toFixed(2), 6)}  ${pad(claims, 8)}  ${pad((ms / size).toFixed(0), 10)}`);
  }
  console.log("\nPathological inputs (1 MB each; must finish in linear time)");
  console.log("  input                                time (ms)    MB/s    claims");
  for (const [name, text] of pathological(docs)) {
    const { ms, claims } = time(text);
    console.log(`  ${name.padEnd(36)} ${pad(ms.toFixed(0), 9)}  ${pad(mbps(text.length, ms).toFixed(2), 6)}  ${pad(claims, 8)}`);
  }
}

main();
