import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'tas-x-minutes',
    phrases: [
      'si ..1 tu|t ..2 envoies|envoie|reponds ..1 pas|rien ..2 d_ici|avant ..2 ce_soir|demain|minuit|midi ..3 c_est_fini|cest_fini|trop_tard|tu_vas_voir|tant_pis_pour_toi|tu_vas_le_regretter|tout_part|ca_part|je_publie|je_balance|j_envoie|jenvoie',
      'chaque ..1 minute|heure|jour|seconde ..2 qui ..1 passe ..3 pire|plus_cher|plus_grave|de_plus|compte',
      'plus ..1 tu|t ..1 attends|attend|tardes|traines ..3 plus ..3 cher|pire|grave|difficile|de_monde',
      'je|j ..1 te|t|vous ..1 laisse|donne|accorde ..1 # ..1 min*|minute*|heure*|h|sec*|seconde*',
      't|tu|ta|tas|t_as|vous ..2 as|a|avez ..1 # ..1 min*|minute*|heure*|h|sec*|seconde*|jour*|j',
      't|tu|ta|tas|t_as|vous ..2 as|a|avez ..1 1_h|2_h|3_h|12_h|24_h|48_h|5_min|10_min|15_min|20_min|30_min|1_min',
      't|tu|ta|tas|t_as ..2 as|a jusqu|jusqua|jusque ..2 ce_soir|minuit|demain|midi|lundi|la_fin|la_fin_de_la_journee',
      'il|i te|t|vous reste ..1 # ..1 min*|minute*|heure*|h|sec*|seconde*|jour*',
      'depeche|depeches|grouille|grouilles|magne ..1 toi|twa|toi_sinon|sinon',
      'dans|d_ici|dici|avant ..1 # ..1 min*|minute*|heure*|h ..3 sinon|ou|c_est|cest|trop_tard',
      'derniere|dernier|ultime ..1 chance|avertissement|rappel|fois_que_je_demande|delai|carat',
      'apres ..1 c|c_est|cest|ce_sera|ca_sera|il_sera ..1 trop ..1 tard',
      'le ..1 temps|compteur|chrono|compte_a_rebours ..1 passe|tourne|presse|file|defile|est_lance',
      'le|ton ..1 compte_a_rebours|chrono|compteur|decompte ..2 a_commence|commence|est_parti|demarre|a_demarre|est_lance',
      'plus_que|plus_qu|il_te_reste|reste ..1 # ..1 min*|minute*|heure*|h|sec*|seconde*',
      'tic ..1 tac',
      'ta ..1 vie|life|reput|reputation ..3 detrui*|fini*|ruine*|foutue|gachee|terminee|morte',
      'depechez|grouillez vous',
      '@tas une|1 heure|minute|journee|nuit|semaine|soiree',
      'c_est|c|cest|ce_sera fini|foutu|mort ..1 pour ..1 toi|twa',
      'depeche*|grouille*|vite ..2 sinon|ou_je|ou_j|ou_tu',
    ],
    unless: [/* r26 */ 'rentree|rentrees|je_dis_a_maman|je_le_dis_a_maman|je_dis_a_papa|je_le_dis_a_papa|je_le_dirai_a_maman', 'cpe|proviseur|proviseure|principal|principale|surveillant*|pion|la_prof|le_prof', /* r25 */ 'voyage|sortie|soldes|promo|billets|places|t_inscrire|s_inscrire|vous_inscrire', 'on ..1 part|y_va|decolle|commence|arrive|ferme', 'sans ..1 toi|twa', 'rendre|dossier|bus|train|metro|tram|film|seance|cours|match|controle|exam*|devoir*|rendu|inscription*|magasin|boulangerie|cantine|retard|quiz|bac|brevet|on_t_attend|on_t_attends|on_y_va|partie|game|kick|lobby|serveur|ranked|manche|round|revenir|reviens', /* r19 */ 'rentre|rentres|rentrez|rentriez|rentrer|rentrera|rentreras|rentrerez|couvre_feu'],
    weight: 0.5,
    examples: {
      match: ["si t'envoies pas d'ici ce soir c'est fini", "chaque minute qui passe c'est pire pour toi", 'plus tu attends plus ça va coûter cher', 'je te laisse 10 minutes', 'le compte à rebours a commencé', 'plus que 10 minutes', 'ce soir dernier délai', "t'as 1h. après c'est trop tard", 'tu as 30 minutes', 'dernière chance', "t'as jusqu'à ce soir pour", 'tic tac', 'ta vie va etre detruite'],
      ignore: ["si tu me rends pas mon sweat noir je dis a maman que t'es rentrée à 2h samedi 😤", 'grouille toi sinon la CPE va te tuer 😂', "derniere chance pour t'inscrire au voyage", "Votre maman est d'accord pour que vous rentriez à 23h, c'est juste en bas", "si tu m'envoies pas le devoir d'ici ce soir je rends sans toi", 'je te laisse 10 minutes pour revenir sinon on commence la partie', 'plus que 10 minutes avant la fin du cours', "t'as 2 min pour revenir sinon on te kick de la partie", "t'as 5 min sinon on part sans toi", 'dernière chance on est devant le bus', 'tu as 2h pour le controle'],
    },
  },
  {
    id: 'fais-le-maintenant',
    phrases: [
      'je|j ..2 pas ..1 te|t ..1 le|la ..1 redemander|redire|repeter',
      'je|j ..1 te|t ..1 le|la ..1 redemanderai|redirai|repeterai ..1 pas',
      'avant_que|avant_qu ..1 je|j ..1 change|changes ..1 d_avis',
      'j_ai|jai|g ..1 dit ..1 maintenant|tout_de_suite|mtn|vite|now',
      'ce_que|ce_qu ..1 je|j ..2 dis|demande|dit ..4 tout ..1 ira|se_passera ..1 bien',
      'fais|fait|fai|faites ..1 le|la|ca|sa|ce_que_je_dis|ce_que_je_te_dis ..1 maintenant|mtn|tout_de_suite|tt_de_suite|direct|vite|immediatement',
      't|tu|ta|tas|t_as ..2 as|a pas|plus ..1 le ..1 choix',
      'tu|t fais|fait|feras ce|tout ..1 que|qu ..1 je|j ..1 dis|dit|demande|veux',
      'tu|t ..1 vas|va ..1 faire ..1 [exactement|tout|bien|juste] ..1 ce_que|ce_qu|tout_ce_que ..1 je|j ..1 dis|dit|demande|veux|te_dis|te_demande',
      'obei*|obeis',
      't|tu|ta|tas|t_as|vous ..2 as|a|avez ..1 interet ..1 a|de|d ..1 repondre|payer|envoyer|obeir|me_repondre|m_envoyer|me_payer|faire_ce_que',
      'je|j ..1 rigole|plaisante|blague|deconne ..1 pas|plus',
      'je|jsuis|chui|chuis ..1 suis|sui ..1 [tres] serieux|serieuse|pas_en_train_de_rigoler',
      'fais|fait|arrete ..1 pas|de ..1 ta|ton|faire_ta|faire_ton ..1 timide|coince*|prude|gamine|bebe|sainte_nitouche|chochotte|farouche',
      'si tu|t maime*|mkiffe*|m_aime*|me_kiffe* ..1 vraiment|vrmt|reellement|un_peu',
      'si tu|t m|me aime*|kiffe* ..1 vraiment|vrmt|reellement|un_peu',
      'tu|t ..1 me ..1 dois|dois_bien|dois_ca ..1 bien|ca|sa',
      'personne|persone ..2 te|t|va_te ..1 croira|croirait|croire',
      'tu|t ..1 vas|va ..1 le|la ..1 regretter',
      'si ..1 tu|t ..1 me|m ..1 reponds|repond|rep ..1 pas|plus',
      'ce|ca|c ..1 sera|serait|est ..1 de ..1 ta ..1 faute',
      'repond*|reponds ..2 sinon|ou ..1 je|j|jvais|tu',
      'allez|aller|alez ..2 juste|stp|steuplait|svp ..2 une|un|1 ..1 seule*|petite*|photo*|video*|fois',
      'arrete|arretes ..2 de faire ..1 ta|ton|la ..1 timide|coince*|prude|gamine',
      'ne|n|fais|fait ..2 pas|plus ..1 ta|ton|la ..1 timide|coince*|prude|gamine|meuf_compliquee',
    ],
    unless: ['devoir*|exo*|exercice*|lit|chambre|vaisselle|menage|dents|controle'],
    weight: 0.5,
    examples: {
      match: ['je vais pas te le redemander', "fais vite avant que je change d'avis", "j'ai dit maintenant", 'fais ce que je te dis et tout ira bien', 'tu vas faire exactement ce que je dis maintenant', "t'as intérêt à répondre", 'je rigole pas', 'je suis sérieux, réponds', 'fais le maintenant', "t'as pas le choix", 'allez fais pas ta timide', 'si tu maimes vraiment tu le ferais', 'personne te croira', 'tu vas le regretter', 'si tu me reponds pas je l envoie', 'ce sera de ta faute'],
      ignore: ['j ai dit maintenant, range ta chambre', 'fais tes devoirs maintenant', 'tu as le choix entre les deux', 'fais le ménage maintenant'],
    },
  },
  {
    id: 'tas-1h',
    phrases: [
      '@tas ..1 jusqu_a|jusqu ..1 # ..1 h|heure*|min|mins|minute*|jour*',
      '@tas ..1 # ..1 h|heure*|min|mins|minute*|jour* ..1 [pas_plus|max|top_chrono|chrono|montre_en_main]',
    ],
    unless: [/* r26 */ 'confirmer|confirme|feuille_de_match|selection|convocation|ta_presence', 'reviser|revise|revision*|fiches|sans_toi', 'retard|route|trajet|cours|train|bus|perm|pause|libre|dispo|devoir*|exam*|controle|permanence|sommeil|dormi|attente|rendez_vous|rdv|age|ans'],
    examples: {
      match: ["150 euros en carte paysafe, t'as 1h", 'tu as 10 minutes pas plus'],
      ignore: ["t'as jusqu'à 18h pour confirmer ta présence sinon t'es pas sur la feuille de match samedi", "t'as 2 jours pour les faire sinon je révise sans toi", "t'as 2h de retard mdr", "t'as 1h de perm demain ?"],
    },
  },
  {
    id: 'passe-ce-delai',
    phrases: [
      'passe|passes|au_dela|au_dela_de|apres|a_l_expiration ..1 ce|de_ce|du|le ..1 delai',
      'vous|tu|t ..1 disposez|disposes|dispose ..1 de|d ..1 #|24_h|48_h|72_h|1_h|2_h|12_h ..1 [heure*|h|jours|minutes|min]',
      'faute_de_quoi|sans_quoi',
      'ta|ton|votre ..1 reputation|avenir|vie|scolarite ..3 tient|tiennent|depend|depend_de ..2 qu_a|que_de|de|a ..1 toi|twa|vous',
      'tu|t|vous ..1 sais|savez ..1 ce_que|ce_qu ..1 tu|t|vous ..1 as|a|avez|dois|doit|devez ..1 [a] faire',
      't|tu|ta|tas|t_as|vous ..2 as|a|avez ..1 interet ..1 a|d ..1 etre ..1 sympa|gentille|gentil|cool|sage|docile|obeissante|obeissant|coop*',
    ],
    unless: ['facture*|penalite*|loyer|inscription*|candidature*|dossier*|devoir*|rendu|exercice*|copie*|controle|cours|formulaire|retour*|rembours*|colis|commande|livraison|garantie|reclamation|abonnement|essai|bibliotheque|livre*|mdr|ptdr|haha'],
    examples: {
      match: ['Passé ce délai, elles seront diffusées.', 'Vous disposez de 24h pour régler', 'faute de quoi tout sera envoyé', "ta réputation au lycée elle tient qu'à toi", "tu sais ce que t'as à faire", "t'as intérêt à être sympa avec moi"],
      ignore: ['passé ce délai, les inscriptions seront fermées', 'vous disposez de 14 jours pour le retour du colis', 'faute de quoi le dossier sera refusé', 'tu sais ce que tu as fait hier ?', 'ta vie tient à un fil mdr'],
    },
  },
  {
    id: 'tu-crois-que-je-rigole',
    phrases: [
      'c_est|cest|c|ce_n_est|ca_n_est|ce_n ..1 pas|non|plus ..1 negociable|discutable',
      'tu|t ..1 joues|joue ..1 pas|plus ..2 avec ..1 moi|mwa|mes_nerfs',
      'tu|t|vous ..1 crois|croyais|penses|pensais|croyez|pensez|cru ..2 que|qu ..1 je|j ..1 rigole|plaisante|blague|bluffe|deconne|joue|rigolais|plaisantais|bluffais',
      'je|j ..1 bluffe|bluff ..1 pas|jamais',
      'tu|t|vous ..1 sais|savez ..1 ce_qui|ce_qu|ce_qui_va ..2 se_passe|va_se_passer|arrive|va_arriver|t_attend|vous_attend ..2 maintenant|mtn|si|sinon|quand|now|hein',
      'je|j ..1 te|t|vous ..1 laisse|donne|accorde|laisserai ..2 jusqu_a|jusqu|jusque|jusqua ..2 minuit|demain|ce_soir|midi|la_fin|# ..1 [h|heure*]',
      '@tas|il_te_reste|il_vous_reste|vous_avez ..1 plus|pas ..1 beaucoup|bcp|longtemps|trop|tellement ..1 de ..1 temps',
      'si ..1 dans|d_ici|dici|avant ..2 #|une|1 ..1 h|heure*|min*|minute*|jour*|ce_soir|minuit|demain ..4 j_ai|jai|g|je_recois|je_vois|j_recois ..1 rien|pas',
      'si ..1 j_ai|jai|g|je_recois|je_vois|j_recois ..1 rien|pas|toujours_rien ..4 dans|d_ici|dici|avant ..2 #|une|1|ce_soir|minuit|demain',
      'j_attends|jattends|j_attend ..2 [ta|ma|la|le|les|mon|mes] ..2 reponse|argent|thune|virement|photo*|video*|code*|paiement ..2 vite|maintenant|mtn|tout_de_suite|direct|sinon|ou',
    ],
    unless: ['rentres|rentre|fortnite|game|minecraft|roblox|valo|foot|match|on_avait_dit', 'prix|vinted|leboncoin|article|annonce|heure_de_rentree|couvre_feu|rentrer|rentree|devoirs|cantine|loyer|tarif|velo|console', 'mdr|ptdr|xd|haha|lol|jpp', 'livre|devoir*|exo*|rendu|dossier|cours|controle|bus|train|film|serie|partie|game|match|anniv*|surprise|recette|colis|resultat*|bulletin|inscription*|candidature|reviser|revision*'],
    weight: 0.5,
    examples: {
      match: ["Envoie 80€ sur paypal ou je diffuse la vidéo. C'est pas négociable.", 'envoie les 50 mnt et le reste demain, tu joue pas avec moi', 'tu crois que je rigole ? envoie 0,01 btc', 'tu crois que je bluffe ?', 'je bluffe pas', 'tu sais ce qui se passe maintenant', "je te laisse jusqu'à minuit", "t'as plus beaucoup de temps", "si dans une heure j'ai rien, c'est fini", "j'attends ta réponse, vite"],
      ignore: ["c'est pas négociable, tu rentres à 22h", 'tu joues pas avec moi ce soir ? on avait dit fortnite', "le prix c'est pas négociable, 40€ le vélo", 'tu crois que je rigole ? mdr', "je te laisse jusqu'à lundi pour rendre le livre", "tu sais ce qui se passe maintenant dans la série ?", "t'as plus beaucoup de temps pour réviser"],
    },
  },
  {
    id: 'reponds-maintenant',
    phrases: [
      'tu|t ..1 crois|penses|croyais|pensais ..1 que|qu ..1 tu|t ..1 peux|vas|pouvais|allais ..1 m|me ..1 ignorer|bloquer|echapper|fuir|lacher|oublier',
      'bloque|bloques|bloquer|ignore|ignores ..4 sinon|ou ..2 c_est|ce_sera|cest|ca_sera|ca_va_etre ..1 pire',
      'reponds|repond|reponds_moi|repond_moi|rep|reponde ..1 maintenant|mtn|tout_de_suite|immediatement|direct|now|sur_le_champ',
      'c_est|cest|c|ce_n_est|ce_nest ..1 pas ..1 une ..1 blague|plaisanterie|jeu',
      'tu|t ..2 m|me ..1 echapperas|echappera|echapperais|echapper ..1 pas|jamais',
      'tu|t ..1 peux|pourras|pourrais ..2 pas|jamais|plus ..2 m|me ..1 echapper|fuir|bloquer|ignorer|semer',
      'je|j ..1 compte ..1 jusqu_a|jusqu|jusqua ..1 #',
      'je|j ..1 suis|sui ..1 pas ..1 [tres|du_tout|quelqu_un_de] ..1 patient*',
      'ma|la ..1 patience ..2 a_des_limites|a_ses_limites|limitee|est_a_bout|s_epuise|touche_a_sa_fin',
      'je|j ..2 m_en|men ..1 fous|fou|bats|tape ..1 [de] comment',
      'je|j ..1 vais|v ..1 pas ..1 attendre ..1 longtemps|toute_la_nuit|indefiniment|eternellement',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|jpp', 'cache_cache|cache|controle|exam*|devoir*|cours|bus|train|film|serie|match|partie|game|jeu_video|anniv*|surprise|soiree|diner|manger|repas|mamie|papi|inquiet*|inquiete|ca_va'],
    weight: 0.5,
    examples: {
      match: ["tu crois que tu peux m'ignorer ?", "ne me bloque pas sinon c'est pire", 'combien tu peux envoyer ? je suis pas patient', 'ma patience a des limites', 'réponds maintenant', "c'est pas une blague", "tu ne m'échapperas pas", 'tu peux pas me bloquer', "je compte jusqu'à 10", "trouve l'argent, je m'en fous comment", 'je vais pas attendre longtemps'],
      ignore: ["c'est pas une blague, le contrôle est demain", "je compte jusqu'à 10, cache-toi", 'réponds maintenant stp je suis inquiète, ça va ?'],
    },
  },
  {
    id: 'pour-eviter-des-poursuites',
    phrases: [
      'pour|afin_d|afin_de ..1 eviter ..3 poursuites|plainte|proces|arrestation|prison|casier|garde_a_vue|convocation|sanctions|une_amende|des_ennuis|des_problemes',
      'si ..2 tu|t|vous ..2 veux|voulez ..1 pas|eviter ..2 de|d|des ..1 problemes|ennuis|soucis',
    ],
    unless: ['mdr|ptdr|haha|lol|xd', 'impot*|impots|urssaf|caf|ameli|amende_de_stationnement|stationnement|parking|pv|radar|tresor_public|bibliotheque|livre*|pass_navigo|controleur|retard_de_paiement|cantine|facture*|loyer|bail|assurance|vaccin*|medecin|rdv|rendez_vous|devoir*|cours|prof|dossier'],
    weight: 0.5,
    examples: {
      match: ['Pour éviter des poursuites, réglez une amende de 300€', 'si tu ne veux pas de problèmes, fais ce que je te demande'],
      ignore: ['pour éviter une amende de stationnement, paie le ticket', 'si tu veux pas de problèmes avec la prof rends ton devoir'],
    },
  },
  {
    id: 'sinon-tu-sais-ce-qui-tattend',
    phrases: [
      'sinon|ou_sinon|sinn|snn|ou|sans_quoi ..2 tu|t ..1 sais|connais|devines|vois|verras|imagines ..1 ce_qui|ce_qu|la_suite|ce_que_je|ce_que_j ..3 t_attend|attend|va_se_passer|se_passera|passe|arrive|arrivera|va_arriver|va_t_arriver|vais_faire|ferai|peux_faire|suite',
      'tu|t|vous ..1 sais|savez|connais|connaissez ..1 ce_qui|ce_qu ..1 t_attend|vous_attend|t_attends',
      'tu|t|vous ..1 connais|connaissez ..1 la_suite|la_regle|les_regles|le_deal|le_principe|la_musique|la_procedure',
      'tu|t ..1 sais|vois ..1 ce_que_je|ce_que_j|ce_qu_je ..1 peux|pourrais|vais ..1 faire ..2 avec|de ..1 ca|sa|ces|ce|cette|tout|elles|les|la|ta|tes',
      'tu|t ..1 sais|connais ..1 deja|bien ..1 la_suite|ce_qui_t_attend|ce_qui_va_se_passer',
      '@je|je_vais|jvais ..2 te|t ..1 faire_vivre_un_enfer|faire_vivre_l_enfer|rendre_la_vie_impossible|pourrir_l_existence|rendre_la_vie_infernale',
      'faire|ferai|rendre|rendrai|transformer|transformerai ..1 de|en ..1 ta ..1 vie ..1 un|en ..1 enfer|cauchemar',
      'tu|t ..1 sais ..1 [tres|tres_bien|bien|parfaitement] ..1 ce_que_je|ce_que_j|ce_qu_je ..1 veux|demande|attends|veut',
      'bloquer|me_bloquer|bloque|bloques|m_ignorer|ignorer ..3 changer|changera|servir|servira|sert ..1 [a] ..1 rien|quelque_chose|qqch',
      'faudra|il_faudra|faut|faudrait|va_falloir ..2 etre ..1 gentille|gentil|sage|docile|obeissante|obeissant|cool|sympa|plus_gentille|gentille_maintenant ..2 avec ..1 moi|mwa',
      'tu|t ..1 fais|feras ..1 moins ..1 la_maligne|le_malin|la_fiere|le_fier|la_maline ..2 [maintenant|mtn|hein|now]',
      '@tas ..1 pas|plutot|vraiment_pas ..1 interet ..1 a|d ..1 me_bloquer|bloquer|m_ignorer|ignorer|en_parler|le_dire|me_lacher|disparaitre|me_mentir',
      'tu|t ..1 sais|connais ..1 [deja|bien] ..1 ce_qu_il_te_reste_a_faire|ce_qui_te_reste_a_faire|ce_qu_il_te_reste|ce_qui_te_reste',
    ],
    unless: ['mdr|ptdr|xd|lol|jrigole', 'noel|film|serie|episode|saison|livre|histoire|roman|manga|anime|jeu|game|partie|niveau|match|cours|controle|exam*|bac|brevet|recette|gateau|cuisine|anniv*|surprise|cadeau*|soiree|fete|vacances|voyage|stage|rentree|devoir*|exo*|chanson|musique|karaoke|danse|choregraphie|menu'],
    weight: 0.5,
    examples: {
      match: ['faudra juste être gentille avec moi maintenant', 'tu fais moins la maligne maintenant', 'fais pas genre, tu sais très bien ce que je veux', 'tu crois vraiment que bloquer va changer quelque chose ?', 'je vais te faire vivre un enfer', "t'as pas intérêt à me bloquer", "envoie le code de 3 recharges transcash de 50 et on en parle plus. sinon tu sais ce qui t'attend", "si tu veux que j'arrête, tu sais ce qu'il te reste à faire", "tu sais ce qui t'attend", 'sinon tu connais la suite', 'tu connais la règle', 'tu sais ce que je peux faire avec ça', 'ou tu devines ce qui va se passer'],
      ignore: ["tu connais la suite du film ?", "tu sais ce qui t'attend en cours demain ? contrôle surprise", 'tu connais la chanson mdr', "tu sais ce que je peux faire avec ces restes ? une recette", 'tu connais la règle du jeu ?'],
    },
  },
  {
    id: 'paie-et-je-supprime',
    phrases: [
      'et|puis|apres ..1 je|j|jle|jla|jles|jvais ..2 supprime|supprimerai|efface|effacerai|detruis|detruirai|delete|vire ..1 tout|toutes|tous|la_video|les_photos|les_videos|ta_video|tes_photos|les_captures|les_screens|tout_ce_que_j_ai|l_enregistrement|les_fichiers',
      'tu|t ..1 paies|payes|paye|paie|vires|envoies|files|regles ..2 je|j|jle|jla|jles|et_je|et_j ..1 supprime|supprimerai|efface|effacerai|detruis|detruirai|delete',
      'tout ..1 disparait|disparaitra|disparaitrait|sera_supprime|sera_efface|s_efface|s_effacera|est_supprime|est_efface|part_a_la_poubelle',
      'et|puis ..1 tu|t ..1 n_entendras|entendras|entendra|reverras|reverra ..2 plus|jamais ..2 parler|de_moi|moi',
      'et|puis ..1 je|j ..1 te|t ..1 laisse|laisserai|lache|lacherai|fous|foutrai ..1 tranquille|en_paix|la_paix',
      '# ..2 @currency|balles|@payment ..2 et ..1 c_est|c|cest|ce_sera|tout_est ..1 regle|fini|oublie|termine|efface|supprime',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|jrigole|moche|flou|floue|rate|ratee|pas_belle', 'rembours*|dette|dois|doit|quittes|pret|prete|pizza|cine*|resto|kebab|courses|cadeau|cagnotte|loyer|facture*|abonnement|forfait|place*|billet*|ticket*|commande|colis|vinted|leboncoin|annonce|livraison|garantie|travaux|reparation|atelier|garage', 'spam|pub|newsletter|desabonn*|compte_client|donnees|rgpd|cookies'],
    weight: 0.5,
    examples: {
      match: ['fais un virement de 200 et je supprime tout', "c'est simple : tu paies, je supprime", 'pour 150 tout disparait', "envoie 100 et tu n'entendras plus jamais parler de moi", 'tu payes et je te laisse tranquille', "150€ et c'est réglé"],
      ignore: ['20 euros et je supprime la photo moche mdr', "rembourse moi les 15 balles et je te laisse tranquille", "150€ et c'est réglé pour la place de concert", 'je supprime tout et je recommence le dessin'],
    },
  },
  {
    id: 'jai-dautres-comptes',
    phrases: [
      'bloque|bloques|bloquer|bloquee|bloquez|supprime|supprimes ..6 j_ai|jai|g|j_en_ai|jen_ai ..1 d_autres|plein_d_autres|plein_de|des_dizaines_de|dix|# ..1 [autres] ..1 comptes|profils|numeros|puces|telephones',
      'j_ai|jai|g ..1 d_autres|plein_d_autres|plein_de|des_dizaines_de ..1 comptes|profils|numeros|puces ..3 pour ..1 te|t ..1 retrouver|recontacter|ecrire|parler|harceler|suivre|trouver',
      'peux|pourras ..2 bloquer|bloque ..2 autant_que|tant_que|autant_qu|tant_qu ..2 tu|t ..1 veux|voudras',
    ],
    unless: ['mdr|ptdr|xd|haha|lol', 'jeu|game|partie|fortnite|roblox|minecraft|brawl|clash|valo|serveur|pub|spam|arnaque*|escroc*|bot|bots'],
    weight: 0.5,
    examples: {
      match: ["tu m'as bloqué ? pas grave j'ai d'autres comptes", "j'ai plein d'autres comptes pour te retrouver", 'tu peux me bloquer autant que tu veux'],
      ignore: ["il m'a bloqué sur fortnite, pas grave j'ai d'autres comptes", "j'ai bloqué le spam, ils ont plein d'autres numéros"],
    },
  },
  // r9-begin
  {
    "id": "fais-ce-que-je-te-dis-r9",
    "phrases": [
      "fais|fait|fai|faites ..1 ce_que|ce_qu|tout_ce_que ..1 je|j ..1 te|t|vous ..1 dis|dit|demande|ordonne ..2 [sinon|ou|et|maintenant|mtn|direct|tout_de_suite]"
    ],
    "unless": [
      "mdr|ptdr|jrigole|devoir*|exo*|recette|cuisine|gateau|chambre|range*|vaisselle|menage|cours|prof|maths|tuto*|jeu|partie|game|niveau|boss|quete|mission|match|entrainement|exercice*"
    ],
    "examples": {
      "match": [
        "alors fais ce que je te dis",
        "fais ce que je te demande maintenant"
      ],
      "ignore": [
        "fais ce que je te dis pour l'exo de maths",
        "fais ce que je te dis et range ta chambre"
      ]
    }
  },
  {
    "id": "a-ta-place-je-repondrais-r9",
    "phrases": [
      "a_ta_place|a_votre_place|moi_a_ta_place ..2 je|j ..1 repondrais|paierais|payerais|obeirais|ecouterais|ferais_ce_qu|ferais_ce_que|me_depecherais|depecherais|enverrais|le_ferais|reflechirais"
    ],
    "unless": [
      "mdr|ptdr|jrigole|devoir*|exo*|cours|prof|controle|exam*|bac|brevet|stage|orientation|jeu|partie|game|match|recette|permis"
    ],
    "examples": {
      "match": [
        "à ta place je répondrais vite",
        "moi à ta place je paierais"
      ],
      "ignore": [
        "à ta place je répondrais au prof pour le devoir"
      ]
    }
  },
  {
    "id": "tout-le-monde-le-fait-r9",
    "phrases": [
      "c_est_rien|cest_rien|c_est_normal|cest_normal|c_est_pas_grave|cest_pas_grave|t_inquiete|tkt ..3 tout_le_monde|tt_le_monde|tlm|toutes_les_filles|tous_les_mecs ..1 le|l ..1 fait|font|a_deja_fait|ont_deja_fait",
      "t_avais|tavais|tu_avais ..1 dit|promis ..2 que|qu ..1 tu|t ..1 le|l ..1 ferais|enverrais|montrerais"
    ],
    "unless": [
      "devoir*|exo*|cours|prof|controle|exam*|vaisselle|menage|chambre|course*|sport|match|vaccin|piqure|dentiste|permis|code|mdr|ptdr|inscription|dossier|expose|projet"
    ],
    "examples": {
      "match": [
        "c'est rien, tout le monde le fait",
        "t'avais dit que tu le ferais"
      ],
      "ignore": [
        "t'avais dit que tu le ferais, l'exposé, le prof attend"
      ]
    }
  },
  // r9-end
  // r10-begin
  {
    "id": "sous-48-heures-r10",
    "phrases": [
      "sous|dans_un_delai_de|delai_de|d_ici|dici ..1 # ..1 heures|heure|h|jours|jour|minutes|min ..6 sinon|faute_de_quoi|passe_ce_delai|au_dela|apres_quoi|ou|diffus*|envoy*|publi*|transmis|transmettrons|enverrons|publierons",
      "faute_de_quoi|passe_ce_delai|au_dela_de_ce_delai|sans_reponse_de_votre_part|sans_paiement|a_defaut_de_paiement ..6 envoy*|diffus*|publi*|transmi*|enverr*|contacts|proches|famille|employeur"
    ],
    "unless": [
      "livraison|colis|commande|rembours*|candidature|dossier_d_inscription|inscription|devoir*|rendu|pronote|controle|exam*|facture|banque|impots|ameli|caf"
    ],
    "examples": {
      "match": [
        "Transférez 500 € en Bitcoin sous 48 heures, sinon ces vidéos seront envoyées à tous vos contacts",
        "faute de quoi les enregistrements seront transmis à vos proches",
        "passé ce délai, nous diffuserons les vidéos"
      ],
      "ignore": [
        "livraison sous 48 heures sinon remboursement",
        "rendez le devoir sous 3 jours sinon 0"
      ]
    }
  },
  {
    "id": "si-tu-fais-pas-ce-que-je-dis-r10",
    "phrases": [
      "si ..1 tu|t ..1 fais|fait|obeis ..1 pas ..1 ce_que|ce_qu|tout_ce_que|exactement_ce_que ..1 je|j ..2 dis|dit|demande|veux|te_dis|te_demande",
      "tu|t ..1 avais|m_avais|mavais ..1 dit|promis ..1 oui|d_accord|que_tu_le_ferais|que_tu_m_en_enverrais|que_tu_m_enverrais ..3 hier|avant|l_autre_jour|alors|allez|maintenant|tu_dois"
    ],
    "unless": [
      "recette|cuisine|gateau|exercice|tuto|soiree|fete|cine|sortie|venir|match|jeu|partie|game|devoir*|expose|projet|ranger|vaisselle|chambre|mdr|ptdr|haha"
    ],
    "examples": {
      "match": [
        "si tu fais pas ce que je dis il va lui arriver quelque chose",
        "allez t'avais dit oui hier",
        "tu m'avais dit oui allez"
      ],
      "ignore": [
        "t'avais dit oui pour la soiree hier",
        "si tu fais pas ce que je dis on perd la partie mdr"
      ]
    }
  },
  {
    "id": "tu-regretteras-de-mavoir-bloque-r10",
    "phrases": [
      "regretteras|regretterais|vas_regretter|va_regretter|vas_le_regretter ..3 bloque*|ignore*|quitte*|lache*|ghost*|repondu|repondre|dit_non",
      "ca|sa|tout|les_choses ..1 ira|iront|va_aller|vont_aller|finira|tournera ..1 mal|tres_mal ..1 pour ..1 toi|twa|ta_famille|tes_parents|vous"
    ],
    "unless": [
      "mdr|ptdr|haha|jrigole|controle|exam*|bac|brevet|note|notes|match|partie|game|ranked|meteo|devoirs"
    ],
    "examples": {
      "match": [
        "tu regretteras de m'avoir bloqué",
        "ne dis rien a la police sinon ça ira mal pour toi"
      ],
      "ignore": [
        "si tu revises pas ça ira mal pour toi au controle",
        "tu vas regretter d'avoir ignoré ce jeu mdr"
      ]
    }
  },
  // r10-end
  {
    id: 'sinon-je-te-detruis-r11',
    phrases: [
      'sinon|ou|ou_sinon|sinn|snn je|j|jvais|jte ..1 te|t ..1 detrui*|detruirai|ruine*|ruinerai|brise*|briserai|humilie*|humilierai|afficherai|affiche|pourri*|pourrirai',
      'c_est|cest|c ..1 toi ..1 qui ..1 l|la|les ..1 aura|auras|as|a ..1 voulu|cherche',
      '@ite|je_te|jte|je ..1 laisse|donne|accorde ..1 jusqu|jusqua|jusque ..2 ce_soir|demain|minuit|midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|#',
    ],
    weight: 0.5,
    unless: ['rendre|rendu|dossier|devoir*|dm|expose|exo*|controle|exam*|bac|brevet|inscription*|cours|match|entrainement|jeu|partie|game|ranked|manche|round|mdr|ptdr|lol|jrigole|haha|xd|chocolat|gateau|pizza|frites|livre|pull|chargeur|manette|jeu_video|reponse_pour|lobby|decider|reflechir|choisir|confirmer'],
    examples: {
      match: ['tu va payé sinon je te detruit', "ok c'est toi qui l'aura voulu", "jte laisse jusqu'a demain midi"],
      ignore: ["jte laisse jusqu'a demain midi pour rendre le dm", "je te laisse jusqu'a ce soir pour reflechir au voyage", 'passe la manette sinon je te detruis au prochain round mdr'],
    },
  },
  {
    id: 'tic-tac-debrouille-toi-r11',
    phrases: [
      'tic_tac|tictac|tick_tock|tik_tak|tic_tac_tic_tac',
      'debrouille|demerde ..1 toi|twa ..6 vole|voles|emprunte|empruntes|demande|demandes|trouve|trouves|carte|argent|thune|fric',
      'vole|voles|pique|piques|prends|prend ..1 ta_mere|ta_daronne|tes_parents|ton_pere|la_carte|l_argent|la_cb|le_portefeuille|la_carte_bleue ..4 je_m_en_fous|jm_en_fous|jmen_fous|m_en_fous|j_men_fous|rien_a_foutre|rien_a_faire',
    ],
    weight: 0.5,
    unless: ['horloge|montre|pendule|reveil|chanson|musique|son|jeu|game|mdr|ptdr|lol|xd|haha|devoir*|exo*|dm|expose'],
    examples: {
      match: ['tic tac', 'debrouille toi. vole ta mere jm en fous', 'debrouille toi pour trouver l argent'],
      ignore: ['tic tac fait l horloge de mamie mdr', 'debrouille toi pour le dm'],
    },
  },
  {
    id: 'sinon-tu-vas-regretter-ta-vie-est-gatee-r11',
    phrases: [
      'sinon|ou|ou_sinon|sinn|snn ..2 tu|t|vous ..1 vas|va|allez|vais ..1 regretter|le_regretter|regreter|le_regreter',
      'ta|votre ..1 vie ..1 est|sera|va_etre|serait ..1 gate*|gatee|foutue|finie|detruite|ruinee|terminee|brisee',
    ],
    weight: 0.5,
    unless: ['mdr|ptdr|lol|xd|haha|film|serie|resto|concert|match|gateau|pizza|soldes|promo|bac|brevet|controle|exam*|sans_toi|mariage|divorce'],
    examples: {
      match: ['envoie le code de la carte steam sinon tu vas regretter', 'mon frere si tu paies pas ta vie est gaté'],
      ignore: ['viens au concert sinon tu vas regretter mdr', 'regarde la serie sinon tu vas le regretter'],
    },
  },
  // r11-end
  {
    "id": "ou-tu-envoies-et-on-oublie-r12",
    "phrases": [
      "ou|soit ..2 @send|envoies|paies|payes|vires ..3 @photo|@currency|#|argent|thune* ..4 et ..1 on_oublie|on_oublie_tout|on_en_parle_plus|on_n_en_parle_plus|j_efface|je_supprime|jsupprime|je_te_laisse|jte_laisse|tout_disparait|c_est_fini"
    ],
    "unless": [
      "mdr|ptdr|haha|pari|dette|resto|kebab|pizza|cine|cinema|concert|billet*|place|part|cotisation"
    ],
    "examples": {
      "match": [
        "Ou tu m'envoies 2 vraies photos et on oublie",
        "soit tu vires 200 euros et je supprime tout",
        "ou tu envoies les photos et je te laisse tranquille"
      ],
      "ignore": [
        "ou tu me paies ta part de pizza et on oublie mdr"
      ]
    }
  },
  {
    "id": "sinon-grand-probleme-pour-toi-r12",
    "phrases": [
      "sinon|ou|si_non ..2 grand|gros|grave|beaucoup_de ..1 probleme*|problemes|soucis|souci|ennuis ..2 pour ..1 toi|twa|vous|ta_famille"
    ],
    "unless": [
      "prof|colle|retenue|note|notes|bulletin|examen|exam|bac|brevet|controle|devoir*|rendu|ordi|pc|virus|mise_a_jour|maj|batterie|voiture|mdr|ptdr"
    ],
    "examples": {
      "match": [
        "toi payer maintenant sinon grand problème pour toi",
        "fais ce que je dis sinon gros problèmes pour toi"
      ],
      "ignore": [
        "rends ton devoir sinon gros problème pour toi avec le prof"
      ]
    }
  },
  {
    "id": "si-tu-parles-de-moi-tu-le-regretteras-r12",
    "phrases": [
      "si ..1 tu|t ..2 parles|parle|dis|racontes|balances|previens|montres ..4 a ..1 quelqu_un|qqn|quelqu|personne|tes_parents|ta_mere|ton_pere|la_police|flics|keufs|police|tes_potes ..4 regretter*|regretteras|regrettera|le_payer|le_paieras|gare_a_toi|t_es_mort|t_es_morte|tes_mort|tes_morte"
    ],
    "unless": [
      "surprise|anniv*|cadeau*|spoil*|fin|episode|serie|film|saison|mdr|ptdr|haha|jrigole|blague|fete"
    ],
    "examples": {
      "match": [
        "si tu parles de moi à quelqu'un tu le regretteras",
        "si tu dis quoi que ce soit a tes parents t'es morte",
        "si tu racontes a la police tu vas le payer"
      ],
      "ignore": [
        "si tu dis à quelqu'un la fin de la série tu le regretteras mdr",
        "si tu parles de la surprise a ta mere tu le regretteras"
      ]
    }
  },
  // r13-start
  {
    "id": "tu-vas-etre-gentille-r13",
    "phrases": [
      "tu|t ..1 vas|va|seras ..1 etre ..1 gentille|gentil|sage|obeissante|obeissant|docile|bien_sage|bien_gentille",
      "pour_eviter|afin_d_eviter ..4 plainte|poursuite*|fermeture|suppression|suspension|sanction*|signalement|blocage|bannissement|publication|diffusion",
      "delai|temps ..1 restant",
      "pas_de_reponse|sans_reponse|aucune_reponse ..2 poursuites|plainte|publication|diffusion|signalement|sanction*"
    ],
    "unless": [
      "mdr|ptdr|haha|xd|lol|mamie|papi|noel|pere_noel|maitresse|sapin|cadeaux",
      "avec_ta|avec_ton|avec_tes|chez|mot_de_passe|double_authentification|2_fa|change|changez|modifie*"
    ],
    "examples": {
      "match": [
        "alors tu vas être gentille et répondre quand je t'écris ok ?",
        "Pour éviter la fermeture définitive et la plainte, réglez une amende de 250€",
        "Pas de réponse = poursuites. Délai restant : 11h."
      ],
      "ignore": [
        "tu vas être sage chez mamie hein",
        "tu vas être gentille avec ta soeur ce weekend",
        "pour éviter la suspension de ton compte, change ton mot de passe",
        "t'inquiète pour le contrôle"
      ]
    }
  },
  {
    "id": "compte-sera-supprime-sauf-r13",
    "phrases": [
      "compte ..3 sera|va_etre|vont_etre|seront ..1 supprime*|banni*|bloque*|suspendu*|desactive*|ferme* ..3 dans|sous|sauf|si|d_ici|dici",
      "tout_le_monde ..1 le|la ..1 fait|font ..2 a_ton_age|a_ton_age_la",
      "si ..1 tu|t ..1 m_aimes|maimes|m_aime|maime ..2 vraiment ..3 prouve*|prouver"
    ],
    "unless": [
      "mdr|ptdr|haha|xd|lol|devoir*|controle|permis|conduire|maquillage|boire|fumer|sortir|soiree|reviser|revise|bibliotheque|livre|ent|pronote|connectez|connecte"
    ],
    "examples": {
      "match": [
        "Support Discord: ton compte sera banni sauf si tu payes 20€ de frais de vérification en carte Google Play",
        "Votre compte sera supprimé dans 24h.",
        "tout le monde le fait à ton âge, t'es pas un bébé",
        "si tu m'aimes vraiment tu me le prouves avec une photo"
      ],
      "ignore": [
        "tout le monde le fait à ton âge, passer le permis c'est normal",
        "ton compte sera bloqué si tu rends pas le livre à la bibliothèque"
      ]
    }
  },
  // r13-end
  // r14-start
  {
    "id": "tu-crois-que-tas-le-choix-r14",
    "phrases": [
      "tu_crois|tu_penses|crois_tu|tu_croyais ..2 que|qu ..1 t_as|tas|tu_as|t|ta|t_a ..1 [vraiment|encore] ..1 le_choix|d_autre_choix|autre_choix",
      "avant ..2 ce_soir|minuit|demain|midi|la_fin_de_la_journee ..1 ou|sinon ..1 je|j|jvais|jpost*|jenvoi*|tout|tes|ta|ton",
      "si ..1 tu|t ..1 reponds|repond ..1 pas ..2 dans|d_ici ..1 l_heure|lheure|les|# ..1 [minutes|min|heure|heures|h]"
    ],
    "unless": [
      /* r25 */ "album|trombi*|diapo*|photo_de_classe|photos_de_classe",
      "prof|devoir*|livre|bibliotheque|cantine|bus|train|mdr|ptdr|magasin|resto|reservation"
    ],
    "examples": {
      "match": [
        "tu crois que t'as le choix ?",
        "débloque le avant ce soir ou je poste les montages",
        "si tu réponds pas dans l'heure je passe chez toi"
      ],
      "ignore": [
        "avant demain sinon tes photos ne seront pas dans l'album",
        "rends le livre avant demain ou la prof va râler"
      ]
    }
  },
  // r14-end
  // r15-start
  {
    id: 'fais-ce-que-je-dis-now-r15',
    phrases: [
      'tout_de_suite|maintenant|direct|mtn ..3 et ..1 fais|fait ..1 ce_que|ce_qu|ce_ke ..1 je|j ..2 dis|demande',
    ],
    unless: ['mdr|ptdr|xd|recette|jeu|partie|game|minecraft|devoir*|exo*|maman|papa'],
    examples: {
      match: ["reviens dans le vocal tout de suite et fais ce que je dis"],
      ignore: ["viens maintenant et fais ce que je dis pour la recette"],
    },
  },
  {
    "id": "pas-de-negociation-r16",
    "phrases": [
      "pas_de|aucune|sans ..1 negociation|negoc|discussion_possible",
      "# ..1 @photo|nudes|videos|vids ..2 dans|avant|d_ici ..1 # ..1 min|minutes|h|heure*|mn",
      "vous|tu ..1 disposez|disposes|as|avez ..1 de ..1 # ..1 heure*|h|jours|minutes|min ..4 passe|apres|au_dela ..2 ce|ca|quoi|delai"
    ],
    "examples": {
      "match": [
        "2 photos dans 5 min. pas de negociation",
        "Vous disposez de 48 heures. Passe ce delai, aucune reclamation ne sera possible."
      ],
      "ignore": [
        "on negocie le prix ?",
        "2 photos dans l'album, trop bien"
      ]
    }
  },
  {
    "id": "encore-n-maintenant-r16",
    "phrases": [
      "encore|re ..1 #|une|un|deux|trois ..6 maintenant|tout_de_suite|mtn|direct|now|illico|et_vite"
    ],
    "unless": [
      "minute*|min|mn|sec|secondes|heure*|h|km|metres|etage*|arret*|station*|round*|partie*|game|games|manche*|niveau*|exo*|page*|chapitre*|episode*|part|parts|part_de|tranche*|crepe*|bonbon*|gateau*|pizza*"
    ],
    "examples": {
      "match": [
        "encore 2 et cette fois sans le tshirt, maintenant",
        "encore une, tout de suite"
      ],
      "ignore": [
        "encore 2 minutes et j'arrive maintenant",
        "encore une partie et on arrete maintenant"
      ]
    }
  },
  {
    "id": "tas-n-jours-pour-trouver-r16",
    "phrases": [
      "@tas|vous_avez|tu_as ..1 #|un|une|deux|trois|quatre|cinq|dix|vingt ..1 jours|jour|heures|heure|h|min|minutes ..2 pour ..1 trouver|rassembler|reunir ..2 l_argent|largent|la_somme|le_fric|la_thune|les_sous|le_reste|le_pognon|#"
    ],
    "unless": [
      "voyage|sortie|cantine|cotisation|loyer|cadeau|anniv*|billet*|place|places|inscription|licence|club|assurance|facture|impot*|banque|caution|location|vinted|commande|colis|livraison|concert|festival|ski|resto|pizza|kebab|vacances|week_end|weekend|projet|asso|association"
    ],
    "examples": {
      "match": [
        "t'as trois jours pour trouver l'argent"
      ],
      "ignore": [
        "t'as trois jours pour trouver l'argent du voyage scolaire"
      ]
    }
  },
  {
    "id": "si-cest-pas-fait-avant-r16",
    "phrases": [
      "si_c_est_pas|si_c_pas|si_cest_pas|si_ce_n_est_pas|si_t_as_pas|si_tu_l_as_pas ..2 fait|fini|envoye|recu|regle|paye ..1 avant|d_ici|dans ..1 #|ce_soir|minuit|demain|midi|une_heure|1_h"
    ],
    "examples": {
      "match": [
        "tout le monde l'a fait, si c'est pas fait avant 22h t'es pas pris"
      ],
      "ignore": [
        "c'est pas fait avant la fin du mois de toute facon"
      ]
    }
  },
  {
    id: 'tu-l-auras-voulu-r17',
    phrases: ['tu|t ..1 l|la|les ..1 auras|aura|as|a ..1 voulu|cherche|merite'],
    unless: ['lol|mdr|ptdr|xd|jeu|partie|match|round|manche'],
    examples: {
      match: ["alors je partage celle que j'ai déjà, tu l'auras voulu", "tu l'as cherché, tant pis pour toi"],
      ignore: ["tu l'as voulu ce jeu, maintenant joue", "tu l'as cherché mdr"],
    },
  },
  {
    "id": "si-tu-me-bloques-tu-le-regretteras-r20",
    "phrases": [
      "si tu|t ..1 me|m ..1 bloques|bloque|ignores|ignore|supprimes|lache|laches|ghost|ghostes ..3 tu|t ..1 le|vas|va ..1 regretter*|regretteras|regrettera|payer|paieras|payeras"
    ],
    "unless": [
      "partie|game|ranked|niveau|quete|donjon|raid|jeu|serveur"
    ],
    "examples": {
      "match": [
        "si tu me bloques tu le regretteras toute ta vie",
        "si tu m'ignores tu vas le regretter"
      ],
      "ignore": [
        "si tu me laches en pleine ranked tu vas le regretter"
      ]
    }
  },
  {
    "id": "la-suite-depend-de-toi-r22",
    "phrases": [
      "la_suite|ce_qui_va_se_passer|ce_qu_il_va_se_passer|ce_qui_se_passera|la_prochaine_etape ..2 depend|dependra|depends ..1 de_toi|de_ce_que_tu|de_ta_reponse|de_ton_choix|de_ton_comportement",
      "laisse|laisser|accorde|donne ..3 un_delai|delai ..2 de ..1 # ..1 heure|heures|h|jours|minutes"
    ],
    "unless": [
      "rp|histoire|jeu|partie|mj|perso|personnage|aventure|scenario|chapitre|episode|fic|fanfic|serie|saison",
      "devoir*|dossier|rendu|inscription|livraison|remboursement|retour|colis|commande|candidature|dm|expose|projet|paiement_du_loyer"
    ],
    "examples": {
      "match": [
        "pour l'instant juste 'bonjour'. la suite dépend de toi",
        "Je lui ai laissé un délai de 72 heures."
      ],
      "ignore": [
        "la suite de l'histoire dépend de toi, c'est toi le MJ",
        "le prof nous a laissé un délai de 48 heures pour le devoir"
      ]
    }
  },
  // r25-start
  {
    id: 'avant-minuit-sinon-tes-photos-r25',
    phrases: [
      'avant|d_ici|jusqu_a|jusqu_au|jusqu ..2 minuit|demain|ce_soir|vendredi|samedi|dimanche|lundi|mardi|mercredi|jeudi|midi|# ..6 sinon|ou_je|ou_j|ou_tes|ou_ta ..4 tes|ta|ton|la|les ..1 photo*|video*|nude*|nudes|vid|screens|captures|tofs',
      '# ..1 min|minutes|mn|sec|secondes|h|heures ..2 apres|ensuite|passe_ce_delai|pas_une_de_plus ..2 j|je|jvais|jv ..1 envoie|poste|publie|balance|drop|envoi',
    ],
    unless: ['lien|zoom|meet|teams|adresse|code|doc|fichier|pdf|bebe|fond_d_ecran|chargeur|rendre|rends|photographe|album|photos_de_classe|photo_de_classe|devoir*|exo*|exercice*|dossier|expose|inscription*|fiche|autorisation|equipe|entrainement|match|bus|car|train|soiree|anniv*|gateau|four|cuisson|colis|commande|livraison|concours|candidature'],
    weight: 0.5,
    examples: {
      match: ['150€ via payconiq avant minuit. sinon la video part sur le groupe de ton ecole', "10 min. apres j'envoie a ton frere. 9... 8...", "d'ici demain sinon tes photos sont partout"],
      ignore: ["envoie les photos du voyage avant vendredi sinon je fais l'album sans toi", "10 min apres j'envoie le lien du match", "avant vendredi sinon les photos de classe partent chez le photographe pour l'album"],
    },
  },
  // r25-end
  // r27-start
  {
    id: 't-as-pas-le-droit-de-refuser-r27',
    phrases: [
      '@tas ..1 pas|plus ..1 le ..1 droit ..1 de|d ..1 refuser|dire_non|te_defiler|reculer|abandonner',
      'tu|t ..1 peux|peus|peut ..1 pas|plus ..1 refuser|dire_non|te_defiler|reculer ..3 regle|regles|jeu|action|promis|promets|as_perdu|a_perdu|c_est_comme_ca',
      'interdit|interdiction ..1 de ..1 refuser|dire_non|te_defiler',
    ],
    unless: ['jeu_de_societe|monopoly|uno|belote|cartes|cadeau|invitation|gateau|dessert|part|manger|repas|aide|mon_aide|anniv*|mamie|papi|vaccin|medecin|contrat|offre'],
    examples: {
      match: ["c'est la règle, t'as pas le droit de refuser", 'tu peux pas dire non, t\'as perdu au jeu'],
      ignore: ["t'as pas le droit de refuser le cadeau, c'est pour ton anniv", 'tu peux pas refuser une part de gâteau'],
    },
  },
  // r27-end
  // r28-start
  {
    id: 'paie-dans-lheure-a-toi-de-voir-r28',
    phrases: [
      '@payment|@currency|balles ..6 dans_l_heure|d_ici_minuit|avant_minuit|d_ici_ce_soir|avant_ce_soir|d_ici_demain|avant_demain_matin|dans_la_demi_heure|dans_les_# ..3 sinon|ou|ou_je|ou_j|ou_ta|ou_tes|ou_ton|ou_tout|ou_tous|sans_quoi',
      'sauf_si|sinon|ou_alors|ou_bien ..6 a_toi_de_voir|a_vous_de_voir|c_est_toi_qui_vois|cest_toi_qui_vois|a_toi_de_choisir|tu_choisis|a_toi_de_decider|c_est_toi_qui_decides',
      'sinon|ou|ou_alors ..2 on|je|j ..1 te|t|vous ..1 vire|virer|kick|kicke|ban|bannis|exclus|ejecte|degage|retire ..2 du|de_la|de ..1 groupe|serveur|clan|team|conv|chat',
      'sinon|ou ..2 il|elle|tu|t|vous ..1 degage|degages|degagez|sort|sors|sortez|es_vire|est_vire|etes_vires|ejecte|kick|kicke|ban|banni|bannie|exclu|exclue ..2 [du|le|de] ..1 [groupe|serveur|clan|team|chat]',
    ],
    unless: ['cotisation*|cotiz|licence|cantine|loyer|facture*|cagnotte|cadeau_commun|anniv*|resto|pizza|kebab|cine|billet*|place*|covoit*|devoir*|expose|projet|dm|inscription|sortie|voyage|rembours*|tu_me_dois|dette|vinted|leboncoin|colis|mdr|ptdr|xd|lol|haha|jrigole', 'bowling|pizza_ou|resto_ou|plage_ou|piscine_ou|film|serie|menu|couleur|taille'],
    examples: {
      match: ['200€ sur paylib dans l\'heure ou je publie', "envoie d'autres photos, sauf si tu préfères que je les poste, à toi de voir", 'envoie ta photo sinon tu dégages du groupe', 'envoie ta photo sinon on te vire du groupe'],
      ignore: ['20€ pour le cadeau commun avant ce soir sinon on le prend sans toi', 'ciné ou bowling, sinon on reste chez moi, à toi de voir', 'paye ta cotisation avant ce soir sinon tu dégages du club mdr'],
    },
  },
  {
    id: 'je-tai-offert-tu-me-dois-un-service-r28',
    phrases: [
      'je|j ..2 t|te ..1 ai|offert|paye|achete ..6 tu|t ..1 me|m ..1 dois|devras ..2 un_service|un_petit_service|un_truc|un_petit_truc|quelque_chose|qqch|un_retour|bien_ca|bien_sa|une_faveur|un_petit_cadeau|un_cadeau_aussi',
    ],
    unless: ['revanche|partie|game|match|1v1|coca|cafe|biere|resto|kebab|pizza|glace|cine|place|devoirs|exo*|expose|mdr|ptdr|xd|lol|haha|anniv*'],
    examples: {
      match: ["je t'ai offert le pass de combat, tu me dois un petit service", "je t'ai payé tes skins, tu me dois bien ça"],
      ignore: ["je t'ai offert le skin, tu me dois une revanche ce soir", "je t'ai payé le kebab, tu me dois bien ça mdr"],
    },
  },
  // r28-end
  // r30
  {
    id: 'une-photo-et-je-dis-rien-r30',
    phrases: [
      'une|1|ta|tes|des|une_autre|encore_une|juste_une ..1 [petite|vraie] photo*|video*|nude*|pic|pics|tof|tofs|selfie* ..2 et ..1 je|j|jte|jle ..2 dis|dirai|dit ..1 rien|plus_rien|pas',
      'une|1|ta|tes|des|une_autre|encore_une|juste_une ..1 [petite|vraie] photo*|video*|nude*|pic|pics|tof|tofs|selfie* ..2 et ..1 je|j ..1 me_tais|me_tairai|la_ferme|oublie|oublierai|supprime|efface|lache|te_lache|te_laisse',
    ],
    unless: ['vase|maman|papa|anniv*|surprise|cadeau|gateau|mdr|ptdr|haha|xd|lol|album|souvenir*|groupe|classe'],
    examples: {
      match: ['une photo et je dis rien', 'juste une petite vidéo et je te lâche', 'encore une photo et j\'oublie tout'],
      ignore: ['une photo du gâteau et je dis rien à maman pour la surprise', 'une photo de groupe et je te laisse, promis mdr', 'des photos pour l\'album et je dis rien'],
    },
  },
  {
    id: 'tas-septante-minutes-pas-une-de-plus-r30',
    phrases: [
      't_as|tas|tu_as|tu_a|t_a|vous_avez|ta ..2 une|deux|trois|cinq|dix|quinze|vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante ..1 minutes|minute|heures|heure|secondes|jours ..2 pas_une_de_plus|pas_une_minute_de_plus|pas_un_de_plus|pas_plus|grand_max|top_chrono|montre_en_main|tic_tac|pas_une_seconde_de_plus',
    ],
    unless: ['cours|controle|exam*|interro|retard|bus|train|metro|avion|vol|escale|pause|recre|manger|dejeuner|pour_finir|pour_rendre|pour_repondre_au_quiz|quiz|partie|game|round|manche|match|tournoi|mdr|ptdr|haha|xd|lol'],
    examples: {
      match: ["démerde toi, t'as septante minutes pas une de plus", 'tu as deux heures pas plus', "t'as dix minutes top chrono"],
      ignore: ["t'as dix minutes de pause pas plus, après on reprend le cours", 'tu as deux heures pour finir le contrôle, pas une de plus', "t'as cinq minutes sinon on rate le bus", "t'as 10 minutes pour descendre sinon on part sans toi"],
    },
  },
  // r30-end
  // r31
  {
    id: 'demande-a-un-pote-pour-le-virement-r31',
    phrases: [
      'demande|demandes|demandez|emprunte|empruntes|empruntez ..1 a|au|aux ..2 pote*|ami|amis|amie|amies|copain*|copine*|quelqu_un|qqn|qq1|gens|voisin*|reuf|frere|soeur ..6 @payment|@money|@currency|#|paie*|paye*|payer|vire|virer|vires|regle*',
      '@payment|@money|@currency|# ..6 demande|demandes|emprunte|empruntes ..1 a|au|aux ..2 pote*|ami|amis|amie|amies|copain*|copine*|quelqu_un|qqn|qq1|gens|voisin*',
      'rien_a_faire|rien_a_foutre|m_en_fous|m_en_fiche|jm_en_fous|jmen_fous|m_en_bats_les_couilles ..4 tu_as_pas|t_as_pas|tas_pas|t_aies_pas|t_ai_pas|tu_n_as_pas|t_a_pas|tu_aies_pas ..2 @money|les_sous|sous|de_quoi_payer|les_moyens',
    ],
    unless: ['voyage|cadeau|anniv*|cotis*|resto|place|places|billet*|concert|sortie|cine|mdr|ptdr|lol|haha|xd|jeu|skin*|fortnite|vbucks|devoir*|exo*|chargeur|velo|trottinette|livre*|stage|loyer|coloc|courses|bouffe|pizza|kebab|essence|permis|rembourse*|conseil|banque|banquier|pret|bourse'],
    weight: 0.5,
    examples: {
      match: ['demande à tes potes, je veux les 300 ce soir', 'le virement, demande a un pote si t as pas', "j'en ai rien à foutre que t'aies pas l'argent"],
      ignore: ['pour le cadeau de Lina, demande à tes potes 5 euros chacun', "t'as pas de chargeur ? demande à un pote", 'demande à un pote de te prêter 10 euros pour le ciné'],
    },
  },
  // r31-end
] satisfies PatternEntry[];
