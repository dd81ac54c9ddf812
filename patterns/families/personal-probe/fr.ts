import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'quel-age',
    phrases: [
      'quel|kel|quelle|qel|ke age|ages|ag|ans',
      't|tu|ta|tas|t_as|as_tu|astu|vous ..2 as|a|avez ..1 quel|kel|combien|cb ..1 age|ans',
      'c_est_quoi|cest_quoi|c_quoi|ces_quoi|quel_est|quelle_est|dis_moi|donne|et|ok|alors|sinon|svp|stp ..1 ton|tn|votre age',
      'ton|tn|votre age ..1 c_est|cest|c|stp|svp|please|exact|exactement|deja|au_fait|alors|sinon|vrai|reel|reellement',
      'ton|tn|votre age ..1 [dis|dit|donne] ..1 moi',
      'tu|t|tes|es_tu|vous ..2 es|as|a|etes|fais|nee|ne ..3 en|de quelle|quel|kel annee',
      'tu|t ..1 es|a|as ..1 moins|plus de|que # ans',
      'ta|tas|t_as|tu_as # ou #',
      'ta|tas|t_as|tu_as # ans ..1 c_est_ca|cest_ca|c_ca|hein|nan|non|ou|c_est_bien_ca|c_est_ca_hein',
    ],
    unless: ['licence|inscription|club|dossier|assurance|equipe|taille*|maillot*|fiche|formulaire|liste|tarif*|billet*|reduc*|serveur|age_minimum|minimum|categorie*|faut_avoir', 'faut|il_faut|faut_etre ..1 # ans|ans_minimum', 'ton|ta|tes|sa|son|ses ..1 frere*|soeur*|chien*|chat*|mere|pere|grand*|cousin*|voiture|telephone|tel|ordi'],
    examples: {
      match: ["t'as quel age ?", 'tu as quel âge', 'c quoi ton age', 'et ton âge ?', 'ton age stp', 'ton âge au fait ?', 'tu es née en quelle année', 'ta 13 ou 14 ?'],
      ignore: ['tu m as l air bien plus mure que les filles de ton age', "t'es vraiment mature pour ton âge", 'ton frère a quel âge ?', 'ton chat a quel age', "j'ai 14 ans", "kev_93, t'as quel âge déjà pour le serveur ? faut 13 ans", 't as quel age ? faut 16 ans pour le tournoi'],
    },
  },
  {
    id: 'quelle-ecole',
    phrases: [
      'nom ..2 de|du ..1 ton|ta ..1 college|lycee|ecole|bahut|club|etablissement',
      'quel|quelle|kel|kelle|qel college|lycee|ecole|bahut|classe|etablissement ..2 tu|t|toi|twa|vous',
      'tu|t ..1 es|vas|va|etudies|etudie ..2 dans|en|au|a ..1 quel|quelle|kel|quelle_classe|quelle_ecole',
      'tu|t ..1 es|vas|va|etudie* ..1 au|a_l|en ..1 @grade',
      'c|c_est|cest quoi|koi ton|ta|tn college|lycee|ecole|bahut|classe',
    ],
    unless: ['pour ..3 inscription|licence|dossier|club|equipe', 'maintenant|cette_annee|l_annee_prochaine|a_la_rentree'],
    examples: {
      match: ["c'est quoi le nom de ton collège ?", 't es dans quel collège ?', 'tu vas dans quel lycee', 'tu es en 4eme ?', 'cest quoi ton college'],
      ignore: ['quel collège est le meilleur pour le foot ?', 'je suis au lycée'],
    },
  },
  {
    id: 'seul-a-la-maison',
    phrases: [
      'tes|ta|ton|vos @family ..1 dorment|dort|sont_couches|est_couchee|est_couche|sont_endormis|roupillent',
      'tes|ta|ton|vos @family ..2 sont|est ..1 deja ..1 couche*|endormi*',
      't|tu|tes|es_tu|t_es|vous ..2 es|est|etes ..2 seul|seule|seuls|tt_seul*|toute_seule|tout_seul ..3 chez|a_la_maison|maison|dans_ta_chambre|ce_soir|la',
      't|tu|tes|es_tu ..2 seul|seule|tt_seul*|toute_seule|tout_seul ..1 [la]',
      't|tes|t_es|tu_es|es_tu ..1 [encore|deja] ..1 dans ..1 ton|ta ..1 lit|chambre|bain|douche|salle_de_bain|pyjama',
      'tes|ta|ton|vos @family ..2 sont|est|rentr*|partis|parti|partent|reviennent|reviens|absent*|dorment|dort|travail*|bossent ..3 la|quand|quelle_heure|ou|a_la_maison|ce_soir|tard|maison',
      'tes|ta|ton @family ..2 sont|est ..1 la|pas_la|a_la_maison',
      'tes|ta|ton @family ..2 sont|est ..1 partis|parti|sortis|sortie|absents|absent|en_vacances|au_travail|au_boulot|en_voyage|couches|endormis',
      'ou|sont_ou ..1 tes|ta|ton @family',
      '@tas ta|une ..1 chambre',
      'y_a|ya|y_a_qqn|you|il_y_a ..1 quelqu_un|qqn|qq1|personne|ke_toi|que_toi ..2 chez|maison|avec_toi',
      'ta|tu|tas|t ..1 as|a ..1 ta_chambre|une_chambre ..2 a_toi|seul*',
      'ils|ta_mere|ton_pere|tes_parents|tes_darons ..2 verifient|verifie|checkent|check|regardent|regarde|fouillent|fouille|lisent|lit|surveillent|surveille|controlent|controle ..2 ton|ta|tes tel|telephone|portable|messages',
    ],
    unless: ["signe|signer|signature|autorisation|formulaire|fiche_d_inscription|carnet|bulletin", 'papa|maman|ton_pere|ta_mere|ta_soeur|ton_frere ..3 rentre|rentrera|sera|arrive', 'frigo|pates|diner|manger|dejeuner', 'ferme|fermes ..2 a_cle|la_porte|bien|tes_cles', 'la_seule|le_seul|seule_qui|seul_qui|seule_personne|seule_fille|seul_mec|seule_amie|seul_ami'],
    examples: {
      match: ["t'es encore en ligne ? tes parents dorment ?", 'ta mère est déjà couchée ?', "t'es dans ta chambre ?", 't es dans ton lit ?', 't es seule chez toi ?', 'tes parents rentrent quand ?', 'tes parents sont là ?', 'ya qqn chez toi ?', 'tes parents regardent ton tel ?', 'ta mère regarde ton téléphone ?'],
      ignore: ["ok je t'envoie le formulaire, faut que ta mere ou ton pere le signe", "tu seras seule une heure, ferme bien a cle", 'mes parents dorment déjà', "t'es seul à la maison ? papa rentre tard ce soir, y a des pâtes dans le frigo", 'mes parents sont partis', "t'es la seule qui me comprend vraiment"],
    },
  },
  {
    id: 'ou-tu-habites',
    phrases: [
      'ton|ta|votre ..1 adresse|code_postal|adresse_exacte ..1 c_est|cest|c|c_est_quoi|cest_quoi|stp|svp|please|exacte',
      'tu|t|ta|vous habite*|habit|vis|vies|vivez|restes|creches ..1 ou|dans_quelle|dans_quel|vers_ou|ou_exactement|quelle_ville|quel_quartier',
      'ou tu|t|vous habite*|vis|vies|vivez',
      't|tu|tes|t_es|vous ..1 es|est|etes de|d ou|quelle_ville|quel_coin',
      'c|c_est|cest quoi|koi ton|ta|votre adresse|adresse_exacte|ville|quartier|code_postal',
      'donne|donnes|envoie|file|passe ..2 ton|ta|votre adresse|code_postal',
      'dans|de quelle|quel ville|quartier|coin|region|departement ..1 tu|t|vous|habite*',
      'tu|t ..1 habites|vis ..1 loin|pres|ou',
      'tu|t viens|viens_tu ..1 d_ou|dou|de_ou|d ..1 ou',
      'tu|t vis|vit|habites|habite|restes|dors chez tes|ta|ton @family',
      'tu|t ..1 habites|vis|vit|habite ..1 avec ..1 qui|ki|tes_parents|ta_mere|ton_pere|ta_famille',
    ],
    unless: [/* r34: only "I know where you live / your address", not "je connais plein de clubs" */ 'je_sais|jsais|je_connais|jconnais|jsai ..2 ou|ou_t|ou_tu|ton|ta|tes|deja|l_adresse|ton_adresse|ton_quartier|ta_rue|ta_maison|ton_bahut|ton_lycee|ton_college'],
    examples: {
      match: ["t'habites où ? je connais plein de bons clubs de foot", 'tu vis où ? je connais trop de monde dans le coin', "ton adresse c'est quoi ?", "t'habites avec qui ?", 'salut tu viens d ou ?', "t'habites où déjà ?", 'tu vis ou', 'tu es d où ?', 'donne ton adresse', 'cest quoi ton adresse', 'dans quelle ville tu habites'],
      ignore: ['jhabite à lyon', 'tu sais où est la salle ?', "je sais où tu habites, tu vis où déjà, rue des lilas ?", "je connais ton adresse, tu habites où exactement dans l'immeuble ?"],
    },
  },
  {
    id: 'tas-un-copain',
    phrases: [
      'deja ..1 eu ..1 un|une|1 ..1 chum|blonde|copain|copine|mec|meuf|petit_ami|petite_amie',
      't|tu|ta|tas|as_tu|astu ..1 as|a [deja] ..1 un|une|1 copain|copine|mec|meuf|petit_ami|petite_amie|petit_copain|petite_copine|keum|gow|bf|gf|boyfriend|crush|cheri|cherie',
      't|tu|tes|t_es|es_tu ..2 es|est ..1 en_couple|celib*|single|maque*',
      'tu|t ..1 parles|parle|ecris|ecrit|vois|sors ..2 a|avec ..1 d_autres|dautres ..1 mecs|gars|garcons|filles|meufs|personnes|hommes',
      'tes|t_es|tu_es|es_tu celib*|en_couple|maque*|single',
    ],
    examples: {
      match: ["t'as déjà eu un chum?", 'as-tu déjà eu une blonde ?', "tu parles à d'autres mecs ?", "t'as un copain ?", "t'as deja un copain ?", 'tu as deja eu un mec', 'tes celibataire ?', 'tu es en couple ?'],
      ignore: ['mon copain arrive', "j'ai un copain qui joue", "t'as vu, y a un mec qui a essayé d'arnaquer Hugo sur insta"],
    },
  },
  {
    id: 'ton-pere-bosse-ou',
    phrases: [
      'ton|ta|tes ..1 pere|mere|parents|daron|daronne|darons|reup|reum|papa|maman ..2 bosse|bossent|travaille|travaillent|rentre|rentrent|finit|finissent|part|partent ..2 ou|quand|a_quelle_heure|jusqu|jusqua|vers_quelle_heure',
    ],
    unless: ['mdr|ptdr|haha|lol|stage|orientation|metier*|expose|projet|devoir*|cours|questionnaire|fiche|sondage|cv|pour_le_stage|rdv|reunion|parents_profs|covoit*|mamie|papi|on_peut|je_peux_venir|repas|diner|gouter|anniv*'],
    examples: {
      match: ["ton père il bosse où déjà ?", 'tes parents rentrent à quelle heure ?', 'ta daronne finit quand ?'],
      ignore: ["ton père il bosse où ? c'est pour l'exposé sur les métiers", "tes parents rentrent quand ? je peux venir pour le goûter ?"],
    },
  },
  {
    id: 'ta-mere-regarde-ton-tel',
    phrases: [
      'ta|ton|tes ..1 mere|pere|parents|daron|daronne|darons|reum|reup|maman|papa ..3 regarde*|fouille*|check*|verifie*|controle*|lit|lisent|surveille*|espionne* ..1 ton|tes|ta ..1 tel|telephone|portable|messages|conv*|snap|insta|instagram|historique',
      'elle|il|ils ..1 regarde*|fouille*|check*|verifie*|controle*|lit|lisent|surveille* ..1 ton|tes ..1 tel|telephone|portable|messages|conv* ..2 ta|ton|tes ..1 mere|pere|parents|daron*|maman|papa',
      'ton|ta ..1 tel|telephone|portable ..2 a|il_a|est ..1 un|sous ..1 code|mdp|mot_de_passe|verrou|cle',
      'tu|t ..1 dors|dort|dormiras ..3 toute_seule|tout_seul|seule|seul ..2 [dans_ta_chambre|ce_soir|la_nuit]',
    ],
    unless: ['mdr|ptdr|xd|haha|lol', 'controle_parental_de_l_ecole|ecole|prof|cours|devoir*|colo|camp|camping|voyage|sortie|internat|pyjama_party|soiree_pyjama|chez_mamie|chez_papi|vacances|hopital|malade|peur|cauchemar*|orage|doudou|wifi|code_wifi|code_pin|pin|puk|bloque|reparer|reparation|forfait|operateur'],
    examples: {
      match: ['supprime mes messages, ta mère fouille ton tel non ?', 'elle regarde ton téléphone ta mère ?', 'ton tel a un code ?', 'tu dors dans ta chambre toute seule ?'],
      ignore: ['tu dors toute seule chez mamie pendant les vacances ?', 'ton tel a un code pin ? il est bloqué'],
    },
  },
  // r9-begin
  {
    "id": "tes-parents-te-laissent-r9",
    "phrases": [
      "tes_parents|ta_mere|ton_pere|tes_darons|ta_daronne|ton_daron|ta_reum|tes_rents ..1 te|t ..1 laissent|laisse|autorisent|autorise ..3 tard|seul|seule|sortir|la_nuit|dormir_dehors|toute_la_nuit"
    ],
    "unless": [
      "mdr|ptdr|concert|soiree|fete|anniv*|cinema|cine|match|tournoi|sortie"
    ],
    "examples": {
      "match": [
        "ah ok cool. tes parents te laissent jouer tard?",
        "ta mère te laisse sortir la nuit ?"
      ],
      "ignore": [
        "tes parents te laissent le chien ce week-end ?"
      ]
    }
  },
  {
    "id": "ton-nom-de-famille-r9",
    "phrases": [
      "tu|t ..1 peses|pese ..1 combien"
    ],
    "unless": [
      "inscription*|formulaire|dossier|licence|club|equipe|pronote|prof|cpe|secretariat|infirmi*|medecin|docteur|pediatre|vaccin|maillot|commande|billet*|reservation|colis|livraison"
    ],
    "examples": {
      "match": [
        "tu mesures combien et tu pèses combien ?"
      ],
      "ignore": [
        "tu pèses combien pour la licence du club ?",
        "c'est quoi ton nom de famille ? je t'ajoute sur insta"
      ]
    }
  },
  // r9-end
  // r10-begin
  {
    "id": "tes-une-fille-r10",
    "phrases": [
      "t_es|tes|tu_es|es_tu|t_est|tu_est ..1 une|un ..1 fille|meuf|garcon|gars|mec ..1 ou ..1 un|une ..1 fille|meuf|garcon|gars|mec",
      "@tes ..1 une_fille|un_garcon|une_meuf|un_mec|un_gars ..1 en_vrai|irl|pour_de_vrai|vraiment",
      "@tas ..1 une ..1 voix ..1 de ..1 fille|meuf|gamine|petite_fille",
      "tas|t_as|tu_as|as_tu ..1 quoi|quel|kel|koi ..1 comme ..1 @app|insta*|snap*|whatsapp|telegram|discord"
    ],
    "unless": [
      "jeu|perso|personnage|skin|avatar|piece|theatre|role|film|serie|sketch|spectacle"
    ],
    "examples": {
      "match": [
        "t'es une fille ? t'as une voix de fille",
        "t'es une fille en vrai ?",
        "t es un mec ou une meuf",
        "t'as quoi comme insta prive ?"
      ],
      "ignore": [
        "t'es une fille dans le jeu ou ton perso ?"
      ]
    }
  },
  {
    "id": "moi-14-ans-et-toi-r10",
    "phrases": [
      "moi|j_ai|jai|g ..3 # ..1 ans|an ..1 et ..1 toi|twa|vous|tu",
      "tes|ta|ton @family ..2 sont|est|sont_pas|est_pas ..1 au_courant ..3 que|qu|de ..2 tu|t|on ..1 postes|parles|me_parles|discutes|m_ecris|ecris|se_parle|se_parlent|nous|moi",
      "jeune|petit|petite|ptite ..4 quelle|kelle|quel|kel ..1 classe|age|niveau"
    ],
    "unless": [
      "concert|prof|anniv*|mamie|papi|mariage|boulot|travail|taf|retraite|photo_de_classe|voyage"
    ],
    "examples": {
      "match": [
        "moi c'est lea 14 ans et toi ?",
        "est ce que tes parents sont au courant que tu postes ?",
        "ah t'es jeune mdr quelle classe"
      ],
      "ignore": [
        "mon frere a 14 ans et toi t'as vu le match ?",
        "ta mere est au courant pour l'anniv ?"
      ]
    }
  },
  // r10-end
  {
    id: 'asv-r11',
    phrases: ['asv', 'f|h|fille|gars|mec|meuf ..1 ou ..1 f|h|fille|gars|mec|meuf ..3 age|ans|t_as_quel_age|tas_quel_age|asv'],
    unless: ['forum|annonce|formulaire|sondage|questionnaire'],
    examples: {
      match: ['f ou h? asv?', 'asv stp', 'fille ou gars? t as quel age'],
      ignore: ['le formulaire demande asv'],
    },
  },
  // r11-end
  {
    "id": "t-es-en-quelle-classe-r12",
    "phrases": [
      "@tes ..1 en ..1 quelle|quel ..1 classe|annee ..1 [maintenant|now|cette_annee|deja]"
    ],
    "unless": [
      "eleves|moyenne|section|option|cours|prof|inscription|prof_principal|dispense"
    ],
    "examples": {
      "match": [
        "t'es en quelle classe maintenant?",
        "tu es en quelle année ?"
      ],
      "ignore": [
        "tu es en quelle classe pour le cours de maths, la 3B ?"
      ]
    }
  },
  // r13-start
  {
    "id": "tes-parents-regardent-ton-tel-r13",
    "phrases": [
      "tes|ta|ton ..1 parents|daron*|mere|pere|reum|reup ..2 lisent|lit|regardent|regarde|checkent|check|fouillent|fouille|surveillent|surveille|controlent|controle ..2 ton_tel|ton_telephone|ton_portable|tes_messages|tes_textes|tes_conv*|tes_dm|tes_snaps|ton_instagram",
      "@tes en @grade",
      "@tas ..1 quoi|vraiment|reellement ..1 # ..1 ans",
      "@tes en # ..1 e|eme|em|ieme"
    ],
    "unless": [
      "controle_parental_ce_soir_mdr"
    ],
    "examples": {
      "match": [
        "tes parents ils regardent ton tel des fois ?",
        "Tes parents lisent tes textes ?",
        "t'es en 3e ? moi aussi",
        "Tu es très mature pour ton âge, tu as quoi, 15 ans ?",
        "au fait t'as vraiment 18 ans ? tu fais plus jeune"
      ],
      "ignore": [
        "tes parents ils regardent le match ce soir ?"
      ]
    }
  },
  {
    "id": "seule-et-parents-rentrent-quand-r13",
    "phrases": [
      "seul|seule|tout_seul|toute_seule ..6 parents|daron*|darons|ta_mere|ton_pere|ta_mere|tes_vieux ..3 rentrent|rentre|reviennent|revient|arrivent|partent|sont_la",
      "classe|college|lycee|ecole|bahut ..6 habites|habite|vis ..1 ou ..3 exactement|quartier|quelle_rue|adresse"
    ],
    "unless": [
      "je_passe|je_viens|on_passe|livraison|colis|courses|plombier|facteur|tata|tonton|mamie|papi|ta_tante|ton_oncle|mdr"
    ],
    "examples": {
      "match": [
        "t'es toute seule chez toi là? tes parents rentrent vers quelle heure",
        "t'es en quelle classe? et t'habites où exactement, quel quartier"
      ],
      "ignore": [
        "t'es seule ? tes parents rentrent quand ? je passe déposer les courses",
        "tu habites où exactement ? c'est pour la livraison du colis"
      ]
    }
  },
  {
    "id": "envoie-ta-localisation-r13",
    "phrases": [
      "@send|partage|partages|partager|active|actives|activer ..2 ta|ton|sa ..1 localisation|position|loc|snap_map|snapmap|geoloc*|live_location"
    ],
    "unless": [
      "maman|papa|mamie|papi|je_viens_te_chercher|je_passe_te_prendre|uber|taxi|livreur|livraison"
    ],
    "examples": {
      "match": [
        "t'es où là ? envoie ta localisation",
        "partage moi ta position snap map"
      ],
      "ignore": [
        "envoie ta localisation je viens te chercher, bisous maman"
      ]
    }
  },
  // r13-end
  // r14-start
  {
    "id": "t-en-quelle-classe-r14",
    "phrases": [
      "t|tu|t_es|tes|tu_es|vous_etes ..1 en ..1 quelle|kel|quel|kelle ..1 classe",
      "adresse ..1 de|des ..1 vos|tes ..1 parents",
      "t_habites|tu_habites|thabites|tabites|vous_habitez ..1 vers|pres_de|a_cote_de|du_cote_de|dans_le_coin_de"
    ],
    "examples": {
      "match": [
        "t en quelle classe?",
        "Pouvez-vous me confirmer votre date de naissance et l'adresse de vos parents ?",
        "t'habites vers Lausanne non?"
      ],
      "ignore": [
        "je suis en quelle classe déjà pour le voyage ?"
      ]
    }
  },
  // r14-end
  {
    "id": "ils-rentrent-quand-tes-parents-r16",
    "phrases": [
      "ils|elles|il|elle ..1 rentrent|rentre|reviennent|revient|partent|part|dorment|dort|bossent|bosse|travaillent|travaille ..3 tes|ta|ton ..1 @family"
    ],
    "unless": [
      "courses|diner|repas|table|reunion_parents|rendez_vous|rdv|voiture_pour_venir|chercher_les_petits"
    ],
    "examples": {
      "match": [
        "ils rentrent a quelle heure tes parents ?",
        "elle bosse jusqu'a quand ta mere ?"
      ],
      "ignore": [
        "ils rentrent a quelle heure tes parents ? je dois leur rendre la voiture pour venir",
        "elle rentre quand ta mere ? c'est pour le rdv chez le dentiste"
      ]
    }
  },
  {
    "id": "parents-ils-rentrent-a-quelle-heure-r19",
    "phrases": [
      "parents|darons|daronne|daron|tes_vieux|ta_mere|ton_pere|ta_mere ..6 ils|elle|il|elles ..1 rentrent|rentre|reviennent|revient|partent|part ..1 a_quelle_heure|quand|vers_quelle_heure|a_quel_heure|a_kel_heure"
    ],
    "unless": [
      "goute|gouter|diner|manger|je_peux_venir|on_peut_venir|signer|signature|autorisation|reunion|rdv|rendez_vous"
    ],
    "examples": {
      "match": [
        "efface bien nos messages après, tes parents doivent rien savoir de nous. ils rentrent à quelle heure ce soir ?",
        "et tes darons, ils rentrent quand ?"
      ],
      "ignore": [
        "tes parents sont à la réunion ? ils rentrent quand, je peux venir pour le goûter ?"
      ]
    }
  },
  {
    "id": "tes-parents-sont-stricts-r21",
    "phrases": [
      "tes|ta|ton ..1 parents|mere|pere|daron*|vieux|reum|reup ..1 sont|est ..1 stricts|strict|stricte|severes|severe|chiants|relous|relou|sur_ton_dos|derriere_toi",
      "tes|ta|ton ..1 parents|mere|pere|daron* ..1 te|t ..1 laissent|laisse ..1 sortir|aller|dormir|faire|rentrer|avoir"
    ],
    "unless": [
      "moi_oui|moi_non|les_miens|la_mienne|le_mien|moi_aussi|mes_parents|ma_mere|mon_pere|soiree_pyjama|anniv*|pour_samedi|pour_vendredi|pour_la_soiree"
    ],
    "weight": 1,
    "examples": {
      "match": [
        "tes parents te laissent aller aux concerts? ils sont stricts?",
        "ta mère est stricte ?"
      ],
      "ignore": [
        "tes parents te laissent venir à la soirée pyjama samedi ?",
        "mes parents sont stricts, les tiens aussi ?",
        "tes parents te laissent aller au concert de samedi ? moi oui"
      ]
    }
  },
  // r25-start
  {
    id: 'tes-parents-bossent-quand-r25',
    phrases: [
      'tes|ta|ton|vos ..1 parents|mere|pere|darons|daronne|daron|vieux|reum ..1 bossent|bosse|travaillent|travaille ..3 le|ce|jusqu|jusqu_a|tard|quand|tous_les|mercredi|samedi|dimanche|soir|weekend|aprem|apres_midi|nuit|matin',
    ],
    unless: ['tous_ensemble|au_parc|avec_tes_parents|avec_les_parents|anniv*|fete|on_fait_la|on_fait_l|reviser|expose|metier|stage|dans_quoi|quoi_comme|comme_quoi|ou_ca|secteur|hopital|boulangerie|entreprise|usine|magasin'],
    examples: {
      match: ['tes parents bossent le mercredi apres midi ?', 'ta mere travaille tard ce soir ?'],
      ignore: ['tes parents bossent dans quoi ?', "ta mere travaille a l'hopital le weekend, quoi comme metier ?"],
    },
  },
  // r25-end
  {
    id: 'ta-mere-travaille-de-nuit-r26',
    phrases: [
      'ta|ton|tes ..1 mere|maman|pere|papa|parents|daronne|daron|darons|reum ..6 travaille*|bosse*|taffe*|rentre|rentrent ..3 de_nuit|tard|pas_avant|jusqu_a|a_quelle_heure',
      'dis|donne|file|envoie ..1 moi|m ..1 ton|ta ..1 adresse ..1 entiere|complete|exacte|precise',
    ],
    unless: ['colis|invitation|carte|faire_part|livraison|uber|taxi|gps|waze|dormir_chez_moi|viens_dormir|covoit*'],
    examples: {
      match: ["Ta maman m'a dit qu'elle travaille de nuit cette semaine ?", 'défi 2 : dis moi ton adresse entière'],
      ignore: ['donne moi ton adresse exacte pour le colis', 'ta mere travaille tard ? viens dormir chez moi'],
    },
  },
  // r27-start
  {
    id: 'mon-college-et-toi-r27',
    phrases: [
      '@grade ..4 et_toi|et_twa|et_vous|toi_aussi|et_ton|et_le_tien|et_la_tienne|toi_t_es_ou|tu_vas_ou|tu_es_ou|t_es_ou',
      'je|j|jsuis|moi ..2 suis|vais|habite|vis ..3 a|au|en|dans ..4 et_toi|et_twa|et_vous|tu_habites_ou|t_habites_ou|tu_vis_ou|toi_t_habites|toi_tu_habites',
    ],
    unless: ['ca_va|cava|comment_ca_va|comment_tu_vas|bien_et_toi|super_et_toi|bien_et_vous|tranquille|la_forme|t_as_mange|tu_fais_quoi|tu_manges|t_as_aime|tu_as_aime|prefere*|j_aime|jaime|adore|film|serie|jeu|game|vacances|week_end|weekend'],
    examples: {
      match: ['je suis au lycée Victor Hugo, et toi ?', 'moi j habite à Lille, et toi ?', 'en 4e dans un college a grenoble et toi'],
      ignore: ['ça va bien et toi ?', "j'adore le lycée, et toi t'aimes bien ?", 'je suis en vacances à Nice, et toi ?'],
    },
  },
  // r27-end
  // r28-start
  {
    id: 'ton-pere-rentre-vers-19h-non-r28',
    phrases: [
      'ton|ta|tes|vos @family ..1 rentre*|part|partent|finit|finissent|sort|sortent|quitte|quittent|bosse|bossent|travaille|travaillent ..4 vers|a|jusqu_a|a_partir_de # ..2 non|nan|hein|c_est_ca|cest_ca|pas_vrai|je_crois|il_me_semble|j_me_trompe|je_me_trompe',
      'ton|ta|tes|vos @family ..1 rentre*|bosse|bossent|travaille|travaillent ..1 tard|tres_tard|jamais_avant ..3 non|nan|hein|c_est_ca|cest_ca|pas_vrai|le_mardi|le_lundi|le_mercredi|le_jeudi|le_vendredi|le_week_end|le_samedi|ce_soir',
    ],
    unless: ['mdr|ptdr|xd|lol', 'film|serie|on_finit|finir|gouter|diner|manger|je_peux_venir|on_peut|pour_le_film|pour_reviser|les_devoirs|a_quelle_heure|quelle_heure|on_a_le_temps|dis_lui|demande_lui|ta_mere_m_a|ta_mere_ma|elle_m_a_dit|il_m_a_dit|comme_d_hab|covoit*|nous_ramene|vient_nous_chercher|nous_chercher|nous_deposer|passe_nous'],
    examples: {
      match: ['ton père rentre vers 19h non ?', 'ta mère finit à 18h hein', 'tes parents bossent tard le mardi non ?'],
      ignore: ['mon père rentre vers 19h', 'ta mère rentre vers 18h non ? on a le temps de finir les devoirs', 'ton père rentre à quelle heure ?', 'ta mère finit à 17h non ? elle vient nous chercher'],
    },
  },
  {
    id: 'tu-joues-toujours-au-club-r28',
    phrases: [
      'tu|t ..1 joues|joue|fais|danses|nages|t_entraines|tentraines|vas|va ..3 toujours|encore|bien ..3 au|a_l|a_la|en|chez|dans_l|dans_le|dans_la ..2 club|u1*|equipe|fc|rc|as|us|as_de|stade|gym|conservatoire|salle|piscine',
      'tu|t ..1 es|joues|joue ..1 toujours|encore|bien ..1 en|dans_l|dans_le|dans_la ..1 u1*|u9|u8|u7|u6|equipe|categorie|poussins|benjamins|minimes|cadets|cadettes|benjamines|minimes|juniors',
      'c_est|cest|c ..1 [bien] ..1 toi ..3 qui ..1 joue*|danse*|nage*|fai* ..3 au|a_l|a_la|en|chez|dans ..2 club|u1*|equipe|fc|rc|as|us|conservatoire',
    ],
    unless: ['ma_fille|mon_fils|mon_frere|ma_soeur|mon_petit|ma_petite|s_inscrire|inscrire|on_joue|on_est|moi_aussi|nous_aussi|avec_moi|contre_nous|contre_mon|notre_club|mon_club|mon_equipe|notre_equipe|le_match|licence|inscription|cotisation|l_entraineur|le_coach|coach|reunion|tournoi|convocation|photo_d_equipe|maillot', 'mdr|ptdr|xd|lol'],
    examples: {
      match: ['tu joues toujours au FC Nantes en U13 ?', 'tu danses encore au conservatoire de Lille ?', "t'es toujours en U15 ?", "c'est bien toi qui joues au RC Strasbourg ?"],
      ignore: ["tu joues toujours au club ? on est dans la même équipe l'an prochain", 'tu joues encore à fortnite ?', 'tu fais toujours du foot ?', 'tu joues toujours au club ? le coach demande pour la licence', "tu danses encore au conservatoire ? ma fille voudrait s'inscrire"],
    },
  },
  // r28-end
  // r30
  {
    id: 'tes-parents-savent-quon-parle-r30',
    phrases: [
      'tes_parents|ta_mere|ton_pere|tes_darons|ta_daronne|ton_daron|ta_maman|ton_papa|ta_famille|tes_potes|tes_amis|tes_copines|quelqu_un|qqn ..1 [le] savent|sait|sont_au_courant|est_au_courant|se_doutent|se_doute|connaissent|connait ..2 qu_on|que_on|que_nous|de_nous|pour_nous|notre_existence|mon_existence ..1 [se] parle|parlent|parles|parlons|discute|discutons|ecrit|ecrivons|voit|voyons|texte|textons|parle_tous_les_soirs|existe',
    ],
    unless: ['projet|expose|devoir*|groupe|equipe|match|club|prof|cours|entrainement|anniv*|surprise|cadeau|mariage|demenag*'],
    examples: {
      match: ["tes parents savent qu'on parle ?", "ta mère est au courant qu'on se parle ?", "quelqu'un sait qu'on discute ?"],
      ignore: ["tes parents savent qu'on parle du projet demain ?", "ta mère sait qu'on se voit pour l'exposé ?", "tes potes savent qu'on prépare la surprise ?"],
    },
  },
  // r30-end
] satisfies PatternEntry[];
