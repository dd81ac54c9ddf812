import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'je-sais-ou-tu-habites',
    phrases: [
      'je|jsais|jsai|j sais|sai|connais|connai ..1 ou ..1 tu|t|vous ..1 habites|habite|habitez|vivez|vis|vies|dors|creches|te_caches|etudies|vas_a_l_ecole',
      'je|jsais|j|jconnais ..1 sais|connais|connai|ai|trouve ..1 ton|ta|tes ..1 adresse|ecole|lycee|college|bahut|maison|quartier|numero_de_rue|parents',
      'je|j connais|sais ..2 ou|ou_est ..1 ta|ton|tes ..1 famille|parents|maison|mere|soeur|frere|ecole|lycee|college|bahut|club',
      'je|j ..1 te|t ..1 vois|surveille|observe|suis ..1 [en_ce_moment|tout_le_temps]',
      'je|j|jsais|jconnais ..1 sais|connais|connai ..1 dans ..1 quel|quelle|kel ..1 college|lycee|ecole|bahut|classe|club|rue|quartier|immeuble',
    ],
    unless: ['mdr|ptdr|xd|lol|jrigole|facile|pour_la_soiree|pour_ton_anniv|passe_te_prendre|passe_te_chercher|livr*|colis|cadeau|invitation*|poste|courrier|lettre|faire_part|carte_postale|aussi|cousin*|meme_lycee|meme_college|meme_ecole|meme_classe', 'je|on passe|passerai|repasse ..3 ce_soir|demain|te_prendre|te_chercher|te_deposer|deposer|ramener|te_rendre_ton|te_rendre_ta|te_rendre_tes|pour|vers|a|#|apres|avec'],
    examples: {
      match: ['je sais où tu habites', 'je sais dans quel bahut tu vas', "je sais où t'habites, tu me réponds ou je passe te rendre visite", 'je connais ton adresse', 'je sais ou est ta famille', "j'ai trouvé ton adresse", 'je te surveille'],
      ignore: ['je sais ou tu habites mdr je passe ce soir pour ton anniv', 'je sais où tu habites, je passe te déposer ton sac demain', 'je sais dans quel lycée tu vas, ma cousine y est aussi ?', "je connais ton adresse, je t'envoie l'invitation par la poste", "je sais où t'as mis le chargeur", 'je connais ton frère'],
    },
  },
  {
    id: 'je-vais-te-faire-du-mal',
    phrases: [
      '@je|je_vais|jvais ..3 tuer|buter|frapper|defoncer|tabasser|egorger|planter|violer|kidnapper|enlever|bruler|cramer|faire_du_mal|faire_mal|casser_la_gueule ..3 ta|ton|tes ..1 @family|soeur|frere|petite_soeur|petit_frere|chien|chat',
      '@je|je_vais|jvais ..2 venir|debarquer|passer|aller chez|devant ..1 toi|twa|chez_toi ..3 et|sinon|si',
      'il|y ..2 va|risque arriver ..2 quelque_chose|qqch|un_truc|un_malheur|des_choses ..2 a toi|ta|ton|tes',
      'fais|fait gaffe|attention ..2 a ..1 toi|ta_famille|tes_parents|ta_soeur|ton_frere ..1 [ce_soir|quand|en_rentrant]',
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
    ],
    unless: ['fortnite|game|partie|jeu|fifa|valo|cod|minecraft|roblox|lol|mdr|ptdr|xd|haha|match|spoil*|fin_du_film|tournoi|reviser|devoirs|jouer|manger|film|gouter|1v1|round|ranked|rank|gg'],
    examples: {
      match: ['si tu portes plainte je te retrouve', 'je viens chez toi ce soir et je vais te faire mal', 'je vais te retrouver et tabasser ta famille', 'je vais venir chez toi et', 'il va arriver quelque chose à ta famille', 'ta famille va souffrir', 'fais gaffe à toi ce soir', 'je vais te trouver et'],
      ignore: ["si tu parles à ta mère je te tue, c'est moi qui voulais lui annoncer", 'je vais te detruire au 1v1', 'je vais te détruire frérot', 'je vais te tuer sur fortnite', 'je vais venir chez toi pour réviser', 'jvais te retrouver au parc à 15h'],
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
    unless: ['fortnite|game|partie|jeu|fifa|valo|cod|minecraft|roblox|lol|mdr|ptdr|xd|match|spoil*|spoiler|fin_du_film|tournoi|1v1|ranked|ce_soir_en|respawn|spawn|kill|camp*|noob|skill|headshot|manette|serveur|map|reviser|devoirs|jouer|manger|film|gouter|parc|cine|soiree|anniv*|heure|demain|ce_soir'],
    weight: 2,
    examples: {
      match: ['je vais te tuer', 'jvais te buter', 'je vais te frapper si tu parles', 'je vais venir chez toi', 'je vais te retrouver'],
      ignore: ['je vais te tuer sur fortnite', 'je vais te tuer si tu me spoil la fin du film', 'je vais venir chez toi pour réviser', 'je vais te retrouver au parc', 'jvais te tuer si tu me respawn kill encore une fois'],
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
] satisfies PatternEntry[];
