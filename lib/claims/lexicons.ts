/** Word lists for dates and numbers, in French and English. Keys are lowercase. */
import type { Lang } from "./types";

export const MONTHS: Record<Lang, Record<string, number>> = {
  fr: {
    janvier: 1, "janv.": 1, février: 2, fevrier: 2, "févr.": 2, "fév.": 2, mars: 3, avril: 4, "avr.": 4,
    mai: 5, juin: 6, juillet: 7, "juil.": 7, août: 8, aout: 8, septembre: 9, "sept.": 9,
    octobre: 10, "oct.": 10, novembre: 11, "nov.": 11, décembre: 12, decembre: 12, "déc.": 12,
  },
  en: {
    january: 1, "jan.": 1, february: 2, "feb.": 2, march: 3, "mar.": 3, april: 4, "apr.": 4, may: 5,
    june: 6, "jun.": 6, july: 7, "jul.": 7, august: 8, "aug.": 8, september: 9, "sept.": 9, "sep.": 9,
    october: 10, "oct.": 10, november: 11, "nov.": 11, december: 12, "dec.": 12,
  },
};

/** 0 = Sunday, as in Date#getUTCDay. */
export const WEEKDAYS: Record<Lang, Record<string, number>> = {
  fr: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
  en: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
};

/** Words just before a bare year or month that make it a date ("en 2023", "since March"). */
export const DATE_PREPOSITIONS = new Set([
  "en", "depuis", "dès", "des", "de", "d", "du", "à", "a", "au", "jusqu", "avant", "après", "apres", "entre", "et", "fin", "début", "debut", "mi",
  "courant", "vers", "pour", "l'été", "l'hiver", "automne", "printemps", "été", "hiver", "année", "l'année", "exercice", "mois",
  "in", "since", "until", "till", "by", "from", "of", "during", "through", "before", "after", "between", "and", "to", "early",
  "late", "mid", "end", "summer", "winter", "spring", "autumn", "fall", "year", "fiscal", "last", "next", "this", "or", "ou",
]);

/** Cardinal number words; multipliers are separate. */
export const NUMBER_WORDS: Record<Lang, Record<string, number>> = {
  fr: {
    zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30,
    quarante: 40, cinquante: 50, soixante: 60, cent: 100, cents: 100,
  },
  en: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
    eighty: 80, ninety: 90, hundred: 100,
  },
};

/** Multiplier words and abbreviations that scale the number before them. */
export const MULTIPLIER_WORDS: Record<Lang, Record<string, number>> = {
  fr: {
    mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12,
    // Approximate counts ("un millier", "une dizaine", "deux centaines"): only after a number word.
    millier: 1e3, milliers: 1e3, dizaine: 10, dizaines: 10, douzaine: 12, douzaines: 12, vingtaine: 20, trentaine: 30,
    quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100, centaines: 100,
  },
  en: { thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, trillions: 1e12, dozen: 12 },
};

/** Abbreviated multipliers, case-sensitive ("3,5 Md€", "$1.2bn", "£30m", "10k"). */
export const MULTIPLIER_ABBREV: Record<string, number> = {
  k: 1e3, K: 1e3, m: 1e6, M: 1e6, mn: 1e6, mln: 1e6, Mio: 1e6, bn: 1e9, bln: 1e9, Md: 1e9, Mds: 1e9, Mrd: 1e9, Mrds: 1e9, md: 1e9, tn: 1e12,
};

/** Currency words and symbols → ISO code. Matched case-insensitively except symbols. */
export const CURRENCIES: Record<string, string> = {
  "€": "EUR", eur: "EUR", euro: "EUR", euros: "EUR",
  $: "USD", "us$": "USD", usd: "USD", dollar: "USD", dollars: "USD",
  "£": "GBP", gbp: "GBP", livre: "GBP", livres: "GBP", "livres sterling": "GBP", pound: "GBP", pounds: "GBP", sterling: "GBP",
  chf: "CHF", "francs suisses": "CHF", "swiss francs": "CHF", "¥": "JPY", yen: "JPY", yens: "JPY", yuan: "CNY", yuans: "CNY",
};

