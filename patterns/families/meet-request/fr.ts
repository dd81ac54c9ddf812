import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'on-se-voit',
    phrases: [
      'on|tu_veux_qu_on|on_pourrait|on_peut ..1 se|s ..1 rencontre|rencontrer|donne_rdv',
      'se|s ..1 voir|voit|voie|capte|rencontrer|rencontre|retrouver|retrouve ..2 en_vrai|irl|pour_de_vrai|un_jour|seul*|tous_les_deux|tout_les_deux|juste_nous',
      'rencontre*|voir|vois|voie ..2 en ..1 vrai|irl|personne',
      'tu|t veux|voudrais ..2 qu|que on ..1 se ..1 voit|voie|voir|rencontre',
      'rdv|rendez_vous|rendez ..2 a|au|devant|derriere|chez|ce|samedi|dimanche|demain|mercredi',
    ],
    unless: [/* r26 */ 'conduite|auto_ecole|moniteur|monitrice|livret|code_de_la_route', 'a_la_maison_on|on_regle_ca|on_en_parle', 'nous_laissent|nous_laisse|ramenez|on_ramene|tout_le_monde', 'au|a|en ..1 lycee|college|cours|ecole|bahut|entrainement|entrainemnt|club|training|foot|basket|hand|match|piscine|danse|judo|tennis|solfege|conservatoire|cantine|permanence|perm|cdi', 'avec ..2 les|tout|tous|le|la ..1 autres|groupe|classe|equipe|potes|bande|monde', 'dentiste|medecin|docteur|coiffeur|orthodontiste|dr|cabinet|kine|ophtalmo|orthophoniste|infirmier*|vaccin*|consultation|carte_vitale|mutuelle|confirme|annulation|empechement'],
    examples: {
      match: ['on pourrait se rencontrer en vrai', 'on se voit juste tous les deux', 'tu veux qu on se voie ?', 'rdv devant la gare'],
      ignore: ['Rdv demain 8h devant chez toi, je passe te prendre pour la leçon de conduite', 'rendez-vous à la maison on règle ça', 'rdv chez moi à 19h, mes parents sont pas là ils nous laissent la maison', 'Bonjour, votre rendez-vous chez le Dr Martin est confirmé mardi à 16h30', 'on se capte demain au lycée', 'on se voit au cours de maths', 'on se retrouve avec les autres au ciné', 'rdv chez le dentiste demain'],
    },
  },
  {
    id: 'on-se-voit-simple',
    phrases: ['on|tu_veux_qu_on|on_pourrait|on_peut ..1 se|s ..1 voit|voir|voie|capte|rejoint|rejoins|retrouve|rejoigne'],
    unless: ['en_visio|en_appel|en_video|sur_zoom|sur_teams|sur_meet|sur_discord|en_ligne|en_vocal|en_facetime', /* r15 */ 'au|a|en ..1 lycee|college|cours|ecole|bahut|entrainement|club|training|foot|basket|match|piscine|danse', 'avec ..2 les|tout|tous|le|la ..1 autres|groupe|classe|equipe|potes|bande|monde', 'oubliez|n_oubliez|vous|musee|sortie_scolaire|excursion|eleves|les_parents|la_classe', /* r21: returning a lost thing */ 'j_ai_trouve|ai_trouve|jai_trouve|perdu|te_le_rendre|le_rendre|vous_le_rendre|te_la_rendre|la_rendre|rendre_ton|rendre_votre|rendre_ta|rendre_tes'],
    weight: 0.5,
    examples: {
      match: ['on se voit samedi ?', 'on se capte ce soir', 'tu veux qu on se retrouve quelque part ?'],
      ignore: ["On se voit jeudi 17h en visio comme d'habitude ?", 'on se capte demain au lycée', 'on se voit avec les autres', "on se retrouve devant le collège à 8h pour aller au musée, n'oubliez pas vos cartes d'identité"],
    },
  },
  {
    id: 'je-viens-te-chercher',
    phrases: [
      'je|jpeux|j|jpourrais ..2 peux|pe|pourrais|pourrai|propose ..2 venir|passer te|t ..1 chercher|prendre|recuperer|voir',
      'je|j|jpasse|jviens ..1 passe|viens|viendrai|passerai te|t chercher|prendre|recuperer ..3 a_la_sortie|apres|devant|au_college|au_lycee|a_l_ecole|en_voiture|en_scooter',
      'tu|t veux ..3 se|s rejoi*|retrouve*|voir|voie|rencontre*',
      'rejoin*|retrouve* moi|m ..2 a|au|devant|derriere|chez|dans|apres',
      'je|j viens|passe|passerai|viendrai te|t voir',
      't attendre|t_attends|t_attendrai ..2 devant|a_la_sortie|dans|apres ..2 ton|ta|ma|mon|les|le|l|du|de|des|la',
      'je|j ..1 t|te ..1 attends|attendrai|attendre ..2 devant|a_la_sortie|dans|apres|en_bas|pres ..2 ton|ta|tes|du|de|des|la|le|l|chez',
      'viens|vient|venez|venir ..1 me|m ..1 rejoindre|retrouver|voir ..3 ce_week_end|ce_weekend|samedi|dimanche|cette_semaine|pendant_les_vacances|ce_soir|cette_nuit|demain|a|au|devant|derriere|chez|dans|apres|seul*|en_cachette|en_secret|sans',
      'monte|montes|viens ..2 dans ..1 ma ..1 voiture|caisse|bagnole',
      'je|jpeux|j ..2 t|te emmene*|amene*|invite* ..2 chez|a ..1 moi|mwa|l_hotel|hotel|mon_appart',
      'je|jpeux|jvais|j ..2 viens|venir|passe|passer chez|devant_chez ..1 toi|twa ..2 ce|quand|si|ce_soir|demain|cette',
      'dis|donne ..2 moi|m ou|l_heure|quand ..2 tu|t ..1 sors|finis|es|seras',
    ],
    unless: [/* r25 */ 'pour ..2 le|la|l|les ..1 match|entrainement|entrainements|tournoi|repet*|cours|ecole|college|lycee|gare|aeroport|covoit*', 'maman|papa|ta_mere|ton_pere|pour_le_repas|pour_manger|pour_reviser|pour_les_devoirs|pour_l_expose|avec_les_autres|le_groupe'],
    examples: {
      match: ['je t attends à la sortie du collège', 'viens me voir ce week-end', 'viens me rejoindre ce soir', 'je peux venir te chercher en voiture', 'monte dans ma voiture', "je t'emmène chez moi", 'je peux passer chez toi ce soir'],
      ignore: ["je passe te prendre a 8h devant chez toi pour le match", 'je viens te chercher à 19h', 'viens chez moi pour réviser', 'tu viens chez moi avec les autres pour le groupe ?'],
    },
  },
  {
    id: 'viens-chez-moi',
    phrases: ['viens|vient|venez|vien|viendras ..1 chez ..1 moi|mwa', 'venir|passer chez moi|mwa', 'dormir chez moi|mwa'],
    unless: ['maman|papa|ta_mere|ton_pere|pour_le_repas|pour_manger|pour_reviser|pour_les_devoirs|pour_l_expose|avec_les_autres|le_groupe|jouer|game|partie|film|gouter|anniv*|soiree|on_sera'],
    weight: 1,
    examples: {
      match: ['viens chez moi', 'tu veux venir chez moi ?', 'tu peux dormir chez moi'],
      ignore: ['viens chez moi pour réviser', 'viens chez moi on fait une partie'],
    },
  },
  {
    id: 'juste-toi-et-moi',
    phrases: [
      'retrouve|retrouver|rejoins|rejoindre|voit|voir|rencontre|rencontrer|viens|venir ..3 a|dans ..1 l_hotel|hotel|mon_hotel|une_chambre|ma_chambre_d_hotel|un_hotel',
      'viens|vien|venez|venir|rejoins|rejoinds ..2 seule|seul|toute_seule|tout_seul|sans_personne|sans_tes_potes|sans_tes_parents|sans_rien_dire',
      'mes ..1 parents|darons|rents|vieux ..2 sont|seront ..1 pas_la|partis|absents|en_vacances|pas_a_la_maison|pas_la_ce_soir|pas_la_du_week_end ..6 viens|vien|venir|passe|chez_moi|dors|dormir',
      'viens|vien|venir|passe ..6 mes ..1 parents|darons|rents|vieux ..2 sont|seront ..1 pas_la|partis|absents|en_vacances|pas_a_la_maison',
      'vien|viens|venir ..1 chez ..1 moi|mwa ..4 pas_la|personne|tout_seul|toute_seule|seuls',
      'je|j ..1 t|te ..1 attends|attendrai|attendre ..4 seule|seul|toute_seule|tout_seul|sans_personne|sans_tes_parents|sans_tes_potes',
      'y_aura|il_y_aura|y_a|ya|y_aurait ..1 personne|que_nous|que_nous_deux|pas_mes_parents|pas_mes_darons ..6 viens|venir|passe|passer|chez|appart*|maison|tranquille*|seuls|seul',
      'viens|vient|venir|passe|passer ..2 a|chez|dans ..1 mon|ma ..1 appart*|appartement|studio|hotel|voiture|chambre|piaule',
      'voir|voit|voie|rencontrer|rencontre|retrouver|retrouve|rejoindre|sortir|capter ..4 juste|rien_que|seulement|que ..1 toi_et_moi|nous_deux|tous_les_deux|toi_et_moi|entre_nous',
      'je|j ..1 t|te ..1 emmene|emmenerai|amene|amenerai|embarque|emmener|amener ..3 quelque_part|faire_un_tour|chez_moi|a_l_hotel|dans_un_endroit|en_balade|se_promener|dans_ma_voiture|loin',
      'monte|montes|monter ..2 dans ..1 ma ..1 voiture|caisse|bagnole ..4 personne|discret*|secret|tes_parents|ta_mere|ton_pere|emmene*|tour',
    ],
    weight: 3,
    unless: [/* r28: a meeting at the station is a meeting; only driving someone there is innocent */ 'emmene|emmenerai|amene|amenerai|depose|deposerai|conduis|conduire|raccompagne|accompagne|accompagnerai ..4 gare|aeroport', 'a_la_gare|a_l_aeroport ..3 chercher|prendre|recuperer|accueillir|train|avion|vol', 'reviser|revision*|maths|devoirs|exo*|expose|projet|cine*|film|bus|metro|tram|train|velo|a_pied|en_bus|trottinette|ou_avec|avec_ta|avec_ton|avec_tes|si_tu_veux|hotel_de_ville|mairie|ceremonie|parler|conseil|mdr|ptdr|les_filles|entre_filles|soiree_pyjama|pyjama|partie|game|jouer|film|frere|soeur|grand_frere|grande_soeur|cousin*|maman|papa|avec_ta_mere|avec_ton_pere|ta_mere_est_d_accord|tes_parents_sont_d_accord|les_autres|groupe|dentiste|medecin|docteur|ecole|college|lycee|entrainement|cours|mamie|papi|tata|tonton|anniv*|avec_les_autres|le_groupe|la_bande|tout_le_monde|les_potes|bisou*|mdr|ptdr'],
    examples: {
      match: ["on se retrouve à l'hôtel près de chez toi ?", 'on se rejoint au centre commercial samedi ? viens seule', 'vien chez moi ce soir mes parents sont pas la', "je t'attends au parc ce soir seule", 'viens à mon appart, y aura personne, on sera tranquilles', "on pourrait se voir, juste toi et moi, je t'emmène en voiture quelque part", 'on se retrouve rien que nous deux ?', "je t'emmène faire un tour", 'on se retrouve à la gare samedi ? rien que nous deux'],
      ignore: ['on se voit juste toi et moi pour réviser les maths ?', 'tu peux venir seule en bus ou je viens te chercher ?', "on se retrouve à l'hôtel de ville pour la cérémonie ?", 'viens chez moi ce soir mes parents sont pas la mais mon grand frère oui, on fait une partie', "je t'emmène chez le dentiste demain, sois prête", 'on se voit juste toi et moi et les autres du groupe ?', "je t'emmène à la gare demain matin", 'on se retrouve à la gare pour aller chercher mamie, juste toi et moi'],
    },
  },
  {
    id: 'je-passe-te-prendre-on-ira-chez-moi',
    phrases: [
      'puis|apres|ensuite|et ..1 on ..1 ira|va|passera|finira|rentrera ..1 chez ..1 moi|mwa',
      'passe|passer|viens|venir ..2 te|t ..1 prendre|chercher|recuperer ..6 on_ira|on_va|on_pourra|direction|puis ..1 chez_moi|a_l_hotel|faire_un_tour|quelque_part|chez_moi_apres',
    ],
    weight: 3,
    unless: ['maman|papa|mamie|papi|tata|tonton|avec_les_autres|le_groupe|les_potes|pour_reviser|reviser|devoirs|expose|projet|anniv*|soiree|partie|game|jouer|film|gouter|manger|diner|dejeuner|mdr|ptdr|ta_mere_est_d_accord|tes_parents_sont_d_accord'],
    examples: {
      match: ["je t'invite au resto, puis on ira chez moi", 'je passe te prendre devant ton lycée demain, on ira chez moi', 'je viens te chercher et on va faire un tour'],
      ignore: ['je passe te prendre devant ton lycée demain, on ira chez mamie', 'je passe te prendre et on va chez moi pour réviser'],
    },
  },
  {
    id: 'je-tattendrai-derriere-le-gymnase',
    phrases: [
      'je|j ..1 t_attendrai|tattendrai|t_attends|tattends|t_attendrais|te_retrouve|te_retrouverai|t_attendrai_seul ..3 derriere|au_fond_du|au_fond_de|dans_le|dans_la|pres_du|pres_de ..2 gymnase|gymnase|parc|gare|parking|bois|ruelle|hangar|terrain|stade|local|cave|garage|voiture|camion',
    ],
    unless: ['mdr|ptdr|xd|haha|lol', 'on_sera|avec_les|les_autres|toute_l_equipe|l_equipe|entrainement|entrain*|match|cours|sport|eps|prof|coach|club|repet*|concert|soiree|anniv*|surprise|maman|papa|mamie|papi|taxi|covoit*|je_te_ramene|ramener|bagages|valise|courses|train_de|quai|voie'],
    examples: {
      match: ["je t'attendrai derrière le gymnase, viens sans tes copines et dis rien à personne", "je t'attends au fond du parking"],
      ignore: ["je t'attendrai derrière le gymnase avec les autres pour l'entraînement", "je t'attends dans la voiture, maman"],
    },
  },
  // r9-begin
  {
    "id": "shooting-chez-moi-r9",
    "phrases": [
      "shooting|seance_photo|seance_photos|seance ..6 studio|chez_moi|dans_mon_studio|a_mon_studio|mon_appart|chez_moi_ou|a_la_maison",
      "studio|appart|atelier ..1 chez_moi ..6 shooting|seance_photo|poser|photos"
    ],
    "unless": [
      "ma_mere|mes_parents|tes_parents|ta_mere|danse|peuvent_venir|ecole|classe|photo_de_classe|mairie|club|association|mariage|famille|parents_bienvenus|avec_ta_mere|avec_tes_parents|accompagne*"
    ],
    "examples": {
      "match": [
        "ça te dirait un shooting gratuit ? j'ai un studio chez moi",
        "on fait la séance photo chez moi samedi"
      ],
      "ignore": [
        "on fait la séance photo chez moi avec ma mère pour le book de danse",
        "le shooting est chez moi samedi, tes parents peuvent venir",
        "le shooting photo de classe se fait à l'école, pas chez moi",
        "shooting chez moi samedi avec tes parents bien sûr, accompagnée"
      ]
    }
  },
  {
    "id": "je-prends-le-train-pour-venir-r9",
    "phrases": [
      "prends|prendre|prendrai|prendrais|je_prends ..2 le|un|l ..1 train|bus|car|blablacar|avion|tgv|ter|metro|rer ..3 pour|et ..2 venir|viens|te_voir|te_rejoindre|te_chercher|te_retrouver"
    ],
    "unless": [
      "mamie|papi|maman|papa|tonton|tata|cousin*|vacances_en_famille|hopital|match|concert|tournoi|stage|cours"
    ],
    "examples": {
      "match": [
        "je prends le train pour venir te voir",
        "je prends un blablacar et je viens te chercher"
      ],
      "ignore": [
        "mamie prend le train pour venir te voir dimanche"
      ]
    }
  },
  {
    "id": "je-paie-ton-billet-pour-venir-r9",
    "phrases": [
      "paie|paye|paierai|payerai|offre|offrirai|rembourse|rembourserai|prends|prendrai ..2 ton|le|un|ta ..1 billet|train|trajet|uber|taxi|bus|essence|blablacar|place ..6 venir|viens|me_voir|me_rejoindre|chez_moi|jusqu_a_moi",
      "@ite|je_t|j_t ..1 emmene|emmenerai|amene|amenerai|embarque ..2 en_week_end|en_weekend|en_vacances|a_l_hotel|dans_un_hotel|chez_moi|en_voiture|dans_ma_voiture"
    ],
    "unless": [
      "mon_anniv|ma_soiree|ma_fete|mamie|papi|mamy|papy|tonton|tata|tante|oncle|parrain|marraine|maman|papa|cousin*|noel|famille|anniv_de|concert|match|festival|stade|ecole|cours|college|lycee|stage|entretien|medecin|dentiste|permis"
    ],
    "examples": {
      "match": [
        "je paierai ton billet de train pour venir me voir",
        "je t'emmène en week-end"
      ],
      "ignore": [
        "mamie te paie ton billet de train pour venir à Noël",
        "je t'emmène au stade en voiture pour le match"
      ]
    }
  },
  // r9-end
  // r10-begin
  {
    "id": "jviens-te-chercher-r10",
    "phrases": [
      "jviens|jpasse|jpeux_venir|jpeux_passer|jvais_venir|jvais_passer te|t chercher|prendre|recuperer ..3 a_la_sortie|apres|devant|au_college|au_lycee|a_l_ecole|en_voiture|en_scooter|en_cachette|discretement|sans|au_coin|en_bas",
      "on|nous ..1 ira|irons|va|pourra|pourrait|peut ..1 faire ..1 un|une ..1 tour|balade ..3 tous_les_deux|toutes_les_deux|rien_que_nous|rien_que_nous_deux|toi_et_moi|nous_deux|en_voiture|en_scooter|en_caisse"
    ],
    "unless": [
      "maman|papa|ta_mere|ton_pere|ta_soeur|ton_frere|pour_le_repas|avec_les_autres|le_groupe|la_team|l_equipe"
    ],
    "examples": {
      "match": [
        "jviens te chercher en voiture apres les cours",
        "jpasse te prendre a la sortie",
        "on ira faire un tour tous les deux",
        "on pourra faire une balade rien que nous"
      ],
      "ignore": [
        "jviens te chercher avec maman a 18h",
        "on ira faire un tour avec les autres",
        "je viens te voir au match"
      ]
    }
  },
  {
    "id": "viens-au-studio-r10",
    "phrases": [
      "venir|passer|viens|passe ..2 au|a|dans|chez ..1 [mon|ma|le|la] studio|bureau|appart|appartement|atelier|local|hotel|chambre_d_hotel ..6 je|j|jte ..2 t|te|envoie|envoi|donne|file ..1 l_adresse|ladresse|adresse|mon_adresse",
      "venir|passer|viens|passe ..2 au|a|dans|chez ..1 [mon|ma|le|la] studio|atelier|appart|hotel|chambre_d_hotel ..3 seul|seule|toute_seule|tout_seul|sans_tes_parents|sans_personne|en_cachette"
    ],
    "unless": [
      "entretien|stage|rdv|rendez_vous|reunion|dossier|contrat|repet*|repetition|groupe|les_autres|avec_ta_mere|avec_tes_parents|tes_parents_peuvent|ta_mere_peut|cours_collectif|classe"
    ],
    "examples": {
      "match": [
        "tu peux venir au studio samedi, je t'envoie l'adresse",
        "passe a mon appart ce soir je te donne l'adresse",
        "viens au studio toute seule"
      ],
      "ignore": [
        "tu peux venir au studio samedi pour la repet du groupe, je t'envoie l'adresse",
        "venez au studio avec tes parents"
      ]
    }
  },
  // r10-end
  {
    id: 'je-tattends-viens-seule-r11',
    phrases: [
      'attends|attend|attendrai|retrouve|rejoins|rejoint ..6 viens|vient|venir ..1 seule|seul|toute_seule|tout_seul|sans_personne|sans_tes_potes|sans_tes_copines',
      'on|peut|peux|pourrait ..2 se|s ..1 capter|capte|capt|caler|cale ..3 au|a_la|a|devant|chez|pres|derriere ..2 mcdo|gare|parc|centre|cine|resto|cafe|kebab|station|arret|quai',
    ],
    unless: ['maman|papa|mamie|papi|tonton|tata|parrain|marraine|les_gars|les_filles|tout_le_monde|toute_l_equipe|l_equipe|on_sera|vous|les_autres|mdr|ptdr|anniv*|fete|soiree|expose|projet|groupe'],
    examples: {
      match: ['je t attends au parc apres les cours, viens seule', 'on peut se capter au mcdo de la gare? je t invite', 'rejoins moi derriere le gymnase et viens seule'],
      ignore: ['on peut se capter au mcdo de la gare avec les gars?', 'Super, tu peux passer vers 19h? Je te ramènerai chez toi après'],
    },
  },
  // r11-end
  {
    "id": "je-te-depose-detour-chez-moi-r12",
    "phrases": [
      "detour|crochet ..3 chez_moi|par_chez_moi|chez_oim|a_mon_appart|par_mon_appart",
      "je|j|jpeux|jte ..2 peux|pourrais|vais|te ..2 deposer|raccompagner|ramener|recuperer|prendre ..6 chez_moi|mon_appart|ma_voiture|en_voiture"
    ],
    "unless": [
      "maman|papa|ta_mere|ton_pere|tes_parents|mamie|papi|tonton|tata|les_autres|tout_le_monde|covoit*|cles|clefs|colis|courses|chargeur|affaires|sac|veste"
    ],
    "examples": {
      "match": [
        "je peux te déposer, on fait un détour chez moi pour regarder les vidéos du match",
        "on fait un crochet par chez moi avant",
        "jpeux te ramener en voiture apres l'entrainement"
      ],
      "ignore": [
        "on fait un détour chez moi pour récupérer mes clés",
        "je peux te déposer, ta mère est d'accord, covoit avec les autres"
      ]
    }
  },
  // r13-start
  {
    "id": "je-passe-dans-ta-ville-r13",
    "phrases": [
      "je|j ..1 passe|serai|suis_de_passage|viens ..1 a|par|dans|vers|sur ..4 je|j ..1 pourrais|peux|pourrai|pourrions ..1 t|te ..1 offrir|inviter|voir|recuperer|emmener|rejoindre|retrouver"
    ],
    "unless": [
      "mamie|papi|tonton|tata|maman|papa|ta_mere|ton_pere|tes_parents_sont_d_accord|avec_tes_parents"
    ],
    "examples": {
      "match": [
        "Je passe à Rennes mercredi, je pourrais t'offrir un café après les cours",
        "je serai à Lille samedi, je peux te voir ?"
      ],
      "ignore": [
        "je passe à Rennes mercredi, je pourrais te voir avec tes parents sont d accord"
      ]
    }
  },
  {
    "id": "ami-de-ton-pere-vient-te-chercher-r13",
    "phrases": [
      "ami|amie|collegue|pote|copain|copine ..2 de_ton|de_ta|de_tes ..1 pere|mere|papa|maman|parents|daron* ..6 venir_te_chercher|te_chercher|te_recuperer|te_ramener|passer_te_prendre|t_emmener"
    ],
    "examples": {
      "match": [
        "je suis un ami de ton père, il m'a demandé de venir te chercher",
        "c'est une collègue de ta mère, elle m'a dit de passer te prendre à la sortie"
      ],
      "ignore": [
        "mon père et un ami de ton père vont au match"
      ]
    }
  },
  {
    "id": "je-te-recupere-en-bas-de-chez-toi-r13",
    "phrases": [
      "recupere|recuperer|recupererai|prends|prendre|passe_te_prendre|passe_te_chercher ..3 en_bas_de_chez_toi|devant_chez_toi|au_coin_de_ta_rue ..4 minuit|la_nuit|cette_nuit|discretement|en_cachette|tard|quand_tes_parents"
    ],
    "examples": {
      "match": [
        "je te récupère en bas de chez toi à minuit, descends discrètement"
      ],
      "ignore": [
        "je te récupère en bas de chez toi à 8h pour le lycée"
      ]
    }
  },
  // r13-end
  // r15-start
  {
    id: 'chez-toi-quand-tu-es-seule-r15',
    phrases: [
      'venir|viens|passer|passe|passerai|viendrai ..4 chez_toi|chez_twa|a_la_maison|te_voir ..6 quand|pendant_que|si|tant_que ..3 seule|seul|tes_parents_sont_pas|tes_parents_sont_absents|personne',
      'quand|pendant_que ..2 tu|t ..1 es|seras ..1 seule|seul ..4 je|j ..2 viens|viendrai|passe|passerai|peux_venir|pourrais_venir',
    ],
    unless: ['mamie|papi|plombier|technicien|livreur|infirmi*|voisin*|nounou|babysit*|tata|tonton|chien|chat|plantes|arroser'],
    examples: {
      match: ["Je pourrais aussi venir te donner des cours chez toi, gratuitement, quand tu es seule l'après-midi", "quand t'es seule ce soir je passe"],
      ignore: ["mamie peut passer chez toi quand tu es seule mercredi", "le plombier passera chez toi quand t'es seule, ouvre lui"],
    },
  },
  {
    id: 'je-te-prends-en-photo-chez-moi-r15',
    phrases: [
      'je|j ..1 te|t ..1 prends|prend|prendrai|photographie|photographierai|shoote ..2 en_photo|en_photos|en_video ..6 chez_moi|a_mon_studio|dans_mon_studio|chez_moi_ce|dans_ma_voiture|a_mon_hotel|a_mon_appart',
    ],
    unless: ['mariage|anniv*|bapteme|communion|famille|mamie|papi|classe|club|equipe'],
    examples: {
      match: ["si tu veux je te prends en photo pour ton book, chez moi"],
      ignore: ["je te prends en photo avec mamie chez moi pour son anniv"],
    },
  },
  {
    "id": "passe-chez-moi-sans-rien-dire-r16",
    "phrases": [
      "passe|viens|monte|montes|passes ..1 chez_moi|chez_nous|me_voir|a_la_maison ..6 ta_mere|tes_parents|ton_pere|tes_darons|personne|ta_maman ..3 pas_besoin|pas|rien|saura|sait|sauront"
    ],
    "unless": [
      "cadeau*|surprise|anniv*|fete|gateau|devoirs|expose|projet|revis*"
    ],
    "examples": {
      "match": [
        "passe chez moi boire un chocolat chaud ce soir, ta mere n'a pas besoin de savoir",
        "viens chez moi apres les cours, personne saura"
      ],
      "ignore": [
        "passe chez moi demain pour l'expose, tes parents sont d'accord ?",
        "viens chez moi pour la surprise de maman, elle sait rien"
      ]
    }
  },
  // r18-start
  {
    id: 'je-passe-te-prendre-dis-rien-r18',
    phrases: [
      'passe|viens|viendrai|passerai|venir|passer ..1 te|t ..1 chercher|prendre|recuperer ..6 dis|dit|di|parle|previens ..1 rien|pas|personne|jamais',
      'dis|dit|di|previens ..1 rien|pas|personne ..3 @family ..6 passe|viens|viendrai|passerai ..1 te|t ..1 chercher|prendre|recuperer',
      'passe|viens|viendrai|passerai|venir|passer ..1 te|t ..1 chercher|prendre|recuperer ..6 en_cachette|en_secret|discretement|sans_que ..3 @family|personne|sache*|voie*',
    ],
    unless: ['surprise|anniv*|cadeau*|fete|sa_surprise|mamie|papi'],
    weight: 3,
    examples: {
      match: ['samedi on se voit, je passe te prendre en voiture près de chez toi. dis rien a ta mère', 'je viens te chercher en cachette sans que tes parents sachent'],
      ignore: ['je passe te prendre samedi, dis rien à Léa c est sa surprise'],
    },
  },
  // r18-end
  {
    "id": "viens-a-la-maison-je-serai-seul-r19",
    "phrases": [
      "viens|vien|venez|passe|passez ..4 a_la_maison|chez_moi|a_l_appart|a_mon_appart|chez_nous ..4 je|j ..1 serai|serais|suis|sera ..1 seul|seule|tout_seul|toute_seule",
      "je|j ..1 serai|serais|suis ..1 seul|seule|tout_seul|toute_seule ..6 viens|vien|passe|venir|passer ..2 chez_moi|a_la_maison|a_l_appart",
      "on ..1 boit|boira|boire|prend|prendra|mange|mangera ..2 un_truc|un_verre|un_cafe|qqch|quelque_chose ..2 chez_moi|a_la_maison|a_l_appart"
    ],
    "unless": [
      "anniv*|soiree|les_autres|tout_le_monde|les_potes|ta_mere|tes_parents_sont_d_accord|avec_ta_mere|avec_tes_parents|devoirs|expose"
    ],
    "examples": {
      "match": [
        "Viens samedi après-midi à la maison, je serai seul, on fera un tour avec Rocky et après on boit un truc chez moi",
        "passe chez moi ce soir je serai toute seule",
        "je serai seul demain, viens chez moi"
      ],
      "ignore": [
        "viens à la maison samedi pour l'exposé, je serai seule mais ta mère est d'accord",
        "passe chez moi avec les autres, je serai seul jusqu'à 18h"
      ]
    }
  },
  {
    "id": "je-t-achete-si-tu-viens-me-voir-r19",
    "phrases": [
      "je|j ..1 t|te ..1 achete|acheterai|offre|offrirai|paye|paie|payerai|donne|donnerai ..4 si_tu|si_t viens|venais|passes|acceptes_de_venir ..1 me|m|chez ..1 voir|rejoindre|retrouver|moi"
    ],
    "unless": [
      "hopital|maison_de_retraite|match|spectacle|concert|anniv*|mamie|papi"
    ],
    "examples": {
      "match": [
        "je t'achète le nouveau iphone si tu viens me voir",
        "je te paye le resto si tu viens chez moi"
      ],
      "ignore": [
        "je t'achète des fleurs si tu viens me voir à l'hôpital"
      ]
    }
  },
  {
    "id": "juste-toi-et-moi-r22",
    "phrases": [
      "se_voir|se_capter|se_retrouver|se_rejoindre|on_se_voit|on_se_capte|viens|venir|rejoins_moi ..6 juste_toi_et_moi|que_toi_et_moi|rien_que_nous_deux|juste_nous_deux|toute_seule|tout_seul|sans_personne",
      "seule|seul|toute_seule|tout_seul ..2 stp|svp|please|hein ..4 dis|dit|personne|secret|parents"
    ],
    "unless": [
      "projet|expose|devoir*|revis*|cours|club|entrainement|match|anniv*|cadeau|surprise|fete"
    ],
    "examples": {
      "match": [
        "on pourrait se voir samedi aprem, juste toi et moi au parc derriere la gare",
        "non seule stp et dis a personne, je suis timide"
      ],
      "ignore": [
        "on se voit juste toi et moi pour réviser l'exposé ?",
        "on se voit juste toi et moi pour parler de l'anniv de Léa ?"
      ]
    }
  },
  // r25-start
  {
    id: 'je-passe-chez-toi-on-sera-tranquilles-r25',
    phrases: [
      'je|j|jvais|jv ..2 passe|passerai|viens|viendrai|monte|monterai ..1 chez_toi|te_voir|te_chercher ..4 on_sera|on_va_etre|on_serait|on_est ..1 tranquille*|tranquil*|seuls|seul|peinards|pepere*|au_calme|tous_les_deux|que_nous_deux',
    ],
    unless: ['reviser|revision*|devoir*|expose|projet|exo*|jouer|film|serie|match|switch|ps5|ps4|console|gouter|anniv*|les_filles|les_gars|les_autres|avec_lea|ta_mere|tes_parents_seront|ramener|rendre|chercher_mon|recuperer'],
    weight: 1,
    examples: {
      match: ['et mercredi je passe chez toi, on sera tranquilles', 'je viens chez toi samedi, on sera tous les deux'],
      ignore: ['je passe chez toi mercredi, on sera tranquilles pour reviser', 'je viens chez toi, on sera tranquilles pour la serie'],
    },
  },
  {
    id: 'je-veux-te-voir-en-vrai-r25',
    phrases: [
      'veux|voudrais|aimerais|hate|envie ..2 te ..1 voir|rencontrer ..1 en_vrai|en_vrais|en_personne|irl|pour_de_vrai|de_mes_propres_yeux',
    ],
    unless: ['mamie|papi|tata|tonton|cousin*|cousine*|maman|papa|vacances|colo|salon|convention|japan_expo|concert|festival|tournoi|lan'],
    weight: 1,
    examples: {
      match: ['je veux te voir en vrai, je viens te chercher apres les cours', "j'ai trop envie de te rencontrer en vrai"],
      ignore: ['trop hate de te voir en vrai a la japan expo', 'mamie a hate de te voir en vrai cet ete'],
    },
  },
  // r25-end
  {
    id: 'je-passe-quand-tes-seule-r26',
    phrases: [
      'je|j ..2 peux|pourrais|passe|passerai|viens|viendrai ..2 passer|venir ..3 chez_toi|t_apporter|te_ramener|te_voir ..6 tous_les_deux|toi_et_moi|juste_nous|que_nous_deux|quand_ta_mere|quand_tes_parents|quand_t_es_seule|quand_tu_es_seule|quand_t_es_seul|personne_saura',
      'passer|venir ..3 apporter|ramener|chez_toi ..6 regarderait|materait|film|netflix|pizza* ..4 tous_les_deux|toi_et_moi|juste_nous|que_nous_deux',
      'quand ..1 ta|ton|tes ..1 mere|maman|pere|papa|parents|daronne|daron ..1 est|sont|sera|seront ..1 pas_la|partis|partie|au_travail|au_taf ..3 je|j ..1 passe|viens|passerai|viendrai',
    ],
    unless: ['avec_les_autres|avec_les_filles|avec_les_gars|soiree_pyjama|ton_frere|ta_soeur|plombier|colis|compteur|chat|chien|plantes'],
    weight: 1,
    examples: {
      match: ["Je peux passer t'apporter des pizzas jeudi soir, on regarderait un film tous les deux 😉", "quand ta mere est au travail je passe te voir"],
      ignore: ['je passe chez toi quand ta mere est pas la pour nourrir le chat'],
    },
  },
  // r27-start
  {
    id: 'je-te-ramene-juste-toi-et-moi-r27',
    phrases: [
      'je|j|jpeux|jte|jvais ..2 peux|pourrais|vais|propose|passe|viens|te ..2 ramener|raccompagner|deposer|reconduire|emmener|recuperer|chercher ..6 juste_toi_et_moi|que_toi_et_moi|toi_et_moi|tous_les_deux|toutes_les_deux|que_nous_deux|juste_nous_deux|juste_nous|sans_les_autres|seule|seul|en_prive',
      'juste_toi_et_moi|que_toi_et_moi|tous_les_deux|que_nous_deux|juste_nous_deux|sans_les_autres ..6 je|j ..2 te ..1 ramene|ramenerai|raccompagne|raccompagnerai|depose|deposerai|emmene|emmenerai|recupere|recupererai',
      'tes|ta|ton ..1 parents|mere|pere|maman|papa|daron* ..6 pas_besoin|doivent_pas|faut_pas ..4 savoir|sachent ..3 je|j ..1 te|t ..1 raccompagne|ramene|depose|emmene|recupere|vois|retrouve',
    ],
    unless: ['au_courant|est_d_accord|sont_d_accord|a_dit_oui|m_a_demande|m_ont_demande|mamie|papi|tata|tonton|parrain|marraine|cousin*|ta_soeur|ton_frere|avec_ta_mere|avec_tes_parents|covoit*|les_autres_aussi|et_les_autres|toute_l_equipe|tout_le_monde'],
    examples: {
      match: ["je peux te raccompagner après le cours, juste toi et moi", 'tes parents ont pas besoin de savoir que je te dépose', 'tous les deux dans ma voiture, je te ramène après'],
      ignore: ["je peux te ramener après l'entraînement, ta mère est d'accord et les autres aussi", 'je peux te déposer avec ta soeur samedi ?', 'je te ramène après le match, juste toi et moi, ta mère est au courant'],
    },
  },
  // r27-end
  // r27-start
  {
    id: 'je-veux-te-voir-seul-apres-r27',
    phrases: [
      'je|j ..1 veux|voudrais|aimerais|dois|vais ..1 te|t ..1 parler|voir|garder|retrouver ..2 seul|seule|seul_a_seul|seule_a_seul|en_tete_a_tete|en_prive|tous_les_deux|toutes_les_deux|sans_les_autres|loin_des_autres',
      'tu|t ..1 restes|reste|resteras|peux_rester ..3 apres ..2 l_entrainement|entrainement|le_cours|cours|la_repet|repet*|le_match|la_seance|l_activite ..6 seul|seule|tous_les_deux|toutes_les_deux|juste_toi|sans_les_autres|on_sera_tranquille*',
    ],
    unless: ['expose|projet|de_ton|de_ta|de_tes|au_sujet|a_propos|concernant|note|notes|copie|controle|comportement|bulletin|absence*|retard*|conseil_de_classe|devoir*|tes_parents|ta_mere|ton_pere|cpe|proviseur|principal|directeur|directrice|infirmi*|psy|orientation|stage|mamie|papi|ranger|rangement|materiel|plots|ballons'],
    weight: 1,
    examples: {
      match: ["tu restes après l'entraînement ? je veux te parler seul", 'je veux te voir seule dans mon bureau', 'je voudrais te voir en tête à tête, sans les autres'],
      ignore: ['je veux te parler seul à seul de ta note au contrôle', 'tu restes après le cours ? je veux te parler seul de ton exposé', "tu restes après l'entraînement pour ranger les ballons ?"],
    },
  },
  // r27-end
  // r32-start
  {
    id: 'je-viens-te-chercher-a-la-sortie-du-college-r32',
    phrases: [
      '@je|je_peux|jpeux|je_vais|jvais|moi_je ..2 viens|venir|viendrai|passe|passer|passerai ..1 te ..1 chercher|prendre|recuperer ..3 sortie|devant|porte ..2 college|lycee|ecole|bahut|cours',
      '@je|je_peux|jpeux|je_vais|jvais|moi_je ..2 t|te ..1 attends|attendre|attendrai ..3 sortie|devant|porte ..2 college|lycee|ecole|bahut',
    ],
    unless: ['maman|papa|mamie|papi|tata|tonton|ta_mere|ton_pere|ta_soeur|ton_frere|dentiste|orthodontiste|medecin|docteur|rdv|rendez_vous|ortho|kine|psy|entrainement|foot|piscine|danse|judo|conservatoire|cours_de|sac_de_sport|affaires_de|cartable|voiture_de|covoit*|on_rentre_ensemble|chez_mamie|avec_les_petits|ton_petit_frere|ta_petite_soeur|la_prof|le_prof|parents_de|grand_frere|grande_soeur|colo|sortie_scolaire|voyage'],
    examples: {
      match: ["je viens te chercher à la sortie du collège demain", "je peux passer te prendre devant ton lycée", "je t'attends à la sortie du collège, on sera tranquilles"],
      ignore: ["je viens te chercher à la sortie du collège, on va chez le dentiste", "maman est malade, je passe te prendre devant le lycée", "je t'attends à la sortie du collège pour l'entraînement de foot"],
    },
  },
  // r32-end
  // r33-start
  {
    id: 'je-viens-te-chercher-on-va-se-balader-r33',
    phrases: [
      'passe|passer|viens|venir|viendrai|passerai ..2 te|t ..1 prendre|chercher|recuperer ..6 on ..1 va|ira|pourra|peut|pourrait ..1 se_balader|rouler|faire_une_balade|faire_un_tour|se_promener|faire_une_viree|faire_un_tour_en_voiture|aller_rouler',
      'viens|vien|rejoins_moi|retrouve_moi|passe ..2 samedi|dimanche|demain|ce_soir|mercredi|vendredi|ce_week_end|ce_weekend|apres_les_cours ..6 seule|toute_seule|sans_tes_copines|sans_tes_potes|sans_tes_amis|sans_tes_amies|sans_personne',
    ],
    unless: ['est_d_accord|sont_d_accord|m_a_dit_de|m_a_demande_de|maman|papa|mamie|papi|tata|tonton|avec_les_autres|le_groupe|les_potes|chien|anniv*|surprise|cadeau*|pour_reviser|devoirs|expose|projet|cours_de|entrainement|match|tournoi|reunion|bureau|rdv_medical|medecin|dentiste|ou_accompagnee|si_tu_veux_avec|comme_tu_veux'],
    examples: {
      match: ['je passe te prendre après le collège, on pourra faire un tour en voiture', "je viens te chercher à la sortie et on va rouler un peu", 'viens demain au parc, toute seule, sans tes potes'],
      ignore: ['je passe te prendre et on va se balader avec le chien', 'viens samedi au match, toute seule ou avec les autres comme tu veux', 'je viens te chercher, on va faire un tour chez mamie', "je passe te prendre samedi, on va faire un tour en voiture, ton père est d'accord"],
    },
  },
  // r33-end
  // r37: meeting kept from the parents
  {
    id: 'on-se-voit-dis-rien-r37',
    phrases: [
      'se|s ..1 voit|voir|voie|retrouve|retrouver|rejoint|rejoindre|capte|capter ..6 dis|dit|di|dites|parle|parles|raconte ..1 rien|pas|jamais ..2 a ..2 @family',
      'dis|dit|di|dites|parle|parles|raconte ..1 rien|pas|jamais ..2 a ..2 @family ..6 se|s|viens|venir|passe|passer ..1 voit|voir|voie|retrouve|retrouver|rejoint|rejoindre|capte|chercher|chez',
      'se|s ..1 voit|voir|voie|retrouve|retrouver|rejoint|rejoindre|capte ..4 en_cachette|en_secret|sans_que ..2 tes|ta|ton|personne ..1 [@family] ..1 sache*|sachent|saura|le_sache',
    ],
    unless: ['surprise|anniv*|cadeau*|fete|spoil*|gateau|devoirs|expose|reviser|projet|noel'],
    examples: {
      match: ['on se voit au parc après les cours ? dis rien à ta mère', 'on se retrouve samedi, mais dis pas à tes parents', 'dis rien à ta mère, je viens te chercher au parc'],
      ignore: ["on se voit au parc pour préparer la surprise, dis rien à ta mère", 'on se retrouve pour réviser, dis rien à tes parents sinon ils vont râler mdr', 'on se voit demain ?'],
    },
  },
  // r37-end
] satisfies PatternEntry[];
