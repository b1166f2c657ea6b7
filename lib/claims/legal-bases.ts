/** Legal bases: GDPR Art. 6 bases, named rights, instruments and article references. */
import { BASES, GDPR_BASIS_BY_ARTICLE, GDPR_RIGHT_BY_ARTICLE, INSTRUMENTS, RIGHTS, ci } from "./legal-lexicon";
import { LB, RB, SP, candidate, dropOverlaps, sentenceEnd, sentenceStart } from "./text";
import type { Candidate, DetectContext, Lang } from "./types";

const INSTRUMENT_SOURCES = INSTRUMENTS.map((e) => e.pattern).sort((a, b) => b.length - a.length);
const INSTRUMENT_ALT = `(?:${INSTRUMENT_SOURCES.join("|")})`;
const ONE_INSTRUMENT = INSTRUMENTS.map((e) => ({ re: new RegExp(`^(?:${e.pattern})$`, "u"), instrument: e.instrument }));

const ART_WORD = "(?:[Aa]rticles?|ARTICLES?|[Aa]rts?\\.)";
const ART_NUM = `(?:[LRD]\\.?${SP}?)?\\d{1,4}(?:-\\d{1,3}){0,2}(?:er)?(?:${SP}?(?:bis|ter|quater)(?![\\p{L}]))?`;
const SUB_WORD = "(?:paragraphes?|paragraphs?|para\\.|alinéas?|al\\.|§|points?|sous-paragraphe|lettres?|letters?|littera|indent)";
const SUB = `(?:${SP}?\\(\\d{1,2}\\)|${SP}?\\([a-z]\\)|\\.\\d{1,2}(?!\\d)|\\.[a-z](?![\\p{L}])|${SP}?§${SP}?\\d{1,2}(?!\\d)|,?${SP}+${SUB_WORD}${SP}*(?:\\d{1,2}|[a-z])\\)?(?![\\p{L}\\d])|${SP}[a-z]\\)|${SP}?premier${SP}alinéa)`;
const ONE_ARTICLE = `${ART_NUM}(?:${SUB}){0,4}`;
const MORE_ARTICLES = `(?:(?:,${SP}*|${SP}+(?:et|and|à|to|ou|or)${SP}+)${ONE_ARTICLE}){0,5}`;
const CONNECT = `,?${SP}*(?:(?:du|de${SP}+la|de${SP}+l['’]|des|de|d['’]|of${SP}+the|of|from${SP}+the|under${SP}+the|in${SP}+the)${SP}*)?`;
const ARTICLE_FIRST = new RegExp(`${LB}${ART_WORD}${SP}*(${ONE_ARTICLE}${MORE_ARTICLES})${CONNECT}(${INSTRUMENT_ALT})${RB}`, "gu");
const INSTRUMENT_FIRST = new RegExp(`${LB}(${INSTRUMENT_ALT})(?:['’]s)?${SP}*,?${SP}*${ART_WORD}${SP}*(${ONE_ARTICLE}${MORE_ARTICLES})(?![\\p{L}\\p{N}])`, "gu");
const INSTRUMENT_ONLY = new RegExp(`${LB}(?:${INSTRUMENT_ALT})${RB}`, "gu");
const FORTY_NINE_THREE = new RegExp(`${LB}49[.-]3(?![\\p{L}\\p{N}]|${SP}?%|,\\d)`, "gu");
const FR_NAMED_LAW = new RegExp(`${LB}${ci("loi")}${SP}+(?:(?:dite|baptisée)${SP}+)?(?:«${SP}*)?\\p{Lu}[\\p{L}'’-]*(?:${SP}+(?:(?:et|de|pour|sur|du|des|la)${SP}+)?\\p{Lu}[\\p{L}'’-]*|${SP}+(?:II|2|I{1,3})(?![\\p{L}\\p{N}])){0,3}(?:${SP}*»)?|${LB}${ci("loi")}${SP}+(?:n°|no|nº)${SP}*\\d{2,4}-\\d{1,5}|${LB}${ci("loi")}${SP}+du${SP}+(?:1er|\\d{1,2})${SP}+\\p{Ll}{3,9}${SP}+\\d{4}`, "gu");
const EN_NAMED_ACT = new RegExp(`${LB}(?:\\p{Lu}[\\p{L}'’-]*${SP}+){1,5}(?:Act|Directive|Regulation)(?:${SP}+(?:of${SP}+)?(?:19|20)\\d\\d)?${RB}`, "gu");
const BASIS_RES = BASES.map((b) => ({ ...b, re: new RegExp(`${LB}(?:${b.pattern})${RB}`, "gu") }));
const RIGHT_RES = RIGHTS.map((r) => ({ ...r, re: new RegExp(`${LB}(?:${r.pattern})${RB}`, "gu") }));

const EPRIVACY_CONTEXT = /cookie|traceur|tracker|ePrivacy|e-Privacy|article 82/iu;

function instrumentOf(name: string, lang: Lang): string {
  const compact = name.replace(/[\u00a0\u202f]/g, " ");
  for (const e of ONE_INSTRUMENT) if (e.re.test(compact)) return e.instrument;
  if (/^[Cc]onstitution$/.test(compact)) return lang === "fr" ? "FR_CONSTITUTION" : "CONSTITUTION";
  return "LAW";
}

