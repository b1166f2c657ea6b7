/**
 * Places whose names differ between French and English (format: lexicon.ts). LEXICON_PLACES holds
 * countries: two claims about two different countries are two claims. LEXICON_AREAS holds regions,
 * wider areas and words of place, which do not exclude one another.
 */
export const LEXICON_PLACES = `
france:0.6 | France, français, française, françaises, Hexagone, métropole | France, French
uk:0.8 | Royaume-Uni, britannique, britanniques, Grande-Bretagne, Londres, outre-Manche | United Kingdom, UK, Britain, British, Great Britain, London, Westminster
ireland | Irlande, irlandais, irlandaise, Dublin | Ireland, Irish, Dublin
us:0.8 | États-Unis, USA, américain, américaine, américains, américaines, Amérique, Washington | United States, US, USA, U.S., America, American, Americans, Washington
germany | Allemagne, allemand, allemande, allemands, Berlin | Germany, German, Germans, Berlin
italy | Italie, italien, italienne, italiens, Rome | Italy, Italian, Italians, Rome
spain | Espagne, espagnol, espagnole, espagnols, Madrid | Spain, Spanish, Madrid
portugal | Portugal, portugais, portugaise, Lisbonne | Portugal, Portuguese, Lisbon
netherlands | Pays-Bas, néerlandais, néerlandaise, hollandais, Amsterdam, La Haye | Netherlands, Dutch, Holland, Amsterdam, The Hague
belgium | Belgique, belge, belges | Belgium, Belgian
luxembourg | Luxembourg, luxembourgeois, luxembourgeoise | Luxembourg, Luxembourgish
switzerland | Suisse, suisse, suisses, Genève | Switzerland, Swiss, Geneva
austria | Autriche, autrichien, autrichienne, Vienne | Austria, Austrian, Vienna
sweden | Suède, suédois, suédoise | Sweden, Swedish
denmark | Danemark, danois, danoise | Denmark, Danish
norway | Norvège, norvégien, norvégienne | Norway, Norwegian
finland | Finlande, finlandais, finlandaise | Finland, Finnish
poland | Pologne, polonais, polonaise, Varsovie | Poland, Polish, Warsaw
hungary | Hongrie, hongrois, hongroise | Hungary, Hungarian
romania | Roumanie, roumain, roumaine | Romania, Romanian
greece | Grèce, grec, grecque, Athènes | Greece, Greek, Athens
cyprus | Chypre, chypriote | Cyprus, Cypriot
russia | Russie, russe, russes, Moscou, Kremlin, prorusse, prorusses, pro-russe, pro-Kremlin | Russia, Russian, Russians, Moscow, Kremlin, pro-Russian, pro-Kremlin, Russia-linked
ukraine | Ukraine, ukrainien, ukrainienne, ukrainiens, Kiev, Kyiv | Ukraine, Ukrainian, Ukrainians, Kyiv, Kiev
belarus | Biélorussie, Bélarus, biélorusse | Belarus, Belarusian
china | Chine, chinois, chinoise, Pékin | China, Chinese, Beijing
japan | Japon, japonais, japonaise, Tokyo | Japan, Japanese, Tokyo
india | Inde, indien, indienne | India, Indian
brazil | Brésil, brésilien, brésilienne | Brazil, Brazilian
canada | Canada, canadien, canadienne | Canada, Canadian
mexico | Mexique, mexicain, mexicaine | Mexico, Mexican
australia | Australie, australien, australienne | Australia, Australian
turkey | Turquie, turc, turque | Turkey, Turkish
israel | Israël, israélien, israélienne | Israel, Israeli
palestine | Palestine, palestinien, palestinienne, Gaza, Cisjordanie | Palestine, Palestinian, Gaza, West Bank
iran | Iran, iranien, iranienne | Iran, Iranian
syria | Syrie, syrien, syrienne | Syria, Syrian
afghanistan | Afghanistan, afghan, afghane | Afghanistan, Afghan
algeria | Algérie, algérien, algérienne | Algeria, Algerian
morocco | Maroc, marocain, marocaine | Morocco, Moroccan
tunisia | Tunisie, tunisien, tunisienne | Tunisia, Tunisian
albania | Albanie, albanais, albanaise | Albania, Albanian
haiti | Haïti, haïtien, haïtienne, haïtiens | Haiti, Haitian, Haitians
rwanda | Rwanda, rwandais | Rwanda, Rwandan
africa | Afrique, africain, africaine, subsaharien | Africa, African, sub-Saharan
north-korea | Corée du Nord, nord-coréen | North Korea, North Korean
south-korea | Corée du Sud, sud-coréen | South Korea, South Korean
saudi | Arabie saoudite, saoudien | Saudi Arabia, Saudi
iceland | Islande, islandais, islandaise | Iceland, Icelandic
czechia | Tchéquie, République tchèque, tchèque | Czech Republic, Czechia, Czech
slovakia | Slovaquie, slovaque | Slovakia, Slovak
slovenia | Slovénie, slovène | Slovenia, Slovenian
croatia | Croatie, croate | Croatia, Croatian
serbia | Serbie, serbe | Serbia, Serbian
bulgaria | Bulgarie, bulgare | Bulgaria, Bulgarian
estonia | Estonie, estonien | Estonia, Estonian
latvia | Lettonie, letton | Latvia, Latvian
lithuania | Lituanie, lituanien | Lithuania, Lithuanian
malta | Malte, maltais | Malta, Maltese
moldova | Moldavie, moldave | Moldova, Moldovan
lebanon | Liban, libanais | Lebanon, Lebanese
jordan | Jordanie, jordanien | Jordan, Jordanian
iraq | Irak, irakien | Iraq, Iraqi
libya | Libye, libyen | Libya, Libyan
sudan | Soudan, soudanais | Sudan, Sudanese
ethiopia | Éthiopie, éthiopien | Ethiopia, Ethiopian
nigeria | Nigeria, nigérian | Nigeria, Nigerian
senegal | Sénégal, sénégalais | Senegal, Senegalese
ivory-coast | Côte d'Ivoire, ivoirien | Ivory Coast, Côte d'Ivoire, Ivorian
cameroon | Cameroun, camerounais | Cameroon, Cameroonian
south-africa | Afrique du Sud, sud-africain | South Africa, South African
argentina | Argentine, argentin | Argentina, Argentine, Argentinian
chile | Chili, chilien | Chile, Chilean
colombia | Colombie, colombien | Colombia, Colombian
peru | Pérou, péruvien | Peru, Peruvian
new-zealand | Nouvelle-Zélande, néo-zélandais | New Zealand, New Zealander
indonesia | Indonésie, indonésien | Indonesia, Indonesian
thailand | Thaïlande, thaïlandais | Thailand, Thai
taiwan | Taïwan, taïwanais | Taiwan, Taiwanese
singapore | Singapour, singapourien | Singapore, Singaporean
uae | Émirats arabes unis, émirien | United Arab Emirates, UAE, Emirati
armenia | Arménie, arménien | Armenia, Armenian
azerbaijan | Azerbaïdjan, azerbaïdjanais | Azerbaijan, Azerbaijani
egypt | Égypte, égyptien | Egypt, Egyptian
`;

