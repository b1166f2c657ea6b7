/** Who said a quote: the speech verb next to it and the noun phrase or name it governs. */
import { AUXILIARIES, LEADING_DETERMINERS, NP_STOP, PRONOUNS, SPEECH_VERBS } from "./speech-lexicon";
import { isUpper, sentenceEnd, sentenceStart } from "./text";
import type { Lang, Span } from "./types";

type Tok = { w: string; lower: string };

const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:()«»“”"„.!?]/gu;
const PARTICLES = new Set(["de", "du", "des", "d’", "d'", "van", "von", "der", "den", "da", "di", "le", "la", "bin", "al", "ben"]);

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(s)) !== null) {
    let w = m[0];
    // "said." → "said", but keep initials such as "J.".
    if (w.length > 2 && w.endsWith(".")) w = w.slice(0, -1);
    out.push({ w, lower: w.toLowerCase() });
  }
  return out;
}

const isWord = (t: Tok | undefined) => t !== undefined && /^[\p{L}\p{N}]/u.test(t.w);
const isCap = (t: Tok | undefined) => t !== undefined && isUpper(t.w[0]);

function isSpeech(t: Tok | undefined, lang: Lang): boolean {
  if (!t) return false;
  const base = t.lower.replace(/-(?:t-)?(?:il|elle|ils|elles|on)$/u, "");
  return SPEECH_VERBS[lang].has(base) || SPEECH_VERBS[lang].has(t.lower);
}

/** The last run of ≥2 capitalized words (a person's name) within toks, or null. */
function properName(toks: Tok[]): string | null {
  let best: string | null = null;
  for (let i = 0; i < toks.length; i++) {
    if (!isCap(toks[i]) || (i === 0 && toks.length > 1 && LEADING_DETERMINERS.has(toks[i].lower))) continue;
    let j = i + 1;
    while (j < toks.length && (isCap(toks[j]) || (PARTICLES.has(toks[j].lower) && isCap(toks[j + 1])))) j++;
    if (j - i >= 2) best = toks.slice(i, j).map((t) => t.w).join(" ");
    i = j - 1;
  }
  return best;
}

function cleanNp(toks: Tok[]): string | null {
  const words = toks.filter(isWord);
  while (words.length > 1 && LEADING_DETERMINERS.has(words[0].lower)) words.shift();
  if (words.length === 0) return null;
  if (words.length === 1 && PRONOUNS.has(words[0].lower)) return "PRONOUN";
  return words.map((t) => t.w).join(" ");
}

/** Noun phrase read forward from toks[i] (after a verb): up to 6 words, stopping at punctuation or a preposition. */
function npAfter(toks: Tok[], i: number): string | null {
  const np: Tok[] = [];
  let j = i;
  while (j < toks.length && np.length < 6 && isWord(toks[j]) && !NP_STOP.has(toks[j].lower)) np.push(toks[j++]);
  const name = properName(np);
  if (name) return name;
  if (toks[j]?.w === ",") {
    const appos: Tok[] = [];
    for (let k = j + 1; k < toks.length && isCap(toks[k]) && appos.length < 4; k++) appos.push(toks[k]);
    const appName = properName(appos);
    if (appName) return appName;
  }
  return cleanNp(np);
}

/** Noun phrase read backward from toks[i] (before a verb). */
function npBefore(toks: Tok[], i: number): string | null {
  let j = i;
  while (j >= 0 && toks[j].w === ",") j--;
  while (j >= 0 && AUXILIARIES.has(toks[j].lower)) j--;
  while (j >= 0 && toks[j].w === ",") j--;
  const np: Tok[] = [];
  while (j >= 0 && np.length < 6 && (isWord(toks[j]) || (toks[j].w === "," && isCap(toks[j - 1]))) && !NP_STOP.has(toks[j].lower)) np.unshift(toks[j--]);
  const tail = np.slice(Math.max(0, np.findLastIndex((t) => t.w === ",") + 1));
  const name = properName(np.filter(isWord));
  if (name && np.length > 0 && isCap(np[np.length - 1])) return name;
  return cleanNp(tail);
}

/** "…», a déclaré X" / "…,” said X" / "…,” X said". */
function attributionAfter(text: string, end: number, lang: Lang): string | null {
  const stop = sentenceEnd(text, end, 120);
  const toks = tokenize(text.slice(end, stop)).slice(0, 24);
  let i = 0;
  while (i < toks.length && !isWord(toks[i])) i++;
  if (/^a-t-(?:il|elle|on)$|^ont-(?:ils|elles)$/u.test(toks[i]?.lower ?? "") && isSpeech(toks[i + 1], lang)) return "PRONOUN";
  if (AUXILIARIES.has(toks[i]?.lower ?? "") && isSpeech(toks[i + 1], lang)) i++;
  if (isSpeech(toks[i], lang)) {
    if (/-(?:t-)?(?:il|elle|ils|elles|on)$/u.test(toks[i].lower)) return "PRONOUN";
    return npAfter(toks, i + 1);
  }
  if (lang === "en") {
    for (let k = i; k < Math.min(toks.length, i + 6); k++) {
      if (!isWord(toks[k])) break;
      if (isSpeech(toks[k], lang) && k > i) return cleanNp(toks.slice(i, AUXILIARIES.has(toks[k - 1].lower) ? k - 1 : k));
    }
  }
  return null;
}

/** "X affirme : « … »" / "X said the party “…”" / "selon X, « … »". */
function attributionBefore(text: string, start: number, lang: Lang): string | null {
  const from = sentenceStart(text, start, 140);
  const toks = tokenize(text.slice(from, start));
  for (let k = toks.length - 1; k >= 0 && k >= toks.length - 14; k--) {
    if (!isSpeech(toks[k], lang)) continue;
    if (toks[k].lower === "selon" || toks[k].lower.startsWith("d") && toks[k].lower.endsWith("après")) return npAfter(toks, k + 1);
    if (toks[k].lower === "according" && toks[k + 1]?.lower === "to") return npAfter(toks, k + 2);
    return npBefore(toks, k - 1);
  }
  return null;
}

/** The subject at the start of the sentence holding `idx` (for "écrit-elle"). */
function sentenceSubject(text: string, idx: number): string | null {
  const toks = tokenize(text.slice(sentenceStart(text, idx, 300), idx)).slice(0, 8);
  const np: Tok[] = [];
  for (const t of toks) {
    if (!isWord(t) || AUXILIARIES.has(t.lower) || np.length >= 4) break;
    if (PRONOUNS.has(t.lower) || SPEECH_VERBS.fr.has(t.lower) || SPEECH_VERBS.en.has(t.lower)) return null;
    np.push(t);
  }
  return np.length > 0 ? np.map((t) => t.w).join(" ") : null;
}

export type QuoteSpeakerState = { span: Span; speaker: string | null; paragraphStart: number };

/**
 * The speaker of the quote at `span`, or null. `prev` is the previous quote of the text and
 * `para` the start of the paragraph holding this one (the caller tracks it in one pass).
 */
export function findSpeaker(text: string, span: Span, lang: Lang, prev: QuoteSpeakerState | null, para: number): QuoteSpeakerState {
  const samePara = prev !== null && prev.paragraphStart === para;
  let speaker = attributionAfter(text, span.end, lang) ?? attributionBefore(text, span.start, lang);
  if (speaker === "PRONOUN") speaker = samePara && prev?.speaker ? prev.speaker : sentenceSubject(text, span.start);
  if (speaker === null && samePara && prev?.speaker && sentenceStart(text, span.start) <= prev.span.end + 400) speaker = prev.speaker;
  return { span, speaker, paragraphStart: para };
}
