/** The words of the public pages, in the two languages a fact-check is published in. */
export const PUBLIC_WORDS = {
  fr: {
    kicker: "Vérification",
    colon: "\u00a0: ",
    quoted: (text: string) => `«\u00a0${text}\u00a0»`,
    skip: "Aller au texte vérifié",
    checked: "Vérifié par",
    published: "Publié le",
    updated: "mis à jour le",
    original: "Article d’origine",
    by: "par",
    claimsChecked: (n: number) => (n === 1 ? "1 affirmation vérifiée" : `${n} affirmations vérifiées`),
    howToRead: "Dans le texte, chaque affirmation vérifiée est surlignée et suivie de son verdict : suivez-le pour lire l’analyse et les sources.",
    verdict: "Verdict",
    claim: "Affirmation",
    claimBy: "Affirmation de",
    theArticle: "l’article d’origine",
    inText: "Dans le texte",
    rationale: "Analyse",
    sources: "Sources",
    archived: "copie archivée",
    weCheckedBefore: "Nous avons déjà vérifié cette affirmation",
    checkedBefore: "Déjà vérifiée",
    capturedOn: (day: string) => `capturée le ${day}`,
    readMore: (sources: number) => (sources === 0 ? "Lire toute l’analyse" : sources === 1 ? "Analyse et source" : `Analyse et ${sources} sources`),
    back: "Retour au texte",
    otherClaims: "Autres affirmations vérifiées",
    stance: { supports: "confirme", refutes: "contredit", context: "contexte" } as Record<string, string>,
    claimType: { date: "Date", quote: "Citation", legal_basis: "Base légale", number: "Chiffre", other: "Fait" } as Record<string, string>,
    versions: "Versions de cette vérification",
    version: "Version",
    versionOf: (n: number, total: number) => `Version ${n} sur ${total}`,
    current: "actuelle",
    shown: "affichée",
    oldVersion: (n: number, date: string) => `Vous lisez la version ${n} de cette vérification, publiée le ${date}. Elle a été corrigée ou mise à jour depuis.`,
    readLatest: (n: number) => `Lire la version actuelle (version ${n})`,
    log: "Corrections et mises à jour",
    first: "Première publication",
    changed: "verdict modifié",
    added: "affirmation ajoutée",
    withdrawn: "affirmation retirée",
    index: "Toutes les vérifications",
    indexShort: "Vérifications",
    noIndexEntries: "Aucune vérification publiée pour l’instant.",
    indexIntro: "Les vérifications publiées par la rédaction, la plus récente d’abord.",
    feed: "Flux Atom",
    madeWith: "Publié avec Factdesk",
  },
  en: {
    kicker: "Fact-check",
    colon: ": ",
    quoted: (text: string) => `“${text}”`,
    skip: "Skip to the checked text",
    checked: "Checked by",
    published: "Published",
    updated: "updated",
    original: "Original article",
    by: "by",
    claimsChecked: (n: number) => (n === 1 ? "1 claim checked" : `${n} claims checked`),
    howToRead: "In the text, each checked claim is highlighted and followed by its verdict: follow it to read the analysis and the sources.",
    verdict: "Verdict",
    claim: "Claim",
    claimBy: "Claim by",
    theArticle: "the original article",
    inText: "In the text",
    rationale: "Analysis",
    sources: "Sources",
    archived: "archived copy",
    weCheckedBefore: "We checked this before",
    checkedBefore: "Checked before",
    capturedOn: (day: string) => `captured on ${day}`,
    readMore: (sources: number) => (sources === 0 ? "Read the whole analysis" : sources === 1 ? "Analysis and source" : `Analysis and ${sources} sources`),
    back: "Back to the text",
    otherClaims: "Other claims checked",
    stance: { supports: "supports", refutes: "refutes", context: "context" } as Record<string, string>,
    claimType: { date: "Date", quote: "Quote", legal_basis: "Legal basis", number: "Figure", other: "Fact" } as Record<string, string>,
    versions: "Versions of this fact-check",
    version: "Version",
    versionOf: (n: number, total: number) => `Version ${n} of ${total}`,
    current: "current",
    shown: "shown",
    oldVersion: (n: number, date: string) => `You are reading version ${n} of this fact-check, published on ${date}. It has been corrected or updated since.`,
    readLatest: (n: number) => `Read the current version (version ${n})`,
    log: "Corrections and updates",
    first: "First publication",
    changed: "verdict changed",
    added: "claim added",
    withdrawn: "claim withdrawn",
    index: "All fact-checks",
    indexShort: "Fact-checks",
    noIndexEntries: "No fact-check published yet.",
    indexIntro: "The newsroom’s published fact-checks, newest first.",
    feed: "Atom feed",
    madeWith: "Published with Factdesk",
  },
};

export type PublicLanguage = keyof typeof PUBLIC_WORDS;
export type PublicWords = (typeof PUBLIC_WORDS)[PublicLanguage];

/** French pages in French, everything else in English. */
export function publicLanguage(language: string | null | undefined): PublicLanguage {
  return language?.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** A YYYY-MM-DD day as a long date in the page's language, else null. */
export function longDay(day: string | null, language: PublicLanguage): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(day ?? "") && !Number.isNaN(Date.parse(day!)) ? longDate(day!, language) : null;
}

/** The entry of a word list (stances, claim types) for a key from stored data, never an inherited property. */
export function wordFor(words: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(words, key) ? words[key] : undefined;
}

/** Long dates in the page's language ("24 mai 2024"), in UTC so that every reader sees the same day. */
export function longDate(date: Date | string, language: PublicLanguage): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(new Date(date));
}
