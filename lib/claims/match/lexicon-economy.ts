/** Public finance, economy, work, politics and elections (format: lexicon.ts). */
export const LEXICON_ECONOMY = `
# Public finance
deficit:1.2 | déficit, déficits, déficit public, déficits publics, trou, trou budgétaire, dérapage budgétaire | deficit, deficits, budget deficit, public deficit, fiscal deficit, black hole, shortfall, hole
gap:1 | manque, impasse, trou de financement | gap, funding gap, financing gap
debt:1.2 | dette, dettes, dette publique, endettement | debt, debts, national debt, public debt, borrowing
gdp:1.2 | PIB, produit intérieur brut, richesse nationale, richesse produite | GDP, gross domestic product, national output, national income
gni:1.2 | revenu national brut, RNB | gross national income, GNI
budget:0.8 | budget, budgets, budgétaire, budgétaires, loi de finances, projet de loi de finances, PLF | budget, budgets, budgetary, finance bill
public-finances:1 | finances publiques, comptes publics, comptes de l'État | public finances, public accounts, public purse
spending:0.9 | dépense, dépenses, dépenser, dépensé | spending, spend, spent, expenditure, outlay
cost:0.8 | coût, coûts, coûter, coûte, coûtent, coûté, coûteux, facture | cost, costs, costing, costed, costly, price tag
revenue:0.9 | recettes, recette, rentrées fiscales, revenus | revenue, revenues, receipts, income
turnover:1.3 | chiffre d'affaires, chiffres d'affaires | turnover, annual turnover, global turnover, worldwide turnover
tax:1 | impôt, impôts, taxe, taxes, fiscal, fiscale, fiscalité, prélèvements obligatoires, prélèvements | tax, taxes, taxation, levy, levies, fiscal
tax-rise:1.2 | hausse d'impôts, hausse des impôts, augmentation d'impôts, hausse de la fiscalité | tax rise, tax rises, tax increase, tax increases, tax hike
tax-cut:1.2 | baisse d'impôts, baisses d'impôts, baisse des impôts, réduction d'impôts, cadeaux fiscaux | tax cut, tax cuts, tax reduction
tax-burden:1.2 | pression fiscale, poids des prélèvements | tax burden
vat:1.3 | TVA, taxe sur la valeur ajoutée | VAT, value added tax, sales tax
income-tax:1.2 | impôt sur le revenu | income tax
wealth-tax:1.3 | impôt sur la fortune, ISF, IFI | wealth tax
digital-tax:1.3 | taxe sur les services numériques, taxe GAFA, taxe numérique | digital services tax, digital tax
inflation:1.2 | inflation, hausse des prix, flambée des prix | inflation, price rises, rising prices, cost of living
price:0.7 | prix, tarif, tarifs, tarifaire | price, prices
growth:1 | croissance | growth, grew, grow, expanded, expansion
recession:1.2 | récession | recession, contraction
unemployment:1.2 | chômage, chômeur, chômeurs, taux de chômage, demandeurs d'emploi | unemployment, unemployed, jobless, unemployment rate, jobseekers
job:0.8 | emploi, emplois, poste, postes, travail | job, jobs, employment, work
wage:1 | salaire, salaires, salarial, rémunération | wage, wages, salary, salaries, pay
minimum-wage:1.3 | SMIC, salaire minimum | minimum wage, national living wage
pension:1.2 | pension, pensions, retraite, retraites, régime de retraite, système de retraite, retraité, retraités, retraitée, pensionné | pension, pensions, pension system, state pension, pensioner, pensioners, retiree, retirees, retired people
retirement-age:1.3 | âge de départ, âge légal, âge de la retraite, âge légal de départ, âge d'ouverture des droits, départ à la retraite, partir à la retraite | retirement age, pension age, state pension age, minimum retirement age, retire, retiring
contributor:1.3 | cotisant, cotisants, cotisation, cotisations | contributor, contributors, contribution, contributions, workers per retiree
minimum-pension:1.3 | pension minimale, minimum contributif, petites pensions, retraite minimale | minimum pension
old-age-minimum:1.5 | minimum vieillesse, ASPA, allocation de solidarité aux personnes âgées | minimum old-age income, old-age minimum
reform:0.8 | réforme, réformes, réformer | reform, reforms, overhaul
company:0.5 | entreprise, entreprises, société, sociétés, firme, firmes, groupe, géant, multinationale | company, companies, firm, firms, business, businesses, group, giant, corporation
bank:0.9 | banque, banques, bancaire | bank, banks, banking
interest-rate:1.2 | taux d'intérêt, taux directeur, taux directeurs | interest rate, interest rates, base rate
savings:1.2 | épargne, livret A, livret | savings, savings account
market:0.6 | marché, marchés | market, markets
trade:0.8 | commerce, commercial, commerciale, échanges commerciaux | trade, trading
tariff:1.3 | droits de douane, droit de douane, tarif douanier, tarifs douaniers, surtaxe douanière | tariff, tariffs, customs duties, duties, duty
import:0.9 | importation, importations, importer, importé, importés | import, imports, imported, importer, importers
export:0.9 | exportation, exportations, exporter | export, exports, exported
household:0.8 | ménage, ménages, foyer, foyers, famille qui travaille | household, households, working family, working families
poverty:1.2 | pauvreté, pauvre, pauvres, précarité | poverty, poor, poorest, deprivation
rich:1 | riche, riches, fortune, fortunes, milliardaire, milliardaires | rich, wealthy, wealth, billionaire, billionaires, fortune
cash:1.3 | espèces, liquide, argent liquide, paiement en liquide, paiements en espèces | cash, cash payments, cash payment
banknote:1.3 | billet, billets, billet de banque, coupure, coupures | banknote, banknotes
digital-euro:1.5 | euro numérique | digital euro
currency:0.8 | monnaie, devise, euro, euros | currency, money, euro, euros, legal tender
payment:0.8 | paiement, paiements, payer, payé, payée, régler, versement, versements | payment, payments, pay, paying, paid
cap:1.1 | plafond, plafonner, plafonné, plafonnés, plafonnement, limite, limiter | cap, capped, capping, ceiling, limit, limited, limits
threshold:1 | seuil, au-delà, au-dessus | threshold, above, over
professional:0.8 | professionnel, professionnels, commerçant, commerçants, vendeur, vendeurs | professional, professionals, business, merchant, merchants, trader, traders, seller, sellers
aid:0.8 | aide, aides, soutien, subvention, subventions, allocation, allocations, prestation, prestations | aid, help, support, subsidy, subsidies, allowance, allowances, benefit, benefits, handout, handouts
welfare:1 | aides sociales, protection sociale, minima sociaux, RSA | welfare, social benefits, social security benefits
social-security:1 | sécurité sociale, Sécu, assurance maladie, CAF | social security, health insurance
state-medical-aid:1.6 | aide médicale d'État, AME | state medical aid, AME, medical aid for undocumented migrants
funding:0.8 | financement, financer, financé, fonds, crédits | funding, fund, funds, funded, finance, financing
money:0.5 | argent, somme, sommes, montant, montants | money, sum, sums, amount, amounts, cash
fine:1.2 | amende, amendes, sanction, sanctions financières, sanctionné, sanctionnée, pénalité, pénalités, condamné à payer, infliger | fine, fines, fined, penalty, penalties, sanction, sanctioned
damages:1.2 | dommages et intérêts, indemnisation, indemnités, dédommagement | damages, compensation, damages claims, indemnity
energy-price:1.2 | prix de l'énergie, facture d'énergie, factures d'énergie, bouclier tarifaire, tarif réglementé, tarifs réglementés | energy prices, energy bill, energy bills, energy price guarantee, price cap, regulated tariff, regulated tariffs
rent:1 | loyer, loyers | rent, rents
housing:1 | logement, logements, maison, maisons, habitation | housing, home, homes, house, houses, dwelling
# Politics and elections
election:0.9 | élection, élections, électoral, électorale, scrutin, scrutins, suffrage universel | election, elections, electoral, poll, polls, race
european-elections:1.3 | élections européennes, les européennes, aux européennes, des européennes, scrutin européen | European elections, European Parliament elections, European election
legislative-elections:1.3 | législatives, élections législatives, législatives anticipées | legislative elections, parliamentary elections, snap elections, snap election, general election, general elections
presidential-election:1.3 | présidentielle, élection présidentielle, présidentielles | presidential election, presidential race
primary:1.2 | primaire, primaires | primary, primaries, caucus
round-1:1.2 | premier tour | first round
round-2:1.2 | second tour, deuxième tour | second round, runoff, run-off
vote:0.8 | vote, votes, voter, voté, votants, votant | vote, votes, voting, voted
voter:0.9 | électeur, électeurs, inscrits, électeurs inscrits, corps électoral | voter, voters, registered voters, electorate
ballot:1.2 | bulletin, bulletins, bulletin de vote, bulletins de vote, urne, urnes | ballot, ballots, ballot paper, ballot papers, ballot box
polling-station:1.2 | bureau de vote, bureaux de vote | polling station, polling stations, polling place
turnout:1.3 | participation, taux de participation | turnout, participation
abstention:1.3 | abstention, abstentionnistes | abstention, abstentions, abstained
blank-vote:1.5 | vote blanc, votes blancs, bulletins blancs, vote nul | blank vote, blank votes, spoiled ballot, spoiled ballots
valid-votes:1.5 | suffrages exprimés | votes cast, valid votes
proxy-vote:1.5 | procuration, procurations | proxy vote, proxy, proxies
postal-vote:1.5 | vote par correspondance | postal vote, postal voting, mail-in ballot, mail-in voting, absentee ballot
electronic-vote:1.3 | vote par internet, vote électronique | online voting, electronic voting, e-voting
voter-id:1.3 | pièce d'identité, carte d'identité | photo ID, voter ID, identification
fraud:1.2 | fraude, fraudes, frauduleux, triche, truqué, truquée, truquer, trucage | fraud, fraudulent, rigged, rig, rigging, stolen, cheating
count-votes:1.2 | dépouillement, dépouiller | vote count, vote counting, counting of votes
county:1.2 | comté, comtés | county, counties
seat:1.1 | siège, sièges | seat, seats
majority:0.9 | majorité, majoritaire, majoritaires | majority
candidate:0.8 | candidat, candidate, candidats, candidature | candidate, candidates, candidacy, nominee
campaign:0.7 | campagne, campagnes, meeting, meetings | campaign, campaigns, rally, rallies
party:0.7 | parti, partis | party, parties
list:0.7 | liste, listes | list, lists, ticket
debate:1 | débat, débats, débat télévisé | debate, debates, televised debate, TV debate
additional:0.5 | supplémentaire, supplémentaires, en plus | additional, extra, more
mandate:1 | mandat, mandats, quinquennat | term, mandate, term of office, five-year term
dissolution:1.3 | dissolution, dissoudre | dissolution, dissolve, dissolved
referendum:1.3 | référendum | referendum
left:0.9 | gauche | left-wing, the left
right-wing:0.9 | droite | right-wing
far-right:1.2 | extrême droite | far right, far-right
rn:1.3 | Rassemblement national, RN, Front national, FN | National Rally, RN, National Front
nfp:1.3 | Nouveau Front populaire, NFP | New Popular Front, NFP
labour:1.3 | travailliste, travaillistes, Labour | Labour, Labour Party
tories:1.3 | conservateur, conservateurs, tory, tories, Parti conservateur | Conservative, Conservatives, Tory, Tories, Conservative Party
democrat:1.1 | démocrate, démocrates, Parti démocrate | Democrat, Democrats, Democratic
republican:1.1 | républicain, républicains, Parti républicain | Republican, Republicans, GOP
reform-uk:1.3 | Reform UK | Reform UK
brexit:1.3 | Brexit, sortie de l'UE, sortie de l'Union européenne, quitter l'UE | Brexit, leaving the EU, leave the EU
manifesto:1 | programme, programmes, programme électoral | manifesto, manifestos, platform, programme, program
promise:0.9 | promesse, promesses, promettre, promis, promise, engagement, s'engager | promise, promises, promised, pledge, pledges, pledged, vow, vowed
mayor:1 | maire, maires, municipales | mayor, mayors, local elections
`;
