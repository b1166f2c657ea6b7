import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectClaims } from "../../../lib/claims/detect-claims";
import { speakerCandidate } from "../../../lib/claims/speaker-candidate";
import type { Lang } from "../../../lib/claims/types";
import { NBSP } from "./helpers";

type Doc = { id: string; lang: Lang; published?: string; text: string };

const ROOT = join(import.meta.dirname, "../../..");
const DEVSET = join(ROOT, "tests/fixtures/claims/devset");
// The article the demo newsroom is seeded with: the "Menlo Park" report came from it.
const SEED: Doc = { id: "seed article", lang: "fr", published: "2024-05-24", text: readFileSync(join(ROOT, "prisma/seed/meta-ia-donnees-personnelles.fr.txt"), "utf8") };
const DOCS: Doc[] = [
  ...readdirSync(DEVSET).filter((f) => f.endsWith(".json")).sort().map((f) => JSON.parse(readFileSync(join(DEVSET, f), "utf8")) as Doc),
  SEED,
];

// Written here, not imported from the detector's lexicon, so the test does not check the list against itself.
const PLACES = ["menlo park", "californie", "california", "paris", "lyon", "bruxelles", "brussels", "washington", "london", "londres", "dublin", "france", "europe", "allemagne", "germany", "creuse", "gare de lyon", "silicon valley", "cupertino", "strasbourg"];
const PUBLICATIONS = ["le monde", "afp", "reuters", "the guardian", "le figaro", "libération", "bbc", "associated press", "ap", "bloomberg", "the new york times", "les échos", "franceinfo"];
const DATE_WORDS = ["hier", "aujourd'hui", "demain", "yesterday", "today", "tomorrow", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

const bare = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/^(?:le |la |les |the |l')/u, "");
const words = (s: string) => s.toLowerCase().split(/[^\p{L}'’]+/u).filter(Boolean);

function quotes(doc: Doc) {
  return detectClaims(doc.text, { lang: doc.lang, published: doc.published }).filter((c) => c.type === "quote");
}

describe("speakers proposed on the development set and the seed article", () => {
  const proposed = DOCS.flatMap((doc) => quotes(doc).map((q) => ({ doc: doc.id, quote: q.text.slice(0, 40), speaker: q.normalized.speaker as string | undefined })));

  it("are never a place, a publication or a date", () => {
    console.log(proposed.map((p) => `${p.doc}\t${p.speaker ?? "—"}\t${p.quote}`).join("\n"));
    const speakers = proposed.flatMap((p) => (p.speaker === undefined ? [] : [p.speaker]));
    expect(speakers.length).toBeGreaterThan(10);
    for (const speaker of speakers) {
      expect(PLACES.map(bare), speaker).not.toContain(bare(speaker));
      expect(PUBLICATIONS.map(bare), speaker).not.toContain(bare(speaker));
      expect(speaker, speaker).not.toMatch(/\d/u);
      for (const w of words(speaker)) expect([...DATE_WORDS, ...MONTHS], speaker).not.toContain(w);
    }
  });

  it("give the seed's quotes sensible speakers or none: the third is Meta, not Menlo Park", () => {
    const seed = quotes(SEED);
    expect(seed.map((q) => q.normalized.speaker ?? null)).toEqual([null, null, "Meta"]);
    expect(speakerCandidate(SEED.text, seed[2].start, seed[2].end, "fr")).toEqual({ name: "Meta", kind: "organization" });
  });

  it("are the names speakerCandidate offers, quote by quote", () => {
    for (const doc of DOCS) {
      for (const q of quotes(doc)) expect(speakerCandidate(doc.text, q.start, q.end, doc.lang)?.name, q.text).toBe(q.normalized.speaker);
    }
  });
});

/** The claimant speakerCandidate proposes for the only quote of `text`. */
function claimant(text: string, lang: Lang) {
  const [quote] = detectClaims(text, { lang }).filter((c) => c.type === "quote");
  expect(quote, text).toBeDefined();
  return speakerCandidate(text, quote.start, quote.end, lang);
}

describe("speakerCandidate", () => {
  it.each([
    ["« Nous ne céderons pas sur ce point », a dit Meta.", "fr", { name: "Meta", kind: "organization" }],
    ["« Nous ne céderons pas sur ce point », a affirmé la CNIL.", "fr", { name: "CNIL", kind: "organization" }],
    ["« Nous ne céderons pas sur ce point », a affirmé le gouvernement.", "fr", { name: "le gouvernement", kind: "organization" }],
    ["“We will not back down on this,” the European Commission said.", "en", { name: "European Commission", kind: "organization" }],
    ["“We will not back down on this,” said Mark Zuckerberg.", "en", { name: "Mark Zuckerberg", kind: "person" }],
    ["Thierry Breton a prévenu : « Les plateformes devront se conformer au texte ».", "fr", { name: "Thierry Breton", kind: "person" }],
    ["« Nous ne céderons pas sur ce point », a déclaré lundi le ministre de l'Économie.", "fr", { name: "le ministre de l'Économie", kind: "person", role: "ministre de l'Économie" }],
    ["Le ministre de l'Économie, Bruno Le Maire, a déclaré : « Nous tiendrons nos engagements ».", "fr", { name: "Bruno Le Maire", kind: "person", role: "ministre de l'Économie" }],
    ["“We failed our customers, and we are sorry,” said chief executive Laura Pike.", "en", { name: "Laura Pike", kind: "person", role: "chief executive" }],
    ['Its director, Tom Rees, called the fine "a welcome signal but far too small", noting that Hartwell reported profits.', "en", { name: "Tom Rees", kind: "person", role: "director" }],
    ["« Trois heures de retard, ce n'est plus possible », témoigne Karim, 34 ans, usager du RER.", "fr", { name: "Karim", kind: "person" }],
    ["MENLO PARK, Californie — Meta a présenté ses outils : « Nous voulons aller vite », explique-t-il.", "fr", { name: "Meta", kind: "organization" }],
    ["Google a été condamné. Le géant américain a réagi : « Nous allons faire appel de cette décision ».", "fr", { name: "Google", kind: "organization" }],
  ] as const)("%s", (text, lang, expected) => {
    expect(claimant(text, lang)).toEqual(expected);
  });

  it.each([
    [`Menlo Park, Californie — «${NBSP}Nous voulons aller plus vite que les autres${NBSP}», écrit le groupe.`, "fr"],
    ["MENLO PARK (Reuters) - “We want to get this right for everyone,” Menlo Park said.", "en"],
    ["Selon Le Monde, « le projet sera abandonné avant la fin de l'année ».", "fr"],
    ["According to Reuters, “the deal is expected to close next week”.", "en"],
    ["The Guardian reported: “The minister was told about the breach in March.”", "en"],
    ["« Nous allons faire appel de cette décision », a indiqué l'AFP.", "fr"],
    ["Paris a répondu : « Nous ne céderons pas sur ce point essentiel ».", "fr"],
    ["“We will appeal the ruling today,” Washington said.", "en"],
    ["« Se faire vacciner, c’est protéger les autres », proclame une affiche placardée dans le hall.", "fr"],
    // The company meant is not named plainly before: better nothing than the regulator.
    ["La CNIL a sanctionné Annoncio. Le groupe a réagi : « Nous allons faire appel de cette décision ».", "fr"],
    ["“We are reviewing the decision carefully,” the company said.", "en"],
  ] as const)("proposes no one for %s", (text, lang) => {
    expect(claimant(text, lang)).toBeNull();
  });

  it("attributes a span marked by hand like a detected quote", () => {
    const text = "« Nous tiendrons nos engagements », a déclaré la ministre Amélie Durand.";
    expect(speakerCandidate(text, 2, 32, "fr")).toEqual({ name: "Amélie Durand", kind: "person", role: "ministre" });
  });
});
