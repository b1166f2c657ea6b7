/**
 * Words that tell what a speaker noun phrase names: places and publications (never a speaker),
 * organizations, people's roles, things that cannot speak. Entries are written as `speakerKey()`
 * leaves them: lowercase, no accents, hyphens as spaces, no leading article.
 */

const set = (...groups: string[]) => new Set(groups.flatMap((g) => g.split("|")).map((w) => w.trim()).filter(Boolean));

/** Lowercase, accents off, apostrophes straight, hyphens as spaces, leading articles and elisions off. */
export function speakerKey(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[-\s\u00a0\u202f]+/gu, " ")
    .trim()
    .replace(/^(?:(?:le|la|les|the|un|une|a|an) |[ld]')/u, "");
}

/** Countries, regions, cities: a dateline or a metonymy ("Paris a répondu") is not a speaker. */
export const PLACES = set(
  "france|allemagne|germany|italie|italy|espagne|spain|portugal|belgique|belgium|suisse|switzerland|pays bas|netherlands|luxembourg|irlande|ireland",
  "royaume uni|united kingdom|uk|grande bretagne|great britain|britain|angleterre|england|ecosse|scotland|pays de galles|wales|autriche|austria",
  "pologne|poland|suede|sweden|norvege|norway|danemark|denmark|finlande|finland|grece|greece|hongrie|hungary|roumanie|romania|bulgarie|bulgaria",
  "croatie|croatia|tchequie|republique tcheque|czech republic|czechia|slovaquie|slovakia|slovenie|slovenia|estonie|estonia|lettonie|latvia",
  "lituanie|lithuania|chypre|cyprus|malte|malta|islande|iceland|ukraine|russie|russia|turquie|turkey|etats unis|united states|usa|us|amerique|america",
  "canada|mexique|mexico|bresil|brazil|argentine|argentina|chili|chile|colombie|colombia|perou|peru|venezuela|chine|china|japon|japan",
  "coree du sud|south korea|coree du nord|north korea|coree|korea|inde|india|pakistan|indonesie|indonesia|australie|australia|nouvelle zelande|new zealand",
  "israel|iran|irak|iraq|syrie|syria|liban|lebanon|egypte|egypt|maroc|morocco|algerie|algeria|tunisie|tunisia|senegal|cote d'ivoire|ivory coast",
  "nigeria|kenya|afrique du sud|south africa|arabie saoudite|saudi arabia|emirats arabes unis|united arab emirates|uae|qatar|taiwan|singapour|singapore",
  "vietnam|thailande|thailand|philippines|malaisie|malaysia|europe|afrique|africa|asie|asia|amerique du nord|north america|amerique latine|latin america",
  "moyen orient|middle east|silicon valley|californie|california|texas|floride|florida|massachusetts|illinois|virginie|virginia|washington|new york",
  "baviere|bavaria|catalogne|catalonia|wallonie|wallonia|flandre|flanders|quebec|corse|corsica|bretagne|brittany|normandie|normandy|ile de france",
  "occitanie|nouvelle aquitaine|auvergne rhone alpes|provence alpes cote d'azur|paca|hauts de france|grand est|pays de la loire|centre val de loire",
  "bourgogne franche comte|alsace|creuse|cantal|guadeloupe|martinique|guyane|reunion|mayotte|outre mer|hexagone",
  "paris|lyon|marseille|toulouse|nice|nantes|strasbourg|montpellier|bordeaux|lille|rennes|reims|havre|toulon|grenoble|dijon|angers|nimes",
  "clermont ferrand|brest|tours|limoges|amiens|metz|besancon|perpignan|orleans|rouen|caen|nancy|avignon|poitiers|rochelle|ajaccio|bastia|versailles",
  "saint denis|bruxelles|brussels|anvers|antwerp|liege|geneve|geneva|lausanne|zurich|berne|bern|bale|basel|londres|london|manchester|birmingham",
  "edimbourg|edinburgh|glasgow|dublin|cork|berlin|munich|hambourg|hamburg|francfort|frankfurt|cologne|karlsruhe|bonn|rome|milan|naples|turin",
  "madrid|barcelone|barcelona|seville|valence|valencia|lisbonne|lisbon|porto|amsterdam|haye|hague|rotterdam|vienne|vienna|varsovie|warsaw|prague",
  "budapest|bucarest|bucharest|sofia|athenes|athens|stockholm|oslo|copenhague|copenhagen|helsinki|tallinn|riga|vilnius|kiev|kyiv|moscou|moscow",
  "saint petersbourg|istanbul|ankara|los angeles|san francisco|chicago|boston|seattle|austin|miami|atlanta|houston|dallas|denver|detroit",
  "philadelphie|philadelphia|menlo park|mountain view|cupertino|palo alto|redmond|san jose|santa clara|sunnyvale|montreal|toronto|vancouver|ottawa",
  "sao paulo|rio de janeiro|buenos aires|pekin|beijing|shanghai|shenzhen|hong kong|tokyo|seoul|new delhi|delhi|mumbai|bombay|bangalore|bengaluru",
  "sydney|melbourne|jerusalem|tel aviv|dubai|doha|riyad|riyadh|caire|cairo|casablanca|rabat|alger|algiers|tunis|dakar|abidjan|lagos|nairobi",
  "johannesburg|cap|cape town",
);

/** Newspapers, broadcasters, agencies, sites: they report what others said. */
export const PUBLICATIONS = set(
  "monde|liberation|figaro|echos|express|point|mediapart|parisien|ouest france|croix|humanite|canard enchaine|20 minutes|journal du dimanche|jdd",
  "marianne|challenges|opinion|obs|nouvel obs|nouvel observateur|telerama|courrier international|depeche|voix du nord|progres|sud ouest|provence",
  "dauphine libere|numerama|01net|frandroid|numeriques|journal du net|siecle digital|usine nouvelle|tribune|huffpost|huffington post|konbini|brut",
  "bfmtv|bfm tv|bfm|franceinfo|france info|france inter|france culture|france 24|france televisions|radio france|rfi|tf1|france 2|france 3|lci",
  "cnews|europe 1|rtl|rmc|arte|tv5monde|afp|agence france presse|agence france-presse|reuters|ap|associated press|bloomberg|dpa|efe|ansa",
  "xinhua|kyodo|belga|guardian|observer|new york times|nyt|washington post|wall street journal|wsj|financial times|ft|times|sunday times|economist",
  "telegraph|independent|daily mail|sun|mirror|evening standard|usa today|los angeles times|boston globe|bbc|bbc news|cnn|nbc|cbs|abc|npr|fox news",
  "sky news|itv|channel 4|politico|axios|verge|techcrunch|wired|ars technica|engadget|business insider|insider|forbes|cnbc|vox|atlantic|new yorker",
  "spiegel|der spiegel|zeit|die zeit|suddeutsche zeitung|frankfurter allgemeine|faz|bild|pais|el pais|mundo|el mundo|corriere della sera|repubblica",
  "la repubblica|soir|le soir|libre belgique|temps|le temps|tribune de geneve|rts|rtbf|radio canada|devoir|presse|la presse|zdnet|cnet|mashable",
);

/** Companies well known enough to be recognized by name alone. */
export const COMPANIES = set(
  "meta|facebook|instagram|whatsapp|messenger|threads|google|alphabet|youtube|amazon|apple|microsoft|openai|anthropic|mistral ai|nvidia|intel|ibm",
  "samsung|huawei|tiktok|bytedance|snap|snapchat|twitter|linkedin|netflix|spotify|uber|airbnb|tesla|spacex|orange|sfr|bouygues|free|iliad|sncf",
  "ratp|edf|engie|totalenergies|renault|stellantis|airbus|thales|dassault|lvmh|l'oreal|danone|carrefour|leclerc|auchan|bnp paribas|societe generale",
  "credit agricole|poste|doctolib|qwant|deezer|criteo|ubisoft|vinted|blablacar",
);

/** Public bodies, regulators, unions and NGOs recognized by name alone. */
export const INSTITUTIONS = set(
  "cnil|arcom|arcep|anssi|dgccrf|autorite de la concurrence|conseil d'etat|conseil constitutionnel|cour de cassation|cour des comptes",
  "assemblee nationale|senat|elysee|matignon|bercy|quai d'orsay|maison blanche|white house|kremlin|downing street|pentagon|pentagone|ico|ofcom",
  "ftc|fcc|sec|doj|cma|edpb|cepd|edps|commission europeenne|european commission|commission|parlement europeen|european parliament|cjue|cjeu",
  "cour de justice de l'union europeenne|court of justice|bce|ecb|banque de france|insee|oms|who|onu|un|united nations|ocde|oecd|fmi|imf|otan",
  "nato|ue|eu|union europeenne|european union|data protection commission|dpc|beuc|noyb|quadrature du net|ufc que choisir|which?",
  "amnesty international|human rights watch|greenpeace|reporters sans frontieres|rsf|cgt|cfdt|fo|sud rail|unsa|medef|cpme|sante publique france",
  "meteo france|pole emploi|france travail|assurance maladie|caf|ademe|has|ansm|gouvernement|government",
);

/** Words that, inside a capitalized name, make it an organization's ("Fair Energy", "Civic Alliance"). */
export const ORG_NAME_WORDS = set(
  "inc|ltd|llc|plc|corp|corporation|co|sa|sas|sarl|gmbh|ag|nv|bv|spa|group|groupe|holding|holdings|partners|capital|bank|banque|energy|energie",
  "alliance|union|association|federation|foundation|fondation|institute|institut|council|conseil|party|parti|agency|agence|authority|autorite",
  "commission|ministry|ministere|office|network|media|airlines|motors|pharma|labs|technologies|tech|systems|solutions|software|services",
  "consulting|international|committee|comite|board|court|cour|tribunal|university|universite|school|ecole|hospital|hopital|club|society|societe",
  "syndicat|confederation|observatoire|observatory|watch|fund|fonds|trust|mutuelle|assurances|insurance",
);

/** Nouns heading an organization noun phrase ("le ministère de la Santé", "the regulator"). */
export const ORG_HEADS = set(
  "gouvernement|government|ministere|ministry|department|commission|agence|agency|autorite|authority|conseil|council|cour|court|tribunal|parquet",
  "prefecture|mairie|municipalite|syndicat|federation|confederation|association|union|parti|party|entreprise|societe|groupe|group|banque|bank",
  "fondation|foundation|institut|institute|observatoire|observatory|office|direction|service|hopital|hospital|universite|university|police",
  "gendarmerie|armee|army|assemblee|senat|senate|parlement|parliament|congress|congres|regulateur|regulator|gendarme|watchdog|comite|committee",
  "board|formation|collectif|coalition|ong|ngo|firme|firm|company|compagnie|geant|giant|plateforme|platform|reseau|network|operateur|operator",
  "constructeur|maker|carmaker|manufacturer|editeur|publisher|fabricant|enseigne|retailer|start up|startup|multinationale|mastodonte|organisation",
  "organization|organisation|executif|executive branch|administration|maison mere|filiale|subsidiary|regie|etablissement|cabinet|chambre",
);

/** Organization heads that stand for a company named earlier ("le groupe", "le géant de Menlo Park", "the company"). */
export const ORG_DESCRIPTORS = set(
  "groupe|group|entreprise|societe|firme|firm|company|compagnie|geant|giant|plateforme|platform|reseau social|operateur|operator|constructeur",
  "maker|carmaker|manufacturer|editeur|publisher|fabricant|enseigne|retailer|start up|startup|multinationale|mastodonte|maison mere|filiale",
);

/** Adjectives that may qualify such a descriptor without making it a new organization ("le géant américain", "the tech giant"). */
export const DESCRIPTOR_QUALIFIERS = set(
  "americain|americaine|californien|californienne|chinois|chinoise|francais|francaise|europeen|europeenne|allemand|allemande|britannique",
  "numerique|technologique|social|sociale|tech|social media|us|american|chinese|french|european|german|british|californian|internet|software",
  "de la tech|du numerique|des reseaux sociaux|du web|de l'internet|of tech|in tech|of social media",
);

/** Nouns naming what a person does ("le ministre", "the spokesperson"). */
export const ROLE_NOUNS = set(
  "ministre|minister|president|presidente|president elect|directeur|directrice|director|porte parole|spokesperson|spokesman|spokeswoman|secretaire",
  "secretary|maire|mayor|depute|deputee|mp|senateur|senatrice|senator|avocat|avocate|lawyer|attorney|counsel|medecin|doctor|urgentiste",
  "epidemiologiste|epidemiologist|chercheur|chercheuse|researcher|scientist|scientifique|professeur|professeure|professor|juge|judge|procureur",
  "procureure|prosecutor|pdg|ceo|cfo|coo|cto|patron|patronne|dirigeant|dirigeante|fondateur|fondatrice|founder|cofondateur|cofondatrice|cofounder",
  "expert|experte|economiste|economist|analyste|analyst|responsable|delegue|deleguee|commissaire|commissioner|chef|cheffe|head|chief|conseiller",
  "conseillere|adviser|advisor|syndicaliste|militant|militante|activist|temoin|witness|habitant|habitante|resident|usager|usagere|salarie|salariee",
  "employe|employee|worker|manager|gerant|gerante|officer|official|executive|chairman|chairwoman|chair|vice president|vice presidente|presidente",
  "eurodepute|eurodeputee|elu|elue|rapporteur|rapporteure|magistrat|magistrate|infirmier|infirmiere|nurse|enseignant|enseignante|teacher",
  "auteur|autrice|author|journaliste|journalist|ingenieur|ingenieure|engineer|sociologue|sociologist|historien|historienne|historian|juriste",
  "epidemiologist|virologue|virologist|ambassadeur|ambassadrice|ambassador|gouverneur|governor|candidat|candidate|leader|dirigeants|premier",
  "chancelier|chanceliere|chancellor|prime minister|premiere ministre|premier ministre|representant|representante|representative|agent",
);

/** Titles before a person's name. */
export const PERSON_TITLES = set("m|m.|mme|mlle|me|dr|dr.|pr|pr.|prof|prof.|mr|mr.|mrs|mrs.|ms|ms.|sir|dame|lord|lady|mgr");

/** Things that display words but do not speak them: a poster is no claimant. */
export const INANIMATE = set(
  "affiche|banderole|pancarte|panneau|tract|slogan|notification|message|courriel|mail|email|e mail|texte|document|rapport|communique|lettre",
  "note|site|page|ecran|poster|banner|sign|placard|leaflet|flyer|screen|report|statement|letter|website|graffiti|tag|inscription|titre|headline",
  "sondage|poll|etude|study|enquete|survey|article|livre|book|video|tweet|post|publication|courrier",
);

/** Calendar words: a speaker never holds one. */
export const DATE_WORDS = set(
  "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august",
  "september|october|november|december|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday",
  "sunday|hier|aujourd'hui|demain|avant hier|yesterday|today|tomorrow|tonight|matin|soir|morning|evening|semaine|week|mois|month|annee|year",
);

/** Acronyms that name no organization (concepts, units, laws). */
export const NOT_ORG_ACRONYMS = set(
  "ia|ai|pib|gdp|tva|vat|pme|sme|sms|pdf|usb|ok|tv|vpn|api|rgpd|gdpr|dsa|dma|lil|lolf|plf|plfss|cgi|cgct|ceseda|tfue|tfeu|ceo|pdg|cfo|cto|coo",
  "ue|eu|us|usa|uk|uae|ong|ngo|covid|sida|aids|vih|hiv|ivg|rsa|smic|cdi|cdd|rer|tgv|ter|suv|it|rh|hr|qr|ia act|ai act|cac|ipo|opa|ue",
);
