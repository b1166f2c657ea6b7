import type { ClaimantInput, ClaimTypeName, SourceInput } from "../../lib/validation/claim";

export type DemoClaim = {
  type: ClaimTypeName;
  /** The words marked in the fixture text (their first occurrence). */
  quote: string;
  normalized: Record<string, unknown>;
  /** The claim as worded by the fact-checker (claimReviewed) and who made it. */
  statement: string;
  claimant: NonNullable<ClaimantInput>;
  verdictKey: "true" | "mostly_true" | "misleading" | "mostly_false" | "false" | "unproven";
  rationale: string;
  sources: SourceInput[];
};

const GDPR_URL = "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679";
const GDPR = { publisher: "Journal officiel de l’Union européenne", publishedAt: "2016-05-04", kind: "law_or_regulation", archiveUrl: `https://web.archive.org/web/2024/${GDPR_URL}` } as const;

const META_EU_POST = {
  url: "https://about.fb.com/news/2024/06/building-ai-technology-for-europeans-in-a-transparent-and-responsible-way/",
  title: "Building AI Technology for Europeans in a Transparent and Responsible Way",
  publisher: "Meta",
  publishedAt: "2024-06-10",
  archiveUrl: "https://web.archive.org/web/20240615/https://about.fb.com/news/2024/06/building-ai-technology-for-europeans-in-a-transparent-and-responsible-way/",
  kind: "official_statement",
} as const;

const NOTIFICATION_REPORT = {
  url: "https://www.commentcamarche.net/applis-sites/reseaux-sociaux/31205-notification-facebook-nstagram/",
  title: "La notification Facebook et Instagram sur l’IA de Meta",
  publisher: "CommentCaMarche",
  archiveUrl: "https://web.archive.org/web/20240525/https://www.commentcamarche.net/applis-sites/reseaux-sociaux/31205-notification-facebook-nstagram/",
  kind: "media",
} as const;

/**
 * The demo fact-check of the fixture article: ten claims (dates, quotes, legal
 * bases, a figure and facts) with sources and a verdict from each step of the
 * default rating scale. The passages quoted from web pages are short extracts
 * for the demo; check them against the pages before reusing them.
 */
