/** A light tense cue: does the clause before a date talk about the past or the future? */
import type { Direction } from "./calendar";
import type { Lang } from "./types";

const FUTURE: Record<Lang, Set<string>> = {
  fr: new Set(["va", "vont", "sera", "seront", "aura", "auront", "devra", "devront", "devrait", "devraient", "pourrait", "pourraient", "prochain", "prochaine", "prévu", "prévue", "prévus", "prévues", "compte", "doit", "doivent", "jusqu", "d'ici", "d’ici"]),
  en: new Set(["will", "'ll", "’ll", "would", "shall", "next", "upcoming", "coming", "due", "scheduled", "expected", "plans", "plan", "planned", "until", "intends", "going", "set"]),
};
const PAST: Record<Lang, Set<string>> = {
  fr: new Set(["a", "ont", "avait", "avaient", "était", "étaient", "fut", "furent", "eu", "été", "dernier", "dernière", "depuis", "s'est", "s’est", "se", "sont"]),
  en: new Set(["was", "were", "had", "did", "last", "ago", "said", "told", "since", "earlier", "took", "held", "met", "saw", "began", "made"]),
};

const NOT_PAST = new Set(["need", "feed", "seed", "speed", "breed", "bleed", "proceed", "exceed", "succeed", "indeed", "embed", "shred", "hundred"]);

function cueOf(raw: string, lang: Lang): Direction {
  const w = raw.toLowerCase().replace(/^[«“"(]+|[,;:»”")]+$/gu, "");
  if (FUTURE[lang].has(w)) return "future";
  if (PAST[lang].has(w)) return "past";
  if (lang === "en" && w.length >= 4 && /ed$/u.test(w) && !NOT_PAST.has(w)) return "past";
  if (lang === "fr" && w.length > 5 && /(?:ra|ront)$/u.test(w)) return "future";
  return "nearest";
}

/**
 * The tense around a date at [idx, end): the nearest cue among the `maxWords` words before it
 * (within its sentence), else among the 4 words after it ("The FTC on Thursday sued …").
 */
export function tenseAround(text: string, idx: number, end: number, lang: Lang, maxWords = 10): Direction {
  const before = tenseBefore(text, idx, lang, maxWords);
  if (before !== "nearest") return before;
  const words = text.slice(end, end + 60).split(/[\s\u00a0\u202f]+/u).filter(Boolean).slice(0, 4);
  for (const raw of words) {
    const cue = cueOf(raw, lang);
    if (cue !== "nearest") return cue;
    if (/[.!?;]$/u.test(raw)) break;
  }
  return "nearest";
}

/** Looks back at most `maxWords` words (stopping at a sentence end) for a tense cue. */
export function tenseBefore(text: string, idx: number, lang: Lang, maxWords = 10): Direction {
  const floor = Math.max(0, idx - 160);
  const words = text.slice(floor, idx).split(/[\s\u00a0\u202f]+/u);
  let seen = 0;
  for (let i = words.length - 1; i >= 0 && seen < maxWords; i--) {
    const raw = words[i];
    if (raw === "") continue;
    seen++;
    if (/[.!?]$/u.test(raw) && i < words.length - 1) break;
    const cue = cueOf(raw, lang);
    if (cue !== "nearest") return cue;
  }
  return "nearest";
}
