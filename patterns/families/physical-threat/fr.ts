import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'je-sais-ou-tu-habites',
    phrases: [
      'je|j|jsais ..1 sais|connais ..2 a ..1 quel|quelle ..1 ecole|college|lycee|club ..3 tu|t ..1 vas|es|sors',
      'je|j ..1 connais ..1 ton|tes ..1 emploi_du_temps|horaires|trajet|chemin|edt|itineraire',
      'je|jsais|jsai|j sais|sai|connais|connai ..1 ou ..1 tu|t|vous ..1 habites|habite|habitez|vivez|vis|vies|dors|creches|te_caches|etudies|vas_a_l_ecole',
      'je|jsais|j|jconnais ..1 sais|connais|connai|ai|trouve ..1 ton|ta|tes ..1 adresse|ecole|lycee|college|bahut|maison|quartier|numero_de_rue|parents',
      'je|j connais|sais ..2 ou|ou_est ..1 ta|ton|tes ..1 famille|parents|maison|mere|soeur|frere|ecole|lycee|college|bahut|club',
      'je|j ..1 te|t ..1 vois|surveille|observe ..1 [en_ce_moment|tout_le_temps]',
      'je|j ..1 te|t ..1 suis ..1 en_ce_moment|tout_le_temps|partout|depuis|dans_la_rue|jusqu_a|jusqu_chez|a_la_trace|de_pres',
      'je|j|jsais|jconnais ..1 sais|connais|connai ..1 dans ..1 quel|quelle|kel ..1 college|lycee|ecole|bahut|classe|club|rue|quartier|immeuble',
      'je|j|jsais ..1 sais|connais ..1 ou ..2 se_trouve|se_situe|est|sont|habite|habitent|vit|vivent|travaille|travaillent ..1 ton|ta|tes ..1 ecole|college|lycee|bahut|maison|appart*|immeuble|famille|parents|mere|pere|soeur|frere|adresse|club',
      'on|mes_potes|mes_gars|mes_amis|mes_freres|mon_frere|mon_cousin|mes_cousins|des_gens|ils|nous ..1 sait|savent|sais|connait|connaissent|connaissons|savons ..1 ou ..1 tu|t ..1 habites|habite|vis|dors|es|traines|vas_a_l_ecole|etudies',
      'je|j|jsais ..1 sais|connais ..2 a ..1 quelle ..1 heure ..2 tu|t ..1 sors|sort|finis|rentres|pars|quittes',
      /* r39: Quebec and spoken 'je sais c'est quoi ton ecole', 'chu capable de trouver ta maison' */
      'je_sais|j_sais|jsais|jsai|je_sai|chsais|je_connais|j_connais|jconnais ..1 c_est_quoi|c_quoi|cest_quoi|c_koi|ce_que_c_est ..1 ton|ta|tes ..1 adresse|ecole|lycee|college|bahut|maison|rue|quartier|immeuble|poly|polyvalente|cegep',
      'chu|chuis|chui|jsuis|suis|sui|serais ..1 capable|capab ..2 trouver|retrouver ..1 ton|ta|tes ..1 adresse|ecole|lycee|college|bahut|maison|rue|quartier|immeuble|poly|polyvalente|cegep|parents|famille',
    ],
    unless: [/* r39 */ 'google|maps|street_view|gps|waze|carte|sans_gps|les_yeux_fermes', /* r18 */ 'map|spawn|partie|ranked|fortnite|warzone|minecraft|valorant|valo|apex|cache_cache|fifa|game', 'je|j te|t vois ..3 grandi|bien|pas|plus|mieux|bientot|demain|ce_soir|samedi|ecran|a_l_ecran|en_visio', 'voila|enfin|ah|ca_y_est ..2 je|j te|t vois', /* r15 */ 'ensemble|on_est|avec_moi|moi_aussi|meme_groupe|en_sport|en_cours', /* r27 */ 'haha|spoil*|spoile*|spoiler*|la_fin_de|l_episode|la_saison', 'mdr|ptdr|xd|lol|jrigole|facile|pour_la_soiree|pour_ton_anniv|passe_te_prendre|passe_te_chercher|livr*|colis|cadeau|invitation*|poste|courrier|lettre|faire_part|carte_postale|aussi|cousin*|meme_lycee|meme_college|meme_ecole|meme_classe', /* r21: a bare 'je passe ce soir' after 'reponds ou' is the threat, so only a stated errand excuses */ 'je|on passe|passerai|repasse ..3 te_prendre|te_chercher|te_deposer|deposer|ramener|te_rendre_ton|te_rendre_ta|te_rendre_tes|pour|avec|apres_le|apres_les|apres_ton|apres_ta|vers_#', 'invite*|m_a_invite*|m_ont_invite*|pour_diner|pour_manger|gouter|aperitif|apero|crepes|gateau|repas|raclette|soiree|fete', /* r22 */ 'je|j|on ..1 viens|vais|passe|passerai ..3 te_deposer|deposer|te_ramener|ramener|te_rapporter|rapporter|te_rendre_ton|te_rendre_ta|te_rendre_tes|te_rendre_le|te_rendre_la ..3 ton|ta|tes|le|la|les ..1 sac|chargeur|cle|cles|clefs|livre*|cahier*|trousse|pull|veste|manteau|affaires|console|manette|casque|velo|ballon|telephone|tel|doudou|bouquin*|classeur*|devoirs'],
    examples: {
      match: ["jsais c'est quoi ton adresse, fais pas ta fine", "chuis capable de retrouver ton école en 5 minutes", 'je sais cest quoi ta rue maintenant', 'je sais à quelle école tu vas et je connais ton emploi du temps', 'mes potes savent où tu habites', 'je sais où se trouve ton école', 'je connais ton collège et je sais à quelle heure tu sors', 'je sais où tu habites', 'je sais dans quel bahut tu vas', "je sais où t'habites, tu me réponds ou je passe te rendre visite", "je sais ou t'habites, rue des lilas, la maison avec le portail vert. reponds ou je passe ce soir", 'je connais ton adresse', 'je sais ou est ta famille', "j'ai trouvé ton adresse", 'je te surveille'],
      ignore: ["je sais c'est quoi ton école, ma cousine y est aussi", "t'es capable de trouver ta maison sur la carte ?", 'je connais ton emploi du temps, on est ensemble en sport', 'je sais dans quelle classe tu es, on est ensemble en sport', 'je sais ou tu habites mdr je passe ce soir pour ton anniv', 'je sais où tu habites, je passe te déposer ton sac demain', 'je sais ou tu habites, je passerai ce soir, ta mère m\'a invitée', 'je sais dans quel lycée tu vas, ma cousine y est aussi ?', "je connais ton adresse, je t'envoie l'invitation par la poste", "je sais où t'as mis le chargeur", 'je connais ton frère', 'ah voila, je te vois ! t as grandi', /* r27 */ "t'as pas intérêt à me spoiler l'épisode, je sais où t'habites", 'je sais où tu habites 🤣 rends moi mon sweat'],
    },
  },
  {
    id: 'je-vais-te-faire-du-mal',
    phrases: [
      'venir|viens|passer|passe|debarquer|debarque ..3 ton|ta ..1 ecole|lycee|college|bahut|maison|quartier|rue|immeuble ..4 te|t ..1 defoncer|tabasser|frapper|buter|tuer|planter|cogner|massacrer|fumer|casser|choper|attraper|defoncerai|tabasserai',
      'ca|sa|tout ..1 va|vas ..1 mal|tres_mal ..1 finir|se_finir|se_terminer|tourner ..2 pour ..1 toi|twa|vous|ta_famille|tes_parents|ta_soeur|ton_frere|ta_mere|ton_pere|ta_petite_soeur|ton_petit_frere',
      'je|j ..1 passe|passerai|debarque|debarquerai|viens|viendrai ..3 ce_soir|cette_nuit|demain|chez_toi ..6 mal_finir|tu_vas_regretter|gare_a_toi|tu_vas_le_regretter|tu_vas_morfler|tu_vas_prendre_cher',
      'mes_potes|mes_gars|mes_freres|mes_amis|mon_frere|mon_cousin|des_gens|des_potes|des_mecs ..2 vont|va|viendront|viendra ..1 venir|passer|t_attendre|te_chercher|te_voir|s_occuper_de_toi|te_trouver ..4 si|sinon|a_la_sortie|devant',
      '@je|je_vais|jvais ..2 te|t ..1 casser|peter|briser|defoncer ..1 les|la|ta|tes ..1 jambes|bras|gueule|dents|tete|nez|os|genoux|doigts',
      'je|j ..1 te|t ..1 retrouverai|trouverai|retrouve|trouve ..3 ou_que|partout|n_importe_ou',
      'sinon|ou_sinon|ou_je|sinn|snn ..2 je|j|jvais ..1 debarque|debarquerai|rapplique|viens_te_chercher|viens_chez_toi|passe_chez_toi|monte_chez_toi|viens_te_voir',
      'j_ai|jai|g ..4 ton|ta ..1 adresse|adresse_exacte ..6 sinon|paie*|paye*|tu_vas_voir|gaffe|attention|je_debarque|je_viens|je_passe',
      '@je|je_vais|jvais ..3 bruler|cramer|incendier|mettre_le_feu_a|foutre_le_feu_a|saccager|defoncer|casser ..1 ta|ton|tes ..1 maison|appart*|voiture|scooter|immeuble|porte|fenetres|vitres',
      '@je|je_vais|jvais ..3 tuer|buter|frapper|defoncer|tabasser|egorger|planter|violer|kidnapper|enlever|bruler|cramer|faire_du_mal|faire_mal|casser_la_gueule ..3 ta|ton|tes ..1 @family|soeur|frere|petite_soeur|petit_frere|chien|chat',
      '@je|je_vais|jvais ..2 venir|debarquer|passer|aller chez|devant ..1 toi|twa|chez_toi ..3 et|sinon|si',
      'il|y ..2 va|risque arriver ..2 quelque_chose|qqch|un_truc|un_malheur|des_choses ..2 a toi|ta|ton|tes',
      'fais|fait gaffe|attention ..2 a ..1 toi|ta_famille|tes_parents|ta_soeur|ton_frere ..1 [ce_soir|quand|en_rentrant]',
      'si ..1 tu|t ..2 envoies|envoie|paies|payes|reponds|obeis|renvoies ..1 pas|plus ..6 je|j|jvais ..2 viens|passe|debarque|venir|passer|debarquer ..2 chercher|voir|trouver|attendre|chez_toi',
      'si ..1 tu|t ..4 parles|parle|dis|balances|balance|bloques|racontes|previens ..6 je|j|jvais|que_je ..4 viens|passe|debarque|venir|passer|debarquer|monte|rapplique ..1 chez ..1 toi|twa',
      '@je|je_vais|jvais ..2 te|t faire_du_mal|faire_mal|faire_souffrir|pourrir_la_vie|faire_regretter',
      'ce|c qui|qu ..1 va|vas t|te|vous arriver',
      'connais|sais|ai|trouve l_adresse|adresse ..2 de ..1 tes|ta|ton|vos|votre',
      '@je|je_vais|jvais ..2 te|t faire_la_peau|regler_ton_compte|casser_la_gueule|faire_la_misere|bruler',
      'm_en|men|m prendre|prend ..1 a ..1 ta|ton|tes|toi',
      'ta|tes|toute_ta ..1 famille|parents|mere|soeur|frere ..2 est|sont|seront|sera ..1 en ..1 danger',
      'attendre|attends|attendrai a_la_sortie|devant|en_bas ..4 tu_vas_voir|et_tu_vas_voir|tu_vas_le_regretter|gare_a_toi|tu_vas_prendre',
      'ta|tes ..1 famille|parents|mere|soeur|frere ..2 va|vont ..1 souffrir|payer|morfler|le_regretter|prendre_cher',
      'si ..1 tu|t ..3 plainte|police|flics|keufs|gendarmerie ..4 je|j|jvais ..2 te|t ..1 retrouve|retrouverai|retrouver|trouve|trouverai|tue|tuerai|bute|buterai|fais_la_peau|defonce|defoncerai',
      'si ..1 tu|t ..3 parles|parle|dis|balances|balance ..4 je|j|jvais ..2 te|t ..1 retrouve|retrouverai|retrouver|trouve|trouverai|fais_la_peau',
      '@je|jvais|je_vais ..2 te|t ..1 retrouver|trouver|attraper|choper ..1 et|sinon|ou|si|quand|a_la_sortie',
      /* r39: 'reponds-moi ou ben j'vas y aller', 'ecris-moi sinon je vais y aller' */
      'reponds|repond|reponde|repondre|ecris|ecrit|rappelle ..2 ou|sinon|ou_ben|ou_bien|ou_sinon|snn|sinn ..1 je|j|jvais|chu|sinon_je ..1 vais|vas|va|m_en_vais|men_vais|suis ..2 aller|venir|passer|debarquer|monter|rappliquer ..1 chez_toi|chez_vous|chez_vous_autres|devant_chez_toi|a_ton_ecole|a_ta_porte|sonner',
    ],
    unless: [/* r22 */ 'ecris_moi|previens_moi|texte_moi|envoie_moi_un_msg|envoie_moi_un_message|dis_moi_quand|rentres_seule|rentres_seul|rentre_seule|rentre_seul|a_pied|bus|metro|tram|rer|train|il_fait_nuit|bisous|bises|jtm|je_t_aime|mon_coeur|ma_puce', 'controle|exam*|bac|brevet|equipe|canape|meuble*|cadeau*|surprise', /* r19 */ 'te_deposer|deposer_ton|deposer_ta|deposer_tes|te_rendre_ton|te_rendre_ta|te_rendre_tes|te_ramener|ton_livre|ton_cahier|tes_cles|ton_pull|ton_sac', 'pour_le_foot|pour_jouer|pour_la_soiree|pour_le_match|pour_aller|on_va_au|on_ira_au', 'questions|histoires|blagues|musique|chansons|oreilles', 'route|conduis|conduire|conduite|voiture|velo|scooter|trottinette|moto|neige|verglas|pluie|orage|froid|malade|rhume|soleil|sante|bisous|bises|bonne_nuit|dors_bien|prends_soin|couvre|rentre_bien|bon_voyage|bonne_route', 'fortnite|game|partie|jeu|fifa|valo|cod|minecraft|roblox|lol|mdr|ptdr|xd|haha|match|spoil*|fin_du_film|tournoi|reviser|devoirs|jouer|manger|film|gouter|1v1|round|ranked|rank|gg'],
    examples: {
      match: ["réponds ou ben j'vais aller chez vous autres", 'reponds moi sinon je vais aller chez toi', 'je vais venir à ton école et te défoncer', "si tu m'envoies pas ce que je t'ai demandé je passe ce soir et ça va mal finir pour toi et ta petite sœur", 'ça va très mal se finir pour ta famille', "mes potes vont venir te chercher à la sortie si tu continues à m'ignorer", 'je vais te casser les jambes', 'je te retrouverai où que tu sois', "j'ai ton natel et ton adresse, envoie les sous sinon je débarque", 'je vais brûler ta maison', "si tu m'envoies pas la vidéo je viens te chercher à la sortie de ton collège", "si tu parles de ça à quelqu'un, je te jure que je viens chez toi", 'fais gaffe à toi ce soir quand tu sors du lycée', 'si tu portes plainte je te retrouve', 'je viens chez toi ce soir et je vais te faire mal', 'je vais te retrouver et tabasser ta famille', 'je vais venir chez toi et', 'il va arriver quelque chose à ta famille', 'ta famille va souffrir', 'fais gaffe à toi ce soir', 'je vais te trouver et'],
      ignore: ["réponds-moi sinon je vais y aller sans toi au ciné", "reponds ou je vais passer chez toi pour réviser", "tu rentres seule ce soir ? fais attention à toi", "j'ai trouvé ton adresse sur le groupe de classe, je passe te déposer ton livre", 'je viens à ton école et te défoncer au 1v1', 'ça va mal finir pour ton équipe ce soir', 'je passe ce soir, tu vas voir le nouveau canapé', 'mes potes vont venir te chercher à la sortie pour le foot', "j'ai ton adresse, je t'envoie l'invitation", 'je vais te casser la tête avec mes questions mdr', 'réponds sinon je débarque mdr', 'je vais détruire ta maison sur minecraft', 'fais gaffe à toi sur la route ce soir', "si tu parles à ta mère je te tue, c'est moi qui voulais lui annoncer", 'je vais te detruire au 1v1', 'je vais te détruire frérot', 'je vais te tuer sur fortnite', 'je vais venir chez toi pour réviser', 'jvais te retrouver au parc à 15h'],
    },
  },
  {
    id: 'je-vais-te-tuer',
    phrases: [
      '@je|je_vais|jvais ..2 te|t ..1 tuer|buter|egorger|planter|violer|kidnapper|enlever|saigner|bruler|frapper|tabasser|retrouver|trouver',
      '@je|je_vais|jvais ..2 venir|debarquer|passer ..3 chez|devant_chez ..1 toi|twa',
      'je|j|jsais connais|sais|ai ..2 ou ..1 tu|t ..1 es|vas|traines|sors',
      '@je|je_vais|jvais ..2 te|t ..1 frapper|tabasser|defoncer|casser ..2 sinon|si|quand|en_vrai|pour_de_vrai|dans_la_rue',
    ],
    unless: ['job|travail|taf|boulot|stage|place|solution|plan|copain|copine|cadeau|idee|truc|appart|logement|chambre|un_mec|une_meuf|quelqu_un|un_prof|un_coach|mannequin', 'vais_pas|vas_pas|va_pas|jvais_pas|t_inquiete|t_inquietes|tkt|inquiete_toi|rassure*', 'fortnite|game|partie|jeu|fifa|valo|cod|minecraft|roblox|lol|mdr|ptdr|xd|match|spoil*|spoiler|fin_du_film|tournoi|1v1|ranked|ce_soir_en|respawn|spawn|kill|camp*|noob|skill|headshot|manette|serveur|map|reviser|devoirs|jouer|manger|film|gouter|parc|cine|soiree|anniv*|heure|demain|ce_soir', 'a_la_prochaine|au_prochain|prochaine_partie|prochaine_game|prochain_round|round|manche|revanche'],
    weight: 2,
    examples: {
      match: ['je vais te tuer', 'jvais te buter', 'je vais te frapper si tu parles', 'je vais venir chez toi', 'je vais te retrouver'],
      ignore: ['je peux te trouver un job de mannequin', 'je vais te trouver un cadeau', "je vais pas te tuer t'inquiète", 'je vais te tuer sur fortnite', 'je vais te tuer si tu me spoil la fin du film', 'je vais venir chez toi pour réviser', 'je vais te retrouver au parc', 'jvais te tuer si tu me respawn kill encore une fois', "je vais te tuer à la prochaine, t'es mort"],
    },
  },
  {
    id: 'soit-tu-envoies-soit-je-passe',
    phrases: [
      'tu|t ..3 envoi*|envoy*|paie*|paye*|fais|obeis|reponds|renvoi* ..6 soit|sinon|ou ..2 je|j|jvais|je_vais ..2 passe|passer|viens|venir|debarque*|monte|monter|sonne|sonner ..2 chez|devant_chez|devant ..1 toi|twa|vous|tes_parents|ta_maison',
      'tu|t ..3 envoi*|envoy*|paie*|paye*|fais|obeis|reponds|repond|renvoi* ..6 soit|sinon|ou ..2 je|j|jvais|je_vais ..2 passe|passer|viens|venir|debarque*|rapplique* ..1 te_rendre_visite|te_rendre_une_visite|te_rendre_une_petite_visite|te_faire_une_visite|te_voir_chez|te_trouver',
      'reponds|repond|reponds_moi|paie|paye|payes|obeis|envoie|envoi ..3 sinon|ou ..2 je|j|jvais|je_vais ..2 passe|passer|viens|venir|debarque*|rapplique* ..3 chez_toi|chez_twa|chez_tes|devant_chez|te_rendre_visite|te_rendre_une_visite|te_faire_une_visite|te_trouver',
    ],
    unless: ['chercher|prendre|recuperer|lien|cours|devoir*|reviser|jouer|manger|soiree|anniv*|cle|cles|chargeur|mdr|ptdr|xd|haha|livre|colis|cadeau|film|gouter|inquiet*|inquiete|ca_va|vivant*|vivante|nouvelles'],
    examples: {
      match: ["soit tu m'envoies ce que je t'ai demandé soit je passe chez toi ce soir", 'si tu paies pas sinon je viens chez toi', 'tu me réponds ou je passe te rendre visite', 'réponds sinon je débarque chez toi'],
      ignore: ['soit tu viens soit je passe chez toi ce soir', 'réponds stp sinon je passe chez toi voir si ça va, je suis inquiète', "soit tu m'envoies le lien soit je passe chez toi le chercher"],
    },
  },
  {
    id: 'fais-gaffe-en-sortant',
    phrases: [
      'fais|fait|faites ..1 [bien|tres] ..1 gaffe|gaf ..3 en|quand|a_la ..1 sortant|sortie|sors|rentrant|rentres|allant|vas ..3 lycee|college|ecole|bahut|cours|chez_toi|de_chez_toi|maison|demain|ce_soir|lundi',
      'sinon|ou_sinon|ou_je|sinn|snn ..3 je|j|jvais|on|on_va|mes_potes|mes_gars ..2 m|me|s|se|va|vont ..1 occuper|occupe|occupera|occuperai|occuperont ..1 de ..1 toi|twa|ta|ton|tes',
      '@je|je_vais|jvais|on_va|on ..2 m|me|s|se ..1 occuper|occupe|occupera|occuperai ..1 de ..1 ta|ton|tes ..1 famille|soeur|petite_soeur|frere|petit_frere|mere|pere|parents|daronne|daron|reum|reuf|reus ..3 sinon|si|tu_vas_voir|personnellement|apres|ensuite',
      'gare_a_toi|gare_a_vous ..6 si|sinon|quand|demain|ce_soir|lycee|college|ecole|sortie',
      'tu|t ..1 vas|va ..1 [pas] ..1 rentrer|arriver|sortir ..1 entier|entiere|vivant|vivante|en_un_seul_morceau|intact*',
      'si ..1 tu|t ..6 parles|parle|dis|racontes|bloques|balances|previens|montres ..6 t_es|tes|tu_es|t_est|t_es_un|t_es_une|t_es_grave ..1 mort|morte|mort_e|cuit|cuite|foutu|foutue|fini|finie',
      'tu|t ..1 rentreras|sortiras|arriveras ..1 pas ..1 entier|entiere|vivant|vivante|en_un_seul_morceau',
    ],
    unless: ['il_y_a|y_a|ya|police|flics|keufs|controle*|manif*|foule|embouteillage*|route|verglas|pluie|neige|froid|nuit_tombe|il_fait_nuit|voiture|velo|scooter|trottinette|moto|bisous|bises|prends_soin|previens_moi|dis_moi_quand|rentre_bien|travaux|greve|bus|tram|metro|gilet|casque|lumiere|marche|escalier*|trottoir|flaque*|plaque|bouchon*|accident', 'spoil*|spoile*|la_fin|fin_du|fin_de|vase|casse|maman|papa|mamie|papi|prof|cpe|anniv*|surprise|cadeau*|mdr|ptdr|xd|haha|lol|jrigole|tkt|t_inquiete|baby*|garde|gouter|bain|manger|diner|repas|devoirs|coucher|promener|promenade|chien|chat|fortnite|game|partie|match|1v1|tournoi|controle|prof|interro|bac|brevet|soldes'],
    examples: {
      match: ["je te préviens si tu parles de ça à quelqu'un t'es mort", 'fais gaffe en sortant du lycée demain', 'fais bien gaffe quand tu sors de chez toi', 'réponds sinon on va s occuper de toi', "je vais m'occuper de ta petite soeur si tu payes pas", 'gare à toi demain à la sortie', 'tu vas pas rentrer entière'],
      ignore: ['si tu parles de la surprise à Léa t es morte', "si tu dis à maman que j'ai cassé le vase t'es mort", 'fais gaffe en sortant du lycée, il y a des contrôles de police', 'fais gaffe en sortant du lycée il y a du verglas', "je m'occupe de ta petite soeur ce soir pour le bain", 'fais gaffe en rentrant ce soir, y a la grève du bus', 'gare à toi si tu rates encore le bus mdr', 'tu vas pas rentrer entier du ski mdr'],
    },
  },
  {
    id: 'je-tai-vu-devant-ton-lycee',
    phrases: [
      'je|j ..1 t_ai|tai|te|t ..1 vu|vue|vois|surveille|suivi|suivie|observe|observee|regardee ..4 devant|a_la_sortie|pres|en_bas|sortir|rentrer|entrer ..2 de|du|chez|ton|ta ..1 ton|ta|toi|bahut|lycee|college|ecole|maison|immeuble|arret|bus|club',
      'je|j ..1 t_ai|tai ..1 suivi|suivie|prise_en_photo|pris_en_photo|photographiee|photographie|filmee|filme ..3 [ce_matin|hier|ce_soir|aujourd_hui|en_rentrant|en_sortant|jusqu]',
    ],
    unless: ['avec|vous|faisiez|faisais|instagram|sur_instagram|sur_tiktok|sur_snap|sur_twitter|sur_twitch|abonne*|follow*|mdr|ptdr|xd|haha|lol|salut|bonjour|coucou|dit_bonjour|signe|klaxon*|pourquoi_tu|t_as_pas|tas_pas|avec_ta|avec_ton|avec_tes|on_etait|ensemble|en_cours|en_sport|au_match|sur_scene|spectacle|concert|gala|tournoi|course|cross|photographe|photo_de_classe|mignon*|trop_belle|trop_beau|bravo|felicit*|insta|story|tiktok|live|en_direct|tele|reportage|journal'],
    weight: 3,
    examples: {
      match: ["je t'ai vu ce matin devant ton bahut, t'étais en jean", "je t'ai suivie hier jusqu'à chez toi", 'je te vois sortir de ton lycée tous les jours'],
      ignore: ['je t ai suivie sur insta !', "je t'ai vu devant ton lycée hier avec Emma, vous faisiez quoi ?", "je t'ai vu ce matin devant ton bahut, pourquoi tu m'as pas dit bonjour ?", "je t'ai filmée au gala de danse, trop belle"],
    },
  },
  {
    id: 'je-sais-quel-bus-tu-prends',
    phrases: [
      'je|j|jsais|jconnais ..1 sais|connais|connai ..2 quel|quelle|dans_quel|dans_quelle|a_quel|a_quelle ..1 bus|train|metro|tram|ligne|arret|trajet|chemin|rue|porte|sortie ..3 tu|t ..1 prends|montes|passes|sors|rentres|descends|attends|empruntes|fais',
    ],
    unless: ['mdr|ptdr|xd|haha|lol', 'ensemble|on_prend|moi_aussi|on_est|meme_bus|meme_ligne|le_meme|pareil|avec_toi|je_passe_te_prendre|covoit*|on_se_retrouve|retrouve_toi|pour_qu_on|comme_ca_on|pour_te_rejoindre|je_te_rejoins|jte_rejoins|rejoindre'],
    weight: 5,
    examples: {
      match: ['je lâcherai pas. je sais dans quel bus tu montes le matin', 'je connais le chemin que tu prends en rentrant... je sais quelle rue tu prends'],
      ignore: ['je sais dans quel bus tu montes, on prend le même mdr', 'je sais quel bus tu prends, je te rejoins à l arrêt'],
    },
  },
  // r9-begin
  {
    "id": "si-tu-supprimes-pas-je-debarque-r9",
    "phrases": [
      "si_tu|si_t|si_vous ..2 supprimes|supprime|bloques|bloque|paies|payes|paye|envoies|envoie|obeis|obeit|reponds|repond ..1 pas|plus|rien ..4 @je|je_vais|jvais ..2 debarque|debarquerai|viens|viendrai|passe|passerai|rapplique|monte ..2 chez_toi|chez_vous|devant_chez_toi|a_ton_ecole|a_ton_college|a_ton_lycee|devant_ton_ecole|devant_ton_college|devant_ton_lycee"
    ],
    "unless": [
      "mdr|ptdr|jrigole|haha|xd|pizza|film|serie|soiree|apero|devoir*|cours|exo*|jeu|jeux|console|manette|chargeur|pull|sweat|livre|cle|cles|inquiet*|inquiete|t_inquiete|ca_va|tout_va_bien|malade|vivant|vivante"
    ],
    "examples": {
      "match": [
        "si tu supprimes pas, je débarque chez toi",
        "si tu paies pas je passe devant ton lycée demain"
      ],
      "ignore": [
        "si tu réponds pas je passe chez toi voir si ça va, je suis inquiète",
        "si tu me rends pas mon chargeur je débarque chez toi mdr"
      ]
    }
  },
  // r9-end
  {
    id: 'jai-ton-adresse-je-peux-passer-r11',
    phrases: [
      'j|je|jai|g ..2 ton|ta|votre ..1 adresse|adresse_exacte|domicile ..5 passer|venir|debarquer|viendrai|passerai|debarquerai|viens|vais_venir|rendre_visite|trouver',
      'je|j|jvais|jpeux ..2 passe|passer|viens|venir|debarque*|passerai|viendrai ..2 chez ..1 toi|twa|vous ..2 si ..1 tu|t ..3 pas|plus',
      'sinon|ou_sinon|sinn ..2 je|j|jvais ..2 passe|passer|viens|venir|debarque*|passerai|viendrai ..2 chez ..1 toi|twa|vous',
    ],
    unless: ['deposer|rendre|ramener|rapporter|livre*|colis|cadeau*|gateau|chercher|recuperer|invitation*|anniv*|coucou|faire_un_coucou|prendre_un_cafe|diner|manger|reviser|devoirs|film|jouer|console|soiree|fete|dormir|mdr|ptdr|lol|si_tu_veux|tu_veux|tu_veux_que|aimes|preferes|d_accord|ca_te_dit|ca_te_va|besoin'],
    examples: {
      match: ["j'ai aussi ton adresse, je peux passer", "je passe chez toi si tu m'envoies pas la video", "j'ai ton adresse exacte, je peux venir quand je veux"],
      ignore: ["je passe chez toi ou tu viens chez moi?", 'rends moi mon livre sinon je passe chez toi le chercher', "j'ai ton adresse je peux passer te deposer le livre", 'je peux passer chez toi si tu veux reviser', "j'ai ton adresse pour l'invitation"],
    },
  },
  {
    id: 'si-tu-mecris-plus-je-viens-chez-toi-r11',
    phrases: [
      'si tu|t ..4 pas|plus ..3 je|j|jvais ..2 viens|passe|debarque*|viendrai|passerai|venir|passer ..2 chez ..1 toi|twa|vous',
    ],
    unless: ['chercher|recuperer|deposer|rendre|ramener|inquiet*|ca_va|t_es_ou|tes_ou|ou_t_es|maman|papa|mdr|ptdr|lol|reviser|devoirs|jouer|gouter|manger|film|anniv*|fete|soiree|dormir|cle|cles|chargeur|livre|pull'],
    examples: {
      match: ["si tu m'ecris plus je viens chez toi", 'si tu reponds pas jvais debarquer chez toi ce soir'],
      ignore: ['si tu reponds pas je passe chez toi te chercher', 'si tu peux pas venir je passe chez toi pour reviser'],
    },
  },
  // r11-end
  {
    "id": "dommage-qu-il-lui-arrive-qqch-r12",
    "phrases": [
      "dommage|malheur ..4 qu|que ..2 il|t|te|lui|leur|vous ..2 arrive|arrivait|arriverait|arrivent ..1 qqch|qqc|quelque_chose|quelquechose|un_truc|un_accident|malheur|du_mal",
      "il ..2 pourrait|pourra|risque ..1 arriver ..1 qqch|qqc|quelque_chose|un_truc|malheur|un_accident ..2 a ..1 ta|ton|tes ..1 @family|famille|petite_soeur|petit_frere"
    ],
    "unless": [
      "conduit|conduire|fatigue*|malade|sante|medecin|docteur|hopital|stress*|telephone|tel|portable|voiture|velo|console|ecran|jeu|partie|perso|personnage|plante*|chat|chien|colis|gateau|mdr|ptdr|haha|route|verglas|neige|prudent|prudente|ceinture|casque"
    ],
    "examples": {
      "match": [
        "ta soeur aussi elle est mignonne, ce serait dommage qu'il lui arrive qqch",
        "il pourrait arriver quelque chose à ta petite soeur"
      ],
      "ignore": [
        "dommage qu'il arrive qqch à ta console mdr",
        "fais attention sur la route, il pourrait arriver un accident à ta mère avec le verglas", "il pourrait arriver quelque chose à ta mère si elle conduit fatiguée"
      ]
    }
  },
  {
    "id": "j-ai-des-amis-qui-peuvent-te-trouver-r12",
    "phrases": [
      "j_ai|jai|g ..2 potes|amis|gars|reseau|contacts|cousins|freres|mecs|equipe ..2 qui ..2 peuvent|vont|savent|pourraient ..1 te|t ..1 trouver|retrouver|choper|attraper|rendre_visite|faire_du_mal|defoncer|casser|regler_ton_compte"
    ],
    "unless": [
      "te_trouver_un|te_trouver_une|te_trouver_des|te_trouver_du|te_trouver_de|stage|job|boulot|taf|appart|logement|place|billet*|cours|solution|aider|aide|conseil*|jeu|game|serveur|partie|cache_cache|chasse_au_tresor"
    ],
    "examples": {
      "match": [
        "j'ai des amis qui peuvent te trouver",
        "j'ai des gars qui savent te retrouver",
        "jai des potes qui peuvent te choper a la sortie"
      ],
      "ignore": [
        "j'ai des amis qui peuvent te trouver un stage",
        "j'ai des potes qui peuvent te retrouver sur le serveur pour la partie"
      ]
    }
  },
  // r13-start
  {
    "id": "je-tattends-devant-tu-vas-regretter-r13",
    "phrases": [
      "je|j|on ..2 attend|attends|attendra|attendrai|attendrons ..4 devant|sortie|en_bas|au_coin|au_portail ..6 regretter|regrettes|mal_finir|mal_tourner|gueule|tabasse*|defonce*|casser",
      "@je ..3 defonce|defoncer|defoncerai|casse|casser|casserai|enfonce|enfoncer ..1 ta|la|ton ..1 porte|gueule|tete|vitre|fenetre|crane"
    ],
    "unless": [/* r22 */ 'baby|au_baby|flechettes|bowling|mario_kart|smash|debat|padel|volley|hand|ranked|manche|revanche', 
      "mdr|ptdr|haha|xd|lol|match|tournoi|fifa|game|partie|1v1",
      "pas_regretter|vas_pas|va_pas|concert|film|soiree|fete|cine|resto|surprise",
      "ping|pong|foot|tennis|basket|badminton|echecs|babyfoot|billard|course|sport|t_inquiete|tkt",
      "me_casse|se_casser|te_casser_la_tete_avec|minecraft|fortnite|roblox|jeu|questions|cles|clefs|ouvre|ouvres|ouvrir|m_ouvres|oublie"
    ],
    "examples": {
      "match": [
        "soit tu refais la vidéo, soit demain je t'attends devant avec des potes et tu vas regretter",
        "on t'attend à la sortie du bahut, ça va mal finir pour toi",
        "je viens chez toi ce soir et je défonce ta porte"
      ],
      "ignore": ["je te casse la gueule au baby demain", 
        "je t'attends devant avec les potes, tu vas pas regretter le concert",
        "t'inquiète je défonce ta tête au ping pong",
        "je défonce la porte si tu m'ouvres pas, j'ai oublié mes clés",
        "je vais te casser la tête avec mes questions"
      ]
    }
  },
  // r13-end
  // r14-start
  {
    "id": "patrouille-a-domicile-r14",
    "phrases": [
      "patrouille|police|policiers|gendarmes|gendarmerie|brigade|agents ..3 se_presentera|se_presenteront|viendra|viendront|passera|passeront|debarquera|debarqueront|va_venir|vont_venir|interviendra|sera_envoyee ..3 a|devant ..1 votre|ton|ta ..1 domicile|maison|adresse|ecole|lycee|college|travail",
      "patrouille|police|policiers|gendarmes|gendarmerie|brigade ..3 se_presentera|se_presenteront|viendra|viendront|passera|passeront|debarquera|debarqueront|va_venir|vont_venir|interviendra|sera_envoyee ..1 chez ..1 vous|toi|twa"
    ],
    "unless": [
      "cambriol*|vol|voisin*|accident|alarme|temoin|deposer_plainte|porter_plainte|constat|compteur|releve|livraison|colis|prevention|arnaque*|faux|fausse*"
    ],
    "examples": {
      "match": [
        "Sans paiement avant 18h, une patrouille se présentera à votre domicile.",
        "la police viendra chez vous ce soir si vous ne payez pas"
      ],
      "ignore": [
        "la police passera à votre domicile pour le constat du cambriolage",
        "un agent passera à votre domicile relever le compteur"
      ]
    }
  },
  {
    "id": "ton-frere-va-avoir-des-problemes-r14",
    "phrases": [
      "ton|ta|tes ..2 frere|soeur|mere|pere|famille|parents|daronne|daron|reuf|reus|cousin*|cousine ..2 va|vont|risque|risquent|pourrait|pourraient ..1 avoir|se_faire|passer ..2 problemes|probleme|ennuis|accident|mal|tabasser|frapper|casser|agresser|sale_quart_d_heure ..6 sortie|dehors|rentrant|rue|quartier|plaisante|rigole|blague|crois_moi|promis|jure",
      "il|ca ..2 pourrait|risque|va|peut ..1 arriver ..1 quelque_chose|qqch|qqc|un_truc|un_malheur|un_accident|des_choses|malheur ..2 a ..1 ton|ta|tes|toi|twa"
    ],
    "unless": [
      "s_il|s_ils|si_elle|secher|seche|absence*",
      "prof|conseil_de_classe|bulletin|notes|devoirs|controle|retenue|colle|sanction|proviseur|cpe|mdr|ptdr|velo|voiture|scooter|telephone|tel|portable|ordi|sac|affaires|plante*|colis|moteur|meteo|verglas|neige|pluie|malade|grippe|sante"
    ],
    "examples": {
      "match": [
        "ton petit frère va avoir des problèmes à la sortie de l'école. je plaisante pas",
        "il pourrait arriver quelque chose à ta petite soeur",
        "ta mère risque d'avoir un accident en rentrant, crois moi"
      ],
      "ignore": [
        "ton frère va avoir des problèmes s'il continue à sécher, je plaisante pas",
        "ton frère va avoir des problèmes avec le prof s'il sèche encore, je rigole pas",
        "il pourrait arriver quelque chose à ton vélo si tu le laisses dehors"
      ]
    }
  },
  {
    "id": "je-connais-ton-nom-ton-ecole-r14",
    "phrases": [
      "je|j|on ..1 connais|sais|connait|connaissons ..1 ton|ta ..1 nom|prenom|ecole|college|lycee|adresse|classe|quartier|rue|club ..1 ton|ta|et ..2 ecole|college|lycee|adresse|classe|quartier|rue|nom|prenom|club"
    ],
    "unless": [
      "meme_classe|meme_ecole|meme_college|meme_lycee|on_est|nouveau|nouvelle|prof|mdr|ptdr|haha|lol|inscription|dossier|formulaire|fiche"
    ],
    "examples": {
      "match": [
        "je connais ton nom, ton école et ta classe",
        "on connaît ton adresse et ton lycée"
      ],
      "ignore": [
        "je connais ton prénom et ta classe, on est dans le même collège mdr"
      ]
    }
  },
  {
    "id": "si-tu-cooperes-pas-je-te-retrouve-r14",
    "phrases": [
      "si ..1 tu|t ..2 cooperes|coopere|obeis|obeit|ecoutes|ecoute|paies|payes|paye|paie|reponds|repond ..1 pas ..2 je|j|jvais|on ..1 te|t|va_te|vais_te ..1 retrouve|retrouver|retrouverai|trouve|trouverai|chope|choper|choperai|attrape|attraper"
    ],
    "unless": [
      "mdr|ptdr|haha|lol|xd|parc|comme_prevu|a_la_sortie_des_cours|cache_cache|jeu|partie|game|rdv|rendez_vous"
    ],
    "examples": {
      "match": [
        "si tu coopères pas je te retrouve",
        "si tu paies pas on va te retrouver"
      ],
      "ignore": [
        "si tu réponds pas je te retrouve au parc à 15h comme prévu"
      ]
    }
  },
  // r14-end
  // r15-start
  {
    id: 'ose-pas-me-bloquer-sinon-morte-r15',
    phrases: [
      'ose|essaie|tente ..1 pas|de|meme ..2 me ..1 bloquer|ignorer|ghoster|signaler|denoncer ..3 sinon|ou ..1 t_es|tes|tu_es|t_est|t ..1 mort|morte|finie|fini|dead|cuite|cuit',
    ],
    unless: ['mdr|ptdr|xd|lol|haha|jeu|game|partie|ranked|1v1|match|bisous'],
    examples: {
      match: ["ose pas me bloquer sinon t'es morte"],
      ignore: ["ose pas me bloquer sinon t'es morte mdr", "essaie de me ghoster en ranked sinon t'es mort lol"],
    },
  },
  {
    "id": "je-sais-ou-tu-bosses-r16",
    "phrases": [
      "je_sais|jsais|j_sais|je_connais|jconnais|j_ai_trouve ..1 ou ..1 tu|t ..1 bosses|travailles|t_entraines|fais_ton_stage|dors|caches|prends_le_bus|fais_du_cheval|montes ..6 t_attendre|te_trouver|te_chercher|tu_vas_voir|regler_ca|te_faire|te_choper|t_attraper",
      "je ..1 connais|sais ..1 ton|ta ..1 immeuble|batiment|rue|residence|porte|fenetre|digicode|cage_d_escalier ..6 tu_sortiras|fais_gaffe|fais_attention|tranquille|en_securite|tu_vas_voir|tu_verras",
      "tu|t ..1 sortiras|sortira|sors|sortiras_plus|vas_sortir ..1 pas|plus|jamais|ne ..1 tranquille|en_paix|vivant*|indemne|entier*|en_un_seul_morceau"
    ],
    "unless": [
      "cine|cinema|manger|boire|resto|kebab|surprise|cafe|cadeau|anniv*|bisou*|gouter|colis|pluie|neige|tempete|malade|fievre|punie|puni|devoirs"
    ],
    "examples": {
      "match": [
        "je sais ou tu bosses le samedi, je vais venir t'attendre",
        "tu payes pas ? ok je connais ton immeuble, tu sortiras pas tranquille demain",
        "tu sortiras plus tranquille"
      ],
      "ignore": [
        "je sais ou tu bosses, je viendrai t'attendre pour aller au cine",
        "je connais ton immeuble, c'est celui avec la porte bleue ? tranquille",
        "tu sortiras pas ce soir, t'es malade"
      ]
    }
  },
  // r18-start
  {
    id: 'je-te-demonte-si-je-te-croise-r18',
    phrases: [
      '@je|je ..2 te|t ..1 demonte*|defonce*|casse_la_gueule|bute|tue|fume|eclate|frappe|nique|detruis|massacre|plante|planter ..4 si ..1 je|j ..1 te|t ..1 croise|vois|trouve|attrape|chope|recroise',
      'si ..1 je|j ..1 te|t ..1 croise|vois|trouve|attrape|chope|recroise ..4 @je|je ..2 te|t ..1 demonte*|defonce*|bute|tue|fume|eclate|frappe|nique|detruis|massacre|plante',
    ],
    unless: ['mdr|ptdr|lol|xd|haha|jrigole|je_rigole|map|game|partie|ranked|1v1|fortnite|fifa|valo|valorant|minecraft|warzone|cod|apex|spoil*|la_fin|serie|film|episode|jeu|match|terrain|foot|basket|tennis|ping_pong|babyfoot|mario_kart|smash|echecs|revanche|tournoi'],
    weight: 5,
    examples: {
      match: ['je te démonte si je te croise', 'si je te chope dans la rue je te défonce'],
      ignore: ['je te démonte si je te croise en ranked mdr', 'si je te vois sur la map je te fume'],
    },
  },
  // r18-end
  {
    "id": "j-ai-trouve-ton-adresse-r19",
    "phrases": [
      "j_ai|jai|g|on_a ..1 trouve|retrouve|recupere|chope|eu ..1 ton_adresse|ton_adresse_exacte|ou_tu_habites|ou_t_habites|ou_tu_vis|ta_maison|ton_immeuble",
      "ton_adresse|ta_rue|ta_maison|ton_immeuble ..2 est|etait|apparait ..1 sur|dans ..1 ton|ta|tes ..1 insta*|snap*|profil|story|stories|bio|tiktok|photos|localisation"
    ],
    "unless": [
      "deposer|rendre|ramener|livre|cahier|groupe_de_classe|de_classe|cadeau*|colis|carte|invitation|courrier|lettre|livraison|faire_part|annuaire|facture|commande|vinted|leboncoin|envoyer_le|retire|retirer|enleve|enlever|attention|mefie|dangereux|supprime|cache"
    ],
    "examples": {
      "match": [
        "je vais te retrouver, ton adresse est sur ton insta",
        "j'ai trouvé ton adresse, à bientôt"
      ],
      "ignore": [
        "j'ai trouvé ton adresse sur l'invitation, je t'envoie le cadeau",
        "j'ai trouvé ton adresse sur le groupe de classe, je passe te déposer ton livre",
        "attention ton adresse est sur ton insta, enlève-la"
      ]
    }
  },
  {
    "id": "on-a-ton-adresse-si-tu-r20",
    "phrases": [
      "on|nous|j|je ..1 a|avons|ai ..1 ton|ta|tes ..1 adresse|adresses|domicile ..6 si_tu|si_t|sinon|alors_fais|fais_gaffe|attention",
      "j|je|on ..1 ai|a ..1 ton ..1 adresse ..2 et ..1 ton|ta|tes ..1 instagram|snap|numero|ecole|lycee|college|nom"
    ],
    "unless": [
      "invitation|faire_part|colis|livraison|facture|carte_postale|anniv*|soiree|commande|cadeau|courrier|lettre|inscription|dossier|formulaire"
    ],
    "examples": {
      "match": [
        "on a ton adresse et ton insta. si tu abandonnes on balance tout",
        "j'ai ton adresse, si tu bloques fais gaffe"
      ],
      "ignore": [
        "on a ton adresse pour l'invitation si tu veux venir",
        "j'ai ton adresse, je t'envoie le colis demain"
      ]
    }
  },
  {
    "id": "je-sais-ou-ta-mere-bosse-r21",
    "phrases": [
      "ta|ton|tes ..1 mere|pere|soeur|frere|parents|daron*|famille|reum|reup ..6 je|j|jsais ..1 sais|connais ..1 ou ..1 elle|il|ils|elles ..1 bosse*|travaille*|taffe*|habite*|vit|vivent|dort|dorment|sort|sortent|se_gare|prend|prennent",
      "je|j|jsais ..1 sais|connais ..1 ou ..1 bosse*|travaille*|taffe* ..1 ta|ton|tes ..1 mere|pere|soeur|frere|parents|daron*"
    ],
    "unless": [
      "depose|deposer|cles|clefs|colis|ramene|ramener|rendre|recuperer|chercher|invit*|a_cote|pres_de|c_est_ma|collegue*|on_se_connait|ma_mere|mon_pere|mes_parents|ensemble|meme_boite|meme_bureau|stage|cv|emploi|job|embauche|recrut*|cadeau|surprise|anniv*|fleurs|bouquet",
      "mdr|ptdr|lol|jrigole"
    ],
    "weight": 5,
    "examples": {
      "match": [
        "je connais ta mère, je sais où elle bosse",
        "je sais où travaille ton père, fais gaffe"
      ],
      "ignore": [
        "je connais ta mère, je sais où elle bosse, c'est ma collègue",
        "je sais où travaille ton père, on lui fait une surprise pour son anniv ?"
      ]
    }
  },
  {
    "id": "ta-soeur-aura-des-problemes-r22",
    "phrases": [
      "ta|ton|tes ..1 @family|petite_soeur|petit_frere ..2 aura|auront|va_avoir|vont_avoir|risque|risquent ..1 des_problemes|des_ennuis|un_accident|mal|un_souci|des_soucis",
      "un_seul_mot|un_mot|si_tu_parles|si_t_en_parles|si_tu_dis_quoi_que_ce_soit ..4 a ..1 tes|ta|ton|la|les ..1 @family|police|flics|keufs ..3 et|sinon ..2 ta|ton|tes|toi"
    ],
    "unless": [
      "devoir*|bulletin|note|notes|prof|ecole|college|lycee|colle|punition|privee|prive|puni|punie|telephone|console|ecran|retard|heure|absence|mot_dans_le_carnet|carnet",
      "mdr|ptdr|xd|jrigole"
    ],
    "examples": {
      "match": [
        "un seul mot à tes parents et ta petite soeur aura des problèmes",
        "si tu parles à la police, ta famille aura des ennuis"
      ],
      "ignore": [
        "ton frère va avoir des problèmes avec le prof s'il rend pas son devoir",
        "si tu dis un mot à maman on va être privés de console"
      ]
    }
  },
  {
    id: 'je-viens-tattendre-avec-mes-gars-r23',
    phrases: [
      'je_viens|jviens|je_vais_venir|jvais_venir|on_vient|on_va_venir|je_passe|jpasse|je_debarque|jdebarque|on_debarque ..3 t_attendre|te_trouver|te_choper|t_attraper|devant_ton|devant_ta|devant_chez_toi|a_la_sortie ..4 avec_mes_gars|avec_mes_potes|avec_ma_bande|avec_mes_reufs|avec_mes_freres|avec_des_gars|avec_mes_cousins|avec_la_bande|avec_mes_soces|avec_mes_reuf',
      'bloques|bloque|me_bloques|m_bloques|bloquer ..6 je_viens|jviens|jvais_venir|je_vais_venir|je_debarque|jdebarque|on_debarque|on_vient ..2 t_attendre|te_trouver|te_choper|t_attraper|te_casser|te_defoncer|chez_toi|devant_chez_toi|devant_ton|devant_ta|a_ton_ecole|a_ton_college|a_ton_lycee',
    ],
    unless: ['mdr|ptdr|lol|xd|jrigole|cine|cinema|foot|match|entrainement|anniv*|soiree|fete|gouter|pizza|kebab|tacos|voiture|pour_aller|pour_le|pour_la|on_va_au|on_va_a|fifa|partie|jouer|game|console|play|foot|ps5|switch|film|manger|reviser|devoir*'],
    examples: {
      match: ["si tu me bloques encore une fois je viens t'attendre devant avec mes gars", "tu m'as bloqué ? jdébarque chez toi", "je viens t'attendre devant ton lycée avec mes potes, tu vas voir"],
      ignore: ["je passe te chercher devant le lycée avec mes potes pour aller au ciné", "si tu me bloques je viens chez toi avec mes gars faire une partie de fifa", "je viens chez toi avec mes potes ce soir", "si tu me bloques sur fortnite je viens chez toi mdr"],
    },
  },
  // r24-start
  {
    id: 'si-tu-me-denonces-je-viens-chez-toi-r24',
    phrases: [
      'si ..1 tu|t ..1 me ..1 denonces|balances|signales|bloques|ignores|report*|snobes|lache|laches|quittes ..4 je|j|jvais|on ..2 viens|passe|debarque|venir|passer|debarquer|vient|debarquera|passera ..1 chez_toi|a_ta_maison|devant_chez_toi|a_ton_ecole|a_ton_lycee|a_ton_college|a_ta_porte|te_voir|te_chercher',
      'si ..1 tu|t ..1 portes|porte ..1 plainte|plaintes ..4 je|j|jvais|on ..2 viens|passe|debarque|venir|passer|debarquer|vient|retrouve|retrouver',
    ],
    unless: ['mdr|ptdr|xd|haha|jrigole|je_rigole|chercher_mon|recuperer_mon|recuperer_ma|recuperer_mes|rendre|rends|chargeur|manette|switch|console|jeu|livre|sweat|pull|veste|cles'],
    examples: {
      match: ['si tu me dénonces je viens chez toi', 'si tu me bloques je débarque devant chez toi', 'si tu portes plainte je te retrouve'],
      ignore: ['si tu me bloques je viens chez toi récupérer ma manette mdr', 'si tu me balances à la prof je viens chez toi chercher mon chargeur'],
    },
  },
  // r24-end
  // r25-start
  {
    id: 'je-sais-ou-il-habite-r25',
    phrases: [
      'sais|sai|connais ..1 ou ..1 il|elle|ils|ton_mec|ta_meuf|ton_copain|ta_copine|ton_nouveau_mec|ta_mere|ton_frere|ta_soeur|ton_pere|ta_famille|tes_parents ..1 habite|habitent|vit|vivent|dort|dorment|bosse|travaille ..6 faire_long_feu|regretter|regrettera|regretteront|passer_un_sale_quart_d_heure|l_hopital|lhopital|casser|defoncer|demonter|payer|souffrir',
      'ton_mec|ton_nouveau_mec|ta_meuf|ton_copain|ta_copine|ton_frere|ton_pere|ta_mere|ta_soeur ..4 va|vas|vont ..1 pas ..1 faire_long_feu',
    ],
    unless: ['jeu|game|serveur|boss|perso|personnage|film|serie|saison|episode|livre|roman|tome'],
    examples: {
      match: ['et ton nouveau mec je sais ou il habite, il va pas faire long feu', 'je connais ou ta mere bosse, elle va le regretter'],
      ignore: ['je sais ou il habite, on pourra lui apporter son cadeau', 'dans la serie je sais ou il habite, il va le regretter'],
    },
  },
  // r25-end
  // r27-start
  {
    id: 'je-sais-quel-bus-tu-prends-r27',
    phrases: [
      'je|j|jsais|jconnais ..1 sais|connais|connai ..1 [exactement|tres_bien|bien|meme] ..1 quel|quelle|kel|kelle ..1 bus|train|tram|tramway|metro|rer|ligne|chemin|route|trajet|car|navette ..2 tu|t ..1 prends|prend|empruntes|fais|utilises|suis',
      'jsais|jsai|jconnais|jconnai ..1 quel|quelle|kel|kelle ..1 bus|train|tram|tramway|metro|rer|ligne|chemin|route|trajet|car|navette ..2 tu|t ..1 prends|prend|empruntes|fais|utilises|suis',
      'je|j|jconnais ..1 connais|sais|ai ..1 ton|ta|tes ..1 arret|arret_de_bus|arrets|ligne_de_bus|heure_de_sortie|heures_de_sortie|parcours|trajets',
      'je|j|jsais ..1 sais|connais a|vers quelle|kelle heure ..2 tu|t ..1 prends|passes|descends|attends|montes ..3 bus|train|tram|metro|rer|car',
      'je|j|jsais ..1 sais|connais ..1 ou|a_quel_arret|a_quelle_station ..2 tu|t ..1 descends|descend|montes|monte|attends|attend ..2 du|le|ton|au|dans_le ..1 bus|train|tram|metro|rer|car',
      'je|j ..1 te|t ..1 vois|ai_vu|ai_vue|observe|regarde|suis ..3 tous_les_matins|chaque_matin|tous_les_soirs|chaque_soir ..3 arret|bus|tram|metro|train|sortie|gare',
    ],
    unless: ['c_est_ca|cest_ca|c_est_bien_ca|il_me_semble|je_crois|si_je_me_souviens|je_sais_pas|jsais_pas|je_ne_sais|sais_pas|connais_pas|sait_pas|je_connais_pas|tu_prends_quel|c_est_quel|cest_quel|ensemble|on_est|avec_moi|moi_aussi|le_meme|la_meme|que_moi|meme_bus|meme_arret|meme_ligne|meme_trajet|aussi|on_le_prend|on_peut|mdr|ptdr|haha|lol|xd|greve|retard|supprime|annule|horaires_changent|ratp|sncf|appli|citymapper'],
    examples: {
      match: ['je sais exactement quel train tu prends pour aller au lycée', 'jsais quelle ligne tu prends tous les matins', "je connais ton arrêt de bus, fais gaffe", 'je sais où tu montes dans le bus chaque matin', 'je sais à quelle heure tu prends le bus'],
      ignore: ['je sais quel bus tu prends, on le prend ensemble demain ?', 'je sais pas quel bus tu prends', 'je sais quelle ligne tu prends, la 4 il me semble ?', 'tu prends quel bus demain ?', "je sais à quelle heure tu prends le bus, c'est le même que moi"],
    },
  },
  // r27-end
  // r28-start
  {
    id: 'tu-habites-bien-au-12-rue-r28',
    phrases: [
      't_habites|tu_habites|t_habite|tu_habite|tabites|tabite|t_habitez|vous_habitez|tu_vis|tu_vie|t_es|tu_es|t_est|tu_dors ..1 bien|toujours|encore ..1 [au|a|a_la|dans_la|dans_le|sur_la|sur_le] ..1 # ..1 rue|avenue|av|bd|boulevard|allee|chemin|impasse|place|route|square|residence|cite|batiment|bat',
      'c_est|cest|c_est_bien|cest_bien|c_etait|c ..1 [bien] ..1 ta|ton|votre ..1 maison|appart|appartement|immeuble|fenetre|porte|portail|volet*|balcon ..1 [au|a_la|a|la] ..1 # ..1 rue|avenue|bd|boulevard|allee|chemin|impasse|route|residence|etage',
    ],
    weight: 3,
    unless: ['faire_part|carte_postale|carte|passer_te_voir|te_voir|te_rendre_visite|maman|papa|ma_mere|mon_pere|mamie|papi|je_t_envoie|jt_envoie|je_vous_envoie|livr*|livreur|colis|commande|facteur|courrier|cadeau*|invitation*|anniv*|fete|soiree|gateau|covoit*|uber|taxi|vtc|gps|waze|maps|digicode|code_de_la_porte|code_d_entree|interphone|sonnette|etage_je|quel_etage|je_passe_te_prendre|passe_te_chercher|viens_te_chercher|pour_venir|pour_ce_soir|j_arrive|jarrive|en_route|sur_la_route|je_suis_en_bas|on_arrive|ma_mere_te|mon_pere_te|ta_mere_m_a|ta_mere_ma|tes_parents_m_ont|demenag*|visite|appart_a_louer|location|agence|annonce|vinted|leboncoin|remise_en_main_propre', 'mdr|ptdr|xd|lol|haha|jrigole', 'a_quelle_heure|a_kel_heure|quelle_heure|vers_quelle_heure ..3 ton|ta|tes ..1 pere|mere|parents|papa|maman ..2 rentre|rentrent', 'pour ..2 le_gouter|l_anniv|la_soiree|reviser|les_devoirs|dormir|la_soiree_pyjama|le_film|manger|diner'],
    examples: {
      match: ["t'habites toujours au 8 rue Victor Hugo ? jolie maison", "tu vis bien au 3 allée des Cerisiers hein", "c'est bien ta maison au 15 chemin des Vignes ?"],
      ignore: ["t'habites bien au 12 rue des lilas ? j'arrive dans 10 min pour la soirée", "tu habites bien au 4 avenue Foch ? le livreur a laissé un colis chez moi", "t'habites bien au 5 rue Pasteur ? je t'envoie le faire-part", "c'est bien ta maison au 5 rue Jean Jaurès ? quel étage pour le gâteau"],
    },
  },
  {
    id: 'je-monte-te-chercher-r28',
    phrases: [
      'ou_je|ou_j|ou_jvais|ou_jte|ou_bien_je|sinon|ou_sinon|sinn|snn|sans_quoi ..2 monte|monterai|viens|viendrai|descends|debarque|debarquerai|rentre|rentrerai ..2 te|t ..1 chercher|trouver|recuperer|prendre|attraper|choper',
      'ou_je|ou_j|ou_jvais|ou_bien_je|sinon|ou_sinon|sinn|snn ..2 monte|monter|rentre|rentrer|entre|entrer|debarque|debarquer ..2 dans ..1 ton|ta|le|la ..1 lycee|college|ecole|bahut|classe|cour|immeuble|hall|maison|club|vestiaire',
    ],
    unless: ['mdr|ptdr|xd|lol|haha|jrigole', 'dis_moi|dis_moi_ou|t_es_ou|tes_ou|t_es_ou_la|c_est_ou|cest_ou|ou_exactement|adresse|localisation|position|envoie_ta_position|de_la_ou|photo_de_la_ou|dans_5_min|dans_10_min|dans_2_min|bouchon*|embouteillage*|parking|klaxonne|en_bas|je_suis_garee|je_suis_gare|voiture|la_voiture|taxi|maman|papa|ta_mere_m_a|ta_mere_ma|tes_parents|retard|rate_le_bus|le_bus|pluie|il_pleut|chargeur|cle|cles|clefs|dodo|a_table|le_diner|le_repas|c_est_pret|cest_pret|les_pates'],
    examples: {
      match: ["réponds moi ou je monte te chercher direct", "débloque moi sinon je viens te trouver dans ta classe", "sors maintenant sinon je rentre dans ton lycée"],
      ignore: ["descends vite ou je monte te chercher, je suis garée en bas", "t'as 5 min sinon je monte te chercher, c'est prêt à table", "dépêche toi ou je viens te chercher, on va rater le bus", "envoie moi une photo de là où t'es je viens te chercher", "dis moi où je viens te chercher"],
    },
  },
  // r28-end
  // r30
  {
    id: 'la-maison-avec-le-portail-cest-chez-toi-r30',
    phrases: [
      'rue|avenue|bd|boulevard|chemin|allee|impasse|route|place|residence|lotissement|cite|batiment|bat|numero|n ..6 la|le|l ..1 maison|immeuble|appart|appartement|batiment|pavillon|portail|porte|villa ..6 c_est|cest|c ..2 chez_toi|ta_maison|ton_appart|ton_immeuble|chez_tes_parents|la_tienne|le_tien ..1 [non|hein|nan|pas_vrai|je_me_trompe|j_ai_raison]',
    ],
    unless: ['je_suis|jsuis|chui|j_arrive|jarrive|suis_devant|suis_la|arrive|arrivee|en_bas|je_sonne|sonne|soiree|anniv*|fete|gouter|livr*|colis|pizza|uber|taxi|gps|waze|maps|covoit*|je_passe_te_prendre|on_passe|ta_mere_m_a|ta_mere_ma|invite*|je_me_suis_perdu*|perdue|perdu|quel_numero|code_de_la_porte|digicode|interphone|a_vendre|vendre|louer|photo_de_la_maison|trop_belle|trop_beau|magnifique|jolie'],
    examples: {
      match: ["rue des Lilas, la maison avec le portail vert c'est chez toi non ?", "avenue Foch, l'immeuble au coin c'est chez toi hein", "impasse des roses, la maison bleue c'est ton appart"],
      ignore: ["je suis rue des lilas, la maison avec le portail vert c'est chez toi ? j'arrive pour la soirée", "rue des lilas, la maison blanche c'est chez toi ? trop belle", "rue des lilas, le livreur demande si la maison avec le portail c'est chez toi"],
    },
  },
  {
    id: 'reponds-ou-je-passe-ce-soir-r30',
    phrases: [
      'reponds|repond|reponde|reponds_moi|repond_moi|rep|decroche|ouvre|rappelle|rappelles ..2 ou|sinon|ou_sinon|sinn ..1 je|j|jvais|je_vais|on|mes_potes|mes_gars ..1 passe|passera|passerai|passent|passeront|viennent|debarquent|vont_passer|vont_venir|debarque|debarquerai|debarquera|viens|viendrai|vient|viendra|monte|monterai|sonne|sonnerai|frappe|toque ..3 ce_soir|cette_nuit|demain|chez_toi|chez_vous|devant_chez_toi|a_ta_porte|devant_ta_porte|te_voir|te_chercher|en_bas_de_chez_toi',
    ],
    unless: ['pour_la_soiree|pour_ton_anniv|te_deposer|deposer|te_rendre|rendre|te_ramener|ramener|rapporter|livr*|colis|cadeau*|gateau|invite*|diner|manger|reviser|devoirs|film|jouer|console|soiree|fete|dormir|mdr|ptdr|lol|haha|xd|inquiet*|inquiete|ca_va|t_es_ou|tes_ou|ou_t_es|maman|papa|mamie|papi|tata|tonton|ta_mere_m_a|chercher_tes|chercher_ton|chercher_ta|cle|cles|chargeur|bisous'],
    examples: {
      match: ['réponds ou je passe ce soir', 'reponds sinon je debarque chez toi', 'décroche ou mes gars passent devant chez toi'],
      ignore: ['réponds ou je passe ce soir te déposer ton chargeur', 'réponds sinon je passe ce soir, je suis inquiète ma chérie', 'réponds ou je viens ce soir pour la soirée mdr'],
    },
  },
  // r30-end
  // r35-start
  {
    id: 'je-sais-que-tu-habites-rue-r35',
    phrases: [
      'je|jsais|j ..1 sais|connais ..1 que|qu ..1 tu|t|vous ..1 habites|habite|habitez|vis|vit|creches ..2 rue|avenue|av|boulevard|bd|impasse|allee|chemin|place|residence|cite|batiment|bat|immeuble|au_#|#',
    ],
    unless: ['mdr|ptdr|xd|lol|haha|moi_aussi|aussi|comme_moi|a_cote|pas_loin|meme_rue|voisin*|voisine*|passe_te_prendre|passe_te_chercher|te_prendre|te_chercher|te_deposer|te_ramener|livr*|colis|cadeau|invitation*|poste|courrier|lettre|faire_part|carte|soiree|fete|anniv*|covoit*|bus|a_pied|en_velo|on_peut|on_pourrait|ca_tombe_bien|cool|trop_bien'],
    examples: {
      match: ["je sais que t'habites rue Victor Hugo", 'je sais que tu habites au 14 avenue des pins', "je sais que t'habites impasse des roses, au 3"],
      ignore: ["je sais que t'habites rue des lilas, je passe te prendre à 8h", "je sais que tu habites rue pasteur, moi aussi !", "je sais que t'habites à Lyon", "je sais que tu habites avenue foch, je t'envoie l'invitation par la poste"],
    },
  },
  {
    id: 'si-tu-continues-je-passe-chez-toi-r35',
    phrases: [
      'si ..1 tu|t ..2 continues|continue|m_ignores|ignores|me_bloques|bloques|me_ghostes|ghostes|me_snobes|reponds_pas|reponds_plus ..5 je|j|jvais|on ..2 viens|passe|debarque*|viendrai|passerai|venir|passer|viendra|passera ..2 chez ..1 toi|twa|vous|ta_maison|ton_ecole|ton_lycee|ton_college',
      'ton|ta|tes ..1 petit_frere|petite_soeur|frere|soeur|mere|pere|daron|daronne|darons|parents|famille|chien|chat ..2 va|vont|risque|risquent|pourrait|pourraient ..1 le|la|les ..1 regretter|payer|sentir|prendre_cher',
    ],
    unless: ['mdr|ptdr|xd|lol|haha|jrigole|je_rigole|blague|chercher|recuperer|deposer|rendre|ramener|inquiet*|inquiete|ca_va|maman|papa|reviser|devoirs|jouer|gouter|manger|film|anniv*|fete|soiree|dormir|cle|cles|chargeur|livre|pull|facture|amende|dentiste|chocolat|bonbon*|gateau|glace|jeux|console'],
    examples: {
      match: ["si tu continues à m'ignorer je passe chez toi", 'si tu me bloques je viens chez toi ce soir', 'ta petite soeur va le regretter', 'tes parents vont le payer cher'],
      ignore: ["si tu continues à m'ignorer je passe chez toi récupérer mon chargeur", 'si tu réponds pas je passe chez toi, je suis inquiète', "ton frère va le regretter d'avoir mangé tout le gâteau mdr", 'ta mère va le payer la facture'],
    },
  },
  // r35-end
] satisfies PatternEntry[];
