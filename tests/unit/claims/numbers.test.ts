import { describe, expect, it } from "vitest";
import { pieceValue } from "../../../lib/claims/numbers";
import { wordsValue } from "../../../lib/claims/number-words";
import { NBSP, NNBSP, pairs } from "./helpers";

const fr = { lang: "fr" as const, published: "2024-05-24" };
const en = { lang: "en" as const, published: "2024-05-24" };
const values = (text: string, lang: "fr" | "en") => pairs(text, "number", lang === "fr" ? fr : en).map(([t, n]) => [t, n.value, n.unit]);

describe("numbers written with digits", () => {
  it.each([
    ["La CNIL inflige 3,5 millions d'euros d'amende.", "3,5 millions d'euros", 3_500_000, "EUR"],
    ["Le fonds est ramené à 1,15 milliard d’euros.", "1,15 milliard d’euros", 1_150_000_000, "EUR"],
    [`Selon l'enquête, 40${NBSP}% des communes reportent des travaux.`, `40${NBSP}%`, 40, "%"],
    [`Le déficit doit être ramené à 5,4${NNBSP}% du PIB.`, `5,4${NNBSP}%`, 5.4, "%"],
    [`Au total, 1${NNBSP}234${NNBSP}567 foyers sont concernés.`, `1${NNBSP}234${NNBSP}567 foyers`, 1_234_567, "foyers"],
    [`Après 1${NNBSP}200 plaintes reçues en quelques semaines.`, `1${NNBSP}200 plaintes`, 1200, "plaintes"],
    ["Il revendique 9 millions de visiteurs uniques par mois.", "9 millions de visiteurs uniques", 9_000_000, "visiteurs uniques"],
    ["Le géant aux plus de 2 milliards d’utilisateurs actifs.", "2 milliards d’utilisateurs actifs", 2_000_000_000, "utilisateurs actifs"],
    ["Une astreinte de 10 000 € par jour.", "10 000 €", 10_000, "EUR"],
    ["Soit 1,2 M€ de plus.", "1,2 M€", 1_200_000, "EUR"],
  ])("fr: %s", (text, span, value, unit) => {
    expect(values(text, "fr")).toEqual([[span, value, unit]]);
  });

  it.each([
    ["It reported revenue of $2.3bn last year.", "$2.3bn", 2_300_000_000, "USD"],
    ["Users lodged 12,000 complaints through the system.", "12,000 complaints", 12_000, "complaints"],
    ["The government will spend €1.2 billion on it.", "€1.2 billion", 1_200_000_000, "EUR"],
    ["It installed 3.4 million smart meters since then.", "3.4 million smart meters", 3_400_000, "smart meters"],
    ["The margin of error is 2.1 percentage points.", "2.1 percentage points", 2.1, "percentage points"],
    ["Use fell by 7.5% on average.", "7.5%", 7.5, "%"],
    ["The retailer was fined £14m for the breach.", "£14m", 14_000_000, "GBP"],
    ["Revenue rose 12 per cent to a record.", "12 per cent", 12, "%"],
  ])("en: %s", (text, span, value, unit) => {
    expect(values(text, "en")).toEqual([[span, value, unit]]);
  });

  it("reads separators by language", () => {
    expect(pieceValue("12,000", "en")).toBe(12000);
    expect(pieceValue("3,5", "fr")).toBe(3.5);
    expect(pieceValue("3,500", "fr")).toBe(3.5);
    expect(pieceValue("1,234,567", "fr")).toBe(1234567);
    expect(pieceValue("27.5", "en")).toBe(27.5);
    expect(pieceValue("1.200", "fr")).toBe(1200);
    expect(pieceValue("1.2.3", "en")).toBeNull();
  });
});

describe("numbers written in words", () => {
  it.each([
    ["Refuser exigeait quatre clics supplémentaires.", "quatre clics supplémentaires", 4],
    ["Une circulation active dans quinze pays de l’Union.", "quinze pays", 15],
    ["Trois millions de personnes ont été touchées.", "Trois millions de personnes", 3_000_000],
    ["Il compte quatre-vingt-dix-neuf adhérents.", "quatre-vingt-dix-neuf adhérents", 99],
    ["Soixante et onze communes ont voté.", "Soixante et onze communes", 71],
  ])("fr: %s", (text, span, value) => {
    expect(values(text, "fr").map(([t, v]) => [t, v])).toEqual([[span, value]]);
  });

  it.each([
    ["Roughly two thousand minors were affected.", "two thousand minors", 2000],
    ["Some two hundred and fifty stores closed.", "two hundred and fifty stores", 250],
    ["A million people signed the petition.", "million people", 1_000_000],
  ])("en: %s", (text, span, value) => {
    expect(values(text, "en").map(([t, v]) => [t, v])).toEqual([[span, value]]);
  });

  it("computes French and English compounds", () => {
    expect(wordsValue(["quatre", "vingt"], "fr")?.value).toBe(80);
    expect(wordsValue(["deux", "cent", "mille"], "fr")?.value).toBe(200_000);
    expect(wordsValue(["three", "million", "two", "hundred", "thousand"], "en")?.value).toBe(3_200_000);
  });
});

