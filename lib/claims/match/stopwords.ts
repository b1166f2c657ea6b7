/**
 * Words that say nothing about what a claim is about: function words, auxiliaries, and the
 * reporting verbs and hedges that wrap a claim in an article ("affirme", "claimed", "selon").
 * Folded (lower case, no accents). Negations are stop words too: a claim and its negation
 * are the same claim to check.
 */
import type { Lang } from "./types";

const FR = `
a ai aie aient aies ait as au aucun aucune aupres auquel aura aurai auraient aurait aux avaient avais avait avant avec avoir avons ayant
c ca car ce ceci cela celle celles celui ces cet cette ceux chaque chez ci comme comment contre d dans de des desormais deja deux-ci
donc dont du elle elles en encore entre est et etaient etais etait ete etre eu eux fait faire fois font hui ici il ils
j jamais je l la le les leur leurs lors lui m ma mais me meme memes mes moi mon n ne ni non nos notre nous on ont or ou
par parce pas peu peut peuvent plupart pour pourquoi pourrait pourraient qu quand que quel quelle quelles quels qui quoi
s sa sans se sera serait seraient seront ses si sien soi soit son sont sous su sur t ta tant te tel telle tels tes toi ton
tous tout toute toutes tres tu un une unes uns vers via voici voila vos votre vous y etc puis alors ainsi aussi autre autres
cependant toutefois pourtant neanmoins lequel laquelle lesquels lesquelles duquel auxquels dit dite dits
aujourd selon affirme affirment affirmait affirmaient affirmant affirmer affirmation assure assurent assurait assurer
pretend pretendent pretendait pretendre declare declarent declarait declaration estime estiment explique
repete repetent repetait avance avancent soutient soutiennent indique indiquent ajoute
rumeur internautes bien finalement notamment environ pres presque toujours vraiment actuellement recemment nouveau nouveaux nouvelle nouvelles
pendant durant lors fera ferait feraient faisait faisaient serait etaient sera seront avaient aurait auraient
mettre mis mise met prendre pris prise prend aller va vont allait venir vient devenu devenir deviendra
ancien ancienne anciens egalement surtout seulement quelque quelques trop lui-meme elle-meme eux-memes desormais autant
certain certains certaine certaines plusieurs nombreux nombreuses beaucoup tel
`;

const EN = `
a about above after again all also am an and any are aren as at be because been before being below between both but by
can cannot could couldn did didn do does doesn doing don down during each few for from further had hadn has hasn have
haven having he her here hers herself him himself his how i if in into is isn it its itself just let me more most
mustn my myself no nor not now of off on once only or other ought our ours ourselves out over own same shan she should
shouldn so some such than that the their theirs them themselves then there these they this those through to too under
until up upon very was wasn we were weren what when where which while who whom why will with won would wouldn you your
yours yourself yourselves also still yet even already again ever never
said says say saying claim claims claimed claiming told tell tells insisted insists argued argues stated states
according suggested suggests suggesting alleged allegedly supposedly reportedly repeated repeatedly
story rumour rumor viral previous new former recent recently currently around nearly almost roughly really finally eventually
actually well likely just left make made makes put puts take took taken takes get got gets go goes went gone become became becomes every himself herself itself themselves
several many much another some certain
`;

export const STOP_WORDS: Record<Lang, Set<string>> = {
  fr: new Set(FR.split(/\s+/).filter(Boolean)),
  en: new Set(EN.split(/\s+/).filter(Boolean)),
};
