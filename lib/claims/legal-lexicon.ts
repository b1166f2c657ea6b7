/**
 * Legal instruments (with their French and English names and aliases), GDPR Art. 6 bases and
 * data-protection rights. Patterns are regex sources; `ci()` makes a phrase case-insensitive
 * letter by letter so that case-sensitive acronyms can share one alternation.
 */

/** Case-insensitive pattern for a literal phrase; spaces match any horizontal space, apostrophes both kinds. */
export function ci(phrase: string): string {
  let out = "";
  for (const ch of phrase) {
    if (ch === " ") out += "[ \\u00a0\\u202f]";
    else if (ch === "'" || ch === "’") out += "['’]";
    else if (/[.*+?^${}()|[\]\\/]/.test(ch)) out += "\\" + ch;
    else if (ch.toLowerCase() !== ch.toUpperCase()) out += `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
    else out += ch;
  }
  return out;
}

export type InstrumentEntry = { pattern: string; instrument: string };

const CS = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "[ \\u00a0\\u202f]");

/** Instrument names. Acronyms are case-sensitive; long names are not. */
export const INSTRUMENTS: InstrumentEntry[] = [
  ...["RGPD", "GDPR", "UK GDPR", "EU GDPR"].map((a) => ({ pattern: CS(a), instrument: a === "UK GDPR" ? "UK_GDPR" : "GDPR" })),
  { pattern: ci("UK general data protection regulation"), instrument: "UK_GDPR" },
  ...["règlement général sur la protection des données", "general data protection regulation", "règlement (UE) 2016/679", "regulation (EU) 2016/679"].map((a) => ({ pattern: ci(a), instrument: "GDPR" })),
  { pattern: CS("DSA"), instrument: "DSA" },
  ...["digital services act", "règlement sur les services numériques", "législation sur les services numériques", "règlement (UE) 2022/2065", "regulation (EU) 2022/2065"].map((a) => ({ pattern: ci(a), instrument: "DSA" })),
  { pattern: CS("DMA"), instrument: "DMA" },
  ...["digital markets act", "règlement sur les marchés numériques", "législation sur les marchés numériques", "règlement (UE) 2022/1925", "regulation (EU) 2022/1925"].map((a) => ({ pattern: ci(a), instrument: "DMA" })),
  ...["AI Act", "EU AI Act", "IA Act"].map((a) => ({ pattern: CS(a), instrument: "AI_ACT" })),
  ...["artificial intelligence act", "règlement européen sur l'intelligence artificielle", "règlement sur l'intelligence artificielle", "règlement européen sur l'IA", "règlement sur l'IA", "législation européenne sur l'intelligence artificielle", "règlement (UE) 2024/1689", "regulation (EU) 2024/1689"].map((a) => ({ pattern: ci(a), instrument: "AI_ACT" })),
  ...["directive ePrivacy", "ePrivacy directive", "règlement ePrivacy", "ePrivacy regulation", "directive e-Privacy", "e-Privacy directive", "directive vie privée et communications électroniques", "directive 2002/58/CE", "directive 2002/58/EC", "ePrivacy", "e-Privacy"].map((a) => ({ pattern: ci(a), instrument: "EPRIVACY" })),
  { pattern: `${ci("loi")}[ \\u00a0\\u202f]+(?:«[ \\u00a0\\u202f]*)?${ci("informatique et libertés")}(?:[ \\u00a0\\u202f]*»)?`, instrument: "FR_LIL" },
  { pattern: `${ci("loi")}[ \\u00a0\\u202f]+(?:n°|no|nº|n\\.)[ \\u00a0\\u202f]?78-17(?:[ \\u00a0\\u202f]+${ci("du 6 janvier 1978")})?|${ci("loi du 6 janvier 1978")}|LIL`, instrument: "FR_LIL" },
  ...["loi organique relative aux lois de finances"].map((a) => ({ pattern: ci(a), instrument: "FR_LOLF" })),
  { pattern: CS("LOLF"), instrument: "FR_LOLF" },
  ...["loi du 29 juillet 1881", "loi de 1881", "loi sur la liberté de la presse"].map((a) => ({ pattern: ci(a), instrument: "FR_PRESS_LAW_1881" })),
  ...["Data Act"].map((a) => ({ pattern: CS(a), instrument: "DATA_ACT" })),
  ...["data governance act"].map((a) => ({ pattern: ci(a), instrument: "DGA" })),
  ...["cyber resilience act"].map((a) => ({ pattern: ci(a), instrument: "CRA" })),
  ...["NIS2", "NIS 2", "directive NIS 2", "NIS2 directive", "NIS 2 directive", "directive NIS2"].map((a) => ({ pattern: CS(a), instrument: "NIS2" })),
  ...["charte des droits fondamentaux de l'Union européenne", "charte des droits fondamentaux", "charter of fundamental rights of the european union", "charter of fundamental rights"].map((a) => ({ pattern: ci(a), instrument: "EU_CHARTER" })),
  ...["convention européenne des droits de l'homme", "european convention on human rights"].map((a) => ({ pattern: ci(a), instrument: "ECHR" })),
  ...["CCPA"].map((a) => ({ pattern: CS(a), instrument: "CCPA" })),
  ...["california consumer privacy act"].map((a) => ({ pattern: ci(a), instrument: "CCPA" })),
  { pattern: `${ci("data protection act")}(?:[ \\u00a0\\u202f](?:19|20)\\d\\d)?|DPA[ \\u00a0\\u202f](?:1998|2018)`, instrument: "UK_DPA" },
  ...["privacy and electronic communications regulations", "PECR"].map((a) => ({ pattern: a === "PECR" ? CS(a) : ci(a), instrument: "UK_PECR" })),
  ...["online safety act"].map((a) => ({ pattern: ci(a), instrument: "UK_OSA" })),
  ...["Section 230"].map((a) => ({ pattern: CS(a), instrument: "US_CDA_230" })),
  ...["first amendment", "premier amendement"].map((a) => ({ pattern: ci(a), instrument: "US_CONST_1A" })),
  { pattern: "Constitution", instrument: "CONSTITUTION" },
  ...codes(),
];

function codes(): InstrumentEntry[] {
  const list: [string, string][] = [
    ["code pénal", "FR_CODE_PENAL"], ["code civil", "FR_CODE_CIVIL"], ["code du travail", "FR_CODE_TRAVAIL"],
    ["code de la consommation", "FR_CODE_CONSOMMATION"], ["code de la santé publique", "FR_CODE_SANTE_PUBLIQUE"],
    ["code des postes et des communications électroniques", "FR_CPCE"], ["code de la sécurité intérieure", "FR_CODE_SECURITE_INTERIEURE"],
    ["code électoral", "FR_CODE_ELECTORAL"], ["code monétaire et financier", "FR_CODE_MONETAIRE_FINANCIER"],
    ["code général des impôts", "FR_CGI"], ["code de commerce", "FR_CODE_COMMERCE"], ["code de la route", "FR_CODE_ROUTE"],
    ["code de l'éducation", "FR_CODE_EDUCATION"], ["code de l'environnement", "FR_CODE_ENVIRONNEMENT"],
    ["code de la sécurité sociale", "FR_CODE_SECURITE_SOCIALE"], ["code de procédure pénale", "FR_CODE_PROCEDURE_PENALE"],
    ["code des transports", "FR_CODE_TRANSPORTS"], ["code de la défense", "FR_CODE_DEFENSE"], ["code rural", "FR_CODE_RURAL"],
    ["code de l'urbanisme", "FR_CODE_URBANISME"], ["code de justice administrative", "FR_CJA"], ["code de la propriété intellectuelle", "FR_CPI"],
    ["code de l'énergie", "FR_CODE_ENERGIE"], ["code général des collectivités territoriales", "FR_CGCT"], ["code de l'entrée et du séjour des étrangers et du droit d'asile", "FR_CESEDA"],
    ["loi de finances rectificative", "FR_LOI_FINANCES"], ["loi de finances", "FR_LOI_FINANCES"], ["projet de loi de finances", "FR_PLF"],
    ["loi de financement de la sécurité sociale", "FR_LFSS"], ["projet de loi de financement de la sécurité sociale", "FR_PLFSS"],
    ["loi de programmation militaire", "FR_LPM"], ["loi pour une République numérique", "FR_LOI_REPUBLIQUE_NUMERIQUE"],
    ["traité sur le fonctionnement de l'Union européenne", "TFEU"], ["treaty on the functioning of the european union", "TFEU"],
  ];
  return [...list.map(([a, i]) => ({ pattern: ci(a), instrument: i })), { pattern: CS("CPCE"), instrument: "FR_CPCE" }, { pattern: CS("CGCT"), instrument: "FR_CGCT" }, { pattern: CS("CESEDA"), instrument: "FR_CESEDA" }, { pattern: CS("TFUE"), instrument: "TFEU" }, { pattern: CS("TFEU"), instrument: "TFEU" }, { pattern: CS("PLFSS"), instrument: "FR_PLFSS" }, { pattern: CS("PLF"), instrument: "FR_PLF" }];
}

export type BasisEntry = { pattern: string; basis: string; article: string };

/** The six GDPR Art. 6(1) bases. */
export const BASES: BasisEntry[] = [
  { pattern: "[Cc]onsentements?|[Cc]onsent(?![\\p{L}])", basis: "consent", article: "6(1)(a)" },
  { pattern: `${ci("exécution d'un contrat")}|${ci("exécution du contrat")}|${ci("exécution de contrats")}|${ci("nécessité contractuelle")}|${ci("performance of a contract")}|${ci("performance of the contract")}|${ci("performance of contracts")}|${ci("contractual necessity")}`, basis: "contract", article: "6(1)(b)" },
  { pattern: `${ci("obligation")}s?[ \\u00a0\\u202f]+${ci("légale")}s?|${ci("obligation")}s?[ \\u00a0\\u202f]+${ci("juridique")}s?|${ci("legal obligation")}s?|${ci("statutory obligation")}s?`, basis: "legal_obligation", article: "6(1)(c)" },
  { pattern: `${ci("intérêts vitaux")}|${ci("intérêt vital")}|${ci("vital interest")}s?`, basis: "vital_interests", article: "6(1)(d)" },
  { pattern: `${ci("mission")}s?[ \\u00a0\\u202f]+${ci("d'intérêt public")}|${ci("mission de service public")}|${ci("exercice de l'autorité publique")}|${ci("public task")}s?|${ci("public interest task")}s?|${ci("task")}s?[ \\u00a0\\u202f]+(?:${ci("carried out")}[ \\u00a0\\u202f]+)?${ci("in the public interest")}|${ci("official authority")}`, basis: "public_task", article: "6(1)(e)" },
  { pattern: `${ci("intérêt")}s?[ \\u00a0\\u202f]+${ci("légitime")}s?|${ci("legitimate interest")}s?`, basis: "legitimate_interests", article: "6(1)(f)" },
];

export type RightEntry = { pattern: string; right: string; article?: string; instrument?: string };

const OBJ_PRONOUN = "(?:vous|nous|se|leur|lui|[smt]['’])";

/** Named rights; data-protection rights carry their GDPR article. */
export const RIGHTS: RightEntry[] = [
  { pattern: `${ci("droit d'opposition")}|${ci("droit de")}[ \\u00a0\\u202f]+(?:${OBJ_PRONOUN}[ \\u00a0\\u202f]*)?${ci("opposer")}|${ci("right to object")}`, right: "object", article: "21" },
  { pattern: `${ci("right to opt out")}|${ci("right to opt-out")}`, right: "opt_out" },
  { pattern: `${ci("droit d'accès")}|${ci("right of access")}|${ci("right to access")}|${ci("subject access request")}s?`, right: "access", article: "15" },
  { pattern: `${ci("droit à l'effacement")}|${ci("droit d'effacement")}|${ci("droit à l'oubli")}|${ci("droit au déréférencement")}|${ci("right to erasure")}|${ci("right to be forgotten")}|${ci("right to deletion")}`, right: "erasure", article: "17" },
  { pattern: `${ci("droit de rectification")}|${ci("droit à la rectification")}|${ci("right to rectification")}|${ci("right of rectification")}`, right: "rectification", article: "16" },
  { pattern: `${ci("droit à la portabilité")}(?:[ \\u00a0\\u202f]+${ci("des données")})?|${ci("right to data portability")}|${ci("right to portability")}`, right: "portability", article: "20" },
  { pattern: `${ci("droit à la limitation")}(?:[ \\u00a0\\u202f]+${ci("du traitement")})?|${ci("right to restriction")}(?:[ \\u00a0\\u202f]+${ci("of processing")})?|${ci("right to restrict processing")}`, right: "restriction", article: "18" },
  { pattern: `${ci("droit de ne pas faire l'objet d'une décision")}[ \\u00a0\\u202f]+(?:${ci("individuelle")}[ \\u00a0\\u202f]+)?${ci("automatisée")}|${ci("right not to be subject to")}[ \\u00a0\\u202f]+(?:${ci("a decision based solely on")}[ \\u00a0\\u202f]+)?${ci("automated")}[ \\u00a0\\u202f]+(?:${ci("decision-making")}|${ci("processing")}|${ci("decisions")}|${ci("decision")})`, right: "automated_decision", article: "22" },
  { pattern: `${ci("droit de retirer")}[ \\u00a0\\u202f]+(?:${ci("son")}|${ci("leur")}|${ci("votre")}|${ci("mon")}|${ci("le")})[ \\u00a0\\u202f]+${ci("consentement")}|${ci("right to withdraw")}[ \\u00a0\\u202f]+(?:${ci("their")}|${ci("your")}|${ci("his")}|${ci("her")}|${ci("my")}|${ci("the")})[ \\u00a0\\u202f]+${ci("consent")}`, right: "withdraw_consent", article: "7(3)" },
  { pattern: `${ci("droit d'être informé")}(?:e|s|es)?|${ci("right to be informed")}`, right: "information", article: "13" },
  { pattern: `${ci("droit d'introduire une réclamation")}|${ci("right to lodge a complaint")}`, right: "complaint", article: "77" },
  { pattern: `${ci("droit de grève")}|${ci("right to strike")}`, right: "strike", instrument: "NATIONAL_LAW" },
  { pattern: `${ci("droit de retrait")}`, right: "withdrawal", instrument: "FR_CODE_TRAVAIL" },
  { pattern: `${ci("droit de réponse")}|${ci("right of reply")}`, right: "reply", instrument: "NATIONAL_LAW" },
  { pattern: `${ci("droit d'asile")}|${ci("right to asylum")}|${ci("right of asylum")}`, right: "asylum", instrument: "NATIONAL_LAW" },
];

/** GDPR article → basis / right, for "Art. 6(1)(f) GDPR" or "article 21 du RGPD". */
export const GDPR_BASIS_BY_ARTICLE: Record<string, string> = {
  "6(1)(a)": "consent", "6(1)(b)": "contract", "6(1)(c)": "legal_obligation",
  "6(1)(d)": "vital_interests", "6(1)(e)": "public_task", "6(1)(f)": "legitimate_interests",
};
export const GDPR_RIGHT_BY_ARTICLE: Record<string, string> = {
  "15": "access", "16": "rectification", "17": "erasure", "18": "restriction", "20": "portability", "21": "object", "22": "automated_decision", "77": "complaint",
};
