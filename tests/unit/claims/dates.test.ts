import { describe, expect, it } from "vitest";
import { pairs } from "./helpers";

const fr = { lang: "fr" as const, published: "2024-05-24" }; // a Friday
const en = { lang: "en" as const, published: "2024-05-24" };

describe("absolute dates", () => {
  it.each([
    ["La délibération du 24/05/2024 est publique.", "24/05/2024", "2024-05-24"],
    ["Le rapport daté du 2024-06-03 le confirme.", "2024-06-03", "2024-06-03"],
    ["Le texte entre en vigueur le 1er janvier 2026.", "1er janvier 2026", "2026-01-01"],
    ["Il sera examiné mardi 3 juin 2024 en séance.", "mardi 3 juin 2024", "2024-06-03"],
    ["En mars 2023, le même article avait servi.", "mars 2023", "2023-03"],
    ["Les faits remontent à 2019.", "2019", "2019"],
  ])("fr: %s", (text, span, date) => {
    expect(pairs(text, "date", fr)).toEqual([[span, { date }]]);
  });

  it.each([
    ["The ruling came on May 24, 2024, after a long wait.", "May 24, 2024", "2024-05-24"],
    ["The regulator ruled on 2 May 2024.", "2 May 2024", "2024-05-02"],
    ["The report is dated 2024-06-03.", "2024-06-03", "2024-06-03"],
    ["Revenue doubled in 2023.", "2023", "2023"],
    ["It was signed on Tuesday, June 4, 2024.", "Tuesday, June 4, 2024", "2024-06-04"],
    ["Figures for June 2023 were revised.", "June 2023", "2023-06"],
  ])("en: %s", (text, span, date) => {
    expect(pairs(text, "date", en)).toEqual([[span, { date }]]);
  });

  it("resolves a day without a year to the nearest year", () => {
    expect(pairs("The company has until June 28 to reply.", "date", en)).toEqual([["June 28", { date: "2024-06-28" }]]);
    expect(pairs("Elle a été reçue le 3 décembre.", "date", { lang: "fr", published: "2025-01-10" })).toEqual([["3 décembre", { date: "2024-12-03" }]]);
  });

  it("gives a year-less day in a list the year of the next day", () => {
    expect(pairs("Les audiences des 18 novembre, 7 et 8 décembre 2020 ont eu lieu.", "date", fr).map(([, n]) => n.date)).toEqual(["2020-11-18", "2020-12-07", "2020-12-08"]);
  });

  it("resolves a bare month with the tense of the clause", () => {
    expect(pairs("Les premiers cas étaient apparus en décembre.", "date", { lang: "fr", published: "2025-01-22" })).toEqual([["décembre", { date: "2024-12" }]]);
    expect(pairs("Support fell to 12%, down from 14% in March.", "date", en)).toEqual([["March", { date: "2024-03" }]]);
    expect(pairs("The party will vote in September.", "date", en)).toEqual([["September", { date: "2024-09" }]]);
  });

  it("does not read the modal verb may as a month", () => {
    expect(pairs("The register may not be reused for campaigning.", "date", en)).toEqual([]);
  });
});

describe("relative dates", () => {
  it.each([
    ["La CNIL a publié hier sa décision.", "hier", "2024-05-23"],
    ["Le bulletin publié avant-hier le montre.", "avant-hier", "2024-05-22"],
    ["L'an dernier, l'épidémie avait été plus tardive.", "an dernier", "2023"],
    ["Le gouvernement a engagé mardi sa responsabilité.", "mardi", "2024-05-21"],
    ["Ce lundi, le Conseil se réunit.", "lundi", "2024-05-27"],
    ["Les passages ont augmenté la semaine dernière.", "semaine dernière", "2024-05"],
    ["Le décret a été publié le mois dernier.", "mois dernier", "2024-04"],
    ["Il y a deux ans, un mouvement similaire avait eu lieu.", "Il y a deux ans", "2022"],
    ["Le texte avait été voté en mai dernier.", "mai dernier", "2023-05"],
  ])("fr: %s", (text, span, date) => {
    expect(pairs(text, "date", fr)).toEqual([[span, { date }]]);
  });

  it.each([
    ["The poll was published last Tuesday.", "last Tuesday", "2024-05-21"],
    ["The Commission said yesterday it would act.", "yesterday", "2024-05-23"],
    ["Hate posts fell last year.", "last year", "2023"],
    ["The plan was announced last month.", "last month", "2024-04"],
    ["The party would launch its manifesto on Thursday.", "Thursday", "2024-05-30"],
    ["The complaint was filed 18 months ago.", "18 months ago", "2022-11"],
  ])("en: %s", (text, span, date) => {
    expect(pairs(text, "date", en)).toEqual([[span, { date }]]);
  });

  it("leaves relative dates unresolved without a publication date", () => {
    expect(pairs("La CNIL a publié hier sa décision.", "date", { lang: "fr" })).toEqual([["hier", {}]]);
    expect(pairs("The poll was published last Tuesday.", "date", { lang: "en" })).toEqual([["last Tuesday", {}]]);
  });
});

describe("what is not a date", () => {
  it.each([
    ["Il est arrivé à 14h30 et reparti à 16 h 15.", "fr"],
    ["Le chantier a duré pendant trois ans.", "fr"],
    ["Polls close at 2:30 pm and at 10 p.m. on weekdays.", "en"],
    ["The programme ran for five years.", "en"],
    ["In the 1990s, growth was slow.", "en"],
    ["Les 1 234 567 foyers sont concernés.", "fr"],
    ["He shops every Monday and reads the Sunday Times.", "en"],
  ] as const)("%s", (text, lang) => {
    expect(pairs(text, "date", { lang, published: "2024-05-24" })).toEqual([]);
  });

  it("keeps dates inside a law's name out of the date claims", () => {
    expect(pairs("La loi n° 78-17 du 6 janvier 1978 s'applique.", "date", fr)).toEqual([]);
  });
});

describe("years from the surrounding dates", () => {
  it("takes the year of a full date written just before", () => {
    const text = "Le premier tour aura lieu le dimanche 15 mars 2026. D'ici là, les candidats ont jusqu'au 1er février pour déposer leurs listes.";
    expect(pairs(text, "date", { lang: "fr", published: "2024-04-10" }).map(([, n]) => n.date)).toEqual(["2026-03-15", "2026-02-01"]);
  });

  it("uses the weekday to pick the year of a day written without one", () => {
    expect(pairs("Le vote aura lieu mardi 3 juin.", "date", { lang: "fr", published: "2024-12-20" })).toEqual([["mardi 3 juin", { date: "2025-06-03" }]]);
  });
});
