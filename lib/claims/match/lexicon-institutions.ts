/** Institutions, laws and the vocabulary of technology and data protection (format: lexicon.ts). */
export const LEXICON_INSTITUTIONS = `
# European and international institutions
eu-commission:1.2 | Commission européenne, Commission de Bruxelles, exécutif européen, la Commission | European Commission, EU Commission, the Commission
eu-parliament:1.2 | Parlement européen, eurodéputé, eurodéputés, député européen, députés européens | European Parliament, MEP, MEPs, Member of the European Parliament
eu-council:1.2 | Conseil de l'UE, Conseil européen, Conseil de l'Union européenne | Council of the EU, European Council, Council of the European Union
ecb:1.5 | Banque centrale européenne, BCE | European Central Bank, ECB
cjeu:1.5 | Cour de justice de l'Union européenne, CJUE, Cour de justice de l'UE, Cour de justice européenne | Court of Justice of the European Union, CJEU, European Court of Justice, ECJ
echr-court:1.5 | Cour européenne des droits de l'homme, CEDH | European Court of Human Rights, ECtHR
un:1.2 | Organisation des Nations unies, Nations unies, ONU, onusien | United Nations, UN
who:1.3 | Organisation mondiale de la santé, OMS | World Health Organization, World Health Organisation, WHO
iarc:1.5 | Centre international de recherche sur le cancer, CIRC, agence de l'OMS contre le cancer | International Agency for Research on Cancer, IARC, WHO's cancer agency, cancer agency
imf:1.3 | Fonds monétaire international, FMI | International Monetary Fund, IMF
oecd:1.3 | Organisation de coopération et de développement économiques, OCDE | Organisation for Economic Co-operation and Development, OECD
nato:1.3 | Organisation du traité de l'Atlantique Nord, OTAN, Alliance atlantique | North Atlantic Treaty Organization, NATO
ipcc:1.5 | Groupe d'experts intergouvernemental sur l'évolution du climat, GIEC | Intergovernmental Panel on Climate Change, IPCC
ema:1.5 | Agence européenne des médicaments, AEM | European Medicines Agency, EMA
efsa:1.5 | Autorité européenne de sécurité des aliments, EFSA | European Food Safety Authority, EFSA
eurostat:1.2 | Eurostat | Eurostat
world-bank:1.3 | Banque mondiale | World Bank
# National institutions
gov:0.5 | gouvernement, gouvernemental, exécutif, ministère, ministères | government, administration, ministry, cabinet
president:0.7 | président, présidente, présidentiel, chef de l'État, présidence | president, presidential, head of state, presidency
prime-minister:0.8 | Premier ministre, Première ministre, chef du gouvernement, Matignon | Prime Minister, PM, premier, Downing Street
minister:0.6 | ministre, ministres, secrétaire d'État | minister, ministers, secretary
home-office:1.2 | ministère de l'Intérieur, ministre de l'Intérieur, place Beauvau, Beauvau | Home Office, Home Secretary, interior ministry, interior minister
treasury:1.2 | Trésor, ministère des Finances, ministre de l'Économie, chancelier de l'Échiquier, chancelière de l'Échiquier, Bercy | Treasury, Chancellor, Chancellor of the Exchequer, finance ministry, finance minister
parliament:0.8 | Parlement, parlementaire, parlementaires, législateur | Parliament, parliamentary, legislature, lawmakers, legislators, lawmaker
mp:0.8 | député, députée, députés, élu, élus | MP, MPs, member of parliament, deputy, deputies, representative, congressman, congresswoman
national-assembly:1.2 | Assemblée nationale, Assemblée, hémicycle | National Assembly
senate:1.2 | Sénat, sénateur, sénatrice, sénateurs | Senate, senator, senators
congress:1.2 | Congrès | Congress
white-house:1.2 | Maison-Blanche | White House
elysee:1.2 | Élysée | Elysee Palace, Élysée
constitutional-council:1.5 | Conseil constitutionnel, Sages | Constitutional Council
council-of-state:1.5 | Conseil d'État | Council of State, Conseil d'Etat
audit-court:1.5 | Cour des comptes, Haut Conseil des finances publiques | Court of Audit, Court of Auditors, audit court, public auditor
supreme-court:1.3 | Cour suprême | Supreme Court
court:0.8 | tribunal, tribunaux, cour, juridiction, justice, juge, juges | court, courts, tribunal, judge, judges, justice
insee:1.5 | Insee, Institut national de la statistique | INSEE, national statistics office
ons:1.5 | Office des statistiques nationales | Office for National Statistics, ONS
central-bank:1 | banque centrale, Banque de France, Banque d'Angleterre, Réserve fédérale | central bank, Bank of England, Federal Reserve
nhs:1.5 | NHS, système de santé britannique, service de santé britannique | NHS, National Health Service
cdc:1.5 | CDC | CDC, Centers for Disease Control, Centers for Disease Control and Prevention
fda:1.5 | FDA, Agence américaine des médicaments | FDA, Food and Drug Administration
health-agency:1.2 | Santé publique France, Haute Autorité de santé, HAS, ANSM, ARS, agence régionale de santé, agence du médicament | Public Health France, health agency, public health agency, UKHSA, health authority
met-office:1.3 | Météo-France, service météorologique | Met Office, weather service, national weather service
copernicus:1.5 | Copernicus, observatoire européen Copernicus, service européen Copernicus | Copernicus, Copernicus Climate Change Service, C3S
rte:1.5 | RTE, gestionnaire du réseau électrique, Réseau de transport d'électricité | RTE, French grid operator, grid operator
edf:1.5 | EDF, Électricité de France | EDF, Électricité de France
police:0.8 | police, policier, policiers, gendarmerie, gendarme, gendarmes, forces de l'ordre | police, police officer, police officers, officers
army:0.8 | armée, armées, militaire, militaires, soldat, soldats | army, armed forces, military, troops, soldier, soldiers
# Regulators and data protection
cnil:1.5 | CNIL, Commission nationale de l'informatique et des libertés, gendarme des données personnelles | CNIL, French data protection authority, French privacy regulator, France's data protection authority, France's privacy watchdog
dpa:1 | autorité de protection des données, autorités de protection des données, autorité de contrôle, autorités de contrôle, régulateur, régulateurs, autorité, autorités, gendarme | data protection authority, data protection authorities, supervisory authority, regulator, regulators, watchdog, watchdogs, authority, authorities, privacy watchdog, privacy regulator
irish-dpc:1.5 | Commission irlandaise de protection des données, DPC, Data Protection Commission, régulateur irlandais, autorité irlandaise, CNIL irlandaise | Irish Data Protection Commission, Data Protection Commission, DPC, Irish regulator, Irish watchdog, Irish data protection authority
ico:1.5 | ICO, Information Commissioner | Information Commissioner's Office, ICO, Information Commissioner
arcom:1.5 | Arcom, CSA | Arcom, French media regulator
edpb:1.5 | Comité européen de la protection des données, CEPD | European Data Protection Board, EDPB
noyb:1.5 | noyb, NOYB, None of Your Business | noyb, NOYB, None of Your Business
# Laws
gdpr:1.5 | RGPD, règlement général sur la protection des données, règlement européen sur la protection des données, règlement (UE) 2016/679 | GDPR, General Data Protection Regulation, EU GDPR, UK GDPR, Regulation (EU) 2016/679
dsa:1.5 | DSA, règlement sur les services numériques, législation sur les services numériques, Digital Services Act | DSA, Digital Services Act
dma:1.5 | DMA, règlement sur les marchés numériques, législation sur les marchés numériques, Digital Markets Act | DMA, Digital Markets Act
ai-act:1.5 | AI Act, IA Act, règlement sur l'intelligence artificielle, règlement européen sur l'intelligence artificielle, règlement sur l'IA, règlement européen sur l'IA, législation sur l'IA, législation européenne sur l'intelligence artificielle | AI Act, EU AI Act, Artificial Intelligence Act, EU's AI rules, AI law, AI regulation
eprivacy:1.5 | directive ePrivacy, ePrivacy, directive vie privée et communications électroniques | ePrivacy, ePrivacy directive, ePrivacy regulation
fr-lil:1.5 | loi Informatique et Libertés, loi informatique et libertés, loi de 1978, loi du 6 janvier 1978 | French Data Protection Act, Informatique et Libertés law, loi Informatique et Libertés, 1978 data protection law
privacy-shield:1.5 | Privacy Shield, bouclier de protection des données | Privacy Shield, EU-US Privacy Shield
dpf:1.5 | Data Privacy Framework, cadre de protection des données UE-États-Unis, cadre transatlantique | Data Privacy Framework, EU-US Data Privacy Framework, Trans-Atlantic Data Privacy Framework
schrems:1.5 | Schrems, arrêt Schrems, Schrems II | Schrems, Schrems II, Schrems ruling
charter-rights:1.3 | Charte des droits fondamentaux | Charter of Fundamental Rights
constitution:1.2 | Constitution, constitutionnel, constitutionnelle | Constitution, constitutional
article-49-3:1.5 | 49.3, 49-3, article 49.3, article 49 alinéa 3 | Article 49.3, 49.3
law:0.6 | loi, lois, législation, législatif, texte de loi, projet de loi, proposition de loi, code | law, laws, legislation, legislative, act, bill, statute, code
regulation:0.6 | règlement, réglementation, réglementaire, régulation, directive, règles, règle, norme, normes | regulation, regulations, regulatory, directive, rules, rule, standard, standards
treaty:1 | traité, traités, accord international | treaty, treaties, international agreement
# Rights and legal bases
legitimate-interest:1.5 | intérêt légitime, intérêts légitimes | legitimate interest, legitimate interests
consent:1.2 | consentement, consentir, consenti, accord préalable | consent, consented, consenting, permission
right-object:1.5 | droit d'opposition, droit de s'opposer, s'opposer, opposer, opposition | right to object, object, objection, opt out, opt-out
right-erasure:1.5 | droit à l'effacement, droit à l'oubli, droit au déréférencement | right to erasure, right to be forgotten
right-access:1.3 | droit d'accès | right of access, subject access request
free-speech:1.3 | liberté d'expression, liberté de parole | freedom of expression, free speech, freedom of speech
censorship:1.3 | censure, censurer, censuré, censurée, censurés, loi de censure | censorship, censor, censored, censoring, censorship law
data-transfer:1.2 | transfert de données, transferts de données, transférer, transfert, transferts | data transfer, data transfers, transfer, transfers, transferring
# Technology and data
personal-data:1 | données personnelles, données à caractère personnel, données, donnée, informations personnelles | personal data, data, personal information, user data
privacy:1 | vie privée, confidentialité, protection de la vie privée | privacy, confidentiality
privacy-policy:1.2 | politique de confidentialité, conditions d'utilisation, conditions générales | privacy policy, terms of service, terms and conditions, terms of use
ai:0.9 | intelligence artificielle, IA, IA générative, intelligence artificielle générative | artificial intelligence, AI, generative AI, gen AI
ai-model:0.8 | modèle, modèles, modèle de langage, grand modèle de langage, LLM | model, models, language model, large language model, LLM
train-ai:1.2 | entraîner, entraînement, entraîné, entraînée, entraînés, nourrir, former | train, training, trained, feed
chatbot:1 | chatbot, agent conversationnel, assistant | chatbot, assistant, chat bot
facial-recognition:1.5 | reconnaissance faciale, reconnaissance biométrique, biométrique, biométriques | facial recognition, face recognition, biometric, biometrics, biometric identification
social-scoring:1.5 | notation sociale, crédit social | social scoring, social credit
emotion-recognition:1.5 | reconnaissance des émotions | emotion recognition
algorithm:1 | algorithme, algorithmes, algorithmique | algorithm, algorithms, algorithmic
user:0.5 | utilisateur, utilisateurs, utilisatrice, utilisatrices, internaute, usager, usagers, membres | user, users, member, members, people online
account:0.6 | compte utilisateur, profil, mur | profile, account, wall, timeline
platform:0.6 | plateforme, plateformes, réseau social, réseaux sociaux, site, sites, application, applications, appli | platform, platforms, social network, social networks, social media, website, websites, site, app, apps, application
very-large-platform:1.2 | très grandes plateformes, très grande plateforme | very large online platforms, very large online platform, VLOP, VLOPs
search-engine:1 | moteur de recherche | search engine
message:0.8 | message, messages, messagerie, messageries | message, messages, messaging
private:0.8 | privé, privée, privés, privées | private, privately
public-content:0.8 | publications publiques, contenus publics, contenu public, publication publique | public posts, public content, public contents, public post
content:0.5 | contenu, contenus | content, contents
post:0.4 | publication, publier, publié, poster, post, partager, partagé, statut | post, posting, posted, publish, published, share, shared, status
photo:0.8 | photo, photos, photographie, photographier, image, images | photo, photos, picture, pictures, photograph, image, images
video:0.6 | vidéo, vidéos | video, videos, footage, clip
encryption:1.3 | cryptage, chiffrement de bout en bout, messages chiffrés, données chiffrées | encryption, encrypted, end-to-end encryption
cookie:1.3 | cookie, cookies, traceur, traceurs, cookie walls, cookie wall | cookie, cookies, tracker, trackers, cookie walls, cookie wall
advertising:1 | publicité, publicités, publicitaire, pub, publicité ciblée, publicité personnalisée | advertising, advertisement, advertisements, ads, ad, targeted advertising, personalised advertising, personalized ads
subscription:1 | abonnement, abonnements, payant, payante | subscription, subscriptions, paid subscription, pay for
password:1.3 | mot de passe, mots de passe | password, passwords
hack:1.2 | piratage, pirater, piraté, cyberattaque, fuite de données, violation de données | hack, hacked, hacking, cyberattack, data breach, breach, leak
fact-check:1 | vérification des faits, fact-checking, fact-checkeurs, vérificateurs | fact-checking, fact-checkers, fact-check, fact-checks, third-party fact-checking
disinformation:0.8 | désinformation, mésinformation, infox, fausses informations, fausse information, fake news | disinformation, misinformation, fake news, false information
deepfake:1.3 | deepfake, hypertrucage, générée par IA, générées par IA | deepfake, AI-generated
internet:0.6 | internet, en ligne, web, numérique, numériques | internet, online, web, digital
smartphone:1 | smartphone, téléphone, portable, téléphones | smartphone, phone, mobile phone, phones
5g:1.5 | 5G | 5G
robocall:1.3 | appel automatisé, appels automatisés | robocall, robocalls
roaming:1.3 | itinérance, frais d'itinérance, roaming | roaming, roaming charges
`;
