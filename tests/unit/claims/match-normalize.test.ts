import { describe, expect, it } from "vitest";
import { queryFeatures } from "../../../lib/claims/match/features";
import { fold, tokenize } from "../../../lib/claims/match/fold";
import { stem, wordKey } from "../../../lib/claims/match/stem";
import { findTerms } from "../../../lib/claims/match/terms";
import type { Lang } from "../../../lib/claims/match/types";
import { textValues, unitClass } from "../../../lib/claims/match/values";

const terms = (text: string, lang: Lang) => new Set(findTerms(text, lang).map((t) => t.term));
const quantities = (text: string, lang: Lang) => textValues(text, lang).quantities.map(({ value, unit }) => ({ value, unit }));

describe("folding and tokens", () => {
  it("lowers case, removes accents and opens ligatures", () => {
    expect(fold("Électricité À L’ŒUVRE")).toBe("electricite a l'oeuvre");
  });

  it("takes elisions and possessives off, splits hyphens, and knows acronyms", () => {
    const tokens = tokenize("L’IA de Zelensky's Royaume-Uni, selon la CNIL.");
    expect(tokens.map((t) => t.word)).toEqual(["ia", "de", "zelensky", "royaume", "uni", "selon", "la", "cnil"]);
    expect(tokens.find((t) => t.word === "cnil")?.acronym).toBe(true);
    expect(tokens.find((t) => t.word === "zelensky")?.capital).toBe(true);
  });
});

describe("light stemming", () => {
  it("gives French inflections one stem", () => {
    expect(new Set(["entraîner", "entraînée", "entraînement", "entraînés"].map((w) => stem(fold(w), "fr"))).size).toBe(1);
    expect(stem("pays", "fr")).not.toBe(stem("payer", "fr"));
  });

  it("gives English inflections one stem", () => {
    expect(new Set(["train", "training", "trained", "trains"].map((w) => stem(w, "en"))).size).toBe(1);
    expect(stem("countries", "en")).toBe(stem("country", "en"));
  });

  it("meets cognates across the two languages in a word's key", () => {
    expect(wordKey(fold("électricité"), "fr")).toBe(wordKey("electricity", "en"));
    expect(wordKey(fold("économique"), "fr")).toBe(wordKey("economic", "en"));
    expect(wordKey("vaccination", "fr")).toBe(wordKey("vaccine", "en"));
  });
});

describe("the bilingual lexicon", () => {
  it.each([
    ["Le RGPD s'applique", "fr", "The GDPR applies", "en", "c:gdpr"],
    ["le règlement général sur la protection des données", "fr", "the General Data Protection Regulation", "en", "c:gdpr"],
    ["le règlement sur les services numériques", "fr", "the DSA", "en", "c:dsa"],
    ["le DMA", "fr", "the Digital Markets Act", "en", "c:dma"],
    ["la loi Informatique et Libertés", "fr", "the French Data Protection Act", "en", "c:fr-lil"],
    ["la CNIL a sanctionné", "fr", "France's data protection authority", "en", "c:cnil"],
    ["l'UE", "fr", "the European Union", "en", "c:eu"],
    ["l'Organisation mondiale de la santé", "fr", "the WHO", "en", "c:who"],
    ["les États-Unis", "fr", "the US", "en", "c:us"],
    ["le Royaume-Uni", "fr", "Britain", "en", "c:uk"],
    ["le déficit public", "fr", "the budget deficit", "en", "c:deficit"],
    ["la richesse nationale", "fr", "GDP", "en", "c:gdp"],
    ["des titres de séjour", "fr", "residence permits", "en", "c:residence-permit"],
    ["l'intelligence artificielle", "fr", "AI", "en", "c:ai"],
  ] as [string, Lang, string, Lang, string][])("%s (%s) and %s (%s) share %s", (a, la, b, lb, concept) => {
    expect(terms(a, la)).toContain(concept);
    expect(terms(b, lb)).toContain(concept);
  });

  it("matches an acronym only when it is written as one", () => {
    expect(terms("the US said", "en")).toContain("c:us");
    expect(terms("they told us", "en")).not.toContain("c:us");
    expect(terms("l'AME coûte", "fr")).toContain("c:state-medical-aid");
  });

  it("leaves stop words, numbers and the words of numbers out", () => {
    expect([...terms("Ils affirment que les 3 millions d'euros sont là", "fr")]).toEqual([]);
  });
});

