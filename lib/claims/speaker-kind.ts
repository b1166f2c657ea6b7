/**
 * What a speaker mention names: a person (with the role said next to the name), an organization,
 * or nothing we may propose (a place, a date, a publication, a poster, a phrase we cannot read).
 * When unsure, nothing: the fact-checker types a claimant more easily than they notice a wrong one.
 */
import {
  COMPANIES, DATE_WORDS, DESCRIPTOR_QUALIFIERS, INANIMATE, INSTITUTIONS, NOT_ORG_ACRONYMS, ORG_DESCRIPTORS, ORG_HEADS, ORG_NAME_WORDS,
  PERSON_TITLES, PLACES, PUBLICATIONS, ROLE_NOUNS, speakerKey,
} from "./speaker-lexicon";
import { AUXILIARIES, SPEECH_VERBS } from "./speech-lexicon";
import { isUpper } from "./text";
import type { Lang, Span } from "./types";

export type SpeakerKind = "person" | "organization";

/** A proposed claimant: `kind` is null when the text does not tell; `role` as written ("ministre de l'Économie"). */
export type SpeakerCandidate = { name: string; kind: SpeakerKind | null; role?: string };

type Head = "inanimate" | "role" | "descriptor" | "org";

const DETERMINER = /^(?:le|la|les|the|a|an|un|une|ce|cet|cette|ces|this|its|his|her|their|our|son|sa|ses|leur|leurs|notre|nos)$/iu;
const ELISION = /^[lL]['’](?=\p{L})/u;
const PREPOSITION = /^(?:de|du|des|of|for|at|à|au|aux|chez|pour|in|en|sur|[dD]['’]\p{L}.*)$/u;
const PARTICLE = /^(?:de|du|des|d['’]|van|von|der|den|da|di|le|la|bin|al|ben|&)$/u;

const split = (s: string) => s.split(/[\s\u00a0\u202f]+/u).filter(Boolean);
const isCapWord = (w: string) => isUpper(w.replace(ELISION, "")[0]);
const inList = (list: Set<string>, words: string[]) => list.has(speakerKey(words.join(" ")));

function stripDeterminers(ws: string[]): string[] {
  let i = 0;
  while (i < ws.length - 1 && DETERMINER.test(ws[i])) i++;
  const out = ws.slice(i);
  if (out.length > 0 && ELISION.test(out[0])) out[0] = out[0].replace(ELISION, "");
  return out;
}

/** The words before the first preposition: where a noun phrase's head is. */
function headSegment(ws: string[]): string[] {
  const prep = ws.findIndex((w) => PREPOSITION.test(w));
  return prep <= 0 ? ws : ws.slice(0, prep);
}

/** The head noun's class: the first known noun in French ("directeur général"), the last in English ("chief executive"). */
function headOf(ws: string[], lang: Lang): Head | null {
  const order = ws.map((_, i) => i);
  if (lang === "en") order.reverse();
  for (const i of order) {
    for (const len of [2, 1]) {
      const gram = lang === "en" ? ws.slice(Math.max(0, i - len + 1), i + 1) : ws.slice(i, i + len);
      if (gram.length < len) continue;
      if (inList(INANIMATE, gram)) return "inanimate";
      if (inList(ROLE_NOUNS, gram)) return "role";
      if (inList(ORG_DESCRIPTORS, gram)) return "descriptor";
      if (inList(ORG_HEADS, gram)) return "org";
    }
  }
  return null;
}

const isProper = (ws: string[]) => ws.length > 0 && !DETERMINER.test(ws[0]) && isCapWord(ws[0]) && ws.every((w) => isCapWord(w) || PARTICLE.test(w));

/** "Menlo Park, Californie —" at a paragraph's start, or any "X, <place>": X is a place. */
function isPlaceContext(text: string, m: Span): boolean {
  const after = text.slice(m.end, m.end + 60);
  const next = /^,[\s\u00a0]*((?:\p{Lu}[\p{L}'’.-]*[\s\u00a0]*){1,3})/u.exec(after);
  if (next && PLACES.has(speakerKey(next[1]))) return true;
  const paraStart = m.start === 0 || /\n[\s\u00a0]*$/u.test(text.slice(Math.max(0, m.start - 10), m.start));
  return paraStart && /^(?:,[^,\n—–]{1,40})?[\s\u00a0]*(?:\([^()\n]{1,40}\)[\s\u00a0]*)?[—–]/u.test(after);
}

/** Names nothing we may propose: a place, a publication, a date. */
function refused(ws: string[]): boolean {
  if (ws.length === 0 || ws.some((w) => /\p{N}/u.test(w))) return true;
  if (inList(PLACES, ws) || inList(PUBLICATIONS, ws)) return true;
  // "Theresa May" is a person; "mai Meta", "Monday" are not names.
  return ws.some((w, i) => DATE_WORDS.has(speakerKey(w)) && (i === 0 || !isProper(ws)));
}

/** The clause just before a name ("a déclaré l’épidémiologiste", "le président d’Annoncio,"), without verbs and dates. */
function leftPhrase(text: string, at: number): string[] {
  let s = text.slice(Math.max(0, at - 120), at);
  s = s.slice(Math.max(...[".", ";", ":", "!", "?", "«", "»", "“", "”", '"', "„", "\n", "(", ")"].map((c) => s.lastIndexOf(c))) + 1).trimEnd();
  if (s.endsWith(",")) s = s.slice(0, -1);
  let ws = split(s.slice(s.lastIndexOf(",") + 1));
  const cut = ws.findLastIndex((w) => {
    const low = w.toLowerCase();
    return SPEECH_VERBS.fr.has(low) || SPEECH_VERBS.en.has(low) || AUXILIARIES.has(low) || /\p{N}/u.test(w) || DATE_WORDS.has(speakerKey(w));
  });
  ws = ws.slice(cut + 1);
  return ws.length <= 8 ? stripDeterminers(ws) : [];
}

/** The apposition after a name (", président de l'Association des maires", ", Chattr's head of trust"). */
function rightPhrase(text: string, at: number): string[] {
  const m = /^[\s\u00a0]*,[\s\u00a0]*([^,.;:!?\n«»“”"()]{1,120})/u.exec(text.slice(at, at + 160));
  if (!m) return [];
  const ws = split(m[1]);
  const end = ws.findIndex((w) => /^(?:qui|que|dont|où|who|which|that|whose)$/iu.test(w));
  return stripDeterminers(end === -1 ? ws : ws.slice(0, end));
}

/** A person's or organization's name ("Bernard Collin", "Meta", "la CNIL"), with what its context says of it. */
function describeName(text: string, m: Span, ws: string[], lang: Lang): SpeakerCandidate {
  const name = ws.join(" ");
  const key = speakerKey(name);
  if (COMPANIES.has(key) || INSTITUTIONS.has(key) || ws.some((w) => ORG_NAME_WORDS.has(speakerKey(w)))) return { name, kind: "organization" };
  if (/^[\p{Lu}\p{N}&.-]{2,}$/u.test(name) && !NOT_ORG_ACRONYMS.has(key)) return { name, kind: "organization" };
  const before = split(text.slice(Math.max(0, m.start - 12), m.start)).at(-1) ?? "";
  if (PERSON_TITLES.has(before.toLowerCase())) return { name, kind: "person" };
  for (const phrase of [leftPhrase(text, m.start), rightPhrase(text, m.end)]) {
    const head = phrase.length > 0 ? headOf(headSegment(phrase), lang) : null;
    if (head === "role") return { name, kind: "person", role: phrase.join(" ") };
    if (head === "org" || head === "descriptor") return { name, kind: "organization" };
  }
  if (/^[\s\u00a0]*,[\s\u00a0]*\d{1,3}(?:[\s\u00a0]*(?:ans|years? old))?[\s\u00a0]*[,.]/u.test(text.slice(m.end, m.end + 24))) return { name, kind: "person" };
  if (ws.length >= 2 && !DETERMINER.test(before)) return { name, kind: "person" };
  return { name, kind: null };
}

/** "le géant de Menlo Park", "le groupe", "the tech giant": a company named before, if the text makes it plain. */
function isDescriptorPhrase(ws: string[]): boolean {
  const prep = ws.findIndex((w) => PREPOSITION.test(w));
  const noun = prep === -1 ? ws : ws.slice(0, prep);
  const at = noun.findIndex((w, i) => inList(ORG_DESCRIPTORS, noun.slice(i, i + 2)) || inList(ORG_DESCRIPTORS, [w]));
  if (at === -1) return false;
  const len = noun.length > at + 1 && inList(ORG_DESCRIPTORS, noun.slice(at, at + 2)) ? 2 : 1;
  if (![...noun.slice(0, at), ...noun.slice(at + len)].every((w) => DESCRIPTOR_QUALIFIERS.has(speakerKey(w)))) return false;
  if (prep === -1) return true;
  const complement = ws.slice(prep);
  if (inList(DESCRIPTOR_QUALIFIERS, complement)) return true;
  const named = stripDeterminers(complement.slice(1));
  return named.length > 0 && named.every(isCapWord) && !/^[dD]['’]/u.test(complement[0]);
}

const CANDIDATE_RE = /(?:(?<=[dDlL]['’])|(?<![\p{L}\p{N}'’]))\p{Lu}[\p{L}\p{N}&'’-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}\p{N}&'’-]*))*/gu;

/** The nearest company among the last 10 names of the 800 characters before `at`; null when an unknown name stands in between. */
function companyBefore(text: string, at: number): string | null {
  const window = text.slice(Math.max(0, at - 800), at);
  const names = [...window.matchAll(CANDIDATE_RE)];
  for (let k = names.length - 1; k >= 0 && k >= names.length - 10; k--) {
    const name = names[k][0];
    const key = speakerKey(name);
    const ws = split(name);
    // "Meta", "Meta France", "Fair Energy Ltd".
    if (COMPANIES.has(key) || COMPANIES.has(speakerKey(ws[0])) || (ws.length > 1 && ws.some((w) => ORG_NAME_WORDS.has(speakerKey(w))))) return name;
    const idx = names[k].index;
    const pre = window.slice(Math.max(0, idx - 4), idx);
    const initial = (idx <= 4 && /^[\s\u00a0]*$/u.test(pre)) || /[.!?:\n«“"—–][\s\u00a0]*$/u.test(pre);
    const known = PLACES.has(key) || PUBLICATIONS.has(key) || INSTITUTIONS.has(key) || DATE_WORDS.has(key) || NOT_ORG_ACRONYMS.has(key);
    if (known || ws.length > 1 || (initial && ws.length === 1)) continue;
    return null;
  }
  return null;
}

/** A common noun phrase ("le Premier ministre", "la formation restreinte", "l'urgentiste Karim"). */
function describePhrase(text: string, m: Span, ws: string[], lang: Lang): SpeakerCandidate | null {
  const words = stripDeterminers(ws);
  let k = words.length;
  while (k > 0 && isCapWord(words[k - 1])) k--;
  if (k > 0 && k < words.length && !PREPOSITION.test(words[k - 1])) {
    const run = words.slice(k);
    const head = headOf(words.slice(0, k), lang);
    if (refused(run)) return null;
    if (head === "role") return { name: run.join(" "), kind: "person", role: words.slice(0, k).join(" ") };
    if (head === "org" || head === "descriptor") return { name: run.join(" "), kind: "organization" };
  }
  const head = headOf(headSegment(words), lang);
  const name = ws.join(" ");
  if (head === "role") return { name, kind: "person", role: words.join(" ") };
  if (head === "descriptor" && isDescriptorPhrase(words)) {
    const company = companyBefore(text, m.start);
    return company ? { name: company, kind: "organization" } : null;
  }
  if (head === "org" || head === "descriptor") return { name, kind: "organization" };
  return null;
}

/** The claimant a mention proposes, or null. */
export function describeSpeaker(text: string, m: Span & { name: string }, lang: Lang): SpeakerCandidate | null {
  const ws = split(m.name);
  // "En mai Meta a déclaré": the month is not part of the subject.
  while (ws.length > 1 && (DATE_WORDS.has(speakerKey(ws[0])) || /\p{N}/u.test(ws[0]))) ws.shift();
  // "la CNIL", "the European Commission": the name without its article.
  const name = stripDeterminers(ws);
  if (refused(name) || isPlaceContext(text, m)) return null;
  return isProper(name) ? describeName(text, m, name, lang) : describePhrase(text, m, ws, lang);
}
