import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../../lib/claims/legal-bases";
import { ofType, pairs } from "./helpers";

const fr = { lang: "fr" as const };
const en = { lang: "en" as const };

describe("GDPR bases", () => {
  it.each([
    ["Meta invoque l'intérêt légitime pour entraîner son IA.", "intérêt légitime", "legitimate_interests"],
    ["Seul le consentement des patients pouvait fonder ce traitement.", "consentement", "consent"],
    ["Les traceurs étaient nécessaires à l’exécution d’un contrat.", "exécution d’un contrat", "contract"],
    ["Les données sont transmises au titre d’une obligation légale.", "obligation légale", "legal_obligation"],
    ["Le partage protège les intérêts vitaux d’un patient.", "intérêts vitaux", "vital_interests"],
    ["L’agence agit dans le cadre de sa mission d’intérêt public.", "mission d’intérêt public", "public_task"],
  ])("fr: %s", (text, span, basis) => {
    const found = pairs(text, "legal_basis", fr);
    expect(found).toHaveLength(1);
    expect(found[0][0]).toBe(span);
    expect(found[0][1]).toMatchObject({ instrument: "GDPR", basis });
  });

  it.each([
    ["Customers must give their consent first.", "consent", "consent"],
    ["Billing data is necessary for the performance of a contract.", "performance of a contract", "contract"],
    ["Totals go to the grid operator under a legal obligation.", "legal obligation", "legal_obligation"],
    ["Sharing can protect the vital interests of a patient.", "vital interests", "vital_interests"],
    ["The register is kept as part of its public task.", "public task", "public_task"],
    ["It relied on legitimate interests for profiling.", "legitimate interests", "legitimate_interests"],
  ])("en: %s", (text, span, basis) => {
    expect(pairs(text, "legal_basis", en)).toEqual([[span, expect.objectContaining({ basis })]]);
  });

  it("marks cookie consent as ePrivacy", () => {
    expect(pairs("Des traceurs déposés sans leur consentement.", "legal_basis", fr)[0][1]).toMatchObject({ instrument: "EPRIVACY", basis: "consent" });
  });
});

describe("article references", () => {
  it.each([
    ["prévu à l’article 6, paragraphe 1, point f) du RGPD, pour", "article 6, paragraphe 1, point f) du RGPD", { instrument: "GDPR", article: "6(1)(f)", basis: "legitimate_interests" }],
    ["was covered by Art. 6(1)(f) GDPR. The", "Art. 6(1)(f) GDPR", { instrument: "GDPR", article: "6(1)(f)", basis: "legitimate_interests" }],
    ["are special category data under Article 9 GDPR, and", "Article 9 GDPR", { instrument: "GDPR", article: "9" }],
    ["Under Article 20 of the DSA, platforms", "Article 20 of the DSA", { instrument: "DSA", article: "20" }],
    ["en violation de l’article 82 de la loi Informatique et Libertés, qui", "article 82 de la loi Informatique et Libertés", { instrument: "FR_LIL", article: "82" }],
    ["en application de l'article 49, alinéa 3, de la Constitution.", "article 49, alinéa 3, de la Constitution", { instrument: "FR_CONSTITUTION", article: "49(3)" }],
    ["Le gouvernement recourt au 49.3 pour le budget.", "49.3", { instrument: "FR_CONSTITUTION", article: "49(3)" }],
    ["Il invoque l’article 17 du RGPD.", "article 17 du RGPD", { instrument: "GDPR", article: "17", right: "erasure" }],
    ["Under GDPR Article 21 users may object.", "GDPR Article 21", { instrument: "GDPR", article: "21", right: "object" }],
  ])("%s", (text, span, normalized) => {
    const lang = /\b(was|are|Under|users)\b/.test(text) ? en : fr;
    expect(pairs(text, "legal_basis", lang)).toEqual([[span, normalized]]);
  });

  it("normalizes article structures", () => {
    expect(normalizeArticle("6, paragraphe 1, point f)")).toBe("6(1)(f)");
    expect(normalizeArticle("6.1.f")).toBe("6(1)(f)");
    expect(normalizeArticle("6 (1) (a)")).toBe("6(1)(a)");
    expect(normalizeArticle("15 et 17")).toBe("15, 17");
  });
});