describe("figures in both languages", () => {
  it.each([
    ["Le déficit a atteint 5,1 % du PIB.", "fr", 5.1, "%"],
    ["The deficit reached 5.1 per cent of GDP.", "en", 5.1, "%"],
    ["Une aide de cinq milliards d'euros.", "fr", 5e9, "EUR"],
    ["Une aide de 5 Md€.", "fr", 5e9, "EUR"],
    ["An aid package of 2 billion euros.", "en", 2e9, "EUR"],
    ["A £22 billion black hole.", "en", 22e9, "GBP"],
    ["un trou de 22 milliards de livres", "fr", 22e9, "GBP"],
    ["Britain produces barely one per cent of global emissions.", "en", 1, "%"],
    ["Fewer than one in ten pupils got a jab.", "en", 10, "%"],
    ["Coal supplied more than a quarter of Germany's power.", "en", 25, "%"],
    ["La moitié des habitants.", "fr", 50, "%"],
    ["The world breached the 1.5C goal.", "en", 1.5, "°C"],
    ["A record 45,774 people crossed.", "en", 45774, "count"],
    ["Au total, 45 774 personnes ont traversé.", "fr", 45774, "count"],
  ] as [string, Lang, number, string][])("%s → %d %s", (text, lang, value, unit) => {
    expect(quantities(text, lang)).toContainEqual({ value, unit });
  });

  it("keeps years and numbers inside names out of the figures", () => {
    expect(quantities("In 2023, COVID-19 cases fell.", "en")).toEqual([]);
  });

  it("maps units to classes comparable across languages", () => {
    expect(unitClass("livres")).toBe("GBP");
    expect(unitClass("EUR")).toBe("EUR");
    expect(unitClass("degrés")).toBe("°C");
    expect(unitClass("personnes")).toBe("count");
    expect(unitClass(undefined)).toBe("count");
  });
});

describe("a query's values", () => {
  it("resolves relative dates against the publication date", () => {
    const f = queryFeatures({ lang: "fr", text: "65 %", sentence: "Le nucléaire a fourni 65 % de l'électricité l'an dernier.", published: "2024-02-20" });
    expect(f.years).toContain(2023);
    expect(f.quantities).toContainEqual({ value: 65, unit: "%", focus: true });
  });

  it("takes the marked span's figure, date and legal basis as the focus", () => {
    const f = queryFeatures({
      lang: "fr",
      text: "intérêts légitimes",
      sentence: "Meta invoque ses « intérêts légitimes » depuis le 26 juin 2024.",
      type: "legal_basis",
      normalized: { instrument: "GDPR", article: "6(1)(f)", basis: "legitimate_interests" },
    });
    expect(f.focusTerms).toContain("c:legitimate-interest");
    expect(f.legal).toContainEqual({ instrument: "GDPR", article: "6(1)(f)", basis: "legitimate_interests" });
    expect(f.days).toContain("2024-06-26");
    expect(f.focusDays).toEqual([]);
  });

  it("reads the unit of the marked claim's normalized value over a bare count", () => {
    const f = queryFeatures({ lang: "fr", text: "2 000 livres", sentence: "Il ferait payer 2 000 livres à chaque ménage.", type: "number", normalized: { value: 2000, unit: "GBP" } });
    expect(f.quantities).toContainEqual({ value: 2000, unit: "GBP", focus: true });
  });
});