/** "6, paragraphe 1, point f)" → "6(1)(f)"; "15 et 17" → "15, 17". */
export function normalizeArticle(raw: string): string {
  const parts = raw.split(new RegExp(`(?:,${SP}*|${SP}+(?:et|and|à|to|ou|or)${SP}+)(?=(?:[LRD]\\.?${SP}?)?\\d)`, "u"));
  return parts
    .map((p) => {
      const main = new RegExp(`^(?:[LRD]\\.?${SP}?)?\\d{1,4}(?:-\\d{1,3}){0,2}(?:er)?`, "u").exec(p)?.[0] ?? p;
      const rest = p.slice(main.length).replace(/premier\s*alinéa/u, "1");
      const subs = [...rest.matchAll(/\d{1,2}|(?<![\p{L}])[a-z](?![\p{L}])/gu)].map((m) => `(${m[0]})`);
      return main.replace(/er$/, "").replace(/[\u00a0\u202f ]/g, " ") + subs.join("");
    })
    .join(", ");
}

function articleClaim(start: number, end: number, instrument: string, article: string): Candidate {
  const normalized: Record<string, unknown> = { instrument, article };
  if (instrument === "FR_CONSTITUTION" && /^49[-.]3$/.test(article)) normalized.article = "49(3)";
  if (instrument === "GDPR") {
    const basis = GDPR_BASIS_BY_ARTICLE[article];
    const right = GDPR_RIGHT_BY_ARTICLE[article.replace(/\(.*$/, "")];
    if (basis) normalized.basis = basis;
    else if (right) normalized.right = right;
  }
  return candidate("legal_basis", start, end, normalized);
}

function findArticles(ctx: DetectContext, out: Candidate[]): void {
  for (const m of ctx.text.matchAll(ARTICLE_FIRST)) {
    const start = m.index;
    out.push(articleClaim(start, start + m[0].length, instrumentOf(m[2], ctx.lang), normalizeArticle(m[1])));
  }
  for (const m of ctx.text.matchAll(INSTRUMENT_FIRST)) {
    const start = m.index;
    out.push(articleClaim(start, start + m[0].length, instrumentOf(m[1], ctx.lang), normalizeArticle(m[2])));
  }
  if (ctx.lang === "fr") {
    for (const m of ctx.text.matchAll(FORTY_NINE_THREE)) {
      out.push(candidate("legal_basis", m.index, m.index + m[0].length, { instrument: "FR_CONSTITUTION", article: "49(3)" }));
    }
  }
}

function findInstruments(ctx: DetectContext, out: Candidate[]): void {
  for (const m of ctx.text.matchAll(INSTRUMENT_ONLY)) {
    out.push(candidate("legal_basis", m.index, m.index + m[0].length, { instrument: instrumentOf(m[0], ctx.lang) }));
  }
  const constitution = /(?<![\p{L}])Constitution(?![\p{L}])/gu;
  for (const m of ctx.text.matchAll(constitution)) {
    out.push(candidate("legal_basis", m.index, m.index + m[0].length, { instrument: ctx.lang === "fr" ? "FR_CONSTITUTION" : "CONSTITUTION" }));
  }
  const named = ctx.lang === "fr" ? FR_NAMED_LAW : EN_NAMED_ACT;
  for (const m of ctx.text.matchAll(named)) {
    if (/^(?:The|This|That|An?|Its|Their|Our|La|Le|Cette)\s/u.test(m[0]) && ctx.lang === "en") continue;
    const name = m[0].replace(/[\u00a0\u202f]/g, " ");
    out.push(candidate("legal_basis", m.index, m.index + m[0].length, { instrument: lawSlug(name, ctx.lang) }));
  }
}

function lawSlug(name: string, lang: Lang): string {
  const slug = name.normalize("NFD").replace(/[\u0300-\u036f«»]/g, "").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "").toUpperCase();
  return lang === "fr" ? `FR_${slug}` : slug;
}

function findBasesAndRights(ctx: DetectContext, out: Candidate[]): void {
  for (const b of BASIS_RES) {
    for (const m of ctx.text.matchAll(b.re)) {
      let instrument = "GDPR";
      let article = b.article;
      if (b.basis === "consent") {
        const s = sentenceStart(ctx.text, m.index);
        const e = sentenceEnd(ctx.text, m.index);
        if (EPRIVACY_CONTEXT.test(ctx.text.slice(s, e))) (instrument = "EPRIVACY"), (article = "5(3)");
      }
      out.push(candidate("legal_basis", m.index, m.index + m[0].length, { instrument, article, basis: b.basis }));
    }
  }
  for (const r of RIGHT_RES) {
    for (const m of ctx.text.matchAll(r.re)) {
      const normalized: Record<string, unknown> = { instrument: r.instrument ?? "GDPR", right: r.right };
      if (r.article) normalized.article = r.article;
      out.push(candidate("legal_basis", m.index, m.index + m[0].length, normalized));
    }
  }
}

/** All legal-basis claims of the text, without overlaps (the longest reference wins). */
export function detectLegalBases(ctx: DetectContext): Candidate[] {
  const refs: Candidate[] = [];
  findArticles(ctx, refs);
  findInstruments(ctx, refs);
  const kept = dropOverlaps(refs);
  const bases: Candidate[] = [];
  findBasesAndRights(ctx, bases);
  return dropOverlaps([...kept, ...dropOverlaps(bases)]);
}
