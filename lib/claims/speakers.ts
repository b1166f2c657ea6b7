/** Who said a quote: the speech verb next to it and the noun phrase or name it governs. */
import { describeSpeaker, type SpeakerCandidate } from "./speaker-kind";
import { DATE_WORDS, speakerKey } from "./speaker-lexicon";
import { AUXILIARIES, LEADING_DETERMINERS, NP_STOP, PRONOUNS, SPEECH_VERBS } from "./speech-lexicon";
import { isUpper, sentenceEnd, sentenceStart } from "./text";
import type { Lang, Span } from "./types";

/** Where the text names a speaker; `name` is its words joined by single spaces. */
export type Mention = Span & { name: string };

type Tok = { w: string; lower: string; start: number; end: number };
type Found = Mention | "PRONOUN" | null;

const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:()«»“”"„.!?]/gu;
const PARTICLES = new Set(["de", "du", "des", "d’", "d'", "van", "von", "der", "den", "da", "di", "le", "la", "bin", "al", "ben"]);

/** Tokens of `text.slice(from, to)`, with offsets into `text`. */
function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const re = new RegExp(TOKEN_RE.source, "gu");
  const s = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    let w = m[0];
    // "said." → "said", but keep initials such as "J.".
    if (w.length > 2 && w.endsWith(".")) w = w.slice(0, -1);
    out.push({ w, lower: w.toLowerCase(), start: from + m.index, end: from + m.index + w.length });
  }
  return out;
}

const isWord = (t: Tok | undefined) => t !== undefined && /^[\p{L}\p{N}]/u.test(t.w);
const isCap = (t: Tok | undefined) => t !== undefined && isUpper(t.w[0]);
const isDateTok = (t: Tok | undefined) => t !== undefined && (/^\p{N}/u.test(t.w) || DATE_WORDS.has(speakerKey(t.w)));

function mention(toks: Tok[]): Mention {
  return { start: toks[0].start, end: toks[toks.length - 1].end, name: toks.map((t) => t.w).join(" ") };
}

function isSpeech(t: Tok | undefined, lang: Lang): boolean {
  if (!t) return false;
  const base = t.lower.replace(/-(?:t-)?(?:il|elle|ils|elles|on)$/u, "");
  return SPEECH_VERBS[lang].has(base) || SPEECH_VERBS[lang].has(t.lower);
}

const COMPLEMENT = new Set(["de", "du", "des", "of"]);

/**
 * The last run of ≥2 capitalized words (a person's name) within toks, or null. A run after
 * "de"/"of" completes a noun ("le géant de Menlo Park", "le directeur de Meta France"): not a speaker's name.
 */
function properName(toks: Tok[]): Mention | null {
  let best: Mention | null = null;
  for (let i = 0; i < toks.length; i++) {
    if (!isCap(toks[i]) || (i === 0 && toks.length > 1 && LEADING_DETERMINERS.has(toks[i].lower))) continue;
    let j = i + 1;
    while (j < toks.length && (isCap(toks[j]) || (PARTICLES.has(toks[j].lower) && isCap(toks[j + 1])))) j++;
    if (j - i >= 2 && !COMPLEMENT.has(toks[i - 1]?.lower ?? "")) best = mention(toks.slice(i, j));
    i = j - 1;
  }
  return best;
}

function cleanNp(toks: Tok[]): Found {
  const words = toks.filter(isWord);
  while (words.length > 1 && LEADING_DETERMINERS.has(words[0].lower)) words.shift();
  if (words.length === 0) return null;
  if (words.length === 1 && PRONOUNS.has(words[0].lower)) return "PRONOUN";
  return mention(words);
}

/** Past a date right after the verb: "a réagi mardi 4 juin 2024 le directeur", "said on Monday the minister". */
function skipDate(toks: Tok[], i: number): number {
  let j = i;
  for (;;) {
    if (isDateTok(toks[j])) j++;
    else if (/^(?:on|ce|cette|last|this|dernier|dernière|prochain|prochaine|soir|matin|midi)$/u.test(toks[j]?.lower ?? "") && j > i) j++;
    else if (/^(?:on|ce|cette|last|this)$/u.test(toks[j]?.lower ?? "") && isDateTok(toks[j + 1])) j++;
    else return j;
  }
}

/** Past whom it was said to, right after the verb: "a déclaré à l'AFP X", "a confié au Figaro X", "à son tour". */
function skipAddressee(toks: Tok[], i: number): number {
  if (!/^(?:à|au|aux|to)$/u.test(toks[i]?.lower ?? "") || !isWord(toks[i + 1])) return i;
  const j = /^(?:le|la|les|the|son|sa|ses|leur|leurs)$/u.test(toks[i + 1].lower) ? i + 2 : i + 1;
  return isWord(toks[j]) && isWord(toks[j + 1]) ? skipDate(toks, j + 1) : i;
}

