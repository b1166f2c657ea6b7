import { describe, expect, it } from "vitest";
import { candidateTerms, MATCH_THRESHOLD, prepareCandidate, rankMatches, type ArchiveClaim, type MatchQuery } from "../../../lib/claims/match/rank-matches";

const ARCHIVE: ArchiveClaim[] = [
  { id: "deficit-2023", lang: "fr", claim: "Le déficit public de la France a atteint 5,5 % du PIB en 2023.", date: "2024-03-26", type: "number", normalized: { value: 5.5, unit: "%" } },
  { id: "deficit-2024", lang: "fr", claim: "Le déficit public s'est établi à 5,8 % du PIB en 2024.", date: "2025-03-27", type: "number", normalized: { value: 5.8, unit: "%" } },
  { id: "meta-ai-date", lang: "fr", claim: "Meta entraînera son IA avec les publications des Européens à partir du 26 juin 2024.", date: "2024-05-22", type: "date", normalized: { date: "2024-06-26" } },
  { id: "uk-emissions", lang: "en", claim: "The UK is responsible for only 1% of global emissions.", date: "2023-07-20", type: "number", normalized: { value: 1, unit: "%" } },
  { id: "fr-emissions", lang: "fr", claim: "La France est responsable de moins de 1 % des émissions mondiales de CO2.", date: "2021-03-17", type: "number", normalized: { value: 1, unit: "%" } },
  { id: "gdpr-object", lang: "en", claim: "Users can object to Meta using their data for AI under the GDPR's right to object.", date: "2024-05-24", type: "legal_basis", normalized: { instrument: "GDPR", article: "21", right: "object" } },
  { id: "smoking", lang: "en", claim: "Smoking kills around 75,000 people a year in France.", date: "2023-05-31", type: "number", normalized: { value: 75000, unit: "deaths" } },
];

const query = (q: Omit<MatchQuery, "id">): MatchQuery => ({ id: "q", ...q });

describe("rankMatches", () => {
  it("finds the same figure in the other language first", () => {
    const got = rankMatches(query({ lang: "en", text: "5.5%", sentence: "France's public deficit hit 5.5% of GDP in 2023.", type: "number", normalized: { value: 5.5, unit: "%" } }), ARCHIVE);
    expect(got[0]?.id).toBe("deficit-2023");
    expect(got.map((m) => m.id)).not.toContain("deficit-2024");
  });

  it("finds the same day written another way", () => {
    const got = rankMatches(query({ lang: "en", text: "26 June 2024", sentence: "Meta will train its AI on Europeans' posts from 26 June 2024.", type: "date", normalized: { date: "2024-06-26" } }), ARCHIVE);
    expect(got[0]?.id).toBe("meta-ai-date");
  });

  it("tells the same figure about another country apart", () => {
    const got = rankMatches(query({ lang: "en", text: "1%", sentence: "France emits barely 1% of the world's CO2 emissions.", type: "number", normalized: { value: 1, unit: "%" } }), ARCHIVE);
    expect(got[0]?.id).toBe("fr-emissions");
    expect(got.map((m) => m.id)).not.toContain("uk-emissions");
  });

  it("uses the legal basis and the right as strong signals across languages", () => {
    const got = rankMatches(query({ lang: "fr", text: "droit d'opposition", sentence: "Les utilisateurs peuvent exercer leur droit d'opposition à l'utilisation de leurs données par l'IA de Meta.", type: "legal_basis", normalized: { instrument: "GDPR", article: "21", right: "object" } }), ARCHIVE);
    expect(got[0]?.id).toBe("gdpr-object");
  });

  it("abstains when nothing was checked: another subject, or the same subject another year", () => {
    expect(rankMatches(query({ lang: "fr", text: "56 réacteurs", sentence: "Le parc français compte 56 réacteurs en service.", type: "number", normalized: { value: 56, unit: "réacteurs" } }), ARCHIVE)).toEqual([]);
    expect(rankMatches(query({ lang: "fr", text: "4,7 %", sentence: "Pour 2026, le projet de budget table sur un déficit public de 4,7 % du PIB.", type: "number", normalized: { value: 4.7, unit: "%" } }), ARCHIVE)).toEqual([]);
    expect(rankMatches(query({ lang: "fr", text: "15 000 morts", sentence: "La canicule d'août 2003 avait fait près de 15 000 morts en France.", type: "number", normalized: { value: 15000, unit: "morts" } }), ARCHIVE)).toEqual([]);
  });

  it("returns nothing below the threshold and everything at zero threshold, best first, at most top", () => {
    const q = query({ lang: "fr", text: "déficit", sentence: "Le déficit public reste élevé.", type: "other" });
    const all = rankMatches(q, ARCHIVE, { threshold: -Infinity, top: 100 });
    expect(all).toHaveLength(ARCHIVE.length);
    for (let i = 1; i < all.length; i++) expect(all[i].score).toBeLessThanOrEqual(all[i - 1].score);
    expect(rankMatches(q, ARCHIVE, { threshold: -Infinity, top: 2 })).toHaveLength(2);
    expect(rankMatches(q, ARCHIVE).every((m) => m.score >= MATCH_THRESHOLD)).toBe(true);
  });

  it("lists an archive id once and gives the same answer for stored features as for raw rows", () => {
    const q = query({ lang: "en", text: "5.5%", sentence: "France's public deficit hit 5.5% of GDP in 2023.", type: "number", normalized: { value: 5.5, unit: "%" } });
    const stored = JSON.parse(JSON.stringify(ARCHIVE.map(prepareCandidate))) as ArchiveClaim[];
    expect(rankMatches(q, [...stored, ...stored])).toEqual(rankMatches(q, ARCHIVE));
  });

  // How fast is measured by `npm run bench:match`, not here: a test asserts no timing.
  it("ranks 200 stored candidates, the size of a PostgreSQL retrieval", () => {
    const candidates = Array.from({ length: 200 }, (_, i) => prepareCandidate({ ...ARCHIVE[i % ARCHIVE.length], id: `c${i}` }));
    const q = query({ lang: "en", text: "5.5%", sentence: "France's public deficit hit 5.5% of GDP in 2023, the audit court said.", type: "number", normalized: { value: 5.5, unit: "%" } });
    const ranked = rankMatches(q, candidates);
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.length).toBeLessThanOrEqual(5);
  });
});

describe("candidateTerms", () => {
  it("gives words, concepts in both languages, names and value ranges to search for", () => {
    const t = candidateTerms(query({ lang: "fr", text: "1,2 milliard d'euros", sentence: "La CNIL a infligé une amende de 1,2 milliard d'euros au titre du RGPD.", type: "number", normalized: { value: 1.2e9, unit: "EUR" } }));
    expect(t.words).toContain("amende");
    expect(t.concepts).toEqual(expect.arrayContaining(["c:fine", "c:gdpr", "c:cnil"]));
    expect(t.conceptForms.en).toEqual(expect.arrayContaining(["fine", "gdpr"]));
    expect(t.names).toEqual(expect.arrayContaining(["cnil", "rgpd"]));
    expect(t.values).toContainEqual({ value: 1.2e9, unit: "EUR", min: 1.194e9, max: 1.206e9, focus: true });
  });
});