describe("what is not a number", () => {
  it.each([
    ["fr", "Le texte prévoit l'application de l'article 49, alinéa 3, de la Constitution."],
    ["fr", "La décision a été publiée le 24 mai 2024 et le 15/10/2024."],
    ["fr", "Il est arrivé à 14h30, puis à 9 h 30 et à 16 heures."],
    ["fr", "Pour la troisième fois, le Premier ministre parle pendant trois ans."],
    ["fr", "Voir la page 4 du bulletin, au chapitre 2."],
    ["fr", "Le 21e siècle et la 5G ont changé le COVID-19."],
    ["en", "Polls close at 10 p.m. and reopen at 2:30 pm."],
    ["en", "It is the third consecutive survey, for the first time in five years."],
    ["en", "A 45-year-old man waited for 48 hours, as the decision says on page 14."],
    ["en", "One of the largest suppliers said so in 2021."],
  ] as const)("%s: %s", (lang, text) => {
    expect(values(text, lang)).toEqual([]);
  });
});

describe("counts in context", () => {
  it("keeps a bare vote tally", () => {
    expect(values("Adopté par 499 voix pour, 28 contre et 93 abstentions.", "fr").map(([t, v]) => [t, v])).toEqual([
      ["499 voix", 499],
      ["28", 28],
      ["93 abstentions", 93],
    ]);
  });

  it("reads approximate French counts and signs", () => {
    expect(values("Un millier de personnes et une dizaine de pays.", "fr").map(([t, v]) => [t, v])).toEqual([
      ["Un millier de personnes", 1000],
      ["une dizaine de pays", 10],
    ]);
    expect(values("Turnout fell −3.5% this time.", "en")).toEqual([["−3.5%", -3.5, "%"]]);
  });

  it("skips ratios and page furniture", () => {
    expect(values("One in five workers will move.", "en")).toEqual([]);
    expect(values("Photo : AFP / 3 000 images. Mis à jour le 25/11/2024 à 18h45.", "fr")).toEqual([]);
  });
});

describe("counts sharing one noun", () => {
  const counts = (text: string, lang: "fr" | "en") => values(text, lang).map(([t, v, u]) => `${t}=${v} ${u}`);

  it.each([
    ["L'autorité a mené 212 contrôles : 97 sur place, 61 en ligne et 54 sur pièces.", "fr", ["212 contrôles=212 contrôles", "97=97 contrôles", "61=61 contrôles", "54=54 contrôles"]],
    ["La DGCCRF a réalisé 1 200 contrôles en 2023 : 640 en magasin, 380 en ligne et 180 sur des marchés.", "fr", ["1 200 contrôles=1200 contrôles", "640=640 contrôles", "380=380 contrôles", "180=180 contrôles"]],
    ["Le tribunal a examiné 75 dossiers, dont 40 pour fraude et 12 pour blanchiment.", "fr", ["75 dossiers=75 dossiers", "40=40 dossiers", "12=12 dossiers"]],
    ["Sur les 331 mises en demeure, 212 ont été levées et 119 sont encore ouvertes.", "fr", ["331 mises=331 mises", "212=212 mises", "119=119 mises"]],
    ["Police made 214 arrests: 130 in London, 52 in Manchester and 32 in Leeds.", "en", ["214 arrests=214 arrests", "130=130 arrests", "52=52 arrests", "32=32 arrests"]],
    ["The attack disrupted 111 services (43 in England, 38 in Scotland and 30 in Wales).", "en", ["111 services=111 services", "43=43 services", "38=38 services", "30=30 services"]],
    ["Of the 212 inspections, 97 were on site and 61 were remote.", "en", ["212 inspections=212 inspections", "97=97 inspections", "61=61 inspections"]],
    ["The survey covered 950 firms, of which 410 were small businesses.", "en", ["950 firms=950 firms", "410=410 firms"]],
  ] as const)("%s", (text, lang, expected) => {
    expect(counts(text, lang)).toEqual(expected);
  });

  it("gives the list's amounts the count's currency and leaves what has a noun of its own", () => {
    expect(counts("Plus de 750 millions d'euros de chiffre d'affaires, dont 25 millions en France.", "fr")).toEqual(["750 millions d'euros=750000000 EUR", "25 millions=25000000 EUR"]);
    expect(counts("Il a 3 enfants : 2 filles et 1 garçon.", "fr")).toEqual(["3 enfants=3 enfants", "2 filles=2 filles", "1 garçon=1 garçon"]);
  });

  it("shares no noun across a sentence, a percentage or a duration", () => {
    expect(counts("Il a reçu 300 plaintes. 12 sur place.", "fr")).toEqual(["300 plaintes=300 plaintes"]);
    expect(counts("Le taux atteint 40 % : 12 sur place.", "fr")).toEqual(["40 %=40 %"]);
    expect(counts("It employs 300 people, including 12 years of service.", "en")).toEqual(["300 people=300 people"]);
  });
});

describe("hyphenated amounts", () => {
  it.each([
    ["The company was hit with a $75-million fine.", "$75-million", 75_000_000, "USD"],
    ["A €2.5-billion claim was filed.", "€2.5-billion", 2_500_000_000, "EUR"],
    ["It faces a 1.2-billion-euro fine from Ireland.", "1.2-billion-euro", 1_200_000_000, "EUR"],
    ["A 500,000-euro penalty was imposed.", "500,000-euro", 500_000, "EUR"],
    ["The ICO fined it £3-million.", "£3-million", 3_000_000, "GBP"],
    ["A 200-billion-yen stimulus.", "200-billion-yen", 200_000_000_000, "JPY"],
  ])("%s", (text, span, value, unit) => {
    expect(values(text, "en")).toEqual([[span, value, unit]]);
  });

  it("leaves out hyphenated durations, ages and sizes", () => {
    expect(values("A 90-day deadline, a 12-month review, a 3-year-old child and a 27-member bloc.", "en")).toEqual([]);
  });
});
