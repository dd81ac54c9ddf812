import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'dis-rien-a-tes-parents',
    phrases: [
      'tes|ta|ton @family ..1 doit|doivent|doit_surtout|doivent_surtout ..1 rien|jamais|surtout_pas ..1 savoir|apprendre|decouvrir|voir',
      'rien|pas|jamais ..1 dire|raconter|parler|montrer ..3 a|avec ..2 @family|personne',
      'dis|dit|di|dites|dire|raconte|racontes|raconter|parle|parles|parler|montre|montres ..2 rien|pas|personne|jamais ..3 a|avec ..2 @family',
      'n_en|nen|en parle|parles|parlez|dis|dites pas|jamais ..2 a ..2 @family|personne',
      'n_en|nen parlez|parle|parles a personne',
      'si tu|t|vous ..1 le|en|la dis|dit|parles|parle|parlez|racontes|montres ..2 a ..1 quelqu_un|qqn|qq1|personne|la_police|police|flics|keufs|tes_parents|ta_mere|ton_pere|un_adulte|un_prof',
      'si tu|t|vous ..1 parles|parle|parlez|vas|portes ..2 police|flics|keufs|plainte|gendarmerie',
      'faut|faudrait|doit|doivent|dois pas|jamais ..2 que ..2 tes|ta|ton @family ..2 sache*|savent|voient|voit|decouvre*|apprenne*',
      'tes|ta|ton @family ..3 doi*|faut ..1 pas|jamais ..2 savoir|le_savoir|voir|etre_au_courant',
      'tes|ta|ton ..1 @family ..2 doit|doivent|dois|faut ..1 jamais|pas ..1 lire|voir|trouver|tomber_sur ..2 nos|notre|mes|tes|ces ..1 messages|conv*|discussion*|photos|snaps|echanges',
      'dis|dit|di|dites|raconte|racontes|parle|parles ..3 a personne|persone|prsn|quiconque',
      'pas|jamais ..1 un|1 mot ..2 a personne|tes|ta|ton',
      'personne|persone|prsn ..2 doit|dois|ne_doit|peut|saura|sauras|saurait ..2 savoir|rien|pas|au_courant',
      'personne|persone|prsn saura|saurait|le_saura',
      'personne|persone|prsn|tes_parents|ta_mere|ton_pere ..2 verra|verront|lira|liront|pourra_voir|trouvera|trouveront|saura|sauront ..1 rien|pas|jamais',
      'le|la|ca|tout dis|dit pas|jamais ..3 @family',
    ],
    unless: [/* r26 */ 'surtout_pas_a_elle|surtout_pas_a_lui|pas_a_elle|pas_a_lui|pas_un_mot_a_elle|pas_un_mot_a_lui', /* r25 */ 'que_j_ai_rate|que_j_ai_casse|qui_as_casse|qui_a_casse|casse_le|casse_la|rate_mon|rate_le|mon_permis|ma_note|mes_notes|mon_bulletin|redouble*', /* r22 */ 'je_sors_avec|j_ai_un_crush|je_suis_amoureuse|je_suis_amoureux|j_ai_embrasse|mon_crush|je_suis_en_couple|je_me_suis_mise_avec|je_me_suis_mis_avec', 'sinon|il_va|elle_va|ils_vont ..3 jaloux|jalouse|jalouses|en_vouloir|reclamer|reclamera', 'a_mon_frere|a_ma_soeur|a_mes_freres|a_mes_soeurs|a_mon_reuf|a_ma_cousine|a_mon_cousin|a_mon_oncle|a_ma_tante|a_ma_mere|a_mon_pere|a_mes_parents|a_ma_reum|a_mon_daron|a_mes_darons|a_ma_daronne|a_ma_maman|a_mon_papa', 'surprise|anniv*|cadeau*|fete|spoil*|spoiler|film|serie|fin_de|la_fin|bonbon*|chocolat*|glace*|gateau*|crepe*|dessert*|gouter|frites|mcdo|kebab|pizza|soda|coca'],
    examples: {
      match: ['ta mère doit rien savoir de nous', 'promets moi de rien dire à tes parents sur nous', 'ta mère doit jamais lire nos messages', 'dis rien a tes parents', 'dis pas à ta mère', "n'en parle pas à tes parents", 'pas un mot à personne', 'personne doit savoir', 'personne saura', 'faut pas que tes parents sachent'],
      ignore: ['chut dis rien à personne surtout pas à elle', "t'inquiete personne saura que c'est toi qui as casse le vase", "ne dis a personne que j'ai rate mon permis", "dis rien à personne mais je sors avec Mathis", "et dis pas a mon frere que jle vends c'est a lui a moitié", "ok dis rien à ma mère que je joue jusqu'à minuit mdr", "dis pas à ta soeur que je t'ai acheté des bonbons 😉", 'promets de rien dire à maman pour la surprise', "dis rien à Léa, c'est une surprise pour son anniv", 'dis pas la fin du film', 'jvais dire à maman que tas mangé le gâteau'],
    },
  },
  {
    id: 'notre-secret',
    phrases: [
      'notre [petit] secret|secrets',
      'c|cest|c_est un|notre [petit] secret',
      'garde|gardes|gardons ca|sa|le|la|tout ..2 pour_toi|secret|entre_nous|entre_toi_et_moi|pour_nous|pour_nous_deux',
      'garde|gardes|gardons ..1 notre|nos|cette|ces ..1 conversation*|conv*|messages|discussion*|echange* ..2 pour_toi|secret*|entre_nous|pour_nous',
      'dis|dire|di ..2 que|qu ..1 je|j ..1 suis ..1 ta|ton|une|un ..1 cousine|cousin|copine|copain|amie|ami|pote|camarade|prof|coach|voisine|voisin',
      'dis|dit|di ..1 que|qu je|j suis|suis_une|suis_un ..1 copine|ami|amie|pote|cousin*|une_amie|un_ami|une_copine|un_pote',
      'dis|dit|di leur|lui ..1 rien|pas|jamais',
      'ne|n ..1 lui|leur ..1 dis|dit|di|racontes|raconte|parle|parles ..1 pas|rien|jamais',
      'en secret',
      'secret ..2 dis|dit|di rien|pas|personne|a_personne',
      'dis|dit rien|pas ..2 secret',
      'secret ..2 stp|ok|hein|d_accord|promis',
      'personne|les_gens|tes_parents|ta_mere|ton_pere|tes_potes ..2 comprendrai*|comprendr*|accepterai*|accepter* ..3 notre|nous|nos ..1 relation|histoire|amour|truc|lien',
      'personne|les_gens|tes_parents|ta_mere|ton_pere|ta_famille ..1 comprendrai*|comprendraient|comprendrait ..1 pas|jamais|rien',
    ],
    unless: [/* r25 */ 'qu ..1 elle|il|ils|elles ..1 garde|gardent ..1 le ..1 secret', /* r23 */ 'personne_lui_dit|personne_ne_lui_dit|personne_lui_dis|personne_lui_parle|ne_lui_dites|lui_dites_rien|lui_dites_pas|vous_lui_dites|personne_ne_lui_dis', 'surprise|anniv*|cadeau*|fete|spoil*|spoiler|film|serie|recette|code|jeu|game|quiz', 'jusqu ..2 samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|demain|noel|la_fete|son_anniv'],
    examples: {
      match: ['garde notre conversation pour toi', "si tes parents demandent, t'as qu'à dire que je suis ta cousine", 'ne lui dis pas', 'on garde ça pour nous ok ? tes parents comprendraient pas', 'personne ne comprendrait notre relation', "c'est notre secret 🤫", 'garde ça pour toi', 'on se parle en secret', 'garde ça entre nous'],
      ignore: ["ouais mais faut qu'elle garde le secret", "on garde ça secret jusqu'à samedi, c'est une surprise", "SURTOUT personne lui dit rien, c'est secret", 'le code secret du jeu', 'tu connais le secret de la recette ?'],
    },
  },
  {
    id: 'efface-conversation',
    phrases: [
      'supprime*|efface*|vide ..2 tout|toute_la_conv|la_conv|les_messages ..1 ici|d_ici|sur_ce_chat|sur_cette_appli ..6 @family|fouille*|regarde*|voie|voient|tombe*',
      'supprime*|efface* ..3 tout|conv*|message*|messages ..6 tes|ta|ton ..1 @family ..2 fouille*|regarde*|lisent|lit|check*|verifie*|controle*',
      'code|mdp|mot_de_passe|verrou* ..4 pour_que|pour ..2 personne|tes_parents|ta_mere|ton_pere ..2 lise|lisent|voie|voient|puisse|puissent|tombe|tombent',
      'supprime*|efface*|desinstalle*|cache* ..2 l_appli|l_app|l_application|appli|application|l_appli ..3 apres|quand|des_que|a_chaque_fois|chaque_soir|tous_les_soirs|avant',
      'efface*|supprime* ..3 nos|notre|les|la|mes|tes|ces ..1 conv*|convo*|discussion*|message*|msg|mess|sms|chat|historique|echange*|snaps|photos ..2 a_chaque_fois|chaque_soir|tous_les_soirs|apres_chaque|au_fur_et_a_mesure|systematiquement',
      'efface*|effac*|supprime*|suprime*|delete|del|vide ..3 nos|notre|la|les|ces|cette|tes|mes ..1 conv*|convo*|discussion*|message*|msg|mess|sms|chat|historique|echange*|photos_que_je_t_ai',
      'efface*|effac*|supprime*|suprime* ..2 tout ..2 apres|quand|a_la_fin|maintenant|stp|hein',
      'cache|caches|planque|planques ..2 ton|ta|tes|nos|notre tel|telephone|portable|conv*|messages|appli|discussion ..3 @family',
      'code|mdp|mot_de_passe|verrou* ..3 ta|la|notre|nos conv*|discussion*|appli|messages',
      'supprime*|efface* ..2 apres|des_que_tu|quand_tu_as ..2 lu|vu|regarde|fini',
    ],
    unless: [/* r26 */ 'genants|genant|genante|genantes|trop_la_honte|on_est_trop_bete*|on_est_trop_cons', /* r24: the sender fears their own parent */ 'je_suis_morte|jsuis_morte|je_suis_mort|jsuis_mort|j_suis_mort|j_suis_morte|chui_mort|chui_morte|elle_me_tue|il_me_tue|ils_me_tuent|elle_va_me_tuer|il_va_me_tuer|ma_mere|ma_mere_la|ma_daronne|mon_daron|mon_pere|mes_parents|mes_darons', /* r22 */ 'efface_pas|supprime_pas|n_efface_pas|ne_supprime_pas|efface_jamais|supprime_jamais|j_aime_bien_les_relire|les_relire', 'groupe|classe|spam|pub|erreur', 'trop_la_honte|c_est_la_honte|cest_la_honte|genant|cringe|ce_que_j_ai_dit', /* r15 */ 'surprise|anniv*|vos_tel|vos_telephones|vos_portables', /* r23 */ 'vos_tels|vos_phones|vos_tel_portables'],
    examples: {
      match: ['bb on passe sur signal stp, et tu supprimes tout ici, tes parents fouillent ton tel', 'efface tous les messages, ta mère regarde ton portable', 'mets un code sur ton téléphone pour que personne lise', "supprime l'appli après", 'efface nos messages à chaque fois', 'efface nos messages après', 'supprime la conv', 'supprime notre discussion', 'efface tout après', 'supprime après avoir lu'],
      ignore: ['supprime cette conv mdr on est trop gênants 💀', "supprime cette conv mdr si ma mère la voit jsuis morte", "efface la conv si mes parents tombent dessus ils me tuent", "efface pas nos messages j'aime bien les relire", "supprimez les messages si elle prend vos tels mdr", "supprime cette conv mdr c'est trop la honte ce que j'ai dit sur le prof", "et supprimez les messages après qu'elle voit pas sur vos tel", "supprime tout ici c'est le bazar, personne comprend rien", 'efface le tableau à chaque fois en partant', 'supprime cette photo elle est moche', 'efface les messages du groupe classe', 'jai supprimé le spam'],
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
      'snaps|snap|messages|msg|photos|ca|sa|tout ..2 s_effacent|s_efface|disparaissent|disparait|s_autodetrui*|ephemere*|effacent_tout_seul*',
    ],
    unless: ['surprise|anniv*|cadeau*|fete|spoil*|spoiler|film|serie|recette|code|jeu|game|quiz|prof*|mais'],
    weight: 1,
    examples: {
      match: ['ajoute moi, les snaps s effacent', "c'est entre nous", 'ça reste entre nous', 'sois discrète', 'entre toi et moi', "telegram c'est plus discret"],
      ignore: ['ça reste entre nous mais le prof est nul', "c'est entre nous pour la surprise"],
    },
  },
  {
    id: 'pas-besoin-den-parler',
    phrases: [
      'si ..1 ta|ton|tes ..1 @family ..1 demande|demandent|te_demande|te_demandent ..3 je|j|dis ..1 suis|que_je_suis|que_c_est ..3 copine|copain|pote|amie|ami|camarade',
      'pas_besoin|pas_la_peine|inutile ..2 d|de ..1 leur|lui ..1 en ..1 parler|dire|causer ..3 pour_l_instant|pour_le_moment|tout_de_suite|maintenant|on_verra|pour_l_heure|encore',
      'ramene*|ramenerai|rentre*|raccompagne* ..4 avant|avant_que|avant_qu ..2 ta|ton|tes ..1 @family ..1 rentre|rentrent|revienne|reviennent|arrive|arrivent|se_reveille*|remarque*|sache*',
      'voit|voir|voie|rencontre*|retrouve*|sortir|sors|sort|parle|parler ..2 en_cachette|en_secret|en_douce|discretement|sans_que_personne_sache|sans_le_dire',
      'dis|dit|di|raconte ..3 @family ..3 tu|t ..1 dors|es|vas|restes|etais|seras ..2 chez ..1 une|un|ta|ton ..1 copine|copain|pote|amie|ami|cousin*',
      'pas_besoin|pas_la_peine|inutile|sert_a_rien ..2 d|de ..1 en|le|la|lui|leur ..1 parler|dire|raconter ..3 @family|personne',
      'dis|dit|di|raconte ..3 @family ..2 que|qu ..3 chez|avec ..2 une|un|ta|ton ..1 copine|copain|pote|amie|ami|cousin*',
      'c_est|cest|c|ce_sera|ca_sera ..1 plus ..1 discret|discrete|prive|privee|securise',
      'je|j ..1 dirai|dis|le_dirai|le_dis|en_parlerai ..1 rien|pas|jamais ..2 a ..1 personne|tes_parents|ta_mere|ton_pere',
      'quand|pendant_que|une_fois_que|des_que ..1 tes|ta|ton ..1 @family ..1 dorment|dort|sont_couches|seront_couches|sont_partis|seront_partis|sont_pas_la|seront_pas_la|regardent_pas',
    ],
    unless: ['ma_mere|mon_pere|on_fera|gouter|du_travail|du_boulot|surprise|anniv*|cadeau*|fete|spoil*|film|serie|game|partie|jeu|fortnite|minecraft|ranked|valo|bibli*|reviser|devoirs'],
    examples: {
      match: ['si ta mère demande, je suis une copine du collège', "pas besoin de leur en parler pour l'instant, on verra après la sélection", "viens chez moi après l'école, je te ramènerai avant que ta mère rentre", 'tu sors avec moi ? on se voit en cachette', 'dis a ta mere tu dors chez une copine', "pas besoin d'en parler à tes parents pour l'instant", 'dis a ta mere que t es chez une copine', 'viens sur telegram c est plus discret', "t'inquiete je dirai rien a personne", 'on fait un facetime ce soir quand tes parents dorment'],

      ignore: ["pas besoin de leur en parler maintenant, c'est pour la surprise", 'quand tes parents dorment on lance la game', "pas besoin d'en parler à tes parents c'est pour la surprise d'anniv", 'dis a ta mere que je passe a 18h', 'c est plus simple sur discord'],
    },
  },
  {
    id: 'ici-cest-surveille',
    phrases: [
      'ici|la|sur_instagram|sur_snap|sur_ce_site|sur_cette_app ..2 c|c_est|cest|est|on_est|tout_est|ils ..1 surveille*|espionne*|lisent|lis|lu|pas_safe|pas_securise|trop_risque|controle*',
      'plus|moins ..1 discret*|prive|safe|securise|tranquille ..2 sur|la_bas ..1 @app',
    ],
    unless: ['pion*|cantine|exam*|controle_de|interro|cours|parking|magasin|boutique|vol|voleur*|camera*|ecole|lycee|college|prof*|arnaque*|pub*|virus'],
    examples: {
      match: ['on continue sur telegram ? ici c surveillé', 'plus discret sur snap', 'ici ils lisent tout'],
      ignore: ['ici c surveillé par les pions', "le parking ici c'est surveillé"],
    },
  },
  {
    id: 'personne-a-besoin-de-savoir',
    phrases: [
      'personne|persone|prsn ..2 besoin ..2 savoir|le_savoir|etre_au_courant|au_courant',
      'pas_besoin|aucun_besoin|pas_la_peine|inutile ..1 que|qu ..2 @family|personne|les_autres|tes_potes|tes_amis ..1 sache|sachent|le_sache|le_sachent|soit_au_courant|soient_au_courant|voie|voient',
      'ca|sa|ce|c ..1 ne|n ..1 regarde|concerne ..1 que ..1 nous|nou|toi_et_moi',
      'ca|sa|ce ..1 regarde|concerne ..1 que ..1 nous|nou|toi_et_moi',
      'cache|caches|planque|planques ..2 ca|sa|le|la|les|nos|notre|tout|ton_tel|ton_telephone|ton_portable|la_conv|nos_messages ..2 a|de ..1 tes|ta|ton ..1 @family',
      'la_ou|ou|comme_ca|comme_sa|pour_que|pour_pas_que ..3 tes|ta|ton ..1 @family ..2 regarde|regardent|voit|voient|verra|verront|lit|lisent|peut|peuvent|fouille*|puisse|puissent|sache|sachent|tombe|tombent|verifie|verifient ..1 pas|jamais|rien',
    ],
    unless: ['surprise|anniv*|cadeau*|fete|spoil*|spoiler|film|serie|fin_du|noel|fete_des_meres|fete_des_peres|bulletin|note|notes|punition|puni|mdr|ptdr|haha|lol|projet|groupe|expose|devoir*|equipe|classe|club'],
    examples: {
      match: ["personne n'a besoin de savoir", "on pourrait parler sur une appli plus privée, là où ta mère regarde pas", 'pas besoin que tes parents sachent', 'ça ne regarde que nous', 'cache ça à tes parents', 'efface, comme ça ta mère verra rien'],
      ignore: ["cache le cadeau là où ta mère regarde pas", "personne n'a besoin de savoir la fin du film", 'pas besoin que tes parents sachent pour la surprise', 'ça regarde que nous, le projet de groupe'],
    },
  },
  {
    id: 'dis-a-personne-quon-se-parle',
    phrases: [
      'personne|tes_parents|ta_mere|ton_pere ..2 sait|sache|sachent|savent|saura|sauront ..1 qu|que ..1 on ..1 se|s ..1 parle|parlait|connait|ecrit|voit|appelle|frequente',
      'dis|dit|di|raconte|parle|dites ..3 personne|pas|jamais|rien ..4 qu|que ..1 on ..1 se|s ..1 parle|parlait|connait|ecrit|voit|appelle|textote|envoie|frequente',
      'personne|tes_parents|ta_mere|ton_pere|tes_potes ..2 doit|doivent|dois|faut|saura|sauront|doit_pas|doivent_pas ..2 savoir|apprendre|decouvrir ..1 qu|que ..1 on ..1 se|s ..1 parle|parlait|connait|ecrit|voit|appelle|textote|frequente',
      'tes_parents|ta_mere|ton_pere|ta_famille ..1 savent|sait ..2 que|qu ..1 tu|t ..1 parles|parle|ecris|vois|sors ..3 garcons|mecs|hommes|gars|inconnus|moi|des_gens|des_adultes|plus_ages|plus_vieux',
    ],
    weight: 3,
    unless: ['surprise|anniv*|cadeau*|fete|spoil*|film|serie|projet|expose|devoir*|groupe|equipe|club|noel|mdr|ptdr|haha|lol'],
    examples: {
      match: ["c'est mieux si personne ne sait qu'on se parle", "alors efface cette conversation et dis à personne qu'on se connaît", 'tes parents savent que tu parles à des garçons plus âgés ?', "personne doit savoir qu'on se parle"],
      ignore: ["dis à personne qu'on se voit samedi pour la surprise de Léa", "tes parents savent que tu sors avec tes potes ce soir ?"],
    },
  },
  {
    id: 'tas-dit-a-quelquun-pour-nous',
    phrases: [
      '@tas ..1 [deja] ..1 dit|parle|raconte|montre ..2 a ..1 quelqu_un|qqn|qq1|quelquun|kelkun|tes_parents|ta_mere|ton_pere|tes_potes|ta_pote|ta_copine|tes_copines|ta_meilleure_amie|ton_meilleur_ami ..2 pour|de|sur ..1 nous|moi|mwa|nos_conv*|nos_messages|notre_relation|notre_histoire|ce_qu_on',
      'viens|vien|venir ..1 seule|seul|toute_seule|tout_seul|sans_personne|sans_tes_potes|sans_tes_copines|sans_tes_parents',
      'personne ..1 [ne|n] ..1 doit ..1 [te] ..1 voir|accompagner|venir',
    ],
    unless: ['mdr|ptdr|xd|haha|lol', 'surprise|anniv*|cadeau*|fete|soiree_surprise|spoil*|film|serie', 'si_tu_veux|si_tu_peux|ou_avec|ou_accompagnee|ou_accompagne|comme_tu_veux|en_cours|au_cours|a_la_reunion|au_rdv|au_rendez_vous|entretien|convocation|bureau|medecin|dentiste|infirmerie|vestiaire|repet*|cours_de'],
    examples: {
      match: ["t'as dit à qqn pour nous ?", "t'as parlé à tes parents de moi ?", 'je t attends à l arrêt de bus après les cours, viens seule', 'viens sans tes copines'],
      ignore: ['viens seule ou accompagnée comme tu veux', "t'as dit à qqn pour la soirée surprise ?", "viens seul au bureau du CPE à 10h", 'tu peux venir seule au cours de danse ?'],
    },
  },
  {
    id: 'on-dira-rien-a-tes-parents',
    phrases: [
      'on|je|j ..1 dira|dirai|dit|dis|racontera ..1 rien|pas ..2 a ..1 tes|ta|ton ..1 parents|mere|pere|daron*|famille|reum|reup',
    ],
    unless: ['surprise|anniv*|cadeau*|fete|spoil*|bonbon*|chocolat*|glace*|gateau*|mcdo|pizza|note|notes|bulletin|controle|retard|vase|casse|tkt|mdr|ptdr|haha|lol'],
    examples: {
      match: ["j'ai des places pour le concert, je t'emmène si tu veux, on dira rien à tes parents"],
      ignore: ['on dira rien à tes parents pour la surprise de leur anniv', 'on dira rien à ta mère pour le vase mdr'],
    },
  },
  // r9-begin
  {
    "id": "mieux-quils-sachent-pas-quon-parle-r9",
    "phrases": [
      "mieux|vaut_mieux|faut_pas|faudrait_pas|doivent_pas|ne_doivent_pas ..3 qu|que ..1 ils|elles|tes_parents|ta_mere|ton_pere|tes_darons|personne|ta_famille ..1 sachent|sache|sachions|apprennent|apprenne|decouvrent|decouvre ..1 [pas|rien] ..1 qu_on|que_on|pour_nous|pour_nous_deux|pour_nous_2|qu_on_se|notre",
      "comprendraient|comprendrait|comprennent|comprendront ..1 pas|rien ..1 a ..1 notre|nos ..1 amitie|relation|histoire|lien|conversations|discussions"
    ],
    "unless": [
      "surprise|anniv*|cadeau*|fete|soiree|noel|fiancailles|bebe|enceinte|mariage"
    ],
    "examples": {
      "match": [
        "c'est mieux qu'ils sachent pas qu'on parle, ils comprendraient pas notre amitié",
        "faut pas que tes parents sachent pour nous"
      ],
      "ignore": [
        "faut pas qu'elle sache pour la surprise",
        "vaut mieux que personne sache pour le cadeau"
      ]
    }
  },
  {
    "id": "dis-rien-aux-autres-r9",
    "phrases": [
      "dis|dit|di|dites ..1 rien|pas ..1 a|aux ..1 autres|personne|quiconque|tes_potes|tes_amis|tes_coequipiers|ton_entraineur ..6 sinon|jaloux|jalouses|jalouse|entre_nous|secret",
      "n_en|nen|en ..1 parle|parles|parlez|dis|dit ..1 pas|a_personne|jamais ..2 a|aux ..1 tes|ta|ton|personne|autres ..1 [coequipiers|potes|amis|parents|mere|pere|entraineur|coach|profs|prof]",
      "dis|dit|di|dites|dis_juste|dis_leur|dis_lui ..1 que|qu ..1 tu|t ..1 vas|vais|va|es|dors|dormiras|seras ..1 chez ..1 une|un|ta|ton ..1 copine|pote|amie|ami|copain|cousine|cousin",
      "pas_besoin|inutile|pas_la_peine ..2 de|d ..1 la|le|les|lui|leur|tes_parents|ta_mere|ton_pere ..1 deranger|prevenir|mettre_au_courant|inquieter|en_parler ..6 on|je|j ..1 lui|leur|le|la|les ..1 dira|dirai|expliquera|expliquerai|previendra|previendrai"
    ],
    "unless": [
      "sortie|voyage|soiree|pyjama|les_filles|avec_les|surprise|anniv*|cadeau*|fete|soiree_surprise|noel|fiancailles|bebe|enceinte|mariage|spoil*|fin_du_film|fin_de_la_serie|episode|devoir*|controle|exam*|reponses|corrige"
    ],
    "examples": {
      "match": [
        "pour voir ta tête. et dis rien aux autres du serveur sinon ils vont etre jaloux du vip",
        "oui c'est la procédure. et n'en parle pas à tes coéquipiers, les places sont limitées",
        "dis juste que tu vas chez une copine, c'est plus simple 😉",
        "pas besoin de la déranger pour l'instant, on lui dira quand le contrat sera signé"
      ],
      "ignore": [
        "dis que tu dors chez une copine, on fait une soirée pyjama chez moi avec les filles",
        "pas besoin de les déranger, je leur dirai demain pour la sortie",
        "dis rien aux autres, c'est une surprise pour son anniv",
        "n'en parle pas à tes potes, c'est pour la surprise de samedi",
        "dis rien aux autres sinon ils vont copier les réponses du contrôle"
      ]
    }
  },
  {
    "id": "si-on-te-demande-tu-me-connais-pas-r9",
    "phrases": [
      "si ..1 quelqu_un|qqn|qq1|on|tes_parents|ta_mere|ton_pere|tes_darons|ta_daronne|la_police|les_flics ..2 te|t ..1 demande|demandent|pose_des_questions ..4 tu_me_connais|tu_m_connais|t_me_connais|tu_me_connait|tu_m_connait ..1 pas",
      "tu|t ..1 me|m ..1 connais|connait ..1 pas ..2 si|ok|compris|d_accord ..3 on|quelqu_un|qqn|tes_parents|ta_mere|ton_pere ..2 demande|demandent",
      "on|je|j ..2 parle|parlera|ecrit|ecrira|appelle|appellera ..1 que|seulement|uniquement ..1 la_nuit|le_soir_tard|quand_tes_parents|quand_ta_mere|quand_ils_dorment|quand_t_es_seule|quand_t_es_seul"
    ],
    "unless": [
      "decalage|fuseau*|boulot|travail|taf|horaire*|surprise|anniv*|cadeau*|fete|soiree|jeu|partie|loup_garou|escape|mdr|ptdr"
    ],
    "examples": {
      "match": [
        "si quelqu'un te demande, tu me connais pas",
        "on se parle que la nuit quand tes parents dorment ok ?"
      ],
      "ignore": [
        "si quelqu'un te demande, tu me connais pas, c'est pour le jeu du loup garou mdr"
      ]
    }
  },
  {
    "id": "previens-pas-la-police-je-le-saurai-r9",
    "phrases": [
      "police|flics|gendarmerie|gendarmes|keufs|plainte|tes_parents|tes_darons|vos_proches|personne|quiconque ..4 je|j ..1 le|l ..1 saurai|saurais|verrai|verrais|apprendrai"
    ],
    "unless": [
      "mdr|ptdr|jrigole|haha|surprise|anniv*|cadeau*|fete|jeu|partie|loup_garou|escape|film|serie|episode"
    ],
    "examples": {
      "match": [
        "Ne contactez pas la police, je le saurai.",
        "si tu parles à tes parents je le saurai"
      ],
      "ignore": [
        "si tu dis à personne pour la surprise je le saurai mdr"
      ]
    }
  },
  {
    "id": "tu-le-montres-a-personne-r9",
    "phrases": [
      "montres|montre|montrer|dis|dire|raconte|racontes|transferes|transfere|partages|partage ..2 a_personne|a_qui_que_ce_soit|a_quiconque",
      "promets|promet|promis|jure|jures ..2 de|d ..1 rien|pas|jamais ..1 dire|raconter|montrer|en_parler|le_dire|le_montrer",
      "mode_ephemere|en_ephemere|messages_ephemeres|message_ephemere|mode_fantome_active",
      "@family ..2 sont|est|seront|sera ..1 pas ..1 obliges|obligee|oblige|obligees ..1 de|d ..1 savoir|le_savoir|etre_au_courant|l_apprendre"
    ],
    "unless": [
      /* r26 */ "surtout_pas_a_elle|surtout_pas_a_lui|pas_a_elle|pas_a_lui|pas_un_mot_a_elle|pas_un_mot_a_lui",
      /* r25 */ "que_j_ai_rate|que_j_ai_casse|qui_as_casse|qui_a_casse|rate_mon|mon_permis|ma_note|mes_notes|mon_bulletin|redouble*",/* r22 */ 'je_sors_avec|j_ai_un_crush|je_suis_amoureuse|je_suis_amoureux|j_ai_embrasse|mon_crush|je_suis_en_couple|je_me_suis_mise_avec|je_me_suis_mis_avec', 
      "surprise|anniv*|cadeau*|fete|soiree|noel|fiancailles|bebe|enceinte|mariage|spoil*|fin_du_film|fin_de_la_serie|episode|devoir*|controle|exam*|reponses|corrige|mdr|ptdr|code|mot_de_passe|mdp|wifi"
    ],
    "examples": {
      "match": [
        "tu veux voir un truc ? mais tu le montres à personne",
        "je t'envoie un truc mais promets de rien dire",
        "t'es en mode éphémère ?",
        "je t'emmène en week-end, tes parents sont pas obligés de savoir"
      ],
      "ignore": [
        "ne dis a personne que j'ai rate mon permis","dis rien à personne mais je sors avec Mathis", 
        "promets de rien dire à Emma pour la surprise",
        "tu le montres à personne, c'est le corrigé du contrôle",
        "chut dis rien à personne surtout pas à elle"
      ]
    }
  },
  // r9-end
  // r10-begin
  {
    "id": "pas-la-peine-de-lui-dire-r10",
    "phrases": [
      "pas_la_peine|pas_besoin|inutile|sert_a_rien ..1 de|d ..1 lui|leur|en ..1 dire|parler|raconter|en_parler|le_dire ..6 comprendrai*|comprendraient|entre_nous|notre_secret|ca_nous_regarde|nous_regarde",
      "leur|lui dis|dit|di|raconte|racontes|dites ..1 pas|rien|jamais ..3 c|c_est|cest|ce_sera|ca_sera|ca_sera ..1 plus_simple|mieux|plus_facile|plus_tranquille",
      "ils|elle|il|tes_parents|ta_mere|ton_pere|tes_darons|ta_daronne ..2 comprendrai*|comprendraient|comprendront|comprendrait ..1 pas|jamais ..6 nous|notre|entre_nous|toi_et_moi|on|dis|dire|parle*"
    ],
    "unless": [
      "surprise|anniv*|cadeau*|fete|spoil*|la_fin|film|serie|bonbon*|chocolat*|gateau*|note|notes|bulletin|colle|retenue|controle|examen"
    ],
    "examples": {
      "match": [
        "pas la peine de lui dire, elle comprendrait pas",
        "leur dis pas c plus simple",
        "tes parents comprendraient pas, ça reste entre nous"
      ],
      "ignore": [
        "pas la peine de lui dire pour la surprise",
        "leur dis pas la fin du film c plus drole",
        "pas la peine de lui dire pour ta note"
      ]
    }
  },
  {
    "id": "dis-rien-a-la-police-r10",
    "phrases": [
      "dis|dit|di|parle|parles|raconte|racontes|previens ..2 rien|pas|jamais ..2 a|aux|avec ..1 la_police|police|flics|keufs|gendarmes|gendarmerie|commissariat"
    ],
    "unless": [
      "arnaque*|escroc*|pharos|3018|il_faut|faut|conseil*|article|reportage|victime*"
    ],
    "examples": {
      "match": [
        "ne dis rien a la police sinon ça ira mal pour toi",
        "parle pas aux flics"
      ],
      "ignore": [
        "il faut en parler a la police, dis pas rien"
      ]
    }
  },
  // r10-end
  {
    id: 'tes-parents-ont-pas-besoin-de-savoir-r11',
    phrases: [
      'tes|ta|ton|vos|votre @family ..2 ont|a|auront|aura|n_ont|n_a ..1 pas|jamais|aucun ..2 besoin ..2 savoir|de_savoir|d_etre_au_courant|de_le_savoir|au_courant',
      'diras|dis|dit|dira|raconteras ..3 que|qu ..1 tu|t ..1 dors|dormiras|es|seras|vas|iras|passes ..2 chez ..2 copine|pote|amie|ami|cousin*|camarade',
      'personne|prsn ne|n ..1 les|la|le|te|vous ..1 verra|verront|verrait|saura|lira',
    ],
    unless: ['surprise|anniv*|cadeau*|fete|soiree_pyjama|spoil*|film|serie|mdr|ptdr|jrigole|notes|bulletin|bonbon*|chocolat*|gateau*|pizza|mcdo|kebab'],
    examples: {
      match: ['jpeux venir te chercher devant ton college en voiture, tes parents ont pas besoin de savoir', 'tu diras que tu dors chez une copine', 'allez 50€, juste des photos de vous, personne ne les verra'],
      ignore: ["tes parents ont pas besoin de savoir pour la surprise", 'tu diras que tu dors chez une copine pour la soiree pyjama mdr'],
    },
  },
  {
    id: 'efface-et-dis-rien-r11',
    phrases: [
      'supprime*|efface*|vide ..3 conv*|messages|msg|discussion*|snaps|tout|toute_la_conv ..6 dis|dit|di|raconte*|parle* ..2 rien|pas|personne|a_personne',
      'dis|dit|di|raconte*|parle* ..1 rien|pas ..2 a ..2 @family ..6 supprime*|efface*',
    ],
    weight: 3,
    unless: ['surprise|anniv*|cadeau*|fete|spoil*|spoiler|film|serie|mdr|ptdr|jrigole|lol|notes|bulletin|bonbon*|chocolat*|gateau*|pizza|mcdo|kebab|prof*|controle|interro|triche*'],
    examples: {
      match: ['efface toute la conv stp et dis rien a ta daronne ok? ca reste entre nous deux', 'dis rien a tes parents et supprime nos messages', 'supprime la discussion et tu parles a personne de moi'],
      ignore: ['supprime la conv et dis rien a Ines, c une surprise', 'efface le message et dis rien au prof pour le controle mdr'],
    },
  },
  // r11-end
  {
    "id": "pas-besoin-d-en-parler-a-tes-parents-r12",
    "phrases": [
      "pas_besoin|inutile|pas_la_peine|pas_oblige|sert_a_rien ..2 en|le|leur|lui ..1 parler|dire|raconter ..6 @family|autres|copines|potes|amies|personne|coach|cousin*",
      "faut_pas|faut_surtout_pas|surtout_pas|dis_rien|dis_pas|le_dis_pas|en_parle_pas ..3 personne|ils|tes_parents|ta_mere ..2 comprendrait|comprendraient|comprendrai|comprendra|comprendront|capterait"
    ],
    "unless": [
      "surprise|anniv*|cadeau*|fete|gateau|ca_va_aller|t_inquiete|c_est_rien|c_est_pas_grave|pas_grave|ils_savent|elle_sait|il_sait|deja_au_courant|je_leur_ai_dit|j_ai_deja|prof_a_dit|mdr|ptdr"
    ],
    "examples": {
      "match": [
        "pas besoin d'en parler aux autres filles ni a tes parents hein",
        "inutile de le dire à ta mère",
        "tant mieux faut pas, personne comprendrait",
        "pas la peine d'en parler a ton cousin"
      ],
      "ignore": [
        "pas besoin d'en parler à tes parents, c'est une surprise pour leur anniv",
        "pas besoin d'en parler à ta mère, elle est déjà au courant",
        "pas la peine d'en parler a tes parents c'est pas grave"
      ]
    }
  },
  {
    "id": "si-tu-parles-de-moi-a-quelqu-un-r12",
    "phrases": [
      "si ..1 tu|t ..2 parles|parle|dis|racontes|balances ..2 de_moi|de_nous|de_ca|quoi_que_ce_soit|un_mot ..2 a ..1 quelqu_un|qqn|quelqu|personne|tes_parents|ta_mere|ton_pere|la_police|flics|police|tes_potes"
    ],
    "unless": [
      "surprise|anniv*|cadeau*|spoil*|fin|episode|serie|film|saison|mdr|ptdr|haha|jrigole|blague|fete|c_est_pas_grave|t_inquiete|tu_peux|tu_as_le_droit|n_hesite_pas|hesite_pas|psy|infirmi*|cpe|aide"
    ],
    "examples": {
      "match": [
        "si tu parles de moi à quelqu'un tu le regretteras",
        "si tu dis un mot a tes parents c'est fini entre nous"
      ],
      "ignore": [
        "si tu parles de ça à quelqu'un c'est pas grave t'inquiète",
        "si tu dis quoi que ce soit a tes parents sur la surprise jte tue mdr"
      ]
    }
  },
  {
    "id": "t-en-parles-pas-hein-r12",
    "phrases": [
      "tu|t ..1 en ..1 parles|parle|dis|causes ..1 pas|a_personne|surtout_pas|a_tes_parents|a_ta_mere|a_ton_pere ..2 [hein|ok|d_accord|stp|compris]"
    ],
    "unless": [
      "surprise|anniv*|cadeau*|fete|spoil*|fin|episode|serie|film|saison|livre|mdr|ptdr|haha|jrigole|blague|gateau|prof|note|notes|bulletin|ca_va_aller|t_inquiete|pas_grave|si_tu_veux|si_tu_veux_pas|si_t_as_pas_envie|tu_peux"
    ],
    "examples": {
      "match": [
        "on s'rejoint au parc samedi ? t'en parles pas hein",
        "t'en parles à personne ok"
      ],
      "ignore": [
        "t'en parles pas à Léa c'est une surprise pour son anniv",
        "t'en parles pas si tu veux pas, c'est pas grave"
      ]
    }
  },
  // r13-start
  {
    "id": "dis-pas-quon-parle-r13",
    "phrases": [
      "dis|dites|raconte|dit ..1 pas|rien|a_personne ..3 que|qu ..1 on ..1 parle|se_parle|discute|s_parle|se_connait|se_voit|s_ecrit|secrit|s_envoie",
      "ne|n ..1 previens|previent ..1 personne",
      "previens|previent ..1 personne ..2 sinon|ou",
      "supprime*|efface* ..3 comme_ca|comme_sa|pour_que|pour_qu ..2 personne|pas ..2 sait|sache|saura|voie|voit|tombe|trouve",
      "notre|nos ..2 petit|petits|petite ..2 secret|secrets|secrete",
      "pas ..1 besoin ..1 d|de ..1 en|le|leur ..1 parler|dire ..3 @family"
    ],
    "unless": [
      "surprise|anniv*|cadeau*|fete|soiree|recette|sauce|spoil*|spoiler|fin_du_film|episode|saison|code_wifi|mot_de_passe_du_wifi|elle_sait|il_sait|ils_savent|elle_est_au_courant|deja_au_courant"
    ],
    "examples": {
      "match": [
        "et dis pas à tes potes qu'on parle",
        "ne préviens personne sinon je publie direct",
        "tu supprimes après comme ça personne sait",
        "Ce sera notre petit atelier secret",
        "Pas besoin d'en parler à ta mère"
      ],
      "ignore": [
        "dis pas à Léa qu'on se voit samedi c'est une surprise",
        "supprime le groupe comme ça Léa le voit pas, c est pour son anniv",
        "pas besoin d'en parler à ta mère, elle est déjà au courant"
      ]
    }
  },
  {
    "id": "la-bas-personne-lit-r13",
    "phrases": [
      "plus_tranquille|plus_tranquilles|plus_discret|plus_discrets|plus_prive ..6 ici ..3 trop_de_monde|tout_le_monde|ils|on ..1 lit|lisent|voit|voient|surveille*|regarde*",
      "la_bas|labas ..3 personne ..2 lit|lira|voit|verra|surveille|regarde"
    ],
    "unless": [
      "game|partie|ranked|raid|tournoi|projet|expose|devoir*|groupe|classe|equipe|mdr|ptdr|bruit|reseau|connexion|bug|lag|pub|pubs|spam"
    ],
    "weight": 1,
    "examples": {
      "match": [
        "donne moi ton snap on sera plus tranquille la bas, ici y'a trop de monde qui lit",
        "viens sur telegram, là-bas personne lit"
      ],
      "ignore": [
        "on sera plus tranquilles sur discord, ici y a trop de monde qui lit pendant la ranked"
      ]
    }
  },
  {
    "id": "dis-que-tu-dors-chez-une-copine-r13",
    "phrases": [
      "dis|dire|dit|diras|raconte ..3 parents|mere|pere|daron*|darons ..2 tu|t ..2 vas|dors|es|restes|vas_dormir ..2 chez ..2 copine|copain|pote|amie|ami",
      "descends|descend|sors|sort|sortir|descendre ..1 discretement|en_cachette|sans_bruit|sans_faire_de_bruit|en_douce"
    ],
    "unless": [
      "surprise|anniv*|cadeau*|fete_des_meres|fete_des_peres|poubelle*|chien|courses"
    ],
    "examples": {
      "match": [
        "tu peux dire à tes parents que tu vas chez une copine et on se voit",
        "je te récupère en bas de chez toi à minuit, descends discrètement"
      ],
      "ignore": [
        "descends discrètement, on prépare la surprise pour maman"
      ]
    }
  },
  // r13-end
  // r14-start
  {
    "id": "confidentiel-nen-parlez-pas-r14",
    "phrases": [
      "programme|dossier|offre|contrat|casting|selection|candidature ..2 [strictement|totalement|tres] ..1 confidentiel*",
      "n_en|en|n ..1 parlez|parle|parles|dites|dis ..1 pas|rien|a_personne ..3 a|aux ..1 vos|tes|ta|ton ..1 camarades|amis|amies|potes|copains|copines|proches|entourage|collegues|autres|coequipiers",
      "pas_besoin|inutile|pas_la_peine ..2 de|d ..1 lui|leur|le|en ..1 dire|parler|raconter|prevenir|dire_a ..4 entre|secret|discret|nous|notre",
      "on|je ..1 leur|lui ..1 annoncera|dira|expliquera|en_parlera|dirai|annoncerai|expliquerai ..2 quand|plus_tard|apres|une_fois"
    ],
    "unless": [
      "surprise|anniv*|cadeau|fete|repas|resultats|deja_au_courant|au_courant|elle_sait|il_sait|sait_deja|medecin|docteur|infirmi*|psy|notes|bulletin"
    ],
    "examples": {
      "match": [
        "Tout à fait, c'est confidentiel. N'en parlez pas à vos camarades",
        "pas besoin de lui dire c'est entre collectionneurs",
        "on leur annoncera quand le contrat sera signé",
        "Ce programme est confidentiel."
      ],
      "ignore": [
        "pas besoin de lui dire, elle est déjà au courant",
        "c'est confidentiel mais je crois que je vais redoubler",
        "pas besoin de lui dire, on y va ensemble",
        "on leur dira après le repas pour le cadeau",
        "n'en parle pas à tes potes c'est une surprise pour l'anniv de Léa"
      ]
    }
  },
  // r14-end
  // r15-start
  {
    id: 'mp-confidentiel-discret-r15',
    phrases: [
      'supprime|efface|delete ..2 ce|ces|le|les|nos|mon ..1 mp|mps|dm|dms|message*|conv*|messages ..4 confidentiel*|entre_nous|secret|entre_admins|personne_doit',
      'discret|discrete|discretion ..1 bien_sur|assuree|garantie|totale|absolue|evidemment',
    ],
    unless: ['surprise|cadeau|anniv*|fete|mdr|ptdr|prof|spoil*|colis|livraison|emballage|colis_discret'],
    examples: {
      match: ["tt le monde l'a fait, et supprime ce mp apres c'est confidentiel entre admins", "150€ sur ton paypal pour quelques photos, discret bien sur"],
      ignore: ["supprime ce message c'est pour la fete surprise", "envoi discret bien sur, emballage neutre"],
    },
  },
  {
    "id": "sans-que-ta-mere-sache-r16",
    "phrases": [
      "sans_que|sans_qu ..2 @family|personne|tes_potes|ton_frere|ta_soeur ..1 voie|voient|sache|sachent|le_sache|le_sachent|le_voie|le_voient|remarque|tombe|tombent",
      "@family|personne ..1 n|n_a|na|a|ont ..2 pas ..1 besoin ..1 de|d ..1 savoir|le_savoir|etre_au_courant|l_apprendre|connaitre"
    ],
    "unless": [
      "cadeau*|surprise|anniv*|fete|gateau|bapteme|noel|fete_des_meres|fete_des_peres|mariage"
    ],
    "examples": {
      "match": [
        "pour que tu puisses m'envoyer des photos tranquille sans que ta mere voie",
        "passe chez moi boire un chocolat chaud ce soir, ta mere n'a pas besoin de savoir",
        "tes parents ont pas besoin de le savoir"
      ],
      "ignore": [
        "achete le gateau sans que maman le sache, c'est pour sa fete",
        "ta mere n'a pas besoin de savoir pour le cadeau, c'est une surprise"
      ]
    }
  },
  {
    "id": "si-tu-restes-discrete-r16",
    "phrases": [
      "si_tu|si_t|tant_que_tu|tant_que_t|a_condition_que_tu ..1 restes|reste|es|sois ..1 discrete|discret|muette|muet|bouche_cousue",
      "@family|ton_grand_frere|ta_grande_soeur|personne|tes_potes ..2 doit|doivent|faut|dois ..1 pas|jamais|surtout_pas ..1 savoir|le_savoir|etre_au_courant|l_apprendre ..2 qu_on|que_on|que_je|qu_on_se|pour_nous|pour_moi|de_nous|qu_on_parle|qu_on_s"
    ],
    "unless": [
      "cadeau*|surprise|anniv*|fete|gateau|bapteme|noel|mariage|fete_des_meres|fete_des_peres|soiree_surprise"
    ],
    "examples": {
      "match": [
        "je suis coach d'echecs, je te donne des cours gratuits si tu restes discrete",
        "ton grand frere doit pas savoir qu'on parle"
      ],
      "ignore": [
        "ta mere doit pas savoir qu'on prepare sa surprise",
        "si tu restes discret pour le cadeau de papa je te paye un kebab"
      ]
    }
  },
  // r18-start
  {
    id: 'dis-rien-a-ton-coach-r18',
    phrases: [
      'dis|dit|di|dites|parle|parles|raconte ..1 rien|pas|jamais ..2 a|au|avec ..1 ton|ta|tes|ce|cet ..1 coach|entraineur|entraineuse|educ|educateur|educatrice|agent|manager|club|staff|prof|profs|cpe|pion|surveillant*',
      'c_est|c ..1 confidentiel|entre_nous|secret ..4 dis|dit|parle ..1 rien|pas|a_personne',
    ],
    unless: ['surprise|anniv*|cadeau*|fete|pot_de_depart|blague|mdr|ptdr|xd|absence|retard|triche*|copie*|devoir*|exo*|interro|controle'],
    weight: 2,
    examples: {
      match: ["c normal c'est confidentiel, dis rien à ton coach sinon il va te garder", 'parle pas à ton entraîneur de nos messages'],
      ignore: ['dis rien au coach, on lui prépare une surprise pour son anniv', 'dis pas au prof que jai copié mdr'],
    },
  },
  // r18-end
  {
    "id": "pas-la-peine-de-prevenir-tes-parents-r19",
    "phrases": [
      "pas_la_peine|pas_besoin|inutile|sert_a_rien|pas_oblige ..2 de|d ..1 prevenir|avertir|mettre_au_courant|demander_a|demander ..1 tes|ta|ton|tes_parents|ta_mere|ton_pere|personne|@family",
      "pas_la_peine|pas_besoin|inutile ..2 que|qu ..1 tes_parents|ta_mere|ton_pere|ta_famille ..1 soient|soit ..1 au_courant|prevenu*"
    ],
    "unless": [
      "je_les_ai_deja|je_l_ai_deja|deja_prevenu*|deja_au_courant|ils_savent|elle_sait|il_sait|j_ai_vu_avec|c_est_bon_pour"
    ],
    "examples": {
      "match": [
        "Pas la peine de prévenir tes parents, c'est juste à côté 😉",
        "pas besoin d'avertir ta mère",
        "inutile que tes parents soient au courant"
      ],
      "ignore": [
        "pas la peine de prévenir tes parents, je les ai déjà appelés",
        "pas besoin de prévenir ta mère, elle sait déjà"
      ]
    }
  },
  {
    "id": "deuxieme-compte-que-personne-voit-r19",
    "phrases": [
      "e|eme|2_nd|deuxieme|autre|second|secret|faux|fake|prive ..1 compte|numero|snap|snapchat|insta|instagram ..6 ma_copine|ma_femme|personne|mes_parents|ta_mere|tes_parents|ma_meuf|mon_mec ..2 voit|le_voit|la_voit|sait|connait|regarde ..1 pas|jamais"
    ],
    "unless": [
      "jeu|game|smurf|ranked|pokemon|minecraft|fortnite"
    ],
    "examples": {
      "match": [
        "je t'ajoute sur mon 2e compte insta, celui-là ma copine le voit pas",
        "viens sur mon autre snap, personne le connaît pas"
      ],
      "ignore": [
        "mon 2e compte fortnite personne le connaît pas c'est mon smurf"
      ]
    }
  },
  {
    "id": "tes-mon-petit-secret-r20",
    "phrases": [
      "@tes|t ..1 mon|ma ..1 petit|petite ..1 secret|secrete|jardin_secret",
      "ca|c|cest|c_est ..1 notre ..1 petit ..1 secret ..2 a|rien_qu|que ..1 nous|a_nous|nous_deux"
    ],
    "unless": [
      "anniv*|surprise|cadeau|fete|mamie|papi|recette|reussite|beaute|bonheur|astuce|arme|maths|fabrication"
    ],
    "examples": {
      "match": [
        "t'es mon petit secret 🤫",
        "c'est notre petit secret a nous deux"
      ],
      "ignore": [
        "c'est notre petit secret a nous pour la surprise de mamie",
        "t'es mon petit secret de reussite en maths 😂"
      ]
    }
  },
  // r25-start
  {
    id: 'procedure-confidentielle-r25',
    phrases: [
      'parlez|parle|dites|dis|mentionnez|evoquez ..2 pas|jamais|rien ..4 cette|ce|notre|la ..1 procedure|verification|demarche|echange|conversation|contrat|offre ..6 confidentiel*|secret*',
    ],
    unless: ['medecin|docteur|patient*|banque|code_secret|code_pin|mot_de_passe|mdp|rgpd|notaire|avocat|examen|sujet|jury'],
    examples: {
      match: ['Ne parlez pas de cette procedure a un tiers, elle est confidentielle.', "dis rien de notre echange, c'est confidentiel"],
      ignore: ['ne communiquez jamais votre code secret, la banque ne le demande pas', "ne parlez pas du sujet de l'examen, il est confidentiel"],
    },
  },
  {
    id: 'compte-au-nom-dune-majeure-r25',
    phrases: [
      'ouvre|ouvrir|ouvrons|cree|creer|creons|mets|mettre|fais|faire ..3 compte|profil|page ..3 au_nom_de|au_nom_d|au_nom_du ..2 ta|ton|une|un|quelqu_un ..1 cousine|cousin|soeur|grande_soeur|frere|majeure|majeur|pote|copine|amie|autre',
      'personne ..2 verra|saura|remarquera|verrait|saurait ..3 que_t_es_mineure|que_tu_es_mineure|que_t_es_mineur|que_tu_es_mineur|ton_age|ton_vrai_age|que_t_as_16|que_t_as_15',
    ],
    unless: ['banque|livret|assurance|mutuelle|secu|caf|impots|ecole|lycee|college|abonnement|forfait|netflix|spotify'],
    examples: {
      match: ["t'inquiete on ouvre le compte au nom de ta cousine ou d'une majeure, personne verra la diff", "personne saura que t'es mineure"],
      ignore: ['on ouvre le compte en banque au nom de ta soeur', 'on cree le compte netflix au nom de ton frere'],
    },
  },
  {
    id: 'faut-pas-que-ta-mere-voie-nos-convs-r25',
    phrases: [
      'faut|faudrait|faudra ..1 pas|surtout_pas|jamais ..1 que|qu ..1 ta_mere|ton_pere|tes_parents|ta_daronne|ton_daron|tes_darons|personne|quelqu_un|ta_soeur|ton_frere|ta_famille ..2 voie|voient|lise|lisent|tombe|tombent|sache|sachent|trouve|trouvent ..3 nos|notre|ces|conv*|messages|msg|photos|echange*|discussion*',
    ],
    unless: ['cadeau*|surprise|anniv*|note|notes|bulletin|chambre|bordel|fete|soiree|bonbons|gateau|resultat*|prank|blague'],
    examples: {
      match: ['faut pas que ta mere voie nos convs', 'faudrait pas que tes parents lisent nos messages 🤫'],
      ignore: ['faut pas que ta mere voie nos messages pour la surprise de son anniv', 'faut pas que ton pere tombe sur tes notes'],
    },
  },
  // r25-end
  // r27-start
  {
    id: 'preferee-le-dis-pas-aux-autres-r27',
    phrases: [
      'ma|mon ..1 preferee|prefere|chouchoute|chouchou|favorite|favori ..6 le|les|leur|en ..1 dis|dit|di|parle|parles|repete|repetes ..1 pas|rien|jamais',
      'preferee|prefere|chouchoute|chouchou|favorite|favori ..4 chut|secret|entre_nous|c_est_notre_secret',
      'le|leur|en ..1 dis|dit|di|parle|parles|repete|repetes ..1 pas|rien|jamais ..3 aux|a ..1 autres|personne ..6 ma|mon ..1 preferee|prefere|chouchoute|chouchou|favorite|favori',
    ],
    unless: ['mamie|papi|mamy|papy|tata|tonton|marraine|parrain|maman|papa|cousin*|serie|chanson|film|personnage|mdr|ptdr|haha|lol|xd|surprise|anniv*|cadeau'],
    examples: {
      match: ["t'es mon chouchou mais faut pas le dire, le répète pas aux autres", 'tu es ma préférée, mais ne le dis jamais aux autres filles du club', 'mon élève préférée, mais chut'],
      ignore: ["t'es ma préférée, le dis pas aux autres c'est pour la surprise de son anniv", 'ma série préférée ? le dis pas à mon frère mdr'],
    },
  },
  {
    id: 'ne-pas-ebruiter-cette-affaire-r27',
    phrases: [
      'ne_pas|pas|n ..2 ebruiter|ebruitez|ebruites|ebruite|divulguer|divulguez|divulgues ..3 cette|l|notre|cet|nos|cette ..1 affaire|histoire|situation|echange*|arrangement|accord|conversation|dossier',
      'evitez|evite|eviter ..1 d|de ..2 ebruiter|divulguer|en_parler|parler ..6 affaire|histoire|situation|echange*|arrangement|accord|conversation|dossier|entourage|famille|parents|police',
    ],
    unless: ['surprise|anniv*|cadeau|fete|concours|resultats|jury|examen|brevet|bac'],
    examples: {
      match: ['Je vous invite à ne pas ébruiter cette affaire.', "évite d'en parler à ta famille, cet arrangement reste entre nous"],
      ignore: ["merci de ne pas divulguer les résultats du concours avant l'annonce officielle", "n'ébruitez pas la surprise pour son anniversaire"],
    },
  },
  {
    id: 'reste-discret-sur-le-serveur-r27',
    phrases: [
      'reste|restes|sois|soit|soyez|restez ..1 discret|discrete|discrets|discretes ..4 serveur|groupe|discord|jeu|game|chat|tes_potes|tes_parents|les_autres|ta_mere|ton_pere|personne|ca|tout_ca|nous',
    ],
    unless: ['surprise|anniv*|cadeau|fete|cours|classe|bibliotheque|cdi|cinema|film|examen|controle|interro|spoil*|fin_de|episode|saison|mdr|ptdr|haha|lol|xd'],
    weight: 1,
    examples: {
      match: ['reste discrète sur le serveur stp, les autres comprendraient pas', 'sois discret avec tes parents'],
      ignore: ["soyez discrets pendant l'examen", 'reste discrète sur la surprise pour son anniv'],
    },
  },
  // r27-end
  // r27-start
  {
    id: 'les-autres-doivent-pas-savoir-r27',
    phrases: [
      'les ..1 autres|filles|gars|eleves|joueuses|joueurs ..2 doivent|doit|faut|faudrait ..1 pas|rien|jamais ..1 savoir|le_savoir|sachent|le_sachent|etre_au_courant',
      '@family|ton_frere|ta_soeur|tes_parents|ta_mere|ton_pere ..1 le|en ..1 saura|sauront|saurait|sauraient ..1 pas|rien|jamais',
    ],
    unless: ['surprise|anniv*|cadeau|fete|vase|casse*|note|notes|bulletin|copie|triche|spoil*|fin_du_film|mdr|ptdr|haha|lol|xd|bonbons|chocolat|gateau|console|jeu|manette'],
    weight: 1,
    examples: {
      match: ["je t'ai choisie toi parce que t'es spéciale, les autres doivent pas savoir", 'ta mère le saura jamais, promis'],
      ignore: ["les autres doivent pas savoir, c'est une surprise pour son anniv", 'ta mère le saura pas que t as cassé le vase mdr'],
    },
  },
  // r27-end
  // r28-start
  {
    id: 'ce-quon-fait-reste-entre-nous-r28',
    phrases: [
      'ce_qu_on_fait|ce_qu_on_a_fait|ce_qu_on_fait_ensemble|ce_qui_se_passe|ce_qui_s_est_passe|nos_seances|nos_appels|nos_visios|nos_cours|nos_rendez_vous|nos_rdv|ce_qu_on_se_montre|ce_qu_on_s_envoie|ce_que_je_t_envoie|ce_que_tu_m_envoies ..4 reste|restera|doit_rester|doivent_rester|restent|resteront ..1 entre|secret|secrets|prive|prives|privee|privees|confidentiel*|chez_nous',
    ],
    unless: ['surprise|cadeau*|anniv*|spoil*|la_fin|serie|film|exam*|controle|sujet|notes|bulletin|prof_est|le_prof|la_prof|nul|nulle|ragot*|potin*|crush|jaloux|jalouse|copine_de|copain_de|therapie|psy|infirmiere|cpe|mdr|ptdr|xd|lol'],
    examples: {
      match: ["ce qu'on fait en cours reste entre nous d'accord", "nos appels doivent rester secrets", "ce que je t'envoie reste privé hein"],
      ignore: ["ce qui se passe en colo reste entre nous mdr", "ce qu'on a fait pour la surprise reste entre nous", "ce que je t'envoie c'est le sujet du contrôle, ça reste entre nous"],
    },
  },
  // r28-end
  // r29-start
  {
    id: 'juste-nous-deux-pas-tes-parents-r29',
    phrases: [
      'juste|rien_que|seulement|que ..1 nous_deux|toi_et_moi|nous|entre_nous ..3 pas|sans|surtout_pas ..1 tes|ta|ton ..1 parents|mere|pere|daron*|reum|potes|amis|copines|copains|frere|soeur|famille',
    ],
    unless: ['surprise|anniv*|cadeau|mdr|ptdr|haha|lol|xd|jrigole|resto|cine*|vacances|week_end|weekend|soiree|fete|restaurant|repas'],
    examples: {
      match: ['et juste nous deux hein, pas tes parents', 'rien que toi et moi, surtout pas tes potes'],
      ignore: ['juste nous deux pas tes parents pour la surprise de leur anniv', "ce soir cine juste nous deux, pas tes potes mdr"],
    },
  },
  // r29-end
  // r30
  {
    id: 'pas-la-peine-de-deranger-tes-parents-r30',
    phrases: [
      'pas_besoin|pas_la_peine|inutile|pas_necessaire|evite|evitons|ca_sert_a_rien ..2 de|d ..1 deranger|demander_a|prevenir|embeter|inquieter|mettre_au_courant|impliquer|meler|parler_a|dire_a|en_parler_a|demander_la_permission_a|demander_l_avis_de|appeler|alerter|affoler ..1 tes|ta|ton ..1 parents|mere|pere|maman|papa|darons|daronne|daron|famille|tuteur|tutrice',
      'pas_besoin|pas_la_peine|inutile|pas_necessaire ..6 on|je|j ..1 la|le|les|lui|leur ..1 previendra|previendrai|previendrons|dira|dirons|appellera|appellerons|contactera|contacterons|expliquera|expliquerai ..3 plus_tard|si|quand|apres|une_fois',
    ],
    unless: ['annule*|reporte*|sortie_scolaire|le_bus|covoit*|deja_prevenu*|deja_au_courant|sont_au_courant|est_au_courant|l_ecole_les|le_college_les|le_lycee_les|la_prof|le_prof|l_infirmiere|infirmerie|urgent|urgence|grave|bobo|rien_de_grave'],
    examples: {
      match: ['pas la peine de déranger tes parents pour ça', "pas besoin, c'est juste un essai, on la préviendra si tu es retenue", 'inutile de prévenir ta mère, je te ramène'],
      ignore: ['pas la peine de prévenir tes parents, la sortie est annulée', 'pas besoin de prévenir ta mère, elle est déjà au courant', 'pas la peine de déranger tes parents, la prof les appellera'],
    },
  },
  // r30-end
  // r31
  {
    id: 'faut-pas-quils-sachent-r31',
    phrases: [
      'faut|faudrait|faudra|doivent|doit ..1 pas|surtout_pas|jamais|rien ..1 qu|que ..1 ils|elle|il|elles ..1 sache|sachent|le_sache|le_sachent|l_apprenne|l_apprennent|soit_au_courant|soient_au_courant|nous_voie|nous_voient|nous_grille|nous_grillent|nous_capte|nous_captent|decouvre|decouvrent|se_doute|se_doutent',
    ],
    unless: ['surprise|anniv*|cadeau*|fete|soiree|spoil*|film|serie|noel|bulletin|note|notes|controle|punition|puni|rate|redouble*|casse*|triche*|mdr|ptdr|haha|lol|xd|projet|expose|devoir*|equipe|classe|club|bonbon*|gateau|chocolat|console|jeu|manette|permis|vape|clope*|tatouage|piercing|fugue|boite|bar'],
    weight: 1,
    examples: {
      match: ["tes parents ils rentrent tard ? faut pas qu'ils sachent qu'on se parle", 'et surtout faudrait pas qu elle le sache'],
      ignore: ["faut pas qu'ils sachent pour la surprise", "faut pas qu'elle sache que j'ai raté le contrôle mdr"],
    },
  },
  // r31-end
  // r33-start
  {
    id: 'seule-sans-tes-copines-r33',
    phrases: [
      'seule|seul|toute_seule|tout_seul ..3 sans ..1 tes|ta|ton ..1 copines|copains|potes|amis|amies|copine|pote|parents|soeur|frere|mere|pere|darons',
      'viens|vien|venir|viendras|rejoins ..6 seule|toute_seule ..2 hein|ok|d_accord|stp|compris|personne_d_autre',
    ],
    unless: ['mdr|ptdr|xd|haha|lol', 'surprise|anniv*|cadeau*|fete|soiree_surprise|spoil*', 'si_tu_veux|si_tu_peux|ou_avec|ou_accompagnee|ou_accompagne|comme_tu_veux|en_cours|au_cours|a_la_reunion|au_rdv|au_rendez_vous|entretien|convocation|bureau|medecin|dentiste|infirmerie|vestiaire|repet*|cours_de|places|place|voiture_pleine|complet|pas_assez', 'autonome|autonomie|tu_es_grande|t_es_grande|t_es_grand|bus|trajet|a_pied|en_velo'],
    examples: {
      match: ['viens au parc demain, seule hein, sans tes amies', 'retrouve moi toute seule sans tes potes', 'tu viendras au ciné samedi toute seule ok ?'],
      ignore: ['viens seule sans tes copines, y a plus de places dans la voiture', 'tu rentres seule sans tes parents en bus ? t es grande maintenant', 'viens seule ou avec tes copines comme tu veux'],
    },
  },
  // r33-end
  {
    id: 'ton-adresse-et-dis-rien-a-tes-parents-r34',
    phrases: [
      'adresse|adresse_postale|ton_adresse|ton_adr ..6 dis|dit|di|dites|raconte|racontes|parle|parles|montre ..2 rien|pas|jamais ..3 a|avec ..2 @family',
      'dis|dit|di|raconte|racontes|parle|parles ..2 rien|pas|jamais ..3 a|avec ..2 @family ..6 adresse|ton_adresse|ou_tu_habites|ou_t_habites|ta_rue|ton_code_postal',
    ],
    unless: ['pour_eux|pour_elle|pour_lui|pour_leur|leur_anniv*|anniversaire_de_mariage|fete_des_meres|fete_des_peres|pour_ta_mere|pour_ton_pere|pour_maman|pour_papa|pour_tes_parents|a_ta_mere_pour|a_ton_pere_pour', 'a_mon_frere|a_ma_soeur|a_ma_mere|a_mon_pere|a_mes_parents|a_ma_cousine|a_mon_cousin'],
    examples: {
      match: ["donne moi ton adresse, je t'envoie un colis, mais dis rien à tes parents", "envoie ton adresse et ne dis rien à ta mère, c'est une surprise", "dis rien à tes parents mais file moi ton adresse"],
      ignore: ["donne moi ton adresse et dis rien à tes parents, c'est une surprise pour leur anniversaire de mariage", "envoie ton adresse à ma mère et dis rien à mon frère"],
    },
  },
  // r35-start
  {
    id: 'garde-ca-entre-nous-les-autres-seraient-jalouses-r35',
    phrases: [
      'garde|gardes|gardons|gardez|reste|restera|dis|dit|di|parle|parles|montre|montres ..4 entre_nous|pour_toi|entre_toi_et_moi|pour_nous|rien|personne|a_personne|pas|secret ..6 jaloux|jalouse|jalouses|jalousie|envieux|envieuse*|jaloux_de_toi|m_en_voudraient',
      'les_autres|tes_potes|tes_copines|tes_copains|tes_amies|tes_amis|tes_coequipieres|tes_coequipiers|l_equipe|la_classe|tout_le_monde ..2 seraient|serait|vont|seront|voudraient|vont_etre|risquent|pourraient ..2 jaloux|jalouse|jalouses|envieux|envieuses ..6 entre_nous|pour_toi|dis_rien|dis_pas|dit_rien|secret|personne',
    ],
    unless: ['surprise|anniv*|fete|mdr|ptdr|xd|haha|lol|ta_mere|tes_parents_le_savent|je_leur_ai_dit|resultat*|note*|bulletin|admis|admise|selection*|sa_copine|son_copain|son_mec|sa_meuf'],
    examples: {
      match: ["je t'ai pris un truc, mais garde ça pour toi, les autres seraient jaloux", "dis rien à personne, tes coéquipières seraient jalouses", "les autres seraient jalouses, alors ça reste entre nous ok"],
      ignore: ["garde ça entre nous pour la surprise, sinon elle sera jalouse mdr", "dis rien à personne pour tes notes, les autres seraient jaloux haha", "ta soeur serait jalouse mais ta mère est d'accord"],
    },
  },
  // r35-end
] satisfies PatternEntry[];
