/** Legal bases: GDPR Art. 6 bases, named rights, instruments and article references. */
import { billSpan, englishBills, nameEnd } from "./bills";
import { BASES, GDPR_BASIS_BY_ARTICLE, GDPR_RIGHT_BY_ARTICLE, INSTRUMENTS, RIGHTS, ci } from "./legal-lexicon";
import { LB, RB, SP, candidate, dropOverlaps, outside, sentenceEnd, sentenceStart } from "./text";
import type { Candidate, DetectContext, Lang, Span } from "./types";

const INSTRUMENT_SOURCES = INSTRUMENTS.map((e) => e.pattern).sort((a, b) => b.length - a.length);
const INSTRUMENT_ALT = `(?:${INSTRUMENT_SOURCES.join("|")})`;
const ONE_INSTRUMENT = INSTRUMENTS.map((e) => ({ re: new RegExp(`^(?:${e.pattern})$`, "u"), instrument: e.instrument }));

const ART_WORD = "(?:[Aa]rticles?|ARTICLES?|[Aa]rts?\\.?)";
const ART_NUM = `(?:[LRD]\\.?${SP}?)?\\d{1,4}(?:-\\d{1,3}){0,2}(?:er)?(?:${SP}?(?:bis|ter|quater)(?![\\p{L}]))?`;
const SUB_WORD = "(?:paragraphes?|paragraphs?|para\\.|alinéas?|al\\.|§|points?|sous-paragraphe|sous|lettres?|letters?|littera|lit\\.|indent)";
const SUB = `(?:${SP}?\\(\\d{1,2}\\)|${SP}?\\([a-z]\\)|\\.\\d{1,2}(?!\\d)|\\.[a-z](?![\\p{L}])|${SP}?§${SP}?\\d{1,2}(?!\\d)|,?${SP}+${SUB_WORD}${SP}*(?:\\d{1,2}|[a-z])\\)?(?![\\p{L}\\d])|${SP}[a-z]\\)|${SP}?premier${SP}alinéa)`;
const ONE_ARTICLE = `${ART_NUM}(?:${SUB}){0,4}`;
const MORE_ARTICLES = `(?:(?:,${SP}*|${SP}+(?:et|and|à|to|ou|or)${SP}+)${ONE_ARTICLE}){0,5}`;
const CONNECT = `,?${SP}*(?:(?:du|de${SP}+la|de${SP}+l['’]|des|de|d['’]|of${SP}+the|of|from${SP}+the|under${SP}+the|in${SP}+the)${SP}*)?`;
const ARTICLE_FIRST = new RegExp(`${LB}${ART_WORD}${SP}*(${ONE_ARTICLE}${MORE_ARTICLES})${CONNECT}(${INSTRUMENT_ALT})${RB}`, "gu");
const ARTICLE_AFTER_INSTRUMENT = new RegExp(`(?:['’]s)?${SP}*,?${SP}*${ART_WORD}${SP}*(${ONE_ARTICLE}${MORE_ARTICLES})(?![\\p{L}\\p{N}])`, "uy");
const INSTRUMENT_ONLY = new RegExp(`${LB}(?:${INSTRUMENT_ALT})${RB}`, "gu");
const FORTY_NINE_THREE = new RegExp(`${LB}49[.-]3(?![\\p{L}\\p{N}]|${SP}?%|,\\d)`, "gu");
const FR_ACT = `(?:${ci("loi")}|${ci("décret")}|${ci("ordonnance")}|${ci("arrêté")})`;
const FR_DAY_MONTH_YEAR = `(?:1er|\\d{1,2})${SP}+\\p{Ll}{3,9}${SP}+\\d{4}`;
const FR_NAMED_LAW = new RegExp(`${LB}${ci("loi")}${SP}+(?:(?:dite|baptisée)${SP}+)?(?:«${SP}*)?\\p{Lu}[\\p{L}'’-]*(?:${SP}+(?:(?:et|de|pour|sur|du|des|la)${SP}+)?\\p{Lu}[\\p{L}'’-]*|${SP}+(?:II|2|I{1,3})(?![\\p{L}\\p{N}])){0,3}(?:${SP}*»)?|${LB}${FR_ACT}${SP}+(?:n°|no|nº)${SP}*\\d{2,4}-\\d{1,5}(?:${SP}+du${SP}+${FR_DAY_MONTH_YEAR})?|${LB}${FR_ACT}${SP}+du${SP}+${FR_DAY_MONTH_YEAR}`, "gu");
const EN_NAMED_ACT = new RegExp(`${LB}\\p{Lu}[\\p{L}'’-]*${SP}+(?:(?:(?:and|of|on|for|to)${SP}+)?\\p{Lu}[\\p{L}'’-]*${SP}+){0,5}(?:Act|Directive|Regulations?)(?:${SP}+(?:of${SP}+)?(?:19|20)\\d\\d)?${RB}`, "gu");

type Lexeme = { basis?: string; right?: string; article?: string; instrument?: string };
const LEXEMES: Lexeme[] = [...BASES.map((b) => ({ basis: b.basis, article: b.article })), ...RIGHTS.map((r) => ({ right: r.right, article: r.article, instrument: r.instrument }))];
/** One pass for all bases and rights: group i+1 is LEXEMES[i]. */
const LEXEME_RE = new RegExp(`${LB}(?:${[...BASES, ...RIGHTS].map((e) => `(${e.pattern})`).join("|")})${RB}`, "gu");