export const DEMO_CLAIMS: DemoClaim[] = [
  {
    type: "other",
    quote: "l’entreprise qui a créé ChatGPT",
    normalized: { note: "OpenAI a créé ChatGPT" },
    statement: "OpenAI est l’entreprise qui a créé ChatGPT.",
    claimant: { kind: "article" },
    verdictKey: "true",
    rationale: "ChatGPT a été conçu par OpenAI, qui l’a ouvert au public le 30 novembre 2022. La formule est exacte.",
    sources: [
      {
        url: "https://openai.com/index/chatgpt/",
        title: "Introducing ChatGPT",
        publisher: "OpenAI",
        publishedAt: "2022-11-30",
        archiveUrl: "https://web.archive.org/web/20221130/https://openai.com/blog/chatgpt/",
        excerpt: "We’ve trained a model called ChatGPT which interacts in a conversational way.",
        kind: "official_statement",
        stance: "supports",
      },
    ],
  },
  {
    type: "date",
    quote: "24 mai 2024",
    normalized: { date: "2024-05-24" },
    statement: "La notification de Meta sur l’IA est apparue sur Facebook le 24 mai 2024.",
    claimant: { kind: "article" },
    verdictKey: "mostly_false",
    rationale:
      "La notification n’est pas apparue le 24 mai\u00a0: Meta a commencé à l’envoyer aux utilisateurs européens dans la nuit du 22 au 23 mai 2024, ce que confirment l’entreprise et les premiers articles parus. Le 24 mai est le jour où l’auteur l’a consultée, pas celui de sa parution.",
    sources: [
      { ...NOTIFICATION_REPORT, excerpt: "Vous avez sûrement reçu une notification ces derniers jours, dans la nuit du mercredi 22 mai au jeudi 23 mai 2024.", stance: "refutes" },
      { ...META_EU_POST, excerpt: "Since 22 May, we’ve sent more than two billion in-app notifications and emails to people in Europe to explain what we’re doing.", stance: "refutes" },
    ],
  },
  {
    type: "quote",
    quote: "« Nous sommes en train de développer des outils IA pour vous »",
    normalized: { speaker: "Meta" },
    statement: "La notification de Meta disait : « Nous sommes en train de développer des outils IA pour vous ».",
    claimant: { kind: "article" },
    verdictKey: "mostly_true",
    rationale:
      "Le sens est juste, pas les mots\u00a0: selon les captures publiées en France, la notification disait «\u00a0Nous planifions de nouvelles fonctionnalités d’IA pour vous\u00a0». Nous n’avons retrouvé la phrase citée mot pour mot dans aucune capture.",
    sources: [{ ...NOTIFICATION_REPORT, excerpt: "Elle indique\u00a0: «\u00a0Nous planifions de nouvelles fonctionnalités d’IA pour vous\u00a0».", stance: "context" }],
  },
  {
    type: "number",
    quote: "plus de 2 milliards d’utilisateurs actifs",
    normalized: { value: 2_000_000_000, unit: "utilisateurs actifs" },
    statement: "Facebook et Instagram comptent plus de 2 milliards d’utilisateurs actifs.",
    claimant: { kind: "article" },
    verdictKey: "mostly_true",
    rationale:
      "Exact, mais très en dessous de la réalité\u00a0: Meta déclarait 3,24 milliards de personnes actives chaque jour sur l’ensemble de ses applications en mars 2024, et Facebook seul comptait 2,11 milliards d’utilisateurs actifs quotidiens fin 2023.",
    sources: [
      {
        url: "https://investor.fb.com/investor-news/press-release-details/2024/Meta-Reports-First-Quarter-2024-Results/default.aspx",
        title: "Meta Reports First Quarter 2024 Results",
        publisher: "Meta",
        publishedAt: "2024-04-24",
        excerpt: "Family daily active people (DAP) was 3.24 billion on average for March 2024, an increase of 7% year-over-year.",
        kind: "official_statement",
        stance: "supports",
      },
      {
        url: "https://investor.fb.com/investor-news/press-release-details/2024/Meta-Reports-Fourth-Quarter-and-Full-Year-2023-Results-Initiates-Quarterly-Dividend/default.aspx",
        title: "Meta Reports Fourth Quarter and Full Year 2023 Results",
        publisher: "Meta",
        publishedAt: "2024-02-01",
        excerpt: "Facebook daily active users (DAUs) were 2.11 billion on average for December 2023, an increase of 6% year-over-year.",
        kind: "official_statement",
        stance: "supports",
      },
    ],
  },
  {
    type: "quote",
    quote:
      "« Nous nous préparons à étendre nos expériences en IA chez Meta à votre région. L'IA chez Meta est notre collection de fonctionnalités et d'expériences en IA générative, telles que Meta AI et les outils créatifs en IA, ainsi que les modèles qui les alimentent. »",
    normalized: { speaker: "Meta" },
    statement: "Meta a prévenu ses utilisateurs européens qu’il se préparait à étendre ses expériences en IA à leur région.",
    claimant: { name: "Meta", kind: "organization", url: "https://about.meta.com/" },
    verdictKey: "mostly_true",
    rationale:
      "Le message existe et son contenu est fidèle, mais la traduction citée n’est pas celle que nous avons relevée\u00a0: la page affichée en France disait «\u00a0Nous nous apprêtons à étendre nos expériences de l’IA de Meta dans votre région\u00a0».",
    sources: [
      { ...NOTIFICATION_REPORT, excerpt: "«\u00a0Nous nous apprêtons à étendre nos expériences de l’IA de Meta dans votre région\u00a0», peut-on lire.", stance: "context" },
      {
        url: "https://www.facebook.com/privacy/genai/",
        title: "L’IA générative chez Meta — Centre de confidentialité",
        publisher: "Meta",
        archiveUrl: "https://web.archive.org/web/20240524/https://www.facebook.com/privacy/genai/",
        kind: "official_statement",
        stance: "context",
      },
    ],
  },
  {
    type: "legal_basis",
    quote: "intérêts légitimes",
    normalized: { instrument: "GDPR", article: "6(1)(f)", basis: "legitimate_interests" },
    statement: "Meta entraîne son IA sur les données de ses utilisateurs européens en invoquant les « intérêts légitimes » du RGPD.",
    claimant: { name: "Meta", kind: "organization", url: "https://about.meta.com/" },
    verdictKey: "true",
    rationale:
      "Meta invoque bien l’intérêt légitime, l’une des six bases légales de l’article 6 du RGPD, pour entraîner ses modèles sans demander le consentement. Ce choix est contesté\u00a0: l’association noyb a porté plainte dans onze pays européens le 6 juin 2024, estimant que seul le consentement pouvait justifier ce traitement.",
    sources: [
      {
        ...GDPR,
        url: GDPR_URL,
        title: "Règlement général sur la protection des données, article 6, paragraphe 1, point f)",
        excerpt:
          "le traitement est nécessaire aux fins des intérêts légitimes poursuivis par le responsable du traitement ou par un tiers, à moins que ne prévalent les intérêts ou les libertés et droits fondamentaux de la personne concernée qui exigent une protection des données à caractère personnel, notamment lorsque la personne concernée est un enfant.",
        stance: "supports",
      },
      {
        url: "https://noyb.eu/en/noyb-urges-11-dpas-immediately-stop-metas-abuse-personal-data-ai",
        title: "noyb urges 11 DPAs to immediately stop Meta’s abuse of personal data for AI",
        publisher: "noyb",
        publishedAt: "2024-06-06",
        kind: "expert",
        stance: "context",
      },
    ],
  },
  {
    type: "legal_basis",
    quote: "droit de vous opposer",
    normalized: { instrument: "GDPR", article: "21", right: "object" },
    statement: "Les utilisateurs européens peuvent s’opposer à l’utilisation de leurs données pour entraîner l’IA de Meta.",
    claimant: { name: "Meta", kind: "organization", url: "https://about.meta.com/" },
    verdictKey: "true",
    rationale:
      "Lorsqu’un traitement repose sur l’intérêt légitime, l’article 21 du RGPD donne à chacun le droit de s’y opposer\u00a0; l’entreprise doit alors cesser le traitement, sauf motifs légitimes et impérieux. L’information est exacte.",
    sources: [
      {
        ...GDPR,
        url: GDPR_URL,
        title: "Règlement général sur la protection des données, article 21, paragraphe 1",
        excerpt:
          "La personne concernée a le droit de s’opposer à tout moment, pour des raisons tenant à sa situation particulière, à un traitement des données à caractère personnel la concernant fondé sur l’article 6, paragraphe 1, point e) ou f), y compris un profilage fondé sur ces dispositions.",
        stance: "supports",
      },
    ],
  },
  {
    type: "other",
    quote: "le formulaire n’est pas disponible",
    normalized: { note: "Formulaire d’opposition hors ligne le 24 mai 2024" },
    statement: "Le formulaire d’opposition de Meta n’était pas disponible le 24 mai 2024.",
    claimant: { kind: "article" },
    verdictKey: "unproven",
    rationale:
      "Nous n’avons trouvé ni capture datée du 24 mai 2024 montrant le formulaire hors ligne, ni copie archivée le montrant en ligne ce jour-là. Des guides publiés dans les jours suivants décrivent un formulaire accessible depuis la notification\u00a0: impossible de trancher pour le 24 mai.",
    sources: [
      {
        ...GDPR,
        url: GDPR_URL,
        title: "Règlement général sur la protection des données, article 21, paragraphe 4",
        excerpt:
          "Au plus tard au moment de la première communication avec la personne concernée, le droit visé aux paragraphes 1 et 2 est explicitement porté à l’attention de la personne concernée et est présenté clairement et séparément de toute autre information.",
        stance: "context",
      },
    ],
  },
  {
    type: "date",
    quote: "26 juin 2024",
    normalized: { date: "2024-06-26" },
    statement: "Meta utilisera les données de ses utilisateurs européens pour entraîner son IA à partir du 26 juin 2024.",
    claimant: { name: "Meta", kind: "organization", url: "https://about.meta.com/" },
    verdictKey: "misleading",
    rationale:
      "C’est bien la date annoncée par Meta pour sa nouvelle politique de confidentialité, mais l’entraînement n’a pas commencé ce jour-là\u00a0: le 14 juin 2024, à la demande de l’autorité irlandaise de protection des données, Meta l’a suspendu dans l’Union européenne. Il n’a débuté que le 27 mai 2025.",
    sources: [
      {
        url: "https://www.dataprotection.ie/en/news-media/latest-news/dpcs-engagement-meta-ai",
        title: "DPC’s engagement with Meta on AI",
        publisher: "Data Protection Commission (Irlande)",
        publishedAt: "2024-06-14",
        excerpt: "The DPC welcomes the decision by Meta to pause its plans to train its large language model using public content shared by adults on Facebook and Instagram across the EU/EEA.",
        kind: "official_statement",
        stance: "refutes",
      },
      {
        url: "https://www.macg.co/ailleurs/2025/05/derniere-chance-pour-refuser-que-meta-exploite-vos-publications-facebook-et-instagram-des-fins-dentrainement-de-son-ia-301623",
        title: "Dernière chance pour refuser que Meta exploite vos publications Facebook et Instagram à des fins d’entraînement de son IA",
        publisher: "MacGeneration",
        publishedAt: "2025-05-26",
        excerpt: "La nouvelle politique de confidentialité annoncée par le groupe le mois dernier va entrer en vigueur demain, le 27 mai 2025.",
        kind: "media",
        stance: "context",
      },
    ],
  },
  {
    type: "other",
    quote: "probablement date de lancement des nouvelles fonctionnalités",
    normalized: { note: "Lancement des fonctionnalités d’IA de Meta le 26 juin 2024" },
    statement: "Les fonctionnalités d’IA de Meta devaient être lancées en Europe le 26 juin 2024.",
    claimant: { kind: "article" },
    verdictKey: "false",
    rationale:
      "Les fonctionnalités d’IA de Meta n’ont pas été lancées en Europe le 26 juin 2024\u00a0: le 14 juin, Meta a annoncé qu’il ne pouvait pas lancer Meta AI en Europe «\u00a0pour le moment\u00a0». L’assistant n’est arrivé dans l’Union européenne qu’en 2025.",
    sources: [{ ...META_EU_POST, excerpt: "This means we aren’t able to launch Meta AI in Europe at the moment.", stance: "refutes" }],
  },
];
