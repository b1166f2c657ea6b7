/** Health, climate and energy, migration, food, people and society (format: lexicon.ts). */
export const LEXICON_SOCIETY = `
# Health
vaccine:1 | vaccin, vaccins, vaccination, vacciner, vacciné, vaccinée, vaccinés, vaccinal, vaccinale, dose, doses, injection, injections, piqûre | vaccine, vaccines, vaccination, vaccinate, vaccinated, jab, jabs, shot, shots, dose, doses, inoculation
unvaccinated:1.2 | non vaccinés, non-vaccinés, non vacciné, antivax, antivaccin, antivaccins | unvaccinated, not vaccinated, anti-vaxxers, anti-vax, anti-vaccine
mrna:1.4 | ARN messager, ARNm, ARN | mRNA, messenger RNA, RNA
covid:1.1 | Covid, Covid-19, coronavirus, SARS-CoV-2, pandémie de Covid | Covid, Covid-19, coronavirus, SARS-CoV-2, Covid pandemic
long-covid:1.5 | Covid long | long Covid
avian-flu:1.5 | grippe aviaire, influenza aviaire, H5N1 | bird flu, avian flu, avian influenza, H5N1
flu:1.3 | grippe, grippe saisonnière, influenza | flu, influenza, seasonal flu
measles:1.5 | rougeole | measles
mumps:1.5 | oreillons | mumps
rubella:1.5 | rubéole | rubella
mmr:1.5 | ROR, vaccin ROR | MMR, MMR vaccine
hpv:1.5 | HPV, papillomavirus, papillomavirus humain, papillomavirus humains, papillomavirus humains (HPV), Gardasil | HPV, human papillomavirus, papillomavirus, Gardasil
cervical-cancer:1.5 | cancer du col de l'utérus, cancers du col de l'utérus | cervical cancer, cervical cancers
cancer:1 | cancer, cancers, cancéreux, tumeur, tumeurs | cancer, cancers, tumour, tumours, tumor, tumors
carcinogenic:1.4 | cancérogène, cancérigène, cancérogènes, cancérigènes | carcinogenic, carcinogen, causes cancer
autism:1.5 | autisme, autiste, autistes | autism, autistic
myocarditis:1.5 | myocardite, myocardites, péricardite | myocarditis, pericarditis
infertility:1.4 | stérile, stériles, stérilité, infertilité, infertile | sterile, sterility, infertility, infertile
multiple-sclerosis:1.5 | sclérose en plaques | multiple sclerosis
dna:1.3 | ADN, génome | DNA, genome
virus:0.8 | virus, viral, virale | virus, viruses
disease:0.7 | maladie, maladies, pathologie, pathologies, affection | disease, diseases, illness, illnesses, condition, conditions
symptom:1 | symptôme, symptômes | symptom, symptoms
side-effect:1.2 | effet secondaire, effets secondaires, effets indésirables, effet indésirable | side effect, side effects, adverse effects, adverse events, adverse reaction
hospital:0.9 | hôpital, hôpitaux, hospitalier, hospitalière, hospitalisé, hospitalisés, hospitalisation | hospital, hospitals, hospitalised, hospitalized, hospitalisation
doctor:0.9 | médecin, médecins, médecin traitant, docteur, médical, médicale, généraliste | doctor, doctors, GP, GPs, physician, physicians, medical
nurse:1 | infirmier, infirmière, infirmiers, soignant, soignants | nurse, nurses, carer, health worker, health workers
drug:1 | médicament, médicaments, traitement, traitements, remède, remèdes | drug, drugs, medicine, medicines, medication, treatment, treatments, remedy
cure:1 | guérir, soigner, guérison, soigne | cure, cures, cured, heal, heals
study:0.7 | étude, études, recherche, recherches, essai clinique, essais cliniques | study, studies, research, trial, clinical trial, clinical trials
scientist:0.7 | scientifique, scientifiques, chercheur, chercheurs, experts, expert | scientist, scientists, researcher, researchers, expert, experts
death:0.9 | mort, morts, décès, décédé, décédés, mourir, meurent, mortalité, mortel, mortels, tuer, tue, tuent, tué, tués | death, deaths, died, die, dies, dead, dying, mortality, deadly, fatal, fatality, kill, kills, killed
sudden-death:1.4 | morts subites, mort subite, décès soudains | died suddenly, sudden death, sudden deaths
life-expectancy:1.4 | espérance de vie | life expectancy
human-transmission:1.4 | d'homme à homme, interhumaine, entre humains | human to human, human-to-human, between humans, person to person
transmission:1.2 | transmission, contagion, contagieux, transmettre, transmet, transmis, se transmet, se propager, propagation | transmission, transmit, transmitted, contagious, spread, spreads, spreading
mask:1.3 | masque, masques | mask, masks, face mask, face masks
lockdown:1.3 | confinement, confinements, confiné | lockdown, lockdowns
pandemic:0.9 | pandémie, épidémie, épidémique | pandemic, epidemic, outbreak
smoking:1.3 | tabac, tabagisme, fumer, fumeur, fumeurs, cigarette, cigarettes | smoking, tobacco, smoke, smokers, cigarettes
alcohol:1.2 | alcool, alcools | alcohol, drinking
aspartame:1.5 | aspartame | aspartame
sweetener:1.3 | édulcorant, édulcorants, sucralose | sweetener, sweeteners, sucralose
sugar:1.1 | sucre, sucres | sugar
acceptable-daily-intake:1.5 | dose journalière admissible, DJA | acceptable daily intake, ADI
body-weight:1.2 | poids corporel | body weight, bodyweight
cholesterol:1.4 | cholestérol | cholesterol
ivermectin:1.5 | ivermectine | ivermectin
hydroxychloroquine:1.5 | hydroxychloroquine | hydroxychloroquine
aluminium:1.3 | aluminium | aluminium, aluminum
microchip:1.4 | puce, puces, micropuce, micropuces | microchip, microchips, chip, chips
brain:1.1 | cerveau | brain
heart:1.1 | cœur, cardiaque, cardiovasculaire, cardiovasculaires | heart, cardiac, cardiovascular
skin:1.1 | peau | skin
sunscreen:1.4 | crème solaire, écran solaire | sunscreen, sun cream
# Climate, energy, environment
climate:0.9 | climat, climatique, climatiques | climate
global-warming:1.2 | réchauffement climatique, réchauffement, dérèglement climatique, changement climatique, crise climatique, réchauffer, réchauffe | global warming, climate change, warming, climate crisis, warm, warms
temperature:1 | température, températures | temperature, temperatures
heat:1.1 | chaleur, chaud, chaude, canicule, canicules, vague de chaleur, vagues de chaleur | heat, hot, heatwave, heatwaves, heat wave, heat waves
hottest:1.3 | plus chaude, plus chaud, plus chaudes, record de chaleur, records de chaleur | hottest, warmest, record heat
pre-industrial:1.4 | préindustriel, préindustrielle, ère préindustrielle, niveaux préindustriels | pre-industrial, preindustrial, pre-industrial levels, industrialisation
paris-agreement:1.5 | accord de Paris, accords de Paris | Paris Agreement, Paris climate agreement, Paris accord
cop:1.3 | COP | COP, climate summit
emissions:1.1 | émission, émissions, émettre, émet, émettent | emission, emissions, emit, emits, emitted
co2:1.2 | CO2, dioxyde de carbone, gaz carbonique, carbone | CO2, carbon dioxide, carbon
greenhouse-gas:1.2 | gaz à effet de serre, GES, effet de serre | greenhouse gas, greenhouse gases, GHG, greenhouse effect
methane:1.4 | méthane | methane
carbon-footprint:1.4 | empreinte carbone | carbon footprint
atmosphere:1.1 | atmosphère, atmosphérique, air | atmosphere, atmospheric, air
pollution:1 | pollution, pollué, polluant, polluants | pollution, polluted, pollutant, pollutants
fossil:1.1 | fossile, fossiles, énergies fossiles | fossil, fossil fuels, fossil fuel
coal:1.3 | charbon, houille, lignite | coal, lignite, hard coal
gas:1 | gaz, gaz naturel | gas, natural gas
oil:1.1 | pétrole, pétrolier, baril | oil, crude, barrel
nuclear:1.2 | nucléaire, atome, atomique, parc nucléaire, centrale nucléaire, centrales nucléaires | nuclear, nuclear power, atomic, nuclear plant, nuclear plants, nuclear fleet
reactor:1.3 | réacteur, réacteurs, EPR, EPR2 | reactor, reactors, EPR, EPR2
power-plant:1 | centrale, centrales | power plant, power plants, power station, power stations
electricity:1 | électricité, électrique, électriques | electricity, electric, electrical, power
energy:0.8 | énergie, énergies, énergétique, énergétiques | energy, energies
renewable:1.2 | renouvelable, renouvelables, énergies renouvelables | renewable, renewables, renewable energy
wind:1.3 | éolien, éolienne, éoliennes, éoliens, parc éolien, parcs éoliens | wind, wind turbine, wind turbines, wind farm, wind farms, wind power, onshore wind, offshore wind
solar:1.3 | solaire, photovoltaïque, panneaux solaires | solar, solar panels, photovoltaic
production:0.7 | production, produire, produit, produite, produites, fournir, fourni, généré, générer | production, produce, produced, produces, output, generate, generated, generates, supply, supplied, supplies
consumption:0.8 | consommation, consommer, consommé | consumption, consume, consumed
availability:1.2 | disponibilité, indisponible, indisponibilité | availability, available, unavailable, outage, outages
corrosion:1.5 | corrosion, corrosion sous contrainte | corrosion, stress corrosion
sea-level:1.4 | niveau des mers, niveau de la mer, niveau moyen des mers | sea level, sea levels, sea-level rise
ice:1.2 | glace, glaces, banquise, glacier, glaciers, calotte | ice, sea ice, glacier, glaciers, ice sheet
drought:1.3 | sécheresse, sécheresses, sans pluie | drought, droughts, dry spell
rain:1 | pluie, pluies, précipitations | rain, rainfall
flood:1.3 | inondation, inondations, crue, crues | flood, floods, flooding
wildfire:1.3 | incendie, incendies, feux de forêt, mégafeux | wildfire, wildfires, forest fire, forest fires, fire, fires
el-nino:1.5 | El Niño | El Niño, El Nino
volcano:1.4 | volcan, volcans, volcanique | volcano, volcanoes, volcanic
oxygen:1.3 | oxygène | oxygen
forest:1.1 | forêt, forêts, arbre, arbres | forest, forests, rainforest, tree, trees
ocean:1 | océan, océans, mer, mers, marin, marine | ocean, oceans, sea, seas, marine
sun:1 | soleil | sun
bird:1.2 | oiseau, oiseaux | bird, birds
animal:0.8 | animal, animaux | animal, animals
car:1 | voiture, voitures, véhicule, véhicules, automobile, automobiles | car, cars, vehicle, vehicles
electric-car:1.3 | voiture électrique, voitures électriques, véhicule électrique, véhicules électriques | electric car, electric cars, electric vehicle, electric vehicles, EV, EVs
aviation:1.2 | aviation, avion, avions, aérien, aérienne, vol, vols | aviation, aircraft, airplane, airplanes, flight, flights, flying, airline, airlines
fuel:1.1 | carburant, carburants, essence, diesel, gazole | fuel, fuels, petrol, gasoline, diesel
boiler:1.4 | chaudière, chaudières, chaudières au gaz | boiler, boilers, gas boiler, gas boilers
heating:1 | chauffage | heating
clock-change:1.5 | changement d'heure, heure d'été, heure d'hiver | clock change, clock changes, daylight saving time, summer time
# Everyday things
eat:1 | manger, mange, mangent, mangé | eat, eats, eating, ate, eaten
drink:1 | boire, boit, boivent, bu, boisson, boissons | drink, drinks, drinking, drank, beverage, beverages
dog:1.2 | chien, chiens | dog, dogs
cat:1.2 | chat, chats | cat, cats
pet:1.1 | animal de compagnie, animaux de compagnie | pet, pets
neighbour:1 | voisin, voisins, voisine, voisinage | neighbour, neighbours, neighbor, neighbors
egg:1.2 | œuf, œufs | egg, eggs
chicken:1.2 | poulet, poulets, volaille, volailles | chicken, chickens, poultry
bread:1.2 | pain, pains, boulangerie | bread, bakery
cook:1 | cuire, cuit, cuite, cuisson, cuisiner | cook, cooked, cooking
cigarette-pack:1.3 | paquet de cigarettes, paquet de tabac | pack of cigarettes, cigarette pack, packet of cigarettes
productivity:1.2 | productivité, productif, productive | productivity, productive
four-day-week:1.5 | semaine de quatre jours, semaine de 4 jours | four-day week, 4-day week, four-day working week
strike:1.1 | grève, grèves, gréviste, grévistes | strike, strikes, striking, walkout
knife:1.2 | couteau, couteaux, arme blanche, armes blanches | knife, knives, knife crime, stabbing, stabbings
easy:0.6 | facilement, facile, aisément | easily, easy, readily
# Food and farming
food:0.8 | alimentation, alimentaire, aliment, aliments, nourriture, denrées | food, foods, foodstuff, foodstuffs
insect:1.3 | insecte, insectes | insect, insects, bug, bugs
insect-flour:1.5 | farine d'insectes, farine d'insecte, poudre d'insectes, poudre de grillon, farine de grillon | insect flour, insect powder, cricket powder, cricket flour
cricket:1.4 | grillon, grillons, grillon domestique | cricket, crickets, house cricket
mealworm:1.5 | ver de farine, vers de farine, ténébrion | mealworm, mealworms
flour:1.1 | farine | flour
label:1.2 | étiquetage, étiquette, étiquettes, étiqueter, étiqueté, indiquer sur l'emballage, mention | label, labels, labelling, labeling, labelled, labeled
packaging:1.1 | emballage, emballages | packaging, package, packet
gmo:1.5 | OGM, organisme génétiquement modifié, organismes génétiquement modifiés, nouveaux OGM, NGT | GMO, GMOs, genetically modified, new genomic techniques, NGT
farmer:1 | agriculteur, agriculteurs, paysan, paysans, agricole, agriculture, exploitant | farmer, farmers, farming, agriculture, agricultural
meat:1.2 | viande, viandes, élevage | meat, livestock
milk:1.2 | lait, laitier, lait cru | milk, dairy, raw milk
cheese:1.3 | fromage, fromages | cheese, cheeses
banana:1.4 | banane, bananes | banana, bananas
cucumber:1.4 | concombre, concombres | cucumber, cucumbers
bendy:1.3 | courbé, courbée, courbés, courbées, trop courbées, trop courbés | bendy, curved, too curved
fish:1.1 | poisson, poissons | fish
crisps:1.4 | chips | crisps, chips
wine:1.1 | vin, vins, viticole, vignoble, vendanges, vigne | wine, wines, vineyard, winery, wine estate, grape harvest
water:0.9 | eau | water
# Migration
migrant:1 | migrant, migrants, migrante, exilé, exilés | migrant, migrants
immigration:1 | immigration, immigré, immigrés, immigrée, immigrant, immigrants, immigrer | immigration, immigrant, immigrants, immigrate
refugee:1.1 | réfugié, réfugiés, réfugiée | refugee, refugees
asylum:1.2 | asile, demande d'asile, demandes d'asile, demandeur d'asile, demandeurs d'asile | asylum, asylum application, asylum applications, asylum claim, asylum claims, asylum seeker, asylum seekers
undocumented:1.3 | sans-papiers, clandestin, clandestins, en situation irrégulière, irrégulier, irréguliers, illégaux, immigration illégale, immigration clandestine | undocumented, illegal immigrant, illegal immigrants, illegal migrants, illegal migration, irregular migrants, illegally, irregular
foreigner:0.9 | étranger, étrangers, étrangère, étrangères, non-Européens | foreigner, foreigners, foreign, foreign nationals, non-nationals
border:1 | frontière, frontières, frontalier | border, borders
small-boats:1.4 | petits bateaux, petites embarcations, small boats, bateaux pneumatiques, embarcations de fortune | small boats, small boat, dinghies, dinghy
boat:0.9 | bateau, bateaux, embarcation, embarcations, navire, navires | boat, boats, vessel, vessels, ship, ships
yacht:1.3 | yacht, yachts | yacht, yachts
crossing:1 | traversée, traversées, traverser, traversé, traversent, passage, passages | crossing, crossings, crossed, cross, crosses
arrival:0.9 | arrivée, arrivées, arriver, entrer, entrées, entrent | arrival, arrivals, arrive, arrived, enter, entered, entries, come, came
deportation:1.3 | expulsion, expulsions, expulser, expulsé, éloignement, éloignements, éloignements forcés, reconduite à la frontière, OQTF | deportation, deportations, deport, deported, removal, removals, forced removals, expulsion, expulsions
residence-permit:1.5 | titre de séjour, titres de séjour, premiers titres, premier titre, permis de séjour, carte de séjour | residence permit, residence permits, first residence permits, residency permit
visa:1.2 | visa, visas | visa, visas
nationality:1.1 | nationalité, citoyenneté, naturalisation, naturalisé, naturalisations | nationality, citizenship, naturalisation, naturalization, naturalised
citizen:0.8 | citoyen, citoyens, ressortissant, ressortissants | citizen, citizens, national, nationals
family-reunification:1.5 | regroupement familial | family reunification, family reunion, family migration
temporary-protection:1.5 | protection temporaire | temporary protection
rescue:1.2 | secourus, secours, sauvetage, sauvés | rescued, rescue, rescues
detention:1.2 | rétention, centre de rétention, détention | detention, detention centre, detained
prison:1.1 | prison, prisons, emprisonnement, incarcéré, incarcérés, détenus | prison, jail, jailed, imprisonment, prisoners, inmates
# People and society
human:0.8 | humain, humains, humaine, être humain, êtres humains, humanité | human, humans, human being, human beings, humanity
# Transport and sport
road:0.9 | route, routes, routier, routière, routières, chaussée, autoroute, autoroutes, réseau routier | road, roads, motorway, motorways, highway, highways
speed-limit:1.4 | limitation de vitesse, vitesse maximale, vitesse maximale autorisée, limite de vitesse | speed limit, speed limits, speed cap
road-deaths:1.4 | mortalité routière, morts sur la route, tués sur les routes, accidents de la route, sécurité routière | road deaths, road fatalities, traffic deaths, road safety, road accidents
accident:1 | accident, accidents, collision | accident, accidents, crash, crashes, collision
train-rail:1 | train, trains, ferroviaire, SNCF, rail | train, trains, rail, railway, railways
olympics:1.4 | Jeux olympiques, JO, Jeux olympiques et paralympiques, olympique, olympiques, paralympiques, Jeux | Olympics, Olympic Games, Olympic, Paralympics, Paralympic, Games
world-cup:1.4 | Coupe du monde, Mondial | World Cup
football:1.1 | football, foot | football, soccer
athlete:1 | athlète, athlètes, sportif, sportifs | athlete, athletes, sportsman, sportsmen
swimming:1.2 | baignade, se baigner, nager, natation | swimming, swim, bathing, bathe
river:1 | fleuve, rivière, cours d'eau | river, rivers
people:0.3 | personne, personnes, gens, population, individus, habitants, habitant | people, persons, person, population, individuals, residents, inhabitants
man:0.6 | homme, hommes, masculin | man, men, male
woman:0.6 | femme, femmes, féminin | woman, women, female, wife, wives
wife:0.8 | épouse, épouses, conjointe | wife, spouse
family:0.6 | famille, familles, familial | family, families
mother-in-law:1.3 | belle-mère | mother-in-law
child:0.6 | enfant, enfants, enfance, mineur, mineurs | child, children, kids, minors, minor, childhood
teenager:1 | adolescent, adolescents, adolescente, adolescentes, ados, jeunes filles, collégiennes, collégiens | teenager, teenagers, teens, adolescent, adolescents, teenage girls, girls
girl:0.8 | fille, filles, fillette, fillettes | girl, girls, daughter, daughters
boy:0.8 | garçon, garçons | boy, boys, son, sons
young:0.6 | jeune, jeunes, jeunesse | young, youth, young people
elderly:0.9 | personnes âgées, âgés, seniors, aînés | elderly, older people, old people, seniors, pensioners
pupil:1 | élève, élèves, écolier, écoliers | pupil, pupils, schoolchildren, student, students
student:1 | étudiant, étudiants, étudiante, étudiantes | student, students, university students
school:0.9 | école, écoles, scolaire, collège, collèges, lycée, lycées, établissement scolaire | school, schools, middle school, secondary school, high school
teacher:1 | enseignant, enseignants, professeur, professeurs, instituteur | teacher, teachers
worker:0.8 | travailleur, travailleurs, salarié, salariés, employé, employés, ouvrier, ouvriers | worker, workers, employee, employees, staff, workforce, working people
free-of-charge:1 | gratuit, gratuite, gratuitement, gratuits, gratuites | free, free of charge
compulsory:1.1 | obligatoire, obligatoires, imposé, imposée, imposer, impose | compulsory, mandatory, obligatory, required, imposed, impose, imposes
crime:1 | crime, crimes, délit, délits, délinquance, criminalité, criminel, pénal, infraction | crime, crimes, criminal, offence, offense, criminal offence
violence:1 | violence, violences, violent, agression, agressions | violence, violent, assault, assaults
murder:1.2 | meurtre, meurtres, homicide, homicides, assassinat | murder, murders, homicide, homicides
terrorism:1.2 | terrorisme, terroriste, terroristes, attentat, attentats | terrorism, terrorist, terrorists, terror attack, terror attacks
war:1 | guerre, guerres, invasion, conflit | war, wars, invasion, conflict
weapon:1.1 | arme, armes, armement, armements | weapon, weapons, arms
peace:1 | paix, cessez-le-feu | peace, ceasefire
expansion-east:1.3 | élargissement à l'Est, vers l'est, s'étendre vers l'est | eastward expansion, expand eastward, eastward
hamas:1.5 | Hamas | Hamas
antisemitism:1.4 | antisémitisme, antisémite, étoile de David, étoiles de David | antisemitism, antisemitic, Star of David, Stars of David
religion:1 | religion, religieux, religieuse, islam, musulman, musulmans, chrétien, chrétiens, juif, juifs | religion, religious, Islam, Muslim, Muslims, Christian, Christians, Jewish, Jews
gender:1 | genre, égalité femmes-hommes, égalité salariale | gender, gender equality, gender pay gap
disability:1.2 | handicap, handicapé, handicapés | disability, disabled
villa:1.2 | villa, villas, manoir, résidence, demeure, propriété, domaine | villa, villas, mansion, estate, property, residence
luxury:1.2 | luxe, luxueux, luxueuse, luxueuses | luxury, luxurious
jewellery:1.3 | bijoux, joaillerie, joaillier | jewellery, jewelry, jeweller, jeweler
casino:1.3 | casino | casino
`;