/** Noun phrase read forward from toks[i] (after a verb): up to 6 words, stopping at punctuation or a preposition. */
function npAfter(toks: Tok[], i: number): Found {
  const np: Tok[] = [];
  let j = skipAddressee(toks, skipDate(toks, i));
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
function npBefore(toks: Tok[], i: number): Found {
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

/** English "…,” Lumio's general counsel, Maya Chen, said": the subject before the verb, commas allowed around a name. */
function subjectBeforeVerb(toks: Tok[], i: number, lang: Lang): Found {
  for (let k = i + 1; k < Math.min(toks.length, i + 12); k++) {
    if (!isWord(toks[k]) && toks[k].w !== ",") break;
    if (!isSpeech(toks[k], lang)) continue;
    const subject = toks.slice(i, AUXILIARIES.has(toks[k - 1].lower) ? k - 1 : k);
    // "…,” noting that Hartwell reported": a clause, not a subject.
    if (subject.some((t) => NP_STOP.has(t.lower) || /^\p{Ll}\p{L}*ing$/u.test(t.w))) return null;
    const words = subject.filter(isWord);
    return properName(words) ?? (subject.some((t) => t.w === ",") ? null : cleanNp(words));
  }
  return null;
}

/** "…», a déclaré X" / "…,” said X" / "…,” X said". */
function attributionAfter(text: string, end: number, lang: Lang): Found {
  const toks = tokenize(text, end, sentenceEnd(text, end, 120)).slice(0, 24);
  let i = 0;
  while (i < toks.length && !isWord(toks[i])) i++;
  if (/^a-t-(?:il|elle|on)$|^ont-(?:ils|elles)$/u.test(toks[i]?.lower ?? "") && isSpeech(toks[i + 1], lang)) return "PRONOUN";
  if (AUXILIARIES.has(toks[i]?.lower ?? "") && isSpeech(toks[i + 1], lang)) i++;
  if (isSpeech(toks[i], lang)) {
    if (/-(?:t-)?(?:il|elle|ils|elles|on)$/u.test(toks[i].lower)) return "PRONOUN";
    return npAfter(toks, i + 1);
  }
  return lang === "en" && i < toks.length ? subjectBeforeVerb(toks, i, lang) : null;
}

/** "X affirme : « … »" / "X said the party “…”" / "selon X, « … »". */
function attributionBefore(text: string, start: number, lang: Lang): Found {
  const toks = tokenize(text, sentenceStart(text, start, 140), start);
  for (let k = toks.length - 1; k >= 0 && k >= toks.length - 14; k--) {
    if (!isSpeech(toks[k], lang)) continue;
    if (toks[k].lower === "selon" || (toks[k].lower.startsWith("d") && toks[k].lower.endsWith("après"))) return npAfter(toks, k + 1);
    if (toks[k].lower === "according" && toks[k + 1]?.lower === "to") return npAfter(toks, k + 2);
    return npBefore(toks, k - 1);
  }
  return null;
}

// "Menlo Park, Californie — ", "PARIS (AFP) – ": a dateline opens the paragraph, it does not speak.
const CAP_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const DATELINE = new RegExp(
  String.raw`^\s*${CAP_WORD}(?:\s+(?:${CAP_WORD}|de|du|sur|en|la|le))*(?:,\s*${CAP_WORD}(?:\s+${CAP_WORD})*)?\s*(?:\([^()\n]{1,40}\)\s*)?[—–-]\s+`,
  "u",
);

/** The subject at the start of the sentence holding `idx` (for "écrit-elle"), after any dateline. */
function sentenceSubject(text: string, idx: number): Mention | null {
  let from = sentenceStart(text, idx, 300);
  from += DATELINE.exec(text.slice(from, Math.min(idx, from + 120)))?.[0].length ?? 0;
  const np: Tok[] = [];
  for (const t of tokenize(text, from, idx).slice(0, 8)) {
    if (!isWord(t) || AUXILIARIES.has(t.lower) || np.length >= 4) break;
    if (PRONOUNS.has(t.lower) || SPEECH_VERBS.fr.has(t.lower) || SPEECH_VERBS.en.has(t.lower)) return null;
    np.push(t);
  }
  return np.length > 0 ? mention(np) : null;
}

/**
 * An unattributed quote goes on with the previous speaker when it opens its sentence or shares
 * the previous quote's ("…,” said X. “…”"), not after other words ("Sur une banderole, on pouvait lire ‹ … ›").
 */
function continues(text: string, span: Span, prev: Span): boolean {
  const from = sentenceStart(text, span.start);
  return from <= prev.end + 400 && (from <= prev.start || /^[\s\p{P}]*$/u.test(text.slice(from, span.start)));
}

export type QuoteSpeakerState = { span: Span; speaker: SpeakerCandidate | null; paragraphStart: number };

/**
 * The speaker of the quote at `span`, or null. `prev` is the previous quote of the text and
 * `para` the start of the paragraph holding this one (the caller tracks it in one pass). A
 * speaker named but refused (a place, a date, a publication, a poster) leaves the quote without one.
 */
export function findSpeaker(text: string, span: Span, lang: Lang, prev: QuoteSpeakerState | null, para: number): QuoteSpeakerState {
  const samePara = prev !== null && prev.paragraphStart === para;
  const found = attributionAfter(text, span.end, lang) ?? attributionBefore(text, span.start, lang);
  let speaker: SpeakerCandidate | null = null;
  if (found === "PRONOUN") {
    if (samePara && prev?.speaker) speaker = prev.speaker;
    else {
      const subject = sentenceSubject(text, span.start);
      speaker = subject ? describeSpeaker(text, subject, lang) : null;
    }
  } else if (found) speaker = describeSpeaker(text, found, lang);
  else if (samePara && prev?.speaker && continues(text, span, prev.span)) speaker = prev.speaker;
  return { span, speaker, paragraphStart: para };
}