describe("instruments and rights", () => {
  it("names instruments in French and English, with aliases", () => {
    const text = "Le DSA, le DMA, l'AI Act, la directive ePrivacy, la loi Informatique et Libertés et le RGPD s'appliquent.";
    expect(pairs(text, "legal_basis", fr).map(([, n]) => n.instrument)).toEqual(["DSA", "DMA", "AI_ACT", "EPRIVACY", "FR_LIL", "GDPR"]);
    const en2 = "The Digital Services Act, the Digital Markets Act, the Artificial Intelligence Act and the General Data Protection Regulation apply.";
    expect(pairs(en2, "legal_basis", en).map(([, n]) => n.instrument)).toEqual(["DSA", "DMA", "AI_ACT", "GDPR"]);
  });

  it("finds named rights", () => {
    const text = "Ils disposent d’un droit d’opposition, du droit d'accès et du droit à l'effacement. Vous avez le droit de vous opposer.";
    expect(pairs(text, "legal_basis", fr).map(([, n]) => n.right)).toEqual(["object", "access", "erasure", "object"]);
    const text2 = "Users have the right to object, a right of access and the right to erasure.";
    expect(pairs(text2, "legal_basis", en).map(([, n]) => n.right)).toEqual(["object", "access", "erasure"]);
  });

  it("finds named laws outside the lexicon", () => {
    expect(pairs("La loi Evin encadre la publicité.", "legal_basis", fr)[0][0]).toBe("loi Evin");
    expect(pairs("The Inflation Reduction Act passed.", "legal_basis", en)[0][0]).toBe("Inflation Reduction Act");
    expect(pairs("La LOLF impose la sincérité des comptes, dit la loi organique relative aux lois de finances.", "legal_basis", fr).map(([, n]) => n.instrument)).toEqual(["FR_LOLF", "FR_LOLF"]);
  });

  it("does not take a generic legal basis or a bare article for a claim", () => {
    expect(pairs("Le traitement n'avait pas de base légale valable.", "legal_basis", fr)).toEqual([]);
    expect(pairs("The article 5 of the contract was vague.", "legal_basis", en)).toEqual([]);
  });
});

describe("one instrument named twice in one place", () => {
  it.each([
    ["Apple breached the Digital Markets Act (DMA), the Commission said.", en, [["Digital Markets Act", "DMA"]]],
    ["The fine was issued under the UK General Data Protection Regulation (UK GDPR).", en, [["UK General Data Protection Regulation", "UK_GDPR"]]],
    ["Elles sont soumises au règlement sur les services numériques (DSA).", fr, [["règlement sur les services numériques", "DSA"]]],
    ["Le RGPD (règlement général sur la protection des données) s'applique.", fr, [["RGPD", "GDPR"]]],
    ["The AI Act (Regulation (EU) 2024/1689) entered into force.", en, [["AI Act", "AI_ACT"]]],
    ["Under the General Data Protection Regulation (GDPR), and later the GDPR again.", en, [["General Data Protection Regulation", "GDPR"], ["GDPR", "GDPR"]]],
  ] as const)("%s", (text, lang, expected) => {
    expect(pairs(text, "legal_basis", lang).map(([t, n]) => [t, n.instrument])).toEqual(expected);
  });

  it("keeps an acronym in brackets that names another instrument", () => {
    expect(pairs("Le Digital Services Act (et le DMA) s'appliquent.", "legal_basis", fr).map(([t]) => t)).toEqual(["Digital Services Act", "DMA"]);
  });
});

describe("bills", () => {
  const claims = (text: string, lang: "fr" | "en") => ofType(text, "legal_basis", { lang }).concat(ofType(text, "date", { lang })).map((c) => c.text);

  it.each([
    ["Le projet de loi de finances pour 2025 prévoit 12 postes.", "fr"],
    ["Le projet de loi de finances rectificative pour 2024 est déposé.", "fr"],
    ["Le PLFSS 2025 et le PLF pour 2026 arrivent à l'Assemblée.", "fr"],
    ["La proposition de loi Duplomb et le projet de loi Immigration.", "fr"],
    ["La hausse figure dans le projet de loi de financement de la sécurité sociale (PLFSS).", "fr"],
    ["Le projet de règlement sur l'IA a été adopté.", "fr"],
    ["The Data (Use and Access) Bill and the Finance Bill 2024 are before Parliament.", "en"],
    ["The proposed ePrivacy Regulation was withdrawn.", "en"],
  ] as const)("no claim for %s", (text, lang) => {
    expect(claims(text, lang)).toEqual([]);
  });

  it("keeps the laws in force, a finance law with its year", () => {
    expect(claims("En application de la loi de finances pour 2024 et de la loi Evin.", "fr")).toEqual(["loi de finances pour 2024", "loi Evin"]);
    expect(claims("Microsoft founder Bill Gates said so in 2024.", "en")).toEqual(["2024"]);
  });
});
