/** Everyday verbs, comparisons and time words that claims share (format: lexicon.ts). */
export const LEXICON_GENERAL = `
# Change and comparison
increase:0.7 | hausse, hausses, augmentation, augmentations, augmenter, augmenté, augmente, progression, progresser, progressé, bondir, bondi, bond, grimper, grimpé, monter, monté, flambée, envolée, revalorisation, relever, relevé, porter à, porté à, passer de | increase, increases, increased, rise, rises, rose, risen, rising, up, jump, jumped, soar, soared, surge, surged, grow, grew, hike, raise, raises, raised, boost, uplift
decrease:0.7 | baisse, baisses, baisser, baissé, diminution, diminuer, diminué, recul, reculer, reculé, chute, chuter, chuté, réduction, réduire, réduit, ramener, ramené, ramenée, effondrement, s'effondrer, abaisser, abaissé, abaissement | decrease, decreased, decrease by, fall, falls, fell, fallen, drop, dropped, decline, declined, down, cut, cuts, reduce, reduced, reduction, slump, slumped, lower, lowered, shrank, shrink, collapse, collapsed, plunge, plunged
record:1 | record, records, historique, inédit, sans précédent, jamais vu, jamais enregistré, jamais mesurée, jamais mesuré, jamais enregistrée | record, records, unprecedented, all-time, on record, ever recorded, ever
most:0.7 | plus élevé, plus élevée, plus haut, plus haute, plus fort, plus forte, plus grand, plus grande, plus gros, plus grosse, plus lourd, plus lourde, plus importante, plus important, le plus, la plus, maximum, maximal, pic, culminé, atteint un pic | highest, largest, biggest, greatest, heaviest, most, maximum, peak, peaked, top
least:0.7 | plus bas, plus basse, plus faible, plus petit, plus petite, minimum, minimal, minimale | lowest, smallest, least, minimum, bottom, low
worst:1 | pire, pires, le pire, la pire | worst
best:0.8 | meilleur, meilleure, meilleurs, mieux | best, better
first:0.6 | premier, première, premiers, premières, pour la première fois | first, for the first time
only:0.5 | seulement, uniquement, ne que, seul, seule, seuls, exclusivement | only, solely, sole, just, exclusively
all:0.4 | tous, toutes, totalité, ensemble, intégralité, quiconque | all, every, everyone, entire, whole, anyone
none:0.5 | aucun, aucune, personne, rien, nul | none, nobody, nothing, no one
more-than:0.4 | plus de, au moins, au-delà de, dépasser, dépassé, dépasse, supérieur, supérieure | more than, at least, over, above, exceed, exceeded, exceeds, beyond, surpass, surpassed
less-than:0.4 | moins de, inférieur, inférieure, en dessous de | less than, fewer than, under, below, fewer
majority-share:0.7 | majorité, majoritaires, plupart | most, majority, bulk
share:0.5 | part, parts, proportion, pourcentage, taux, représenter, représente, représentent, représentons | share, proportion, percentage, rate, account for, accounts for, represent, represents, make up, makes up
average:0.6 | moyenne, moyen, en moyenne | average, on average, mean, typical
total:0.4 | total, totale, au total, en tout | total, in total, overall
double:0.8 | doublé, doubler, double, deux fois plus | doubled, double, twice as many, twice as much
times-more:0.8 | fois plus | times more, times as many, times higher, times as likely, times more likely
count:0.8 | pris en compte, prise en compte, prendre en compte, comptabiliser, comptabilisé, comptabilisés, compter, compté, comptés, comptées, décompte, comptage, inclure, inclus | count, counts, counted, counting, taken into account, tally, include, included, includes
compared:0.1 | par rapport à, comparé à, contre | compared with, compared to, relative to, versus
# Time
year:0.3 | an, ans, année, années, annuel, annuelle, annuellement, par an, chaque année | year, years, annual, annually, yearly, a year, per year, each year, every year
month:0.4 | mois, mensuel, mensuelle, par mois | month, months, monthly, a month, per month
week:0.5 | semaine, semaines, hebdomadaire, par semaine, chaque semaine | week, weeks, weekly, a week, per week, every week
day:0.4 | jour, jours, journée, quotidien, quotidienne, par jour | day, days, daily, a day, per day
decade:0.7 | décennie, décennies, dix ans | decade, decades, ten years
century:0.7 | siècle, siècles | century, centuries
future:0.5 | avenir, futur, prochain, prochaine, bientôt, à partir de, dès | future, next, soon, from, starting
since:0.4 | depuis, désormais | since, now, from now on
deadline:0.8 | date limite, échéance, délai, délais, au plus tard | deadline, by, no later than, time limit
# Everyday verbs
buy:1 | acheter, acheté, achète, achat, achats, acquérir, acquis, acquise, acquisition, s'offrir, offert, racheter, racheté, rachat | buy, buys, bought, purchase, purchased, acquire, acquired, acquisition, snapped up
sell:1 | vendre, vendu, vendue, vente, ventes, céder, cédé, cession, revendre, revendu, revendues | sell, sold, sale, sales, resell, resold, divest
own:0.7 | posséder, possède, propriétaire, détenir, détient | own, owns, owned, owner, hold, holds
spend-money:0.9 | dépensé, claquer | spent, splurged
send:0.8 | envoyer, envoie, envoyé, envoyés, envoient, verser, versait, verse, transférer | send, sends, sent, transfer, remit, remittances
receive:0.7 | recevoir, reçu, reçoit, reçoivent, percevoir, perçu, toucher, touche, touchent, bénéficier, bénéficient | receive, received, receives, get, gets, got, collect, collects, benefit from
give:0.6 | donner, donné, donne, délivrer, délivré, délivrés, octroyer | give, gave, given, grant, granted, issue, issued, award, awarded
use:0.6 | utiliser, utilise, utilisé, utilisée, utilisation, usage, exploiter, exploite, exploitation, se servir | use, uses, used, using, usage, exploit, make use
read:0.9 | lire, lit, lu, lecture, accéder, accès | read, reads, reading, access
collect-data:1 | collecter, collecte, récolter, aspirer, siphonner, moissonner | collect, collecting, harvest, harvesting, scrape, scraping, scraped
store:0.9 | stocker, stocké, stockage, garder, gardé | store, stored, storing, storage, keep, kept, retain, retention
delete:1 | supprimer, supprimé, suppression, effacer, effacé, retirer, retiré | delete, deleted, deletion, remove, removed, erase, erased, scrap, scrapped, abolish, abolished
ban:1.1 | interdire, interdit, interdite, interdits, interdites, interdiction, interdictions, prohiber, proscrire, bannir, bannit, illégal, illégale, illégaux | ban, bans, banned, banning, prohibit, prohibits, prohibited, prohibition, forbid, forbidden, outlaw, outlawed, illegal, unlawful
allow:0.9 | autoriser, autorise, autorisé, autorisée, autorisation, permettre, permet, permis, légal, légale, légalement, licite, feu vert | allow, allows, allowed, authorise, authorised, authorize, authorized, authorisation, permit, permitted, lawful, legal, legally, green light, approve, approved
require:0.8 | obliger, oblige, obligé, obligation, obligations, devoir, doit, doivent, exiger, exige, imposer | require, requires, required, requirement, obligation, obligations, must, oblige, obliged, have to, has to
enforce:1 | faire respecter, appliquer, s'appliquer, s'applique, s'appliqueront | enforce, enforcement, apply, applies, applied
enter-force:1.2 | entrer en vigueur, entré en vigueur, entrée en vigueur, en vigueur | enter into force, entered into force, entry into force, came into force, into force, in force, take effect, took effect
adopt:0.9 | adopter, adopté, adoptée, adoption, approuver, approuvé | adopt, adopted, adoption, pass, passed, approve, approved, vote through
repeal:1.2 | abroger, abrogé, abrogation, annuler, annulé, invalider, invalidé, invalidation | repeal, repealed, overturn, overturned, strike down, struck down, invalidate, invalidated, annul, annulled
block:1 | bloquer, bloqué, bloquée, blocage | block, blocked, blocking
stop:0.8 | arrêter, arrêté, arrêt, cesser, cessé, mettre fin, mettre un terme, fin | stop, stops, stopped, end, ended, ends, halt, halted, cease, ceased
pause:1.2 | pause, mettre en pause, mis en pause, suspendre, suspendu, suspendue, suspension, reporter, reporté | pause, paused, suspend, suspended, suspension, postpone, postponed, delay, delayed
start:0.6 | commencer, commencé, débuter, débuté, début, lancer, lancé, lancement, démarrer, démarrage, inaugurer | start, started, begin, began, begun, launch, launched, kick off, roll out, rolled out, roll-out
announce:0.6 | annoncer, annoncé, annonce, dévoiler, dévoilé | announce, announced, announcement, unveil, unveiled
notify:0.9 | notification, notifier, prévenir, prévenu, informer, informé, avertir, averti | notification, notify, notified, inform, informed, warn, warned, notice
decide:0.6 | décider, décidé, décision, décisions, trancher, statuer | decide, decided, decision, decisions, ruling, rule, ruled
judge-rule:0.9 | juger, jugé, jugement, arrêt, condamner, condamné, condamnée | ruling, judgment, judgement, convicted, sentenced, condemned
investigation:1 | enquête, enquêtes, investigation, enquêter | investigation, investigations, inquiry, probe, investigate
complaint:1 | plainte, plaintes, réclamation, réclamations, saisine, recours | complaint, complaints, lawsuit, lawsuits, legal challenge, appeal
threaten:1 | menacer, menace, menacé, mise en demeure | threaten, threatened, threat, threats, cease and desist, injunction
accuse:0.7 | accuser, accusé, accusation, reprocher | accuse, accused, accusation, blame, blamed
deny:0.7 | démentir, dément, démenti, nier, nie, contester | deny, denies, denied, dispute, disputed, reject, rejected
admit:0.9 | admettre, admis, avouer, avoué, reconnaître, reconnu, concéder, concédé | admit, admitted, acknowledge, acknowledged, concede, conceded
guarantee:0.9 | garantir, garanti, garantie, assurer | guarantee, guaranteed, guarantees, ensure, ensures
protect:0.8 | protéger, protège, protection, préserver | protect, protects, protection, safeguard, shield
refuse:0.9 | refuser, refus, refusé, rejeter, rejeté, décliner | refuse, refused, refusal, decline, declined, reject, rejecting
accept:0.8 | accepter, accepté, accepte | accept, accepted, accepting
opt-in:0.9 | ne pas autoriser, je n'autorise pas, n'autorise pas | do not give permission, not give permission, refusing permission
cause:0.6 | provoquer, provoque, provoqué, causer, cause, causé, entraîne, responsable de, à cause de, en raison de, faute de, conduire à, lié à, liée à, associé à | cause, causes, caused, causing, lead to, leads to, led to, because of, due to, responsible for, linked to, associated with, trigger, triggers
explain:0.6 | s'expliquer, s'explique, expliquer par | explained by, driven by, down to
effect:0.6 | effet, effets, impact, impacts, conséquence, conséquences | effect, effects, impact, impacts, consequence, consequences
prove:0.8 | prouver, preuve, preuves, démontrer, démontre | prove, proof, evidence, show, shows, demonstrate
work-efficacy:0.8 | efficace, efficacité, fonctionner, fonctionne | effective, effectiveness, efficacy, work, works, working
useless:1 | inutile, inutiles, inefficace, sert à rien, ne marche pas | useless, ineffective, pointless, does not work
dangerous:0.8 | dangereux, dangereuse, danger, risque, risques, risqué | dangerous, danger, risk, risks, risky, harmful, hazard
safe:0.8 | sûr, sûre, sans danger, sécurité, sécurisé | safe, safety, secure, security
rare:0.8 | rare, rares, rarement | rare, rarely
common:0.6 | fréquent, fréquente, répandu, répandue, généralisé | common, frequent, widespread
fake:0.7 | faux, fausse, fausses, fictif, fictive, bidon, canular, inventé, montage, trucage | fake, false, bogus, hoax, fabricated, made up
myth:0.8 | mythe, idée reçue, légende, légende urbaine, euromythe, euromythes | myth, misconception, urban legend, euromyth, euromyths
conspiracy:1 | complot, complotiste, conspiration, théorie du complot | conspiracy, conspiracy theory, plot
secret:1 | secret, secrète, caché, cachée, dissimulé | secret, secretly, hidden, covert, cover-up
report:0.5 | rapport, rapports, bilan, document, dossier, note | report, reports, reported, dossier, document, paper, review
figures:0.4 | chiffre, chiffres, statistique, statistiques, données officielles, estimation, estimations | figure, figures, statistics, stats, estimate, estimates, official figures
survey:0.9 | sondage, sondages, enquête d'opinion | survey, surveys, opinion poll, opinion polls
fact:0.3 | fait, faits, vrai, vraie, réalité | fact, facts, true, reality
agreement:0.8 | accord, accords, entente, pacte, convention | agreement, agreements, deal, deals, pact, accord
contract:1.1 | contrat, contrats, contractuel, nécessité contractuelle, exécution du contrat | contract, contracts, contractual, contractual necessity, performance of a contract
plan:0.5 | projet, projets, plan, plans, programme, prévoir, prévoit, prévu | plan, plans, planned, project, projects, scheme, schemes, programme, envisage
target:0.8 | objectif, objectifs, cible, viser, vise, visé | target, targets, goal, goals, aim, aims, objective, aimed
forecast:0.8 | prévision, prévisions, projection, projections, tabler sur, table sur | forecast, forecasts, projection, projections, predicted, expected, expect, expects
reach:0.5 | atteindre, atteint, atteinte, s'établir, s'est établi, établi | reach, reached, reaches, stand at, stood at, amount to, amounts to
show:0.4 | montrer, montre, montrent, révéler, révèle, indiquer | show, shows, showed, reveal, reveals, revealed, indicate
`;
