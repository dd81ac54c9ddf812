import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'dis-rien-a-tes-parents',
    phrases: [
      'dis|dit|di|dites|raconte|racontes|parle|parles|montre|montres ..2 rien|pas|personne|jamais ..3 a|avec ..2 @family',
      'n_en|nen|en parle|parles|parlez|dis|dites pas|jamais ..2 a ..2 @family|personne',
      'n_en|nen parlez|parle|parles a personne',
      'si tu|t|vous ..1 le|en|la dis|dit|parles|parle|parlez|racontes|montres ..2 a ..1 quelqu_un|qqn|qq1|personne|la_police|police|flics|keufs|tes_parents|ta_mere|ton_pere|un_adulte|un_prof',
      'si tu|t|vous ..1 parles|parle|parlez|vas|portes ..2 police|flics|keufs|plainte|gendarmerie',
      'faut|faudrait|doit|doivent|dois pas|jamais ..2 que ..2 tes|ta|ton @family ..2 sache*|savent|voient|voit|decouvre*|apprenne*',
      'tes|ta|ton @family ..3 doi*|faut ..1 pas|jamais ..2 savoir|le_savoir|voir|etre_au_courant',
      'dis|dit|di|dites|raconte|racontes|parle|parles ..3 a personne|persone|prsn|quiconque',
      'pas|jamais ..1 un|1 mot ..2 a personne|tes|ta|ton',
      'personne|persone|prsn ..2 doit|dois|ne_doit|peut|saura|sauras|saurait ..2 savoir|rien|pas|au_courant',
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
      'notre [petit] secret|secrets',
      'c|cest|c_est un|notre [petit] secret',
      'garde|gardes|gardons ca|sa|le|la|tout ..2 pour_toi|secret|entre_nous|entre_toi_et_moi|pour_nous|pour_nous_deux',
      'dis|dit|di ..1 que|qu je|j suis|suis_une|suis_un ..1 copine|ami|amie|pote|cousin*|une_amie|un_ami|une_copine|un_pote',
      'dis|dit|di leur|lui ..1 rien|pas|jamais',
      'en secret',
      'secret ..2 dis|dit|di rien|pas|personne|a_personne',
      'dis|dit rien|pas ..2 secret',
      'secret ..2 stp|ok|hein|d_accord|promis',
      'personne|les_gens|tes_parents|ta_mere|ton_pere|tes_potes ..2 comprendrai*|comprendr*|accepterai*|accepter* ..3 notre|nous|nos ..1 relation|histoire|amour|truc|lien',
      'personne|les_gens|tes_parents|ta_mere|ton_pere|ta_famille ..1 comprendrai*|comprendraient|comprendrait ..1 pas|jamais|rien',
    ],
    unless: ['surprise|anniv*|cadeau*|fete|spoil*|spoiler|film|serie|recette|code|jeu|game|quiz', 'jusqu ..2 samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|demain|noel|la_fete|son_anniv'],
    examples: {
      match: ['on garde ça pour nous ok ? tes parents comprendraient pas', 'personne ne comprendrait notre relation', "c'est notre secret 🤫", 'garde ça pour toi', 'on se parle en secret', 'garde ça entre nous'],
      ignore: ["on garde ça secret jusqu'à samedi, c'est une surprise", 'le code secret du jeu', 'tu connais le secret de la recette ?'],
    },
  },
  {
    id: 'efface-conversation',
    phrases: [
      'efface*|effac*|supprime*|suprime*|delete|del|vide ..3 nos|notre|la|les|ces|cette|tes|mes ..1 conv*|convo*|discussion*|message*|msg|mess|sms|chat|historique|echange*|photos_que_je_t_ai',
      'efface*|effac*|supprime*|suprime* ..2 tout ..2 apres|quand|a_la_fin|maintenant|stp|hein',
      'cache|caches|planque|planques ..2 ton|ta|tes|nos|notre tel|telephone|portable|conv*|messages|appli|discussion ..3 @family',
      'code|mdp|mot_de_passe|verrou* ..3 ta|la|notre|nos conv*|discussion*|appli|messages',
      'supprime*|efface* ..2 apres|des_que_tu|quand_tu_as ..2 lu|vu|regarde|fini',
    ],
    unless: ['groupe|classe|spam|pub|erreur'],
    examples: {
      match: ['efface nos messages après', 'supprime la conv', 'supprime notre discussion', 'efface tout après', 'supprime après avoir lu'],
      ignore: ['supprime cette photo elle est moche', 'efface les messages du groupe classe', 'jai supprimé le spam'],
    },
  },
  {
    id: 'entre-nous',
    phrases: [
      'ca|sa|ce|tout|c|c_est|cest|que|qu reste|restera|restes|est ..1 entre nous|nou',
      'entre nous|nou deux|2',
      'entre toi|twa et moi|mwa',
      'sois|soit|reste|restons|soyons discret*|discrete*',
      'c|c_est|cest|est|sera|ce_sera plus discret*|discrete*',
    ],
    unless: ['surprise|anniv*|cadeau*|fete|spoil*|spoiler|film|serie|recette|code|jeu|game|quiz|prof*|mais'],
    weight: 1,
    examples: {
      match: ["c'est entre nous", 'ça reste entre nous', 'sois discrète', 'entre toi et moi', "telegram c'est plus discret"],
      ignore: ['ça reste entre nous mais le prof est nul', "c'est entre nous pour la surprise"],
    },
  },
  {
    id: 'pas-besoin-den-parler',
    phrases: [
      'pas_besoin|pas_la_peine|inutile|sert_a_rien ..2 d|de ..1 en|le|la|lui|leur ..1 parler|dire|raconter ..3 @family|personne',
      'dis|dit|di|raconte ..3 @family ..2 que|qu ..3 chez|avec ..2 une|un|ta|ton ..1 copine|copain|pote|amie|ami|cousin*',
      'c_est|cest|c|ce_sera|ca_sera ..1 plus ..1 discret|discrete|prive|privee|securise',
      'je|j ..1 dirai|dis|le_dirai|le_dis|en_parlerai ..1 rien|pas|jamais ..2 a ..1 personne|tes_parents|ta_mere|ton_pere',
      'quand|pendant_que|une_fois_que|des_que ..1 tes|ta|ton ..1 @family ..1 dorment|dort|sont_couches|seront_couches|sont_partis|seront_partis|sont_pas_la|seront_pas_la|regardent_pas',
    ],
    unless: ['surprise|anniv*|cadeau*|fete|spoil*|film|serie|game|partie|jeu|fortnite|minecraft|ranked|valo|bibli*|reviser|devoirs'],
    examples: {
      match: ["pas besoin d'en parler à tes parents pour l'instant", 'dis a ta mere que t es chez une copine', 'viens sur telegram c est plus discret', "t'inquiete je dirai rien a personne", 'on fait un facetime ce soir quand tes parents dorment'],

      ignore: ['quand tes parents dorment on lance la game', "pas besoin d'en parler à tes parents c'est pour la surprise d'anniv", 'dis a ta mere que je passe a 18h', 'c est plus simple sur discord'],
    },
  },
  {
    id: 'ici-cest-surveille',
    phrases: [
      'ici|la|sur_insta|sur_snap|sur_ce_site|sur_cette_app ..2 c|c_est|cest|est|on_est|tout_est|ils ..1 surveille*|espionne*|lisent|lis|lu|pas_safe|pas_securise|trop_risque|controle*',
      'plus|moins ..1 discret*|prive|safe|securise|tranquille ..2 sur|la_bas ..1 @app',
    ],
    unless: ['pion*|cantine|exam*|controle_de|interro|cours|parking|magasin|boutique|vol|voleur*|camera*|ecole|lycee|college|prof*|arnaque*|pub*|virus'],
    examples: {
      match: ['on continue sur telegram ? ici c surveillé', 'plus discret sur snap', 'ici ils lisent tout'],
      ignore: ['ici c surveillé par les pions', "le parking ici c'est surveillé"],
    },
  },
] satisfies PatternEntry[];
