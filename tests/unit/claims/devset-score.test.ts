import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectClaims } from "../../../lib/claims/detect-claims";
import { formatScoreTable, scoreDocuments, type GoldDocument } from "../../../lib/claims/score";

const ROOT = join(import.meta.dirname, "../../fixtures/claims");

function load(dir: string): GoldDocument[] {
  return readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(ROOT, dir, f), "utf8")) as GoldDocument);
}

function score(dir: string) {
  const docs = load(dir);
  const result = scoreDocuments(docs, (doc) => {
    const predicted = detectClaims(doc.text, { lang: doc.lang, published: doc.published });
    for (const p of predicted) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
    return predicted;
  });
  console.log(`\n${dir}: ${docs.length} documents\n${result.misses.join("\n")}\n${formatScoreTable(result)}`);
  return result;
}

describe("labelled documents", () => {
  it("devset: overall F1 ≥ 0.90 (CI floor)", () => {
    const all = score("devset").rows.find((r) => r.type === "all");
    expect(all?.f1).toBeGreaterThanOrEqual(0.9);
  });

  it("extra: our own hard cases score and stay consistent", () => {
    const all = score("extra").rows.find((r) => r.type === "all");
    expect(all?.f1).toBeGreaterThanOrEqual(0.85);
  });
});
