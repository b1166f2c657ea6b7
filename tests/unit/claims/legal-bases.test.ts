import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../../lib/claims/legal-bases";
import { pairs } from "./helpers";

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
