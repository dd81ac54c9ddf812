import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'dis-rien-a-tes-parents',
    phrases: [
      'dis|dit|di|dites|raconte|racontes|parle|parles|montre|montres ..2 rien|pas|personne|jamais ..3 a|avec ..2 @family',
      'n_en|nen|en parle|parles|dis pas|jamais ..2 a ..2 @family|personne',
      'faut|faudrait|doit|doivent|dois pas|jamais ..2 que ..2 tes|ta|ton @family ..2 sache*|savent|voient|voit|decouvre*|apprenne*',
      'tes|ta|ton @family ..3 doi*|faut ..1 pas|jamais ..2 savoir|le_savoir|voir|etre_au_courant',
      'pas|jamais ..1 un|1 mot ..2 a personne|tes|ta|ton',
      'personne|persone|prsn ..2 doit|dois|ne_doit|peut|saura|sauras|saurait ..2 savoir|rien|[pas]',
      'personne|persone|prsn saura|saurait|le_saura',
      'le|la|ca|tout dis|dit pas|jamais ..3 @family',
    ],
    unless: ['surprise|anniv*|cadeau*|fete|spoil*|spoiler|film|serie|fin_de|la_fin'],
    examples: {
      match: ['dis rien a tes parents', 'dis pas à ta mère', "n'en parle pas à tes parents", 'pas un mot à personne', 'personne doit savoir', 'personne saura', 'faut pas que tes parents sachent'],
      ignore: ["dis rien à Léa, c'est une surprise pour son anniv", 'dis pas la fin du film', 'jvais dire à maman que tas mangé le gâteau'],
    },
  },
  {
    id: 'notre-secret',
    phrases: [
      'notre|ton|un|c|ce|cest|c_est petit secret|secret|secrets',
      'ca|sa|ce|tout|c|c_est|cest|que|qu reste|restera|restes|est ..1 entre nous|nou',
      'entre nous|nou deux|2',
      'garde ca|sa|le|la|tout ..2 pour toi|secret|entre_nous',
      'sois|soit|reste|restons|soyons discret*|discrete*',
      'en secret',
      'secret ..2 stp|ok|hein|d_accord|promis',
    ],
    unless: ['surprise|anniv*|cadeau*|fete|spoil*|spoiler|film|serie|recette|code|jeu|game|quiz'],
    examples: {
      match: ["c'est notre secret 🤫", "c'est entre nous", 'ça reste entre nous', 'garde ça pour toi', 'sois discrète', 'on se parle en secret'],
      ignore: ["on garde ça secret jusqu'à samedi, c'est une surprise", 'le code secret du jeu', 'tu connais le secret de la recette ?'],
    },
  },
  {
    id: 'efface-conversation',
    phrases: [
      'efface*|effac*|supprime*|suprime*|delete|del|vide ..3 nos|notre|la|les|ces|cette|tes ..1 conv*|convo*|discussion*|message*|msg|mess|sms|chat|historique|echange*|photos_que_je_t_ai',
      'efface*|supprime*|suprime* tout ..2 apres|quand|a_la_fin|maintenant|stp',
      'supprime*|efface* ..2 apres|des_que_tu|quand_tu_as ..2 lu|vu|regarde|fini',
    ],
    unless: ['groupe|classe|spam|pub|erreur'],
    examples: {
      match: ['efface nos messages après', 'supprime la conv', 'supprime notre discussion', 'efface tout après', 'supprime après avoir lu'],
      ignore: ['supprime cette photo elle est moche', 'efface les messages du groupe classe', 'jai supprimé le spam'],
    },
  },
] satisfies PatternEntry[];
