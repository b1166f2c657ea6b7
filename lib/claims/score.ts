/**
 * Scoring of predicted claims against labelled documents, as in GUIDELINES.md and the reference
 * score.mjs: a prediction matches a gold claim of the same type when their ranges overlap by at
 * least half of the shorter; each gold and each prediction is matched at most once, largest
 * overlap first; P/R/F1 per type and micro-averaged overall; normalization accuracy over matches.
 */
import type { ClaimType, Span } from "./types";

export const CLAIM_TYPES: ClaimType[] = ["date", "quote", "legal_basis", "number"];

export type GoldClaim = { type: ClaimType; text: string; occurrence?: number; normalized?: Record<string, unknown> };
export type GoldDocument = { id: string; lang: "fr" | "en"; published?: string; text: string; claims: GoldClaim[] };
export type LocatedClaim = Span & { type: ClaimType; text: string; normalized: Record<string, unknown> };
export type Predicted = Span & { type: string; text?: string; normalized?: Record<string, unknown> };

export type Tally = { tp: number; fp: number; fn: number; normOk: number; normN: number };
export type ScoreRow = Tally & { type: ClaimType | "all"; precision: number; recall: number; f1: number; normalization: number | null };
export type ScoreResult = { documents: number; rows: ScoreRow[]; misses: string[] };

/** Finds each gold claim's offsets (the n-th occurrence of its text). Throws when absent. */
export function locateGold(doc: GoldDocument): LocatedClaim[] {
  return doc.claims.map((c) => {
    let from = 0;
    let at = -1;
    for (let n = 0; n < (c.occurrence ?? 1); n++) {
      at = doc.text.indexOf(c.text, from);
      if (at === -1) throw new Error(`${doc.id}: gold text not found: ${JSON.stringify(c.text)}`);
      from = at + 1;
    }
    return { type: c.type, text: c.text, start: at, end: at + c.text.length, normalized: c.normalized ?? {} };
  });
}

export const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export type Match<P extends Predicted> = { g: LocatedClaim; p: P; o: number };

/** Greedy one-to-one matching, largest overlap first (stable for ties, like score.mjs). */
export function matchClaims<P extends Predicted>(gold: LocatedClaim[], predicted: P[]): Match<P>[] {
  const pairs: Match<P>[] = [];
  for (const g of gold) {
    for (const p of predicted) {
      if (g.type !== p.type) continue;
      const o = overlap(g, p);
      const shorter = Math.min(g.end - g.start, p.end - p.start);
      if (o > 0 && o >= shorter / 2) pairs.push({ g, p, o });
    }
  }
  pairs.sort((x, y) => y.o - x.o);
  const usedG = new Set<LocatedClaim>();
  const usedP = new Set<P>();
  const matched: Match<P>[] = [];
  for (const pair of pairs) {
    if (usedG.has(pair.g) || usedP.has(pair.p)) continue;
    usedG.add(pair.g);
    usedP.add(pair.p);
    matched.push(pair);
  }
  return matched;
}

/** true/false when the gold claim's normalization is scored, null when it is not. */
export function normalizedOk(g: LocatedClaim, p: Predicted): boolean | null {
  const gn = g.normalized ?? {};
  const pn = p.normalized ?? {};
  if (g.type === "date") return gn.date === undefined ? null : gn.date === pn.date;
  if (g.type === "number") {
    if (typeof gn.value !== "number") return null;
    return typeof pn.value === "number" && Math.abs(pn.value - gn.value) <= Math.abs(gn.value) * 0.005;
  }
  if (g.type === "legal_basis") {
    if (!gn.basis && !gn.right) return null;
    return (gn.basis ?? null) === (pn.basis ?? null) && (gn.right ?? null) === (pn.right ?? null);
  }
  return null;
}

const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0, normOk: 0, normN: 0 });

/** Adds one document's matches to the tallies and returns its miss lines. */
export function scoreDocument(doc: GoldDocument, predictions: Predicted[], tally: Record<string, Tally>): string[] {
  const gold = locateGold(doc);
  const predicted = predictions.filter((p) => (CLAIM_TYPES as string[]).includes(p.type));
  const matched = matchClaims(gold, predicted);
  const misses: string[] = [];
  for (const m of matched) {
    for (const t of [m.g.type, "all"]) tally[t].tp++;
    const ok = normalizedOk(m.g, m.p);
    if (ok === null) continue;
    for (const t of [m.g.type, "all"]) {
      tally[t].normN++;
      if (ok) tally[t].normOk++;
    }
    if (!ok) misses.push(`${doc.id}: wrong normalized ${m.g.type} ${JSON.stringify(m.p.text ?? m.g.text)}: ${JSON.stringify(m.p.normalized)} != ${JSON.stringify(m.g.normalized)}`);
  }
  const mg = new Set(matched.map((m) => m.g));
  const mp = new Set(matched.map((m) => m.p));
  for (const g of gold.filter((x) => !mg.has(x))) {
    tally[g.type].fn++;
    tally.all.fn++;
    misses.push(`${doc.id}: missed ${g.type} ${JSON.stringify(g.text)}`);
  }
  for (const p of predicted.filter((x) => !mp.has(x))) {
    tally[p.type].fp++;
    tally.all.fp++;
    misses.push(`${doc.id}: spurious ${p.type} ${JSON.stringify(p.text)}`);
  }
  return misses;
}

function toRow(type: ClaimType | "all", t: Tally): ScoreRow {
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { type, ...t, precision, recall, f1, normalization: t.normN ? t.normOk / t.normN : null };
}

/** Scores a detector over documents. */
export function scoreDocuments(docs: GoldDocument[], detect: (doc: GoldDocument) => Predicted[]): ScoreResult {
  const tally: Record<string, Tally> = Object.fromEntries([...CLAIM_TYPES, "all"].map((t) => [t, emptyTally()]));
  const misses: string[] = [];
  for (const doc of docs) misses.push(...scoreDocument(doc, detect(doc), tally));
  const rows = ([...CLAIM_TYPES, "all"] as const).map((t) => toRow(t, tally[t]));
  return { documents: docs.length, rows, misses };
}

/** The table as score.mjs prints it. */
export function formatScoreTable(result: ScoreResult): string {
  const lines = ["type          tp  fp  fn  precision  recall  f1     normalized"];
  for (const r of result.rows) {
    const norm = r.normalization === null ? "-" : `${(r.normalization * 100).toFixed(1)}% of ${r.normN}`;
    lines.push(`${r.type.padEnd(12)} ${String(r.tp).padStart(3)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)}  ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}  ${r.f1.toFixed(3)}  ${norm}`);
  }
  const all = result.rows.find((r) => r.type === "all");
  lines.push(`overall F1 ${all ? all.f1.toFixed(3) : "-"}`);
  return lines.join("\n");
}
