// A first wording of a claim's statement (what ClaimReview calls
// claimReviewed): the sentence the marked span sits in, without the
// attribution around it and the connective that ties it to the sentence
// before. A starting point the fact-checker edits, never a final text.

export const MAX_STATEMENT_CHARS = 280;
/** The length fact-check aggregators display whole. */
export const RECOMMENDED_STATEMENT_CHARS = 75;

const SENTENCE_END = /[.!?…]["»”’)]*\s+(?=["«“(]?\s*[A-ZÀ-ÖØ-Þ0-9])|\n+/g;

/** The [start, end) of the sentence around a position. */
export function sentenceAround(text: string, start: number, end = start): { start: number; end: number } {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const boundary = match.index + match[0].length;
    if (boundary <= start) from = boundary;
    else if (match.index >= end) {
      to = match.index + match[0].trimEnd().length;
      break;
    }
  }
  return { start: from, end: to };
}

const LEADING_CONNECTIVES = [
  /^(?:mais|et|or|donc|ainsi|alors|puis|enfin|aussi|par ailleurs|en outre|de plus|cependant|toutefois|néanmoins|pourtant|en effet|d'ailleurs|d’ailleurs|selon (?:lui|elle|eux|elles))\s*,?\s+/i,
  /^(?:but|and|so|also|then|however|moreover|meanwhile|in addition|furthermore|still|yet|indeed|besides)\s*,?\s+/i,
];

// "…, a déclaré X." / "…, said X." / "…, selon X." at the end; "Selon X, …" / "According to X, …" / "X a affirmé que …" / "X said that …" at the start.
const TRAILING_ATTRIBUTIONS = [
  // "…, the regulator said." / "…, a expliqué la ministre." (first: the verb alone would leave the speaker behind)
  /,\s+[^,.;«»"“”]{1,60}?\s+(?:said|says|added|explained|stated|noted|wrote|told \S+)$/i,
  /,?\s*(?:a|ont|avait|avaient)\s+(?:déclaré|affirmé|assuré|expliqué|indiqué|précisé|annoncé|souligné|ajouté|estimé|répondu|confié|martelé|reconnu|rappelé)(?:\s[^,.;]*)?$/i,
  /,?\s*(?:déclare|affirme|assure|explique|indique|précise|annonce|souligne|ajoute|estime|répond|rappelle)[- ](?:t-)?(?:il|elle|ils|elles|on)?(?:\s[^,.;]*)?$/i,
  /,?\s*(?:selon|d'après|d’après)\s+[^,.;]+$/i,
  /,?\s*(?:said|says|told|added|explained|stated|announced|wrote|argued|claimed|insisted)(?:\s[^,.;]*)?$/i,
  /,?\s*(?:according to)\s+[^,.;]+$/i,
  /,?\s*[A-ZÀ-Ý][\p{L}.’'-]*(?:\s+[A-ZÀ-Ý][\p{L}.’'-]*)*\s+(?:said|says|added|told\s+\S+)$/u,
];
const LEADING_ATTRIBUTIONS = [
  // A dateline: "Menlo Park, Californie — ", "PARIS (AFP) – ".
  /^\p{Lu}[\p{L} ,.'’()-]{0,60}?\s[—–]\s+/u,
  // "Le géant de Menlo Park prévient : « … »": the words before a colon that opens a quote.
  /^[^«"“:]{1,80}?\s*:\s*(?=[«"“])/,
  /^(?:selon|d'après|d’après|pour)\s+[^,]+,\s*/i,
  /^(?:according to|for)\s+[^,]+,\s*/i,
  /^[^,.;«»"“”]{1,80}?\s+(?:a|ont)\s+(?:déclaré|affirmé|assuré|expliqué|indiqué|précisé|annoncé|souligné|estimé|reconnu|rappelé)\s+(?:que|qu['’])\s*/i,
  /^[^,.;«»"“”]{1,80}?\s+(?:said|says|told \S+|added|explained|stated|announced|argued|claimed|insisted)(?:\s+(?:on|in|last)\s+\S+)?\s+that\s+/i,
];

/** A sentence that opens with a quote loses its quotation marks; quotes inside it are written “…”. */
function stripQuotes(text: string): string {
  const curly = text.replace(/«[\s\u00a0\u202f]*/g, "“").replace(/[\s\u00a0\u202f]*»/g, "”");
  if (!/^[“"]/.test(curly)) return curly;
  const inner = curly.slice(1);
  const closing = inner.search(/[”"]\s*$/);
  return (closing >= 0 ? inner.slice(0, closing) : inner).trim();
}

/** Removes the patterns again and again, never the span itself and never down to a stub. */
function repeat(text: string, patterns: RegExp[], span: string): string {
  let current = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of patterns) {
      const next = current.replace(pattern, "").trim();
      if (next !== current && next.length >= 8 && next.includes(span)) {
        current = next;
        changed = true;
      }
    }
  }
  return current;
}

function sentenceCase(text: string): string {
  const trimmed = text.replace(/^[\s,;:–—-]+/, "").replace(/[\s,;:–—-]+$/, "");
  if (!trimmed) return trimmed;
  const capital = trimmed[0].toLocaleUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > max / 2 ? space : cut.length).replace(/[\s,;:]+$/, "")}…`;
}

/**
 * The proposed statement for the span [start, end) of a text: its sentence,
 * trimmed of attributions ("…, a déclaré X", "According to X, …") and of a
 * leading connective ("Mais", "However"), quotation marks taken off a
 * sentence that is one quote, capitalised, at most 280 characters.
 */
export function proposeStatement(text: string, start: number, end: number): string {
  const sentence = sentenceAround(text, start, end);
  let statement = text.slice(sentence.start, sentence.end).replace(/\s+/g, " ").trim();
  const final = /[.!?…]$/.exec(statement)?.[0] ?? "";
  statement = statement.replace(/[.!?…]+$/, "");
  const span = text.slice(start, end).replace(/\s+/g, " ").trim();
  statement = repeat(statement, [...TRAILING_ATTRIBUTIONS, ...LEADING_ATTRIBUTIONS, ...LEADING_CONNECTIVES], span);
  statement = stripQuotes(statement);
  const proposal = sentenceCase(`${statement}${final === "?" ? "?" : ""}`);
  return shorten(proposal || sentenceCase(text.slice(start, end)), MAX_STATEMENT_CHARS);
}

/** The statement proposed for a quoted span, found in the text (first occurrence), or from the span alone. */
export function proposeStatementFor(text: string, quotedText: string): string {
  const at = text.indexOf(quotedText);
  if (at < 0) return shorten(sentenceCase(quotedText.replace(/\s+/g, " ").trim()), MAX_STATEMENT_CHARS);
  return proposeStatement(text, at, at + quotedText.length);
}
