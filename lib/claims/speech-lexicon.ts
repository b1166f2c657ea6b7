/** Speech verbs (surface forms, lowercase) used to attribute a quote to its speaker. */

const FR_ER_STEMS = [
  "déclar", "affirm", "expliqu", "ajout", "soulign", "estim", "assur", "indiqu", "précis", "justifi", "résum", "dénonc", "confi", "insist",
  "regrett", "tranch", "proclam", "comment", "avou", "lâch", "gliss", "témoign", "racont", "constat", "observ", "ironis", "déplor", "fustig",
  "plaid", "confirm", "répliqu", "exclam", "tempêt", "alert", "interpell", "indign", "insurg", "félicit", "argument", "jur", "rétorqu", "nuanc",
  "clam", "cit", "souffl", "pest", "interrog", "avanc", "détaill", "analys", "abond", "insinu", "annonc", "lanc", "note", "martel", "rappel",
  "tacl", "raill", "dédramatis", "relativis", "qualifi", "conclu", "invoqu", "mentionn", "écrit", "protest", "s'étonn", "étonn", "agac", "alarm", "inquièt",
];
const FR_IRREGULAR = [
  "dit", "disent", "dira", "disait", "écrit", "écrivent", "écrivait", "prévient", "préviennent", "prévenu", "conclut", "concluent", "conclu",
  "reconnaît", "reconnait", "reconnu", "admet", "admis", "poursuit", "poursuivi", "répond", "répondent", "répondu", "réagit", "réagi", "avertit",
  "averti", "soutient", "soutenu", "promet", "promis", "prédit", "renchérit", "renchéri", "assène", "asséné", "rappelle", "rappellent", "martèle",
  "martèlent", "annonce", "annonçait", "lance", "lançait", "s'inquiète", "s’inquiète", "inquiète", "réjouit", "défend", "défendu", "selon",
  "d'après", "d’après", "suggère", "suggéré", "concède", "concédé", "complète", "complété", "interroge", "s'interroge", "s’interroge",
  "s'exclame", "s’exclame", "s'insurge", "s’insurge", "s'indigne", "s’indigne", "s'agace", "s’agace", "s'étonne", "s’étonne", "s'alarme", "s’alarme",
  "proclame", "estime", "note", "noté",
];

function frForms(): string[] {
  const out: string[] = [...FR_IRREGULAR];
  for (const stem of FR_ER_STEMS) {
    const base = stem.endsWith("e") ? stem.slice(0, -1) : stem;
    out.push(`${base}e`, `${base}ent`, `${base}é`, `${base}ée`, `${base}és`, `${base}ait`, `${base}aient`, `${base}era`);
  }
  return out;
}

const EN_FORMS = [
  "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "explained", "explains", "wrote", "writes", "declared", "declares",
  "announced", "announces", "argued", "argues", "insisted", "insists", "warned", "warns", "noted", "notes", "claimed", "claims", "replied",
  "replies", "asked", "asks", "continued", "continues", "recalled", "recalls", "admitted", "admits", "acknowledged", "acknowledges", "conceded",
  "concedes", "stressed", "stresses", "emphasised", "emphasized", "tweeted", "posted", "commented", "comments", "concluded", "observed",
  "remarked", "maintained", "maintains", "promised", "promises", "vowed", "suggested", "suggests", "urged", "urges", "responded", "countered",
  "cautioned", "predicted", "complained", "boasted", "confirmed", "confirms", "testified", "reported", "insisted", "quipped", "joked", "retorted",
  "pleaded", "shouted", "called", "calls", "described", "describes", "according", "wrote", "reads", "read", "proclaims", "declares", "says",
];

export const SPEECH_VERBS: Record<"fr" | "en", Set<string>> = { fr: new Set(frForms()), en: new Set(EN_FORMS) };

/** Auxiliaries that may precede a speech verb ("a déclaré", "has said"). */
export const AUXILIARIES = new Set(["a", "ont", "s'est", "s’est", "se", "est", "s'était", "s’était", "sont", "avait", "avaient", "aura", "has", "have", "had", "was", "is", "would", "will", "later", "then", "also", "aussi", "encore", "déjà"]);

export const PRONOUNS = new Set(["il", "elle", "ils", "elles", "on", "he", "she", "they", "it", "we", "nous", "i", "je"]);

/** Words that end a speaker noun phrase when reading forward from the verb. */
export const NP_STOP = new Set([
  "devant", "lors", "dans", "à", "au", "aux", "en", "pendant", "après", "avant", "sur", "avec", "depuis", "pour", "par", "qui", "que", "dont", "où",
  "in", "at", "on", "during", "before", "after", "to", "when", "while", "who", "that", "which", "with", "from", "for", "as", "by", "last",
  "yesterday", "hier", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday",
  "friday", "saturday", "sunday", "et", "and", "but", "mais",
]);

export const LEADING_DETERMINERS = new Set(["a", "an", "the", "un", "une"]);