export const LEXICON_AREAS = `
england:0.8 | Angleterre, anglais, anglaise | England, English
scotland | Écosse, écossais, écossaise | Scotland, Scottish
wales | pays de Galles, gallois | Wales, Welsh
mayotte | Mayotte, mahorais | Mayotte
corsica | Corse, corse | Corsica, Corsican
tuscany | Toscane, toscan, toscane | Tuscany, Tuscan
florida | Floride | Florida
georgia | Géorgie, géorgien | Georgia, Georgian
eu:0.8 | Union européenne, UE, Europe des 27, européen, européenne, européens, européennes, communautaire, Bruxelles, Vingt-Sept, 27 États membres, États membres, pays membres, État membre | European Union, EU, bloc, Brussels, EU27, member states, member state, EU countries, EU country, European, Europeans
europe:0.6 | Europe, continent européen | Europe, continent
channel | Manche | Channel, English Channel
mediterranean | Méditerranée, méditerranéen | Mediterranean
arctic | Arctique, arctique, banquise arctique | Arctic
antarctic | Antarctique | Antarctica, Antarctic
amazonia | Amazonie, forêt amazonienne | Amazon rainforest, Amazonia
west:0.6 | Occident, occidental, occidentaux, occidentale, occidentales | West, Western
world:0.5 | monde, mondial, mondiale, mondiaux, mondiales, planète, planétaire, à l'échelle mondiale | world, global, globally, worldwide, planet, world's
country:0.4 | pays, nation, national, nationale | country, countries, nation, national
region:0.5 | région, régional, régionale | region, regional
city:0.5 | ville, commune, municipal, municipale | city, town, municipal
abroad:0.8 | à l'étranger | abroad, overseas
`;