/** Percent spellings (after the number). */
export const PERCENT_WORDS = ["%", "pour cent", "pourcent", "per cent", "percent", "pc"];
export const POINT_WORDS = ["points de pourcentage", "point de pourcentage", "percentage points", "percentage point", "points de base", "basis points"];

/** Units of measure (after the number), matched case-sensitively as written. */
export const MEASURE_UNITS = [
  "km²", "km2", "m²", "m2", "km/h", "mph", "km", "cm", "mm", "kg", "mg", "g", "t", "tonnes", "tonne", "tons", "ton", "litres", "litre", "liters", "liter",
  "hectares", "hectare", "ha", "kilomètres", "kilomètre", "kilometres", "kilometers", "mètres", "mètre", "metres", "meters", "miles", "mile",
  "kilos", "kilogrammes", "kilograms", "°C", "°F", "degrés", "degrees", "kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW", "TW", "Mo", "Go", "To", "MB", "GB", "TB",
  "barils", "barrels", "ppm", "mètres cubes", "m3", "m³", "Mbit/s", "Gbit/s",
];

/** Nouns after a number that make it a duration, an age or a clock time (not a claim). */
export const TIME_UNITS = new Set([
  "an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours", "heure", "heures", "h", "minute", "minutes", "min", "mn",
  "seconde", "secondes", "s", "sec", "décennie", "décennies", "siècle", "siècles", "nuit", "nuits", "trimestre", "trimestres",
  "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "hrs", "minute", "seconds", "second", "decade",
  "decades", "century", "centuries", "night", "nights", "quarter", "quarters", "a.m.", "p.m.", "am", "pm", "o'clock", "o’clock",
  "fois", "times", "tiers", "quart", "quarts", "thirds", "third", "half", "halves", "reprises", "fold",
]);

/** Words before a number that make it a reference, not a quantity ("page 4", "article 82"). */
export const REFERENCE_WORDS = new Set([
  "article", "articles", "art.", "arts.", "alinéa", "alinéas", "al.", "paragraphe", "paragraph", "para.", "§", "point", "page", "pages", "p.", "pp.",
  "n°", "no.", "nº", "numéro", "number", "#", "chapitre", "chapter", "section", "titre", "title", "annexe", "annex", "considérant", "recital",
  "tome", "volume", "vol.", "épisode", "episode", "version", "v.", "niveau", "level", "étape", "step", "phase", "rang",
  "rank", "ligne", "line", "route", "rue", "avenue", "boulevard", "bd", "street", "lot", "salle", "room", "gate", "porte", "vol", "flight",
  "h", "covid", "figure", "fig.", "table", "tableau", "stage",
  "windows", "iphone", "galaxy", "ligue", "division", "h.r.", "s.", "décret", "ordonnance", "arrêté", "délibération", "decree",
]);

/** Function words and common verbs: never the counted noun of a number. */
export const STOPWORDS = new Set([
  "de", "des", "du", "d", "le", "la", "les", "l", "un", "une", "et", "ou", "à", "a", "au", "aux", "en", "dans", "sur", "sous", "par", "pour", "avec",
  "sans", "que", "qui", "quoi", "dont", "où", "ce", "ces", "cet", "cette", "se", "sa", "son", "ses", "leur", "leurs", "il", "elle", "ils", "elles",
  "est", "sont", "était", "étaient", "ont", "avait", "avaient", "été", "sera", "seront", "selon", "contre", "entre", "vers", "chez", "depuis",
  "pendant", "plus", "moins", "environ", "soit", "ici", "d'ici", "d’ici", "ne", "pas", "y", "on", "nous", "vous", "mais", "donc", "car", "ni", "comme", "après", "avant",
  "the", "of", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with", "without", "a", "an", "is", "are", "was", "were", "be", "been",
  "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "that", "which", "who", "this", "these", "those",
  "it", "its", "their", "his", "her", "our", "your", "as", "than", "more", "less", "about", "over", "under", "since", "after", "before",
  "into", "out", "up", "down", "per", "them", "us", "you", "we", "they", "eux", "ones", "each", "every", "but", "so", "not", "no", "if", "then", "there", "here", "while", "when", "where",
  "between", "through", "during", "against", "among", "across", "around", "also", "only", "just", "all", "some", "such", "both",
]);