const EPRIVACY_CONTEXT = /cookie|traceur|tracker|ePrivacy|e-Privacy|article 82/iu;

function instrumentOf(name: string, lang: Lang): string {
  const compact = name.replace(/[\u00a0\u202f]/g, " ");
  for (const e of ONE_INSTRUMENT) {
    if (e.re.test(compact)) return e.instrument === "CONSTITUTION" && lang === "fr" ? "FR_CONSTITUTION" : e.instrument;
  }
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
  if (ctx.lang === "fr") {
    for (const m of ctx.text.matchAll(FORTY_NINE_THREE)) {
      out.push(candidate("legal_basis", m.index, m.index + m[0].length, { instrument: "FR_CONSTITUTION", article: "49(3)" }));
    }
  }
}

/** Instrument names, alone or followed by an article ("GDPR Article 17"). */
function findInstruments(ctx: DetectContext, out: Candidate[]): void {
  for (const m of ctx.text.matchAll(INSTRUMENT_ONLY)) {
    const instrument = instrumentOf(m[0], ctx.lang);
    const end = m.index + m[0].length;
    ARTICLE_AFTER_INSTRUMENT.lastIndex = end;
    const art = ARTICLE_AFTER_INSTRUMENT.exec(ctx.text);
    if (art) out.push(articleClaim(m.index, end + art[0].length, instrument, normalizeArticle(art[1])));
    else out.push(candidate("legal_basis", m.index, end, { instrument }));
  }
}

const DETERMINER = /^(?:The|This|That|An?|Its|Their|Our|Under|In)[ \u00a0\u202f]+/u;

/** Laws named but not in the lexicon: "loi Evin", "loi du 29 juillet 1881", "Inflation Reduction Act". */
function findNamedLaws(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(ctx.lang === "fr" ? FR_NAMED_LAW : EN_NAMED_ACT)) {
    let start = m.index;
    let name = m[0];
    const det = DETERMINER.exec(name);
    if (det && ctx.lang === "en") {
      name = name.slice(det[0].length);
      start += det[0].length;
      if (/^(?:Act|Directive|Regulations?)\b/u.test(name)) continue;
    }
    out.push(candidate("legal_basis", start, start + name.length, { instrument: lawSlug(name.replace(/[\u00a0\u202f]/g, " "), ctx.lang) }));
  }
  return out;
}

function lawSlug(name: string, lang: Lang): string {
  const slug = name.normalize("NFD").replace(/[\u0300-\u036f«»]/g, "").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "").toUpperCase();
  return lang === "fr" ? `FR_${slug}` : slug;
}

function findBasesAndRights(ctx: DetectContext, out: Candidate[]): void {
  for (const m of ctx.text.matchAll(LEXEME_RE)) {
    const idx = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    const lex = LEXEMES[idx];
    if (!lex) continue;
    const normalized: Record<string, unknown> = { instrument: lex.instrument ?? "GDPR" };
    if (lex.article) normalized.article = lex.article;
    if (lex.basis) normalized.basis = lex.basis;
    if (lex.right) normalized.right = lex.right;
    if (lex.basis === "consent") {
      const s = sentenceStart(ctx.text, m.index);
      if (EPRIVACY_CONTEXT.test(ctx.text.slice(s, sentenceEnd(ctx.text, m.index)))) {
        normalized.instrument = "EPRIVACY";
        normalized.article = "5(3)";
      }
    }
    out.push(candidate("legal_basis", m.index, m.index + m[0].length, normalized));
  }
}

const BRACKET_OPEN = /^[ \u00a0\u202f]*\([ \u00a0\u202f]*$/u;
const BRACKET_CLOSE = /^[ \u00a0\u202f]*\)/u;

/** "the Digital Markets Act (DMA)", "le RGPD (règlement général …)": the same instrument named again in brackets is no second claim. */
function isBracketedRepeat(text: string, prev: Candidate | undefined, c: Candidate): boolean {
  return (
    prev !== undefined &&
    prev.normalized.instrument === c.normalized.instrument &&
    c.start - prev.end <= 4 &&
    BRACKET_OPEN.test(text.slice(prev.end, c.start)) &&
    BRACKET_CLOSE.test(text.slice(c.end, c.end + 3))
  );
}

/**
 * The legal-basis claims of the text, without overlaps (the longest reference wins), and the spans
 * of the bills it names ("le projet de loi de finances pour 2025"): no claim, and no date inside.
 */
export function detectLegalBases(ctx: DetectContext): { claims: Candidate[]; bills: Span[] } {
  const refs: Candidate[] = [];
  findArticles(ctx, refs);
  findInstruments(ctx, refs);
  const known = dropOverlaps(refs);
  const kept = dropOverlaps([...known, ...outside(findNamedLaws(ctx), known)]);
  const bases: Candidate[] = [];
  findBasesAndRights(ctx, bases);
  const all = dropOverlaps([...kept, ...dropOverlaps(bases)]);
  const claims: Candidate[] = [];
  const bills: Span[] = ctx.lang === "en" ? englishBills(ctx.text) : [];
  all.forEach((c, i) => {
    const bill = billSpan(ctx.text, c);
    if (bill) bills.push(bill);
    else if (!isBracketedRepeat(ctx.text, all[i - 1], c)) claims.push({ ...c, end: nameEnd(ctx.text, c) });
  });
  return { claims, bills };
}
