import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'ajoute-moi-sur-app',
    phrases: [
      'ajout*|rajout*|add|follow|suis|rejoin*|retrouve|ecri*|parle|parl|contacte|envoi*|dm|mp|viens ..1 moi|m|mwa|moa sur|en|par|via @app',
      'ajoute*|add|follow ..2 sur|en @app',
      'ajout*|rajout*|add ..4 sur @app',
      'viens @app',
      'dm|mp|pv|dms moi|m|mwa',
      'go snap|snapchat|insta|instagram|whatsapp|wsp|telegram|discord|dm|mp|pv|priv|prive|kik|facetime',
      'parler|ecrire|discuter|causer|parle|ecris|discute sur|en|par|via @app',
      '@tas|t_aurais|tu_aurais|t_aurai|aurais_tu|t_aurait [pas] @app',
      'lache|laches|balance|balances ton|tn|ta @app',
      'prefere* ..2 parler|discuter|ecrire|causer ..1 sur|en|par @app',
      'ajoute|ajoutes|rajoute moi|m',
      '@tas [un|une] [compte] @app',
      '@tes|t [aussi|deja] sur @app',
      'jtajoute|jt_ajoute|je_t_ajoute|je_tajoute|tajoute ..1 sur @app',
    ],
    unless: ['pour ..3 le|la|les|l groupe|projet|expose|devoir*|cours|classe|game|partie|equipe|serveur|team', 'reponses|devoirs|exo*|lien|cours|pdf|doc', /* r20 */ 'dans|au ..1 le|la|notre groupe|conv_de_groupe|groupe_de_classe|serveur'],
    weight: 1,
    examples: {
      match: ['ajoute moi sur snap', 'ajoute-moi sur insta stp', 'suis moi sur tiktok', 'ecris moi sur whatsapp', 'rejoins moi sur telegram'],
      ignore: ["t'as un snap ? je te mets dans le groupe", 'ajoute moi sur discord pour la game ce soir', 'on a parlé de snap en cours', 'je suis sur snap depuis 2 ans'],
    },
  },
  {
    id: 'tu-as-app',
    phrases: [
      'c|c_est|cest|ces quoi|koi ton|tn|votre num|numero|tel|06|07|natel|gsm|cell|cellulaire',
      't|tu|vous as|a|avez [pas] @app',
      'ta|tas|t_as|astu|as_tu|avez_vous [pas] @app',
      'c|c_est|cest|ces quoi|koi ton|tn|ta|votre @app',
      'quoi|koi|quel|kel ton|tn|ta|votre @app',
      'ton|tn @app c|c_est|cest|stp|svp|please',
      'donne|donnes|passe|envoie|file|laisse [moi|m|nous] ton|tn|ta|votre @app|num|numero|num_de_tel|06|07|pseudo|tel|telephone|insta',
      'donne|passe|file moi ton|tn num|numero|06|tel',
      'ton|tn 06|07|num|numero',
    ],
    unless: [/* r25 */ 'm_a|ma|m_as|m_ont ..1 donne|passe|file|transmis ..1 ton|ta|votre ..1 num|numero|tel|06|07|@app', /* r25 */ 'pour ..3 le|la|l|les groupe|expo|projet|expose|devoir*|classe|cours|club|sortie', /* r21: official numbers asked by an employer, club or school */ 'dossard|secu|securite_sociale|numero_fiscal|numero_de_licence|numero_etudiant|numero_de_dossier|numero_de_commande|numero_de_suivi|numero_de_maillot|numero_de_chambre|numero_de_salle|numero_ine|numero_adherent|numero_d_adherent|numero_de_client|carte_vitale|piece_d_identite|carte_d_identite|rib|iban'],
    weight: 1,
    examples: {
      match: ["c'est quoi ton tel ?", "c'est quoi ton natel", "t'as snap ?", 'tu as insta', "c'est quoi ton snap", 'ton whatsapp stp', 'donne ton num', 'passe moi ton insta', 'vous avez telegram ?'],
      ignore: ["Bonjour, la maman de Leo m'a donne votre numero. Votre fille pourrait garder nos enfants samedi soir ?", "tu peux me passer ton snap ? c'est pour le groupe de l'expo d'histoire", "t'as vu la story sur insta", 'mon snap bug', 'le prof a donné son numéro de salle'],
    },
  },
  {
    id: 'on-passe-sur-app',
    phrases: [
      'viens|vient|venez|va|passe|rejoins|rejoin* ..2 sur|en ..1 mon|ma|notre ..1 @app|groupe_prive|canal_prive',
      'on|viens|vient|venez|allons|va|passe|passons|parle|parlons|continue|continuons|discute|discutons|bouge|bougeons ..3 sur|en|par|via @app',
      'en|par mp|dm|pv|priv|prive|privee|message_prive ..2 sur @app',
      'viens|vient|passe|parle|on_parle|on_continue|ecris|continue ..3 en|par mp|dm|pv|prive|privee|message_prive',
      'viens|vient|go|passe|on_passe|on_va pv|mp|dm|prive|priv',
      'plus|plu discret|discrete|prive|privee|tranquille|tranquil|calme|securise sur|en|par @app',
      '@app ..2 c|c_est|cest|est|ce_sera plus|mieux|plu discret|prive|tranquille|simple|pratique|securise',
      'cette|cet|ce|l appli|app|application|site|jeu ..3 nul|nulle|bug*|surveill*|lag*|pourri*',
    ],
    unless: [/* r25 */ 'un|le|notre|du|au|ce groupe|grp @app', /* r25 */ '@app ..1 de|du ..1 groupe|classe|club|equipe', 'pour ..3 le|la|les|l groupe|projet|expose|devoir*|cours|classe|game|partie|equipe|team|serveur', 'avec ..2 les|la classe|groupe|autres|potes|equipe', 'reponses|devoirs|exo*|lien|cours|pdf|doc', 'on|je|j|tu ..2 poste|postes|poster|publie|publier|publies|partage|partager|en_story|en_amis_proches'],
    weight: 1,
    examples: {
      match: ['viens sur mon telegram', 'parle moi sur telegram', 'viens en privé sur discord', 'on continue sur whatsapp ?', 'viens en mp', 'viens sur discord', 'snap c plus simple', 'cette appli est nulle viens sur snap'],
      ignore: ["on fait un groupe whatsapp sans elle, c'est plus simple", "je te rajoute au groupe whatsapp de la classe c'est plus pratique", "on la poste sur tiktok ?", "on passe sur whatsapp pour l'exposé ?", 'on parle sur discord avec les autres', 'on se voit en cours'],
    },
  },
  {
    id: 'appel-video',
    phrases: [
      'dispo|chaud|chaude|partant|partante|libre ..2 pour ..1 un|une ..1 facetime|visio|appel_video|call|ft|appel_en_video',
      'on|tu|vous ..2 fait|fais|fai|faire|fais_un un|une facetime|visio|appel_video|appel_en_video|call|video_call|vc',
      'on s|on_se|tu_m|tu_me appel*|apel* ..2 en|par video|visio|facetime|cam',
      'on|tu|t ..2 s|se|m|me ..1 appeler|appelle|appel ..2 en|par ..1 video|visio|facetime|cam',
      'appel*|apel* moi|m ..2 en|par|sur video|visio|facetime|cam',
      'facetime|visio ce|maintenant|mtn|now|stp|svp|please',
      'passe*|on_passe en|sur appel_video|appel_en_video|visio|facetime|cam|video',
    ],
    unless: ['avec ..2 mamie|mamy|papi|papy|grand_mere|grand_pere|grands_parents|tata|tonton|tante|oncle|cousin*|maman|papa|ta_mere|ton_pere|ta_soeur|ton_frere', /* r15 */ 'pour ..3 le|la|les|l groupe|projet|expose|devoir*|cours|classe|reunion', 'avec ..2 les|la|le|mes|tes|toute ..1 filles|gars|potes|groupe|classe|equipe|famille|autres|copines|copains', /* r20 */ 'sur|dans ..1 l|la|cette ..1 app|appli|application|plateforme'],
    weight: 1,
    examples: {
      match: ["t'es dispo pour un facetime là ? mets ta cam", "on peut s'appeler en vidéo ?", "on s'appelle en facetime ?", 'on fait un facetime', 'appelle moi en visio', 'facetime ce soir ?'],
      ignore: ['On fait un appel vidéo dimanche avec mamie ?', "t'es dispo pour une visio pour le projet ?", 'appelle moi quand tu peux', 'on fait une visio pour le projet demain', 'jai fait un appel à ma mère', "On peut faire un appel video sur l'app jeudi ?"],
    },
  },
  {
    id: 'vocal-prive-que-nous-deux',
    phrases: [
      'viens|vien|venez|rejoins|rejoin|go|passe|passons|allons ..2 en|sur|dans ..1 [le|un|mon|notre] ..1 vocal|voc|salon|serveur|groupe|canal|live|call ..1 prive|privee|perso|secret',
      'on ..1 s_appelle|sappelle|s_appel|se_fait|se_fais|fait|fais ..1 [un] ..1 facecam|face_cam|facetime|visio|appel_video|appel_cam ..3 [ce_soir|juste|que|tous_les_deux|nous_deux|toi_et_moi]',
      'vocal|voc|salon|call|appel|facetime|visio|cam ..4 on ..1 sera|serait ..1 que|juste|seuls|seules ..1 [tous|toutes] ..1 les_deux|nous_deux|toi_et_moi|tous_les_deux',
    ],
    unless: ['groupe_de_classe|classe|devoir*|exo*|expose|projet|revision*|reviser|cours|prof|equipe|team|squad|ranked|tournoi|raid|game|partie|fortnite|valo|minecraft|roblox|lol|apex|cod|mamie|papi|famille|anniv*|mdr|ptdr|haha'],
    examples: {
      match: ['viens sur le vocal privé, on sera que tous les deux', "wsh frérot jsuis une meuf de 17 ans, on s'appelle en facecam ?", 'on se fait un facetime ce soir toi et moi'],
      ignore: ['viens sur le vocal privé pour la ranked', "on s'appelle en facecam avec mamie dimanche", 'viens en vocal pour le projet, on sera que tous les deux'],
    },
  },
  {
    id: 'texte-moi-sur-snap',
    phrases: [
      'texte|textes|textez|ecris|ecrit|ecrivez|ajoute|ajoutes|add ..1 moi|mwa ..1 sur|en|par ..1 @app|prive|priv|pv|mp|dm',
      'on|tu|t ..1 parle|parles|continue|continues|discute|se_parle|se_parles|passe|passes ..1 en ..1 priv|prive|privee|pv|mp|dm|perso',
    ],
    unless: ['groupe|classe|devoir*|exo*|cours|projet|expose|prof|equipe|team|club|asso*|mamie|papi|famille|mdr|ptdr|haha|serveur_de_la_classe|commande|colis|vinted|leboncoin|annonce|service_client|sav'],
    weight: 1,
    examples: {
      match: ['texte-moi sur snap', "slt c'est moi de tiktok, on parle en priv ?", 'on continue en pv'],
      ignore: ['texte-moi sur snap pour le projet de groupe', 'on passe en mp pour la commande vinted'],
    },
  },
  // r9-begin
  {
    "id": "envoie-sur-mon-whatsapp-r9",
    "phrases": [
      "envoie|envoies|envoyer|envoi|ecris|ecrit|ecrire|contacte|contacter|parle|parler|rejoins|rejoindre|ajoute ..6 sur|a|au ..1 mon ..1 whatsapp|wtsp|wa|telegram|tele|tg|snap|snapchat|signal|numero|num|06|07|perso|prive",
      "sur_mon|a_mon|au|mon ..1 whatsapp|wtsp|telegram|tg|signal|kik|numero|num|portable ..1 # ..1 # ..1 #",
      "tchat*|tchatt*|chatt*|chatter|texter|textes|texte ..3 sur|par|via|en ..1 @app|prive|mp|dm",
      "appelle|appel|call|appeler|telephone|bigophone ..1 moi|m ..1 sur|par|via|en ..1 whatsapp|wtsp|telegram|tg|signal|snap|snapchat|facetime|messenger|discord|skype"
    ],
    "unless": [
      "groupe_de_classe|prof|cours|devoir*|exo*|maman|papa|mamie|papi|boulot|travail|commande|livraison|colis|vinted|leboncoin|annonce|rdv|medecin|facture*"
    ],
    "examples": {
      "match": [
        "Envoie-moi 3-4 photos en maillot, de face et de dos, sur mon WhatsApp +33 6 12 34 56 78",
        "écris moi sur mon snap perso",
        "tu peux me tchatter sur snap",
        "je veux t'entendre, appelle moi sur whatsapp"
      ],
      "ignore": [
        "envoie la facture sur mon whatsapp stp",
        "envoie les exos sur mon whatsapp pour le devoir"
      ]
    }
  },
  // r9-end
  // r10-begin
  {
    "id": "on-peut-parler-la-bas-r10",
    "phrases": [
      "@app|insta*|snap*|whatsapp|telegram|discord|prive|privee ..3 on|onpeut ..1 peut|pourra|pourrait|va ..1 parler|discuter|causer|continuer ..1 la_bas|labas|la_dessus|dessus|tranquille|tranquillement|en_prive|plus_tranquille"
    ],
    "unless": [
      "groupe|projet|expose|devoir*|cours|classe|equipe|team|serveur|les_autres|tout_le_monde"
    ],
    "examples": {
      "match": [
        "t'as quoi comme insta prive ? on peut parler la bas",
        "viens en prive, on pourra parler tranquille"
      ],
      "ignore": [
        "viens sur discord, on peut parler la bas du projet avec les autres"
      ]
    }
  },
  // r10-end
  {
    "id": "mode-prive-sur-telegram-r12",
    "phrases": [
      "mets|met|passe|passes|viens|mettre ..2 en ..1 mode_prive|prive|mp|pv|secret|ephemere ..2 sur ..1 @app|telegram|whatsapp|snap*|signal|insta*|discord|skype|zoom",
      "parle*|parler|causer|discuter|vocal ..3 sur ..1 @app|snap*|whatsapp|telegram|signal|skype|insta* ..1 plutot|c_est_mieux|cest_mieux|ce_sera_mieux|c_mieux"
    ],
    "unless": [
      "projet|groupe|classe|equipe|expose|devoir*|game|partie|ranked|raid|tournoi|serveur|mamie|papi|famille|parents|maman|papa"
    ],
    "examples": {
      "match": [
        "mets toi en mode privé sur telegram",
        "on peut se parler en vocal sur snap plutot, discord c'est chiant",
        "viens en privé sur whatsapp"
      ],
      "ignore": [
        "on parle sur whatsapp plutot pour le projet",
        "viens en vocal sur discord pour la game plutot"
      ]
    }
  },
  // r13-start
  {
    "id": "monde-prive-juste-nous-deux-r13",
    "phrases": [
      "appel|call|facetime|visio ..2 cam|video|camera|visio|ce_soir|cette_nuit ..4 juste|que|rien_que ..1 nous|toi_et_moi|nous_deux",
      "monde|salon|serveur|room|instance|world|canal|chan|vocal|groupe|salle ..1 prive|privee|perso ..4 juste|que|rien_que|seulement ..2 nous|toi_et_moi|nous_deux"
    ],
    "unless": [
      "projet|expose|devoir*|classe|equipe|raid|guilde|clan|tournoi|les_autres|avec_theo|avec_les"
    ],
    "examples": {
      "match": [
        "on peut aller dans un monde privé, juste nous deux",
        "viens en vocal privé, rien que toi et moi",
        "t'es dispo pour un appel cam ce soir ? juste nous"
      ],
      "ignore": [
        "on fait un salon privé juste nous deux pour l'exposé"
      ]
    }
  },
  {
    "id": "sur-snap-on-sera-plus-tranquilles-r13",
    "phrases": [
      "@app|snap|snapchat|whatsapp|telegram|insta|discord|signal ..4 plus_tranquille|plus_tranquilles|plus_prive|plus_discret|plus_discrets|personne_lit|personne_nous_voit|personne_nous_lit",
      "@app|snap|snapchat|whatsapp|telegram|insta|signal ..6 trop_de_monde|tout_le_monde_lit|ils_lisent|on_est_surveilles|c_est_surveille"
    ],
    "unless": [
      "game|partie|ranked|raid|tournoi|projet|expose|devoir*|groupe|classe|equipe|mdr|ptdr|le_bruit|reseau|connexion|bug|lag"
    ],
    "examples": {
      "match": [
        "donne moi ton snap on sera plus tranquille la bas, ici y'a trop de monde qui lit",
        "viens sur telegram on sera plus tranquilles"
      ],
      "ignore": [
        "viens sur discord on sera plus tranquilles pour la ranked"
      ]
    }
  },
  // r13-end
  // r14-start
  {
    "id": "mon-whatsapp-perso-r14",
    "phrases": [
      "sur|par|via ..1 mon|ma ..1 @app ..1 perso|personnel|prive|privee",
      "mon|ma @app perso|personnel|prive|privee",
      "@send|ecris|ecrivez|ecrit|contacte|contactez|envoyez|ecris_moi|parle_moi ..2 plutot|directement|direct|en_prive ..2 sur|par|via [mon|ma|le] @app",
      "viens|vient|rejoins|rejoint|venez ..2 en ..1 vocal|voc ..2 sur ..1 mon|ma|notre ..1 serveur|discord|@app"
    ],
    "unless": [
      "classe|groupe|projet|expose|devoir*|cours|equipe|club|famille|parents"
    ],
    "examples": {
      "match": [
        "Envoyez plutôt sur mon WhatsApp personnel",
        "viens en vocal sur mon serveur discord, je t'envoie le lien",
        "écris-moi directement sur telegram"
      ],
      "ignore": [
        "envoie le devoir sur le whatsapp de la classe",
        "viens en vocal sur le serveur de la classe"
      ]
    }
  },
  // r14-end
  // r15-start
  {
    id: 'passe-sur-mon-app-perso-r15',
    phrases: [
      'on|vas_y_on|viens_on ..1 passe|passes|va ..2 sur ..1 ton|mon|ta|ma ..1 @app ..1 perso|prive|privee',
      'passes|passe|viens|va ..1 sur ..1 mon|ma ..1 @app ..4 ici|bloque|mieux|plus_simple|plus_tranquille|plus_pratique|plus_discret',
      'rejoins|rejoin|rejoint|viens ..2 le|mon|en ..1 vocal|voc|salon ..1 prive|perso|privee',
      'appel*|visio ..1 video ..1 sur ..1 @app ..3 plus_facile|plus_simple|mieux|plus_pratique',
      'telecharge*|installe* ..6 sur ..1 notre|mon ..1 telegram|discord|whatsapp|signal',
    ],
    unless: ['groupe|classe|equipe|projet|expose|famille|cours_de_groupe|tout_le_monde|les_autres'],
    examples: {
      match: ["17 tkt. vas y on passe sur ton discord perso c mieux que les mondes publics", "Mais avant faut que tu passes sur mon telegram, ici insta me bloque les vocaux", "entretien oral sur discord, rejoins le vocal prive #staff-2", "Tu dois télécharger l'APK sur notre Telegram"],
      ignore: ["on passe sur le discord de la classe pour le projet", "rejoins le vocal de l'equipe"],
    },
  },
  // r18-start
  {
    id: 'suivi-perso-sur-telegram-r18',
    phrases: [
      'suivi|coaching|accompagnement|programme|plan|echange*|conversation ..2 perso|personnalise*|prive*|privee*|individuel* ..3 sur|par|via|en ..1 @app',
      'on ..2 fait|faire|continue*|passe ..2 le|un|ton|notre|ce ..1 suivi|coaching|programme|seance*|cours ..3 sur|par|via ..1 @app',
    ],
    unless: ['groupe|club|tout_le_monde|les_gars|ecole|classe|zoom|teams|meet|pronote|ent'],
    weight: 1,
    examples: {
      match: ['ok on va faire un suivi perso sur telegram', 'on continue le coaching sur whatsapp'],
      ignore: ['on fait le suivi du projet sur le groupe whatsapp de la classe'],
    },
  },
  // r18-end
  {
    "id": "facetime-juste-nous-deux-r19",
    "phrases": [
      "se|s|on ..2 capte|capter|fait|fais|faire|voit|voir|appelle|appeler ..3 en|un|une ..1 facetime|visio|appel_video|appel_cam|cam|facecam|video ..4 juste_nous|que_nous|toi_et_moi|tous_les_deux|nous_deux|en_prive|seuls|juste_toi_et_moi"
    ],
    "unless": [
      "groupe|expose|projet|devoirs|revisions|reviser|cours|les_autres|tout_le_monde|avec_les|classe|equipe"
    ],
    "examples": {
      "match": [
        "on se capte ce soir en facetime, juste nous deux",
        "on se fait une visio toi et moi ce soir ?"
      ],
      "ignore": [
        "on se fait une visio pour l'exposé avec les autres ?"
      ]
    }
  },
  {
    "id": "sans-passer-par-la-plateforme-r20",
    "phrases": [
      "sans ..1 passer ..1 par ..1 la|le|l ..1 plateforme|site|appli|app|application|serveur",
      "en ..1 dehors ..1 de|du ..1 la|le|l ..1 plateforme|site|appli|app|application"
    ],
    "unless": [
      "paiement|payer|commande|vinted|leboncoin|frais|commission|livraison|billet*|reservation|hotel|vol",
      /* r21 */ "payez|payes|paye|paie|paies|ne_payez|arnaque*|escroquer*"
    ],
    "examples": {
      "match": [
        "On pourrait continuer les cours en visio le soir, sans passer par la plateforme",
        "on continue en dehors de l'appli ?"
      ],
      "ignore": [
        "on peut faire la vente sans passer par le site pour eviter les frais",
        "tu peux payer sans passer par la plateforme ?"
      ]
    }
  },
  {
    "id": "telecharge-app-on-continue-la-bas-r20",
    "phrases": [
      "telecharge*|installe*|prends ..1 @app|wickr|kik|session|threema|viber|wire|whatsapp|telegram|signal ..5 continue|parle|parler|discuter|rejoin*|ecris|la_bas|labas|plus_discret|plus_sur|plus_safe|en_prive",
      "supprime*|desinstalle* ..1 snap|snapchat|insta|instagram|tiktok ..3 et ..1 rejoin*|viens|passe ..2 sur|en ..1 @app|wickr|kik|session|threema|telegram|signal|whatsapp"
    ],
    "unless": [
      "groupe|classe|famille|equipe|club|cours|prof|projet|asso*|travail|taf|boulot|mamie|papi|mere|pere|maman|papa"
    ],
    "examples": {
      "match": [
        "telecharge wickr et on continue la-bas",
        "supprime snap et rejoins moi sur signal, c plus discret"
      ],
      "ignore": [
        "telecharge whatsapp on continue la-bas pour le groupe de classe"
      ]
    }
  },
  {
    "id": "passe-sur-mon-serv-prive-r21",
    "phrases": [
      "passe|viens|vient|rejoins|rejoin*|go|on_passe|on_va ..2 sur|en|dans ..1 mon|ma|notre ..1 serv|serveur|salon|vocal|discord|groupe ..1 prive|privee|perso|secret|a_moi",
      "@app ..1 c|c_est|cest|ces ..1 mieux|plus_simple|plus_pratique|plus_facile|plus_tranquille|plus_sur|plus_discret"
    ],
    "unless": [
      "classe|cours|projet|expose|equipe|team|club|tournoi|tryout*|scrim*|clan|guilde|raid|asso*|famille|cousin*",
      "groupe_de_td|groupe_de_tp|td|tp|pour_le_groupe|revisions|revision|devoirs|colocs|coloc"
    ],
    "weight": 1,
    "examples": {
      "match": [
        "ok tranquille. passe sur mon serv privé on sera mieux pour parler",
        "sur snap c mieux",
        "viens dans mon salon privé"
      ],
      "ignore": [
        "on passe sur whatsapp c'est plus simple pour le groupe de TD",
        "viens sur mon serv privé de la team pour le scrim",
        "rejoins le serveur de la classe"
      ]
    }
  },
  // r25-start
  {
    id: 'envoie-a-notre-directeur-sur-telegram-r25',
    phrases: [
      '@send|contacte*|ecris|ecrivez|ajoute*|ajoutez ..6 a|au ..2 notre|mon|le ..1 directeur|moderateur|modo|manager|recruteur|agent|responsable|coach|photographe ..6 sur|via|par ..1 @app',
    ],
    unless: ['gazette|journal|communication|newsletter|site|lycee|college|ecole|prof|cpe|vie_scolaire|mairie|club_de|asso|association|licence|inscription*|devoir*|cours|mamie|papi'],
    weight: 1,
    examples: {
      match: ['Envoyez 3 photos en sous-vetements a notre directeur de casting sur Telegram pour constituer votre book.', 'envoyez une photo de vous a notre moderateur @vbx_mod sur Telegram'],
      ignore: ["envoie ta fiche d'inscription au coach du club sur whatsapp", 'ecris au responsable de la vie scolaire sur teams'],
    },
  },
  // r25-end
  {
    id: 'autre-site-plus-tranquille-r26',
    phrases: [
      'autre|un_autre|une_autre ..1 site|app|appli|application|plateforme|chat|serveur|salon ..4 plus_tranquille|plus_tranquilles|plus_discret|plus_discrete|plus_prive|plus_privee|pas_de_modo*|sans_modo*|pas_de_moderation|sans_moderation|personne_nous_voit|personne_lit',
      'on|viens|passe|passons|allez|va|aller ..3 sur|dans ..2 un|une ..1 site|app|appli|serveur|salon ..2 sans|pas_de|y_a_pas_de ..1 modo*|moderation|moderateur*|moderatrice*',
    ],
    examples: {
      match: ['on passe sur un site sans moderation ?', "tu veux qu'on passe sur un autre site plus tranquille ? y'a pas de moderation", 'viens sur une autre appli, sans modo'],
      ignore: ["ce serveur discord est sans modo, c'est le bazar", 'on passe sur une autre appli pour le projet, celle-là bug'],
    },
  },
  // r27-start
  {
    id: 'mon-autre-compte-reponds-ici-r27',
    phrases: [
      'c_est|cest|c|voici|voila|ici|c_est_moi ..2 mon|ma ..1 autre|deuxieme|2_eme|2_e|second|seconde|nouveau|nouvelle|double ..1 compte|profil|acc|account|snap|page',
      'tu|t ..1 m|me ..1 as|a|ma ..1 bloque*|bloquer|supprime*|delete* ..6 reponds|rep|repond|parle|ecris ..2 moi|m ..1 ici|la|sur_celui_ci|sur_ce_compte|sur_celui_la',
      'sur|avec ..1 mon|ce ..1 autre|deuxieme|nouveau|second ..1 compte|profil ..4 reponds|rep|repond|parle|ecris ..2 moi|m ..1 ici|la',
    ],
    unless: ['suis_moi|suivez_moi|abonne*|foot|sport|club|pour_le|pour_la|pour_mes|dessin*|art|abonne_toi|abonnez_vous|follow|pirate*|hack*|vole|perdu|oublie*|mot_de_passe|mdp|l_ancien_marche_plus|mon_ancien|compte_pro|compte_art|compte_dessin|compte_fan|fan_account|pour_le_club|pour_l_ecole'],
    examples: {
      match: ["c'est mon autre compte, réponds moi ici", "tu m'as bloqué sur insta, parle moi ici maintenant", 'sur mon nouveau compte reponds moi la'],
      ignore: ["c'est mon nouveau compte, l'ancien a été piraté", "c'est mon deuxième compte pour mes dessins, abonne toi", "c'est mon deuxième compte pour le foot, suis moi"],
    },
  },
  // r27-end
  // r31
  {
    id: 'qu-on-se-voie-en-cam-r31',
    phrases: [
      'on ..1 se|s ..1 voie|voit|voient|voye|voyait|verrait|capte ..2 en|sur|par ..1 cam|camera|webcam|visio|facetime|video|facecam|face_cam|appel_video',
      'appel|appels|call|visio|facetime ..1 [video|cam|camera] ..1 en ..1 prive|privee|perso|tete_a_tete|seul_a_seul|seule_a_seul|solo',
      'scene|scenes|rp|roleplay|role_play|histoire|session ..2 privee|prive|perso|solo|a_deux|rien_qu_a_nous|juste_nous ..3 en|par|sur ..1 mp|mps|dm|dms|pv|message_prive|messages_prives',
    ],
    unless: ['avec ..2 mamie|mamy|papi|papy|grand_mere|grand_pere|grands_parents|tata|tonton|tante|oncle|cousin*|maman|papa|ta_mere|ton_pere|ta_soeur|ton_frere', 'projet|groupe|expose|devoir*|cours|classe|reunion|equipe|prof|tuteur|tutrice|medecin|docteur|psy|teleconsultation|entretien_d_embauche|conseiller*|pole_emploi|france_travail|banque'],
    examples: {
      match: ["j'aimerais bien qu'on se voie en cam ce soir", 'on se capte en facetime ?', 'un appel vidéo en privé, juste nous', 'on fait un rp privé en mp ?'],
      ignore: ['on se voit en visio pour le projet ?', 'la scène privée du film est en mp4', "on se voit en cam avec mamie dimanche", "je t'appelle en privé ce soir"],
    },
  },
  // r31-end
] satisfies PatternEntry[];
