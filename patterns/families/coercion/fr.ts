import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'tas-x-minutes',
    phrases: [
      't|tu|ta|tas|t_as|vous ..2 as|a|avez ..1 # ..1 min*|minute*|heure*|h|sec*|seconde*|jour*|j',
      't|tu|ta|tas|t_as|vous ..2 as|a|avez ..1 1h|2h|3h|12h|24h|48h|5min|10min|15min|20min|30min|1min',
      't|tu|ta|tas|t_as ..2 as|a jusqu|jusqua|jusque ..2 ce_soir|minuit|demain|midi|lundi|la_fin|la_fin_de_la_journee',
      'il|i te|t|vous reste ..1 # ..1 min*|minute*|heure*|h|sec*|seconde*|jour*',
      'depeche|depeches|grouille|grouilles|magne ..1 toi|twa|toi_sinon|sinon',
      'dans|d_ici|dici|avant ..1 # ..1 min*|minute*|heure*|h ..3 sinon|ou|c_est|cest|trop_tard',
      'derniere|dernier|ultime ..1 chance|avertissement|rappel|fois_que_je_demande',
      'apres ..1 c|c_est|cest|ce_sera|ca_sera|il_sera ..1 trop ..1 tard',
      'le ..1 temps ..1 passe|tourne|presse|file',
      'tic ..1 tac',
      'ta ..1 vie ..3 detrui*|fini*|ruine*|foutue|gachee',
      'depechez|grouillez vous',
      '@tas une|1 heure|minute|journee|nuit|semaine|soiree',
      'c_est|c|cest|ce_sera fini|foutu|mort ..1 pour ..1 toi|twa',
      'depeche*|grouille*|vite ..2 sinon|ou_je|ou_j|ou_tu',
    ],
    unless: ['on ..1 part|y_va|decolle|commence|arrive|ferme', 'sans ..1 toi|twa', 'bus|train|metro|tram|film|seance|cours|match|controle|exam*|devoir*|rendu|inscription*|magasin|boulangerie|cantine|retard|quiz|bac|brevet|on_t_attend|on_t_attends|on_y_va'],
    weight: 0.5,
    examples: {
      match: ["t'as 1h. après c'est trop tard", 'tu as 30 minutes', 'dernière chance', "t'as jusqu'à ce soir pour", 'tic tac', 'ta vie va etre detruite'],
      ignore: ["t'as 5 min sinon on part sans toi", 'dernière chance on est devant le bus', 'tu as 2h pour le controle'],
    },
  },
  {
    id: 'fais-le-maintenant',
    phrases: [
      'fais|fait|fai|faites ..1 le|la|ca|sa|ce_que_je_dis|ce_que_je_te_dis ..1 maintenant|mtn|tout_de_suite|tt_de_suite|direct|vite|immediatement',
      't|tu|ta|tas|t_as ..2 as|a pas|plus ..1 le ..1 choix',
      'tu|t fais|fait|feras ce|tout ..1 que|qu ..1 je|j ..1 dis|dit|demande|veux',
      'obei*|obeis',
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
      match: ['fais le maintenant', "t'as pas le choix", 'allez fais pas ta timide', 'si tu maimes vraiment tu le ferais', 'personne te croira', 'tu vas le regretter', 'si tu me reponds pas je l envoie', 'ce sera de ta faute'],
      ignore: ['fais tes devoirs maintenant', 'tu as le choix entre les deux', 'fais le ménage maintenant'],
    },
  },
  {
    id: 'tas-1h',
    phrases: [
      '@tas ..1 jusqu_a|jusqu ..1 # ..1 h|heure*|min|mins|minute*|jour*',
      '@tas ..1 # ..1 h|heure*|min|mins|minute*|jour* ..1 [pas_plus|max|top_chrono|chrono|montre_en_main]',
    ],
    unless: ['retard|route|trajet|cours|train|bus|perm|pause|libre|dispo|devoir*|exam*|controle|permanence|sommeil|dormi|attente|rendez_vous|rdv|age|ans'],
    examples: {
      match: ["150 euros en carte paysafe, t'as 1h", 'tu as 10 minutes pas plus'],
      ignore: ["t'as 2h de retard mdr", "t'as 1h de perm demain ?"],
    },
  },
] satisfies PatternEntry[];
