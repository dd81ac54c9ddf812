import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'si-tu-me-laisses-je-me-tue',
    phrases: [
      'si ..1 tu|t ..6 je|j|jvais|jme ..3 me|m ..1 tranche*|coupe*|taille*|taillade*|ouvre|ouvrir|charcute* ..1 les|mes ..1 veines|poignets',
      'si tu|t ..5 je|j|jvais|jme ..3 me|m ..1 tue|tuer|suicide*|suicider|pendre|flinguer|foutre_en_l_air|fous_en_l_air|fou_en_l_air|foutrai_en_l_air|coupe_les_veines|coupe|couper|couperai|taillade*|ouvrir_les_veines|jeter|scarifie*|fais_du_mal|faire_du_mal|mutile*|tue_moi',
      'si ..1 tu|t ..5 jme|jm ..1 tue|suicide*|pends|flingue|fous_en_l_air',
      'je|j|jvais|jme ..3 me|m tue|tuer|suicide*|suicider|pendre|flinguer|foutre_en_l_air|ouvrir_les_veines|fais_du_mal|faire_du_mal|jeter ..4 si|sans ..1 tu|t|toi|twa',
      'je|j|jvais|jme ..3 me|m ..1 tranche*|coupe*|taille*|taillade*|ouvre|ouvrir|charcute* ..1 les|mes ..1 veines|poignets|bras ..4 si|sans|pour ..1 tu|t|toi|twa',
      'je|j|jvais|jv ..2 en_finir|en_finis|mettre_fin_a_mes_jours|mettre_fin_a_ma_vie|finir_ma_vie ..4 si|sans ..1 tu|t|toi|twa',
      'je|j|jvais|jme ..3 me|m tue|tuer|suicide*|suicider|pendre|flinguer|foutre_en_l_air|fais_du_mal|faire_du_mal ..6 ta ..1 faute|conscience',
      'ce sera|serait|sera_de ta|de_ta faute ..2 si ..1 je|j ..3 me|m|meurs|mort',
      'tu|t veux|voudrais ..2 que je|j ..1 me|meure|creve ..1 [tue|suicide|suicider]',
      'suicid*|tuer|tue ..2 a_cause_de|par_ta_faute|pour toi|twa',
      'sans toi|twa ..2 je|j ..2 me|m tue|tuer|suicide*',
      'ma mort ..2 sera|serait ..2 sur ta ..1 conscience',
      'je|j peux|pourrais pas ..1 vivre ..1 sans ..1 toi|twa',
      'si ..1 tu|t ..2 envoi*|envoy*|renvoi*|renvoy*|montre*|reponds|repond|fais|fait|viens|parle*|laisse*|quitte*|bloque* ..1 pas|plus ..6 je|j|jvais|jme ..2 me|m ..1 tue|tuer|suicide*|pends|pendre|flingue*|fous_en_l_air|foutre_en_l_air|fais_du_mal|faire_du_mal|blesse*|blesser|scarifie*|coupe|couper|ouvre_les_veines',
      'sinon|ou_sinon|sinn|snn|ou_je|ou_j ..2 je|j|jvais|jme ..2 me|m ..1 tue|tuer|suicide*|suicider|pends|pendre|flingue*|fous_en_l_air|foutre_en_l_air|fais_du_mal|ouvre_les_veines',
    ],
    unless: ['cheveux|frange|ongles|meche*|barbe|doigt|legumes|pain|gateau|pizza|cuisine', 'maths|cours|controle|interro|exam*|bac|brevet|prof|devoirs|lundi|mdr|ptdr|jpp|lol|xd|haha|boulot|taf|travail|tache|rire|de_rire|anniv*|soiree|fete|concert|cine|match'],
    examples: {
      match: ['si tu m envoies plus rien jte jure je vais me tailler les veines', "si tu me quittes je me fous en l'air", 'si tu m envoies pas une photo ce soir je me tue', 'si tu pars je me coupe', 'envoie la sinon je me suicide', 'si tu me laisses je me tue', 'je te jure je vais me suicider et ce sera ta faute', 'je me tue si tu me parles plus', 'tu veux que je meure ?', 'je peux pas vivre sans toi', 'je me tranche les veines si tu me quittes', "j'en finis si tu me réponds pas", 'si tu me renvoies pas une photo ce soir je me fais du mal'],
      ignore: ["si tu viens pas je me tue 😭 c'est mon anniv", 'si tu viens pas je me coupe la frange toute seule', 'sinon je me tue a la tache', 'jvais me pendre si on a encore maths demain 😭', 'je me tue à la tâche au boulot', 'je vais me tuer de rire', 'je me coupe les cheveux si tu viens', 'je vais en finir avec ce jeu si tu m aides pas mdr'],
    },
  },
  {
    id: 'je-fais-une-connerie',
    phrases: [
      'me|m ..1 suis ..2 coupe*|scarifie*|blesse*|fait_du_mal|fait_mal|tailla* ..4 a_cause_de|par_ta_faute|de_ta_faute|pour ..1 toi|twa',
      't_es|tu_es|tes|c_est_toi|t_etais ..2 la|ma ..1 seule|seul|unique|derniere ..1 raison ..6 en_vie|vivant|vivante|vivre|je_tiens',
      'si ..1 tu|t ..6 je|j|jvais|jv|je_vais ..2 fais|ferai|faire|commettre ..1 une|des ..1 connerie*|betise*|truc_grave|chose_grave|grosse_connerie|grosse_betise|truc_irreparable',
      'me|m ..1 fais|ferai|faire|suis_fait|suis_faite ..1 du_mal|mal ..6 a_cause_de|par_ta_faute|de_ta_faute|ta_faute|pour ..1 toi|twa|ca',
      'a_cause_de|par_ta_faute|de_ta_faute|pour ..1 toi|twa ..4 je|j|jvais ..2 me|m ..1 fais|ferai|faire|suis_fait|suis_faite ..1 du_mal|mal',
      'sans ..1 toi|twa ..4 j_ai|jai|g|je_n_ai|j ..2 plus|pas|aucune ..1 envie|raison|gout ..1 de ..1 vivre',
      'si ..1 tu|t ..4 je_te_jure|jte_jure|je_t_jure|j_te_jure|je_te_promets|jte_promets|je_jure|jte_jur ..2 je|j|jvais|que_je|qu_je ..2 me|m ..1 tue|tuer|suicide*|pends|pendre|flingue*|fous_en_l_air|foutre_en_l_air|fais_du_mal|faire_du_mal|coupe|couper|ouvre_les_veines',
      'tu|t ..2 auras|aura|vas_avoir|va_avoir|porteras ..1 ma_mort|mon_suicide|mon_sang ..2 sur|dans ..2 la_conscience|ta_conscience|les_mains|tes_mains',
      'si ..1 tu|t ..6 ce ..1 sera|serait ..1 ma ..1 derniere ..1 nuit|soiree|journee',
      'me|m ..1 mets|mettrai|mettre|tire|tirer|tirerai ..1 une_balle|une_balle_dans_la_tete ..6 si|a_cause|sans ..1 tu|t|toi|de_toi',
      'si ..1 tu|t ..6 je|j|jvais ..1 me|m ..1 mets|mettrai|tire|tirerai ..1 une_balle',
    ],
    unless: ['mdr|ptdr|jpp|lol|xd|haha|rire|de_rire|cuisine|gateau|recette|soiree|fete|anniv*|shopping|achat*|acheter|commander|commande|coiffure|cheveux|tatouage|piercing|controle|exam*|bac|brevet|devoirs|maths|prof|boulot|taf|travail|sport|muscu|entrainement|chaussures|pieds|dos|genou'],
    examples: {
      match: ['je me suis déjà coupé à cause de toi', "t'es la seule raison pour laquelle je suis encore en vie, si tu pars c'est fini pour moi", 'je me mets une balle si tu me laisses, je suis sérieux', "si tu me quittes je te jure que je me tue ce soir, tu l'auras sur la conscience", 'si tu me laisses tomber maintenant je fais une connerie, je te jure', "je me fais du mal à cause de toi", "sans toi j'ai plus envie de vivre", 'tu auras ma mort sur la conscience', 'si tu me réponds pas ce sera ma dernière nuit'],
      ignore: ['je me suis coupé le doigt à cause de toi en cuisine', 'le chocolat c est ma seule raison de vivre', 'si tu rates le penalty c est fini pour moi mdr', 'si tu viens pas à la soirée je fais une connerie mdr', 'je me suis fait mal au dos à cause de toi au foot', "si tu m'aides pas je fais une bêtise en maths", 'je me fais mal aux pieds avec ces chaussures pour toi'],
    },
  },
  {
    id: 'si-tu-me-quittes-je-meurs',
    phrases: [
      'plus|pas|aucune ..1 envie|raison|gout ..1 de ..1 vivre ..3 si ..1 tu|t ..2 pars|quittes|laisses|bloques|ignores|lache|laches|oublies|reponds|pas_la|m_oublies|me_reponds',
      'je|j ..1 reste|resterai|resterais ..1 en_vie ..2 pour ..1 toi|twa',
      'sinon|ou_sinon|ou ..2 je|j ..1 serai|serais ..1 plus ..1 la|en_vie ..2 demain|ce_soir|bientot',
      'je|j|jvais ..2 mourir|crever|meurs ..2 si ..1 tu|t ..1 me|m ..1 reponds|parles|quittes|laisses|bloques|ecris|lache|laches ..1 pas|plus',
      'si ..1 tu|t ..1 me|m ..1 quittes|quitte|laisses|laisse|abandonnes|abandonne|largues|largue|bloques|bloque|ignores|ignore|laches|lache ..4 je|j ..1 meurs|mourrai|creve|creverai|vais_mourir|vais_crever|survivrai_pas|tiendrai_pas',
      'je|j|jvais|jme ..3 sauter|saute|sauterai|jeter|jette|jetterai|balancer ..3 du|d_un|d_une|par_la|de_la|sous|sous_un|sous_le|du_haut_du ..1 pont|fenetre|immeuble|toit|train|metro|balcon|falaise|tour|rer|voiture',
      'j_ai|jai|g ..2 les|des|une|la|mes ..1 medicaments|medocs|cachets|pilules|comprimes|lame|lames|corde ..3 devant|a_cote|dans_la_main|pret*|prete*|sous_la_main',
      'medicaments|medocs|cachets|pilules|comprimes|lame|lames|corde ..6 si ..1 tu|t',
    ],
    unless: ['mdr|ptdr|jpp|lol|xd|haha|piscine|plongeoir|parachute|saut|elastique|trampoline|joie|film|serie|episode|spoil*|devoir*|dm|maths|exo*|exercice*|controle|interro|reponses|correction|revision*|reviser|bac|brevet|prof|cours|physique|chimie|philo|anglais|francais|histoire_geo|svt|compta|rapport|memoire|dissert*|grippe|malade|rhume|fievre|docteur|medecin|pharmacie|ordonnance|doliprane|mal_de_tete|migraine|regles|allergie|rappelle_toi|oublie_pas|n_oublie_pas|pense_a'],
    examples: {
      match: ["j'ai plus envie de vivre si tu pars", 'envoie moi juste une video de toi ce soir et je reste en vie pour toi', 'réponds sinon je serai plus là demain', 'je vais mourir si tu me réponds plus, je suis sérieux', "si tu m'abandonnes je meurs", 'si tu me quittes je vais mourir', 'je vais sauter du pont à cause de toi', "j'ai les médicaments devant moi, si tu m'envoies rien je les prends"],
      ignore: ["j'ai plus envie de vivre si t'as pas de chips", "j'ai plus envie de vivre si on a encore maths demain mdr", "si t'envoies pas les réponses du DM de maths ce soir je me jette par la fenêtre 😭😭", 'je vais mourir si tu me réponds pas sur la fin de la série mdr', 'si tu me spoiles la série je meurs mdr', "j'ai les médicaments pour ta grippe, je passe ce soir", 'je vais sauter du plongeoir à la piscine', 'si tu me laisses seule à la soirée je meurs de honte mdr'],
    },
  },
  {
    id: 'sinon-je-fais-une-connerie',
    phrases: [
      'sinon|ou_sinon|sinn|snn|ou ..2 je|j|jvais|je_vais|jv ..2 fais|ferai|faire|commets|commettre ..1 une|des|un ..1 connerie*|betise*|truc_grave|grosse_connerie|grosse_betise|truc_irreparable|chose_grave|geste_grave|acte_grave',
      'connerie*|betise*|truc_grave|truc_irreparable|geste_grave|acte_grave|irreparable ..6 ta_faute|de_ta_faute|ta_conscience|sur_la_conscience|a_cause_de_toi|par_ta_faute|ta_responsabilite',
      'si ..1 tu|t ..6 je_sais_pas|je_ne_sais_pas|j_sais_pas|jsais_pas|sais_pas|jsp ..1 ce_que_je|ce_que_j|ce_qu_je|ce_que ..2 vais|pourrais|serais_capable ..1 faire|me_faire|de_faire',
      'je|j|jvais|je_vais ..2 mettre_fin_a_tout|en_finir_avec_tout|en_finir_pour_de_bon|tout_arreter_pour_de_bon|disparaitre_pour_de_bon|partir_pour_toujours|plus_etre_la_demain ..6 si|sans|sinon|a_cause',
      'si ..1 tu|t ..6 je|j|jvais|je_vais ..2 mettre_fin_a_tout|en_finir|en_finir_avec_tout|mettre_fin_a_mes_jours|plus_etre_la_demain|disparaitre_pour_toujours',
    ],
    unless: ['mdr|ptdr|jpp|lol|xd|haha|rire|de_rire|cuisine|gateau|recette|soiree|fete|anniv*|shopping|achat*|acheter|commander|commande|coiffure|cheveux|tatouage|piercing|controle|interro|exam*|bac|brevet|devoir*|dm|maths|prof|boulot|taf|travail|sport|muscu|entrainement|chaussures|vacances|weekend|week_end|samedi|dimanche|ennui|m_ennuie|jeu|game|partie|serie|film|saison|livre|revision*|reviser'],
    examples: {
      match: ['envoie moi une photo de toi maintenant sinon je fais une connerie ce soir et ce sera de ta faute', 'réponds sinon je fais une bêtise', "si je fais une connerie ce sera ta faute", 'si tu me parles plus je sais pas ce que je vais faire', "si tu me laisses je vais mettre fin à tout", "je vais en finir avec tout si tu me bloques"],
      ignore: ['sinon je fais une bêtise au contrôle de maths', "si tu viens pas samedi je sais pas ce que je vais faire, je m'ennuie", 'si je fais une connerie en cuisine ce sera ta faute mdr', 'si tu finis pas ton exo je vais mettre fin à tout ce travail mdr'],
    },
  },
  {
    id: 'javale-toutes-les-pilules-r11',
    phrases: [
      'si tu|t ..6 je|j|jvais|jme ..2 avale*|avaler|prend*|prends ..3 pilule*|cachet*|medoc*|medicament*|comprime*|boite*',
      'je|j|jvais|jte_jure ..2 avale*|avaler ..3 toutes|tous|toute|la_boite|la_plaquette ..3 pilule*|cachet*|medoc*|medicament*|comprime*|boite*',
      'si tu|t ..6 je|j|jvais|jme ..2 saute*|sauter|jette|jeter|balance ..3 pont|fenetre|balcon|toit|train|metro|voie*',
      'je|j|jvais|jme ..2 saute*|sauter|jette|jeter ..3 pont|fenetre|balcon|toit|train|metro ..6 si|sinon|ta_faute|a_cause_de_toi|de_ta_faute',
    ],
    unless: ['rhume|grippe|mal_de_tete|migraine|doliprane|ordonnance|docteur|medecin|pharmacie|mdr|ptdr|lol|jpp|haha|xd|maths|controle|exam*|bac|brevet|piscine|plongeoir|parachute|saut|trampoline|jeu|game'],
    examples: {
      match: ["si tu m'envoies pas ce soir j'avale toutes les pilules de ma mere. ca sera ta faute", 'si tu me quittes je saute du pont', "j'avale toute la boite de cachets si tu reponds pas"],
      ignore: ["si t'as mal a la tete prends un doliprane", 'je prends mes medocs et je dors', 'si tu viens je saute dans la piscine mdr'],
    },
  },
  {
    id: 'plus-envie-de-vivre-si-tu-r11',
    phrases: [
      'plus|pas|aucune ..1 envie|raison|gout ..1 de ..1 vivre ..6 si ..1 tu|t',
      'si ..1 tu|t ..6 j|je|jai|g ..2 plus|pas|aucune ..1 envie|raison|gout ..1 de ..1 vivre',
    ],
    unless: ['mdr|ptdr|lol|jpp|haha|xd|maths|controle|exam*|bac|brevet|lundi|cours|boulot|taf'],
    examples: {
      match: ["j'ai plus envie de vivre si tu me parles plus", "si tu me quittes j'ai plus aucune raison de vivre"],
      ignore: ["j'ai plus envie de vivre si on a encore maths lundi mdr"],
    },
  },
  // r11-end
  // r13-start
  {
    "id": "je-prends-les-cachets-ta-faute-r13",
    "phrases": [
      "si ..3 tu|t ..6 je|j|jvais|jme ..2 avale*|avaler|prend*|prends ..3 pilule*|cachet*|medoc*|medicament*|comprime*|boite*",
      "je|j|jvais ..2 prends|prend|prendre|avale|avaler ..3 cachet*|pilule*|medoc*|medicament*|comprime* ..6 ta_faute|de_ta_faute|a_cause_de_toi|ta_conscience|sur_ta_conscience",
      "ce|ca ..1 sera|serait ..1 de_ta_faute|ta_faute ..4 je|j ..2 me|m ..1 tue|suicide*|pends|coupe|fais_du_mal|jette|flingue"
    ],
    "unless": [
      "rhume|grippe|mal_de_tete|migraine|doliprane|ordonnance|docteur|medecin|pharmacie|mdr|ptdr|lol|jpp|haha|xd|maths|controle|exam*|bac|brevet|vitamine*|pilule_du_lendemain|contraception"
    ],
    "examples": {
      "match": [
        "si ce soir t'as rien envoyé je prends les cachets de ma mère. ce sera de ta faute",
        "si demain tu me réponds pas j'avale les médocs de mon père",
        "je prends tous les cachets, ce sera de ta faute"
      ],
      "ignore": [
        "si ce soir t'as mal à la tête prends un doliprane",
        "je prends mes cachets pour la migraine et je dors"
      ]
    }
  },
  {
    "id": "sans-toi-plus-de-raison-de-vivre-r13",
    "phrases": [
      "sans ..1 toi|twa|tes|ta|tes_photos|tes_messages ..4 plus|pas|aucune ..1 de|d ..1 raison|envie|gout ..1 de ..1 vivre",
      "sans ..1 toi|twa|tes|ta ..4 plus|pas|aucune ..1 raison|envie|gout ..1 de ..1 vivre"
    ],
    "unless": [
      "mdr|ptdr|lol|jpp|haha|xd|wifi|netflix|cafe|chocolat|pizza|tel|telephone|musique|series|maths|controle|exam*|bac|brevet"
    ],
    "examples": {
      "match": [
        "sans tes photos j'ai plus de raison de vivre",
        "sans toi j'ai plus aucune envie de vivre"
      ],
      "ignore": [
        "sans wifi j'ai plus de raison de vivre mdr"
      ]
    }
  },
  // r13-end
  // r14-start
  {
    "id": "jme-fais-du-mal-ta-faute-r14",
    "phrases": [
      "jme|jm|jvais_me|je_vais_me|jvai_me|jvais_m ..1 fais_du_mal|faire_du_mal|fait_du_mal|tue|tuer|suicide|suicider|taillade|taillader|pends|pendre|coupe|couper|scarifie|scarifier|fous_en_l_air|foutre_en_l_air|blesse|blesser ..6 ta_faute|de_ta_faute|ta_conscience|la_conscience|a_cause_de_toi|si_tu|si_t|sans_toi|sinon",
      "si ..1 tu|t ..5 pas|plus ..4 jme|jm|jvais_me|jvai_me ..1 fais_du_mal|faire_du_mal|tue|tuer|suicide|taillade|pends|coupe|scarifie|fous_en_l_air|blesse"
    ],
    "unless": [
      "cheveux|frange|ongles|meche*|barbe|doigt|legumes|pain|gateau|pizza|cuisine|genou|dos|cheville|pieds|chaussures|muscu|sport|foot|match|entrainement",
      "maths|cours|controle|interro|exam*|bac|brevet|prof|devoirs|lundi|mdr|ptdr|jpp|lol|xd|haha|boulot|taf|travail|tache|rire|de_rire|anniv*|soiree|fete|concert|cine"
    ],
    "examples": {
      "match": [
        "ce soir jme fais du mal. et ce sera ta faute",
        "si tu réponds pas jme tue",
        "si tu m'envoies pas de photo jvais me taillader sinon"
      ],
      "ignore": [
        "jme fais mal au dos à force de jouer",
        "si tu viens pas jme tue mdr c'est mon anniv",
        "jme fais du mal au genou au foot à cause de toi"
      ]
    }
  },
  {
    "id": "je-saute-si-tu-r14",
    "phrases": [
      "je|j|jvais|jte_jure_je|je_te_jure_je ..1 saute|sauterai|me_jette|me_jetterai|vais_sauter|me_defenestre ..4 si ..1 tu|t",
      "si ..1 tu|t ..4 pas|plus ..3 je|j|jvais ..1 saute|sauterai|me_jette|me_jetterai|vais_sauter"
    ],
    "unless": [
      "mdr|ptdr|jpp|lol|xd|haha|piscine|plongeoir|parachute|saut|elastique|trampoline|repas|cours|etape|ligne|question|tour|corde|sautes|ensemble|joie"
    ],
    "examples": {
      "match": [
        "je te jure je saute si tu me réponds pas",
        "si tu reviens pas je me jette du pont"
      ],
      "ignore": [
        "je saute si tu sautes, on fait le plongeoir ensemble",
        "si tu viens pas je saute le repas mdr"
      ]
    }
  },
  // r14-end
  // r15-start
  {
    id: 'je-me-mutile-si-tu-r15',
    phrases: [
      'je|j ..1 me ..1 mutile|mutilerai|scarifie|scarifierai|coupe|couperai|blesse|blesserai|fais_du_mal|ferai_du_mal ..3 si|sinon|tant_que ..2 tu|t',
    ],
    unless: ['cheveux|frange|ongles|pain|legumes|doigt_en|en_cuisinant|gateau|parole|coupe_la_parole|coupe_du_monde|coupe_le_son|coupe_le_micro|coupe_la_co|wifi|appel|internet'],
    examples: {
      match: ["je me mutile si tu m'ignores encore", "je me fais du mal si tu me reponds pas"],
      ignore: ["je me coupe les cheveux si tu veux", "je coupe l'appel si tu parles pas"],
    },
  },
  {
    "id": "me-tailler-les-veines-ta-faute-r19",
    "phrases": [
      "je|j|jvais|jv|moi ..2 me|m ..1 tailler|taille|couper|coupe|ouvrir|ouvre|trancher|tranche|entailler ..1 les_veines|les_poignets|le_poignet|les_bras ..6 ta_faute|a_cause_de_toi|si_tu|si_t|sinon|tu_l_auras_voulu|t_auras_gagne",
      "si_tu|si_t|sinon ..4 je|j|jvais|jv|moi ..2 me|m ..1 tailler|taille|couper|coupe|ouvrir|ouvre|trancher|tranche ..1 les_veines|les_poignets|le_poignet|les_bras"
    ],
    "unless": [
      "film|serie|livre|chanson|personnage|episode|ma_pote|mon_pote|elle_a_dit|il_a_dit|aide|ligne_d_ecoute|3114"
    ],
    "examples": {
      "match": [
        "je vais me tailler les veines et ce sera ta faute",
        "si tu pars je me taille les veines"
      ],
      "ignore": [
        "dans la série le personnage veut se tailler les veines si tu vois"
      ]
    }
  },
  {
    "id": "quelquun-va-se-faire-du-mal-a-cause-de-toi-r20",
    "phrases": [
      "qqn|quelqu_un|je|j|jvais|elle|il|on ..3 se|me|m|s ..1 faire ..1 du ..1 mal ..2 a_cause_de_toi|de_ta_faute|ta_faute|si_tu|si_t|sinon",
      "si tu|t ..1 quittes|abandonnes|pars|bloques|me_bloques|me_quittes|arretes|reponds_pas|me_reponds_pas ..6 se|me|m|s ..1 faire ..1 du ..1 mal"
    ],
    "unless": [
      "au_sport|en_tombant|au_foot|au_skate|au_genou|a_la_cheville|au_dos|a_l_entrainement|en_skate|echauffe*"
    ],
    "examples": {
      "match": [
        "si tu quittes le groupe qqn va se faire du mal a cause de toi",
        "je vais me faire du mal si tu me reponds pas",
        "si tu me bloques je vais me faire du mal"
      ],
      "ignore": [
        "il va se faire du mal au dos a porter tout ca",
        "fais gaffe tu vas te faire du mal"
      ]
    }
  },
  {
    "id": "sur-le-pont-c-est-toi-qui-decides-r21",
    "phrases": [
      "suis|me_trouve ..1 sur|au|en_haut_du|au_bord_du|sous ..2 pont|toit|rebord|quai|voie|rails|balcon|fenetre|falaise ..6 c_est_toi_qui|cest_toi_qui|ta_faute|ta_decision|tu_decides|a_toi_de_choisir|adieu",
      "j_ai|jai|g ..2 les|des|mes ..1 cachets|medocs|medicaments|lames|lame|pilules|comprimes ..3 devant|dans|a_cote|sous ..2 moi|ma_main|les_mains ..6 c_est_toi_qui|cest_toi_qui|ta_faute|ta_decision|tu_decides|si_tu|sinon|reponds"
    ],
    "unless": [
      "train|metro|rer|bus|tram|prochain|on_prend|on_va|quelle_heure|on_part|on_mange|photo_du_pont|vue|coucher_de_soleil|balade|rando*|touris*|concert|feu_d_artifice|infirmi*|pharmacie|ordonnance|medecin|docteur"
    ],
    "weight": 5,
    "examples": {
      "match": [
        "je suis sur le pont la. c'est toi qui decides",
        "j'ai les cachets devant moi, si tu réponds pas c'est fini",
        "je suis au bord du toit, c'est toi qui décides"
      ],
      "ignore": [
        "je suis sur le pont, la vue est trop belle, si tu viens ramène à boire",
        "je suis sur le pont d'avignon c'est trop beau, si tu viens un jour je te montre",
        "j'ai les médocs devant moi, le médecin a dit 2 par jour"
      ]
    }
  },
  {
    id: 'je-me-fais-du-mal-r26',
    phrases: [
      'je|jvais|j ..2 me ..1 fais|ferai|ferais|fait|faire ..1 du ..1 mal ..6 ta_faute|si_tu|sinon|a_cause_de_toi|tu_l_auras_voulu',
      'si_tu|si_t|sinon ..6 je|j ..1 me ..1 fais|ferai|fait|faire ..1 du ..1 mal',
      'je|j ..1 passe|passerai|vais_passer ..1 a ..1 l_acte ..4 ta_faute|si_tu|sinon|a_cause_de_toi',
      'si_tu|si_t|sinon ..6 je|j ..2 passe|passerai|vais_passer ..1 a ..1 l_acte',
    ],
    unless: ['ventre|au_dos|aux_jambes|courbature*|muscu|sport|seance|regime|chips|bouffe|gateau|nutella|mange|manger'],
    weight: 5,
    examples: {
      match: ["si j'ai pas une photo de toi ce soir je me fais du mal, je te jure que je passe a l'acte et ce sera ta faute", 'si tu me quittes je me fais du mal', "réponds moi sinon je passe à l'acte"],
      ignore: ['si je rate encore ce bus je me fais du mal mdr', 'si je mange encore je me fais du mal au ventre', 'je me suis fait mal au dos a la muscu'],
    },
  },
  // r27-start
  {
    id: 'sinon-je-me-coupe-r27',
    phrases: [
      'sinon|snn|sinn|ou|autrement ..1 je|j|jvais|je_vais|jme ..1 me|m ..1 coupe|couper|scarifie|scarifier|taillade|tailler|tue|tuer|suicide|suicider|fais_du_mal|faire_du_mal|fous_en_l_air|foutre_en_l_air|jette_du|jeter_du|ouvre_les_veines|pends|pendre',
    ],
    unless: ['cheveux|frange|ongles|doigt|cuisin*|legumes|oignon*|pain|a_chercher|de_rire|au_travail|a_la_tache|au_taf|a_reviser|a_bosser|a_le_faire|mdr|ptdr|haha|lol|xd'],
    examples: {
      match: ['envoie moi une photo de toi sinon je me coupe', 'réponds moi ou je me fais du mal ce soir'],
      ignore: ['passe moi les ciseaux sinon je me coupe la frange toute seule', 'explique moi sinon je me tue à chercher mdr'],
    },
  },
  // r27-end
  // r28-start
  {
    id: 'bloque-moi-et-je-me-taillade-r28',
    phrases: [
      'bloque|bloques|bloquer|quitte|quittes|ignore|ignores|lache|laches|supprime|supprimes|ghoste|ghostes ..2 moi|me|m ..2 et|puis|pis ..2 je|j|jvais ..1 me|m ..1 taillade|taillader|coupe|couper|scarifie|scarifier|tue|tuer|suicide|suicider|pends|pendre|mutile|mutiler|ouvre_les_veines|fous_en_l_air|foutre_en_l_air|fais_du_mal|faire_du_mal',
      'je|j|jvais|jme ..2 me|m ..1 taillade|taillader|scarifie|scarifier|mutile|mutiler|charcute|ouvre_les_veines|ouvrir_les_veines|coupe_les_veines|couper_les_veines ..6 ta_faute|de_ta_faute|conscience|a_cause_de_toi|si_tu|si_t|sinon|ce_soir',
    ],
    unless: ['mdr|ptdr|xd|lol|haha|jrigole|je_rigole', 'cuisine|cuisinant|legumes|couteau_de_cuisine|rasoir_de|rasage|papier|feuille|ongle*|skate|velo|chute|tombe|tombee|accident|soigne|pansement|infirmerie|psy|therapeute|3114|aide|aider|en_parler|parle_en|parle_a|ligne_d_ecoute'],
    examples: {
      match: ["bloque moi et je me taillade, t'auras ça sur la conscience", 'ignore moi encore et je me coupe', 'je vais me scarifier si tu réponds pas'],
      ignore: ["bloque moi et je me tue mdr t'es trop drôle", "je me suis coupé en cuisinant, c'est ta faute t'as pris le bon couteau", "si tu te scarifies parle en à quelqu'un ou appelle le 3114"],
    },
  },
  // r28-end
] satisfies PatternEntry[];
