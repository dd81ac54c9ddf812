import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'si-tu-montres-je-montre',
    phrases: [
      '@send|@show ..4 @photo ..6 @ite ..1 envoie|envoi|enverrai|montre|montrerai|renvoie ..2 une|la|les|des ..1 de_moi|mienne|miennes',
      'si tu|t me|m ..1 montre*|envoi*|envoy* ..5 @ite|je|j ..2 montre*|envoi*|envoie*',
      '@ite montre*|envoi*|envoie* ..4 si tu|t me|m|si_toi_aussi|si_tu_le_fais',
      '@ite|je|j ..3 fais|fait|envoie|envoi|montre ..4 tu|t ..1 m|me ..1 en ..1 fais|fait|envoies|envoie|montres|montre|donnes|files',
      '@ite montre*|envoi* ..2 la_mienne|le_mien|les_miennes|les_miens|mes_photos|mon_corps|mes_seins|ma_bite|mes_nudes',
      'montre*|envoi* ..3 et ..1 @ite montre*|envoi*',
      'montre*|envoi* ..2 [moi] ..2 d_abord|dabord|en_premier ..3 apres|puis|et @ite|je',
      'je|j|moi ..1 montre|montrerai|envoie|enverrai ..2 si ..1 tu|t|toi ..1 montres|montre|envoies|envoie|le_fais|fais_pareil|aussi|pareil',
      'tu|t ..1 me|m ..1 montres|envoies ..1 [et|puis] ..1 @ite|je|j ..1 montre*|envoi*',
      'tu|t ..1 montres ..1 [et|puis] ..1 je|j ..1 montre',
    ],
    unless: ['tiktok|insta|instagram|pseudo|profil|story|stories|chore*|playlist_spotify', 'tenue|robe|look|chemise|costume|outfit|fringue*|coiffure|dessin*|devoir*|exo*|ticket|recette|plat|gateau|course|trophee|medaille', 'redac*|exo*|devoir*|copie|dessin|coupe|robe|chambre|voiture|carte*|skin*|version|reponse*|expose|lien|code|liste|recette|dissert*|dm|fiche*|cours|notes|correction|corrige*|plan|resume*|intro|conclusion|brouillon|playlist|tenue|menu|maillots|equipe|club|nouveaux|nouvelles|gateau|plat|dessin*|paysage*', /* r20 */ 'argent|largent|paypal|lydia|wero|virement|paiement|acompte|colis|expedie*|expedier|expedition|livraison|photo_de_classe|photos_de_classe|photo_de_groupe|compare*|chien|chiot|chaton|animal|vacances|emploi_du_temps|edt|bulletin|config|setup|score|classement|resultat*'],
    examples: {
      match: ["envoie une photo torse nu, moi je t'envoie une de moi après", 'montre moi une photo de toi et jte montre la mienne', "je te fais une photo, tu m'en fais une, deal ?", 'je t en envoie une tu m en envoies une', 'je montre si tu montres', 'tu montres je montre', "tu m'envoies et je t'envoie", 'si tu me montres je te montre', 'jte montre si tu me montres', 'je te montre la mienne', "montre et je t'envoie les miennes"],
      ignore: ["je te montre mon tiktok si tu me montres le tien mdr", "pour le velo, envoie l'argent par paypal d'abord et je l'expedie demain", "je t'envoie ma photo de classe si tu m'envoies la tienne, on compare nos tetes de 6e 😂", "moi je t'envoie une de moi après la course", "envoie une photo de ta tenue, je t'envoie la mienne", "je t'envoie la mienne aussi, la fiche de révision", "je t'envoie la mienne de dissert si tu m'envoies la tienne", 'si tu me montres le chemin je te paie un coca', 'je te montre le jeu demain', 'montre moi ton exo', 'je te montre la mienne demain, ma redac', "je te fais une photo, tu m'en fais une avec les nouveaux maillots ?", "je montre si tu montres ta rédac", "tu m'envoies tes réponses et je t'envoie les miennes"],
    },
  },
  {
    id: 'a-ton-tour',
    phrases: [
      'c_est|cest|c ..1 toi|twa ..1 qui ..1 m|me ..1 en ..1 envoies|envoie|montres|montre|fais|fait',
      'tu|t ..1 veux|voudrais|veut ..1 voir ..1 la_mienne|le_mien|les_miennes|les_miens|mes_photos|mon_corps|mes_nudes|ma_photo',
      'a ton tour ..4 montre*|envoi*|envoy*|@photo|de_me|m_envoyer|maintenant|mtn',
      'j|je|jt|jte|moi ..2 t|te ai|e envoye*|montre*|envoyer ..6 a|c ton tour',
      'j|je|jt|jte|moi ..2 t|te ai|e envoye*|montre*|envoyer ..6 toi_aussi|toi_maintenant|ton_tour|tu_me_dois|a_toi|atoi',
      'je t ai montre moi|mwa',
      'si je|j|jte|jt ..2 envoi*|montre* ..4 tu|t ..2 envoi*|montre*',
      'je|j|jte|jt ..2 envoi*|montre* ..4 d_abord|dabord|en_premier|moi_d_abord',
      'mienne|miennes|mien|miens ..6 tienne|tiennes|tien|tiens|ton_tour|a_toi|toi_maintenant',
      'moi aussi ..2 je|j|jte|jt ..2 envoi*|montre*',
      'jtai|jt_ai|jtai_envoye|tai montre*|envoye* ..4 a_ton_tour|toi_aussi|ton_tour',
      'a toi|twa de|maintenant|mtn ..2 montre*|envoi*|envoy*',
    ],
    unless: ['jouer|joue|lancer|lance|de_des|partie|game|carte*|pion|parler_a_la_classe|passer_au_tableau', 'reponse*|redac*|dissert*|controle|interro|tp|exo*|exercice*|devoir*|copie|corrige*|fiche*|notes|cours|lien*|code*|playlist|musique*|son|sons|recette|skin*|adresse*|numero*'],
    examples: {
      match: ["tu veux voir la mienne ? après c'est toi qui m'en envoies une", "moi je t'ai montré, à toi", "a ton tour maintenant 😏 je t'ai montré moi", "je t'ai envoyé la mienne, à ton tour", 'je tai envoyé une photo toi aussi', "a toi de m'envoyer"],
      ignore: ['je t envoie mes reponses si tu m envoies les tiennes', 'maintenant a toi de m envoyer la photo de ta dissert', 'à ton tour de jouer', "je t'ai envoyé le lien, à ton tour de lancer la partie", 'a ton tour de passer au tableau'],
    },
  },
  {
    id: 'echange-photos',
    phrases: [
      'echange*|echanger|echangeons|s_echange*|troc ..3 @photo|nudes',
      '@photo contre ..2 @photo',
      '@photo pour ..1 @photo',
      'donnant donnant',
      'une pour une|un_pour_un|une_contre_une',
    ],
    unless: ['dessin*|paysage*|gateau|plat|devoir*|exo*|cours|chat|chien|cartes|pokemon|stickers|vetements|habits|jeux|vacances|voyage|soiree|anniv*|sortie|classe|colo|mariage|concert|match|plage|ski|groupe|album|drive|souvenir*'],
    examples: {
      match: ['photo pour photo ?', 'on echange des photos ?', 'photo contre photo', 'donnant donnant 😏', 'on se fait un échange de nudes'],
      ignore: ['on fait photo pour photo de nos dessins ?', 'on échange nos photos de vacances ?', 'on echange des cartes pokemon', 'échange de vêtements samedi'],
    },
  },
  {
    id: 'jai-deja-envoye-a-ton-tour',
    phrases: [
      'j_ai|jai|g|j|moi ..2 deja|moi ..2 envoye*|montre*|balance* ..4 a|c|cest|c_est ton|toi|twa ..1 tour|maintenant|mtn',
      'moi ..1 j_ai|jai|g ..1 deja ..1 envoye*|montre*|fait ..4 toi|twa ..1 aussi|maintenant|mtn',
      'j_ai|jai|g ..1 [deja] envoye*|montre* ..3 t_attends|tattends|t_attend|tu_attends|t_as_peur|ta_peur|tu_as_peur|t_es_ou|toi_aussi|a_toi|atoi',
    ],
    unless: ['devoir*|exo*|dossier|projet|partie|jeu|game|carte*|formulaire|inscription|classe|groupe|lien|mail|cv|candidature|message_a|invitation*|des|manette|lancer'],
    examples: {
      match: ["moi j'ai envoyé, t'attends quoi", "bah une pic, j'ai déjà envoyé moi, a ton tour", "moi j'ai deja montre, toi maintenant"],
      ignore: ["j'ai déjà envoyé mon devoir, à ton tour", "j'ai deja envoye le lien du groupe, a ton tour"],
    },
  },
  {
    id: 'jai-joue-le-jeu',
    phrases: [
      'j_ai|jai|g|moi ..2 joue_le_jeu|fait_ma_part|tenu_parole|fait_le_premier_pas|fait_le_premier ..6 ton_tour|a_toi|atoi|toi_maintenant|tu_me_dois|toi_aussi|a_ton_tour|ta_part',
      'c_est|cest|c ..1 ton ..1 tour ..2 de ..1 @send|@show|m_envoyer|me_montrer|te_montrer|jouer_le_jeu',
    ],
    unless: [/* r25 */ 'dessin|poeme|texte|oral|redaction', 'expose|projet|devoir*|exo*|exercice*|dossier|menage|vaisselle|courses|cuisine|partie|game|des|manette|carte*|plateau|lancer|tirer|piocher|tableau|lien|code|reponse*|playlist|musique|son|recette'],
    examples: {
      match: ['bah voilà moi j ai joué le jeu, maintenant c est ton tour 😏', "j'ai fait le premier pas, à toi", "c'est ton tour de m'envoyer"],
      ignore: ["cest ton tour de montrer ton dessin", "j'ai fait ma part de l'exposé, à toi maintenant", "j'ai fait ma part de la vaisselle, à ton tour", "c'est ton tour de lancer les dés"],
    },
  },
  {
    id: 'envoie-la-tienne',
    phrases: ['@send|@show ..1 la|les tienne|tiennes'],
    weight: 1,
    unless: ['reponse*|redac*|dissert*|exo*|devoir*|copie|fiche*|cours|notes|lien*|code*|adresse*|numero*|playlist|recette|liste', /* r20 */ 'photo_de_classe|photos_de_classe|compare*|emploi_du_temps|edt|bulletin|config|setup|score|classement|resultat*|chien|chat|chiot|chaton|vacances'],
    examples: {
      match: ['à toi envoie moi la tienne', 'montre la tienne'],
      ignore: ['envoie moi la tienne de rédac'],
    },
  },
  {
    id: 'moi-je-lai-fait-a-toi',
    phrases: [
      'moi|mwa ..1 je|j ..1 l_ai|lai|les_ai|t_en_ai|ten_ai|t_ai ..1 [deja] ..1 fait|envoye|envoyee|envoyees|montre|donne ..4 a_toi|a_ton_tour|ton_tour|a_twa|maintenant_toi|toi_maintenant|ton_tour_maintenant',
      'j_ai|jai|g ..1 [deja] ..1 fait|envoye|montre|joue ..1 ma|mon ..1 part ..3 a_toi|a_ton_tour|ton_tour|toi_maintenant',
      'c_est|cest|c ..1 ton ..1 tour ..3 @send|@show|envoi*|montre*|de_m_envoyer|de_me_montrer',
      'donnant_donnant|donnant_donant|un_partout|chacun_son_tour|chacun_son_tour_hein|equitable ..6 @photo|montre*|envoi*|tour',
      '@photo|montre*|envoi* ..6 donnant_donnant|donnant_donant|chacun_son_tour',
    ],
    unless: [/* r25 */ 'dessin|poeme|texte|oral|redaction', 'mdr|ptdr|xd|haha|lol', 'a_toi_de ..1 payer|jouer|choisir|voir|decider|ranger|faire_la|passer|conduire|cuisiner|parler|lancer|tirer|commencer|proposer', 'payer|paye|resto|addition|tournee|devoir*|exo*|exercice*|dm|expose|fiche*|cours|vaisselle|menage|courses|jeu|game|partie|carte*|uno|monopoly|les_des|lancer|joue_ton|a_toi_de_jouer|quiz|question*|action_verite|anniv*|cadeau*|recette|playlist|son|musique'],
    examples: {
      match: ["moi je l'ai fait, à toi", "moi je t'en ai envoyé une, à ton tour", "j'ai fait ma part, à toi maintenant", "c'est ton tour de m'envoyer", 'donnant donnant, je te montre et tu me montres'],
      ignore: ["cest ton tour de montrer ton dessin", "moi je l'ai fait, à toi de payer le resto", "moi je l'ai fait l'exo 3, à toi", "c'est ton tour de lancer les dés", "j'ai fait ma part de la vaisselle, à toi", 'donnant donnant pour les devoirs'],
    },
  },
  // r9-begin
  {
    "id": "jte-montre-et-tu-me-montres-r9",
    "phrases": [
      "jte|je_te|j_te|moi_je_te|je_t ..1 montre|montrerai|montres|fais_voir|ferai_voir ..2 et|si|puis|pis ..1 tu|toi|t ..2 me|m ..1 montres|montre|montreras|fais_voir|feras_voir",
      "on_fait|on_se_fait|ca_te_dit|tu_veux_faire|tu_veux ..1 un ..1 echange|deal|troc ..4 jte_montre|je_te_montre|de_photos|de_pics|de_nudes|photo_contre_photo|pic_contre_pic|tu_me_montres",
      "nos|notre ..1 corps|nudes ..3 jcommence|je_commence|j_commence|je_montre_en_premier|moi_d_abord|moi_en_premier"
    ],
    "unless": [
      "tiktok|insta|instagram|pseudo|profil|story|stories|chore*|vacances|dessin*|devoir*|exo*|cahier|copie*|notes|code|deck|skin*|inventaire|carte*|pokemon|collection|recette|tuto*|astuce*|figure|trick|choregraphie|pas_de_danse|croquis|tattoo|tatouage|chambre|deco|cadeau*|tenue_pour|robe_pour"
    ],
    "examples": {
      "match": [
        "on fait un échange ? jte montre et tu me montres 😇",
        "bah nos corps lol, jcommence si tu veux",
        "je te montre si tu me montres"
      ],
      "ignore": [
        "je te montre mon tiktok si tu me montres le tien mdr",
        "jte montre mon dessin et tu me montres le tien",
        "je te montre mes skins et tu me montres ton inventaire"
      ]
    }
  },
  // r9-end
  // r10-begin
  {
    "id": "je-tenvoie-une-mais-tu-men-envoies-une-r10",
    "phrases": [
      "@ite ..1 envoyer|envoie|envoi|montrer|montre ..4 @photo ..6 tu|t ..1 m_en|men ..1 envoies|envoie|envoi|montres|envoyes",
      "tu|t ..1 m_en|men ..1 envoies|envoie|envoyes|montres|renvoies ..1 une|un ..1 aussi|en_retour|pareil|apres ..3 c_est|cest|c ..1 juste|normal|equitable|le_deal"
    ],
    "unless": [
      "cours|exo*|devoir*|page|fiche|resume|corrige|recette|diapo|projet|expose|chat|chien|vacances|menu|plan|pronote"
    ],
    "examples": {
      "match": [
        "jvais t'envoyer une photo de moi en brassiere, mais tu m'en envoies une aussi",
        "je te montre une photo mais tu m'en montres une",
        "tu m'en envoies une aussi apres c'est normal"
      ],
      "ignore": [
        "je t'envoie la photo du cours mais tu m'en envoies une de l'exo 4",
        "je te montre une photo de mon chien, tu m'en envoies une du tien"
      ]
    }
  },
  // r10-end
  {
    id: 'a-toi-maintenant-je-lai-fait-moi-r11',
    phrases: [
      'a toi|twa ..1 maintenant|mtn|now ..6 je|j|moi ..2 l_ai|lai|t_ai|tai|ai ..1 fait|envoye|montre',
      'je|j|moi ..2 l_ai|lai|t_ai|tai|ai ..1 fait|envoye|montre ..4 a ..1 toi|twa ..1 maintenant|mtn|now',
      '@send|envoye|@show ..1 les|la ..1 tiennes|tienne ..2 astheure|maintenant|mtn|now|aussi|toi_aussi|a_ton_tour',
      'j|je ..1 attends|attend ..1 la|les ..1 tienne|tiennes ..3 maintenant|mtn|toi|twa|aussi|a_ton_tour',
    ],
    unless: ['jeu|partie|manche|des|carte*|echec*|defi|challenge|exo*|devoir*|copie|redac*|dissert*|reponse*|vaisselle|menage|gage|course|poubelle*|lien*|code*|playlist|recette|liste|adresse|numero'],
    examples: {
      match: ["a toi maintenant, c'est normal, je l'ai fait moi", "je te l'ai envoyé moi, a toi maintenant", 'envoye les tiennes astheure', "j'attends la tienne maintenant 😏"],
      ignore: ["a toi maintenant, je l'ai fait moi la vaisselle hier", "je l'ai fait moi l'exo, a toi maintenant", "j'attends la tienne de redac maintenant"],
    },
  },
  {
    id: 'je-tai-envoye-une-photo-de-moi-regarde-r11',
    phrases: [
      'ai|ai_deja ..1 envoye|montre ..2 une|la|ma|des|mes ..1 @photo ..2 de_moi|a_moi|perso* ..4 regarde|regardes|ton_tour|a_toi|a_twa|maintenant|mtn|secret|rien_que_pour_toi|juste_pour_toi',
    ],
    weight: 2,
    unless: ['coupe|cheveux|tenue|robe|vacances|voyage|plage|bebe|chien|chat|anniv*|soiree|mariage|classe|sortie|diplome*|match|tournoi|concert|maman|papa|mamie|papi|mdr|ptdr'],
    examples: {
      match: ['je peux te dire un secret? je t ai envoye une photo de moi, regarde', "je t'ai envoyé une photo de moi rien que pour toi, a toi maintenant"],
      ignore: ["je t'ai envoyé une photo de moi avec ma nouvelle coupe, regarde", "je t'ai envoyé une photo de moi a la plage regarde"],
    },
  },
  // r11-end
  {
    "id": "je-t-envoie-une-photo-tu-m-envoies-en-echange-r12",
    "phrases": [
      "@ite|moi_je ..2 envoi*|montre*|fais ..3 @photo ..6 tu|toi ..4 en_echange|en_retour|la_tienne|une_de_toi|pareil|aussi",
      "en ..1 soutif*|sous_vetement*|sous_vet*|culotte*|string*|lingerie|calecon*|boxer*|maillot* ..6 comme_ca_on|a_egalite|egalite|chacun_son_tour|a_ton_tour|ton_tour|comme_moi"
    ],
    "unless": [
      "chat|chien|lapin|animal|plat|repas|paysage|coucher_de_soleil|sapin|deco|dessin*|gateau|devoir*|exo*|exercice*|cours|feuille|correction|recette|billet|ticket|carte|plan|adresse|notes|fiche*|emploi_du_temps|menu|tenue_de_sport|vestiaire|piscine", "photo_de_classe|photos_de_classe|compare*|vacances|bulletin|config|setup"
    ],
    "examples": {
      "match": [
        "j'ai un secret... je t'envoie une photo de moi mais tu m'envoies une en échange ok?",
        "bah en soutif, comme ça on est à égalité",
        "jte montre ma photo et toi tu montres la tienne",
        "en calecon comme moi"
      ],
      "ignore": [
        "je t'envoie une photo de mes exos et tu m'envoies la tienne en échange", "je t'envoie une photo de mon chat et tu m'envoies la tienne",
        "je t'envoie la photo du menu et toi tu fais pareil"
      ]
    }
  },
  // r13-start
  {
    "id": "photos-je-commence-r13",
    "phrases": [
      "@photo|nudes ..6 je_commence|jcommence|je_montre_d_abord|j_envoie_d_abord|j_envoie_en_premier|moi_d_abord|je_montre_en_premier"
    ],
    "unless": [
      "soiree|vacances|voyage|drive|groupe|classe|match|diapo*|expose|projet|album|mariage|anniv*|concours_photo|cours_de_photo"
    ],
    "examples": {
      "match": [
        "tu veux qu'on s'envoie des photos de nous ? je commence",
        "des photos de toi contre des photos de moi, j'envoie d'abord"
      ],
      "ignore": [
        "pour l'exposé faut des photos, je commence le diapo",
        "les photos de la soirée je commence à les trier"
      ]
    }
  },
  {
    "id": "une-de-toi-contre-une-de-moi-r13",
    "phrases": [
      "@photo ..6 tu|t ..1 m_en|men ..1 dois|devras ..1 une|un|1",
      "une|un|1|des|photo*|pic* ..2 de ..1 toi ..1 contre ..1 une|un|des|1 ..2 de ..1 moi"
    ],
    "unless": [
      "vacances|voyage|soiree|classe|groupe|expose|projet|drive|album|identite|passeport"
    ],
    "examples": {
      "match": [
        "je t'envoie une photo de moi mais tu m'en dois une après",
        "échange ? une de toi contre une de moi 😏"
      ],
      "ignore": [
        "je t'envoie les photos de la soirée, tu m'en dois une pour l'album"
      ]
    }
  },
  // r13-end
  // r14-start
  {
    "id": "tas-recu-la-mienne-maintenant-toi-r14",
    "phrases": [
      "t_as|tas|tu_as|t ..1 recu|eu|vu ..1 la_mienne|les_miennes|le_mien|les_miens|ma_photo|mes_photos|ma_video ..4 maintenant|a_toi|ton_tour|toi_aussi|ta_tour"
    ],
    "unless": [
      "cours|notes|devoir*|exo*|fiche*|lettre|colis|carte_postale|invitation|copie"
    ],
    "examples": {
      "match": [
        "cest bon t'as reçu la mienne, maintenant toi",
        "t'as vu ma photo ? à toi maintenant 😏"
      ],
      "ignore": [
        "t'as reçu mes notes de cours ?"
      ]
    }
  },
  // r14-end
  // r15-start
  {
    id: 'je-tai-envoye-une-de-moi-r15',
    phrases: [
      'je|j ..1 t|te ai|e ..1 envoye*|montre* ..4 @photo ..5 de_moi ..2 @nude',
      'on ..1 se ..1 fait|fais|envoie ..2 des ..1 snaps|photos|pics|photo|snap ..4 je ..1 commence',
    ],
    unless: ['plage|vacances|mer|camping|colo|mdr|ptdr|xd|groupe|famille|mamie|piscine_municipale|tenue_de_sport_du_club'],
    examples: {
      match: ["je t'ai envoye une photo en vue unique, de moi en maillot, t'as vu ?", "trop belle. on se fait des snaps plus chauds ? 😏 je commence"],
      ignore: ["je t'ai envoyé une photo de moi en maillot a la plage mdr", "on se fait des photos de groupe ? je commence"],
    },
  },
  {
    "id": "je-ten-envoie-une-de-moi-en-retour-r16",
    "phrases": [
      "@ite|je_t|jt ..1 en ..1 envoie|envoi|envoies|envoye|envoyerai|montre|montrerai|file ..2 une|un|des ..2 de_moi|des_miennes|des_miens ..4 en_retour|en_echange|aussi|si|apres|d_abord",
      "jtenvoi*|jten|jt_en|jte ..2 une|un|des|deux ..1 des_miennes|des_miens|de_moi ..4 si|quand|en_echange|en_retour",
      "je ..1 montre ..1 tu|et_tu|toi_tu ..1 montres|montre",
      "@ite|jtai|j_t_ai|je_t_ai|jt_ai ..1 envoye|envoyee|montre ..3 @photo ..2 de_moi ..3 a_toi|ton_tour|a_ton_tour|maintenant_toi|toi_maintenant"
    ],
    "unless": [ "dessin*|devoirs|exo|exos|copie*|carnet*|cartes|pokemon|collection|notes|bulletin|resultats|brouillon|schema|chien|chat|chiot|chaton|lapin|cheval|poney|jument|le_tien|gateau|plat|recette",
      "de_la_plage|du_voyage|de_la_soiree|des_vacances|du_match|de_l_expo*|pour_le_projet|pour_l_expose"
    ],
    "examples": {
      "match": [
        "moi je t'en envoie une de moi en retour promis",
        "jtenvoi une des miennes si tu m'en envoies une sans rien 😏",
        "je montre, tu montres",
        "jtai envoye une photo de moi, a toi maintenant 😏",
        "je t'ai envoye une photo de moi, a ton tour"
      ],
      "ignore": [ "je montre, tu montres, on compare nos dessins", "jtai envoye une photo de moi avec ton chien, a toi maintenant de m'envoyer le tien",
        "je t'en envoie une de moi a la plage si tu veux, pour le projet",
        "je t'ai envoye une photo de moi et de mamie",
        "je montre le chemin, tu suis"
      ]
    }
  },
  {
    "id": "je-montre-la-mienne-aussi-r19",
    "phrases": [
      "je|j|moi|jte ..2 montre|montrerai|montrer|envoie|enverrai|envoye|file ..1 la_mienne|le_mien|les_miennes|les_miens|mon_corps|mes_photos|ma_cam ..2 aussi|apres|en_echange|en_retour|d_abord|si|promis",
      "allume|mets|met|active ..2 la|ta ..1 cam|camera|webcam ..4 je|j|moi ..1 montre|mets|allume ..1 la_mienne|ma_cam|la_mienne_aussi"
    ],
    "unless": [
      "copie|dessin|tenue|robe|note|notes|devoir*|carte*|collection|chambre|voiture|moto|bulletin|recette|exo*|exercice*|dm|reponse*|resultat*|playlist|deck|skin*|base|build|setup"
    ],
    "examples": {
      "match": [
        "c encore mieux 😏 allume la cam stp, je montre la mienne aussi",
        "moi j'envoie la mienne après promis",
        "je montre le mien en échange"
      ],
      "ignore": [
        "montre ta copie, je montre la mienne aussi",
        "je montre ma collection de cartes et toi la tienne"
      ]
    }
  },
  {
    "id": "photo-de-moi-apres-c-ton-tour-r21",
    "phrases": [
      "@photo ..6 @nude ..6 c|c_est|cest|ce_sera|sera|mtn|maintenant ..1 ton ..1 tour",
      "je|jte ..1 te|t ..1 montre|montrerai|envoie|envoi|enverrai ..2 moi_aussi|aussi|les_miennes|la_mienne|les_miens|le_mien ..3 si ..1 tu ..1 veux|montres|envoies|fais",
        "jte|jt ..1 montre|montrerai|envoie|envoi|enverrai ..2 moi_aussi|aussi|les_miennes|la_mienne|les_miens|le_mien ..3 si ..1 tu ..1 veux|montres|envoies|fais"
    ],
    "unless": [
      "dessin|tuto|devoir*|exo|recette|jeu|skin|build|deck|code|choree|chore|pas_de_danse|tenue|robe|ongles|manucure|coiffure|coupe|setup|tatouage|bulletin|note|notes|copie|resultat*|vacances|plage", "si ..1 tu ..1 veux ..1 ma|mon|mes|le|la|les|l|un|une|des|comment|ou|quoi|ce|ca|sa"
    ],
    "examples": {
      "match": [
        "je t'envoie une photo de moi, sans rien dessus 🙈 mais apres c ton tour",
        "allez stp, mes ex elles le faisaient toutes, je te montre moi aussi si tu veux",
        "jte montre les miennes si tu montres"
      ],
      "ignore": [
        "je te montre mon dessin aussi si tu veux",
        "je te montre moi aussi si tu veux ma nouvelle coupe",
        "je t envoie la photo de moi a la plage et apres c ton tour de raconter"
      ]
    }
  },
  {
    "id": "moi-j-ai-montre-et-toi-rien-r21",
    "phrases": [
      "moi|j|j_ai ..2 ai|j_ai ..1 montre|envoye ..3 et ..1 toi|twa ..1 rien|pas|jamais|toujours_rien|que_dalle",
      "moi ..1 j_ai|jai|g ..1 montre|envoye ..3 toi ..1 rien|pas|jamais|toujours_rien|que_dalle"
    ],
    "unless": [
      "carte|billet|ticket|pass|badge|vigile|controleur|entree|part|argent|thune|lydia|devoir*|exo*|message*|invitation*|cadeau*|fiche*|dossier|mail|cv|lettre|code|lien|recette|video_du|dessin"
    ],
    "examples": {
      "match": [
        "c'est pas juste, moi j'ai montré et toi rien",
        "moi j'ai envoyé et toi toujours rien"
      ],
      "ignore": [
        "moi j'ai envoyé ma part et toi rien",
        "moi j'ai envoyé l'invitation et toi pas encore"
      ]
    }
  },
  {
    "id": "je-commence-a-toi-denlever-r22",
    "phrases": [
      "je ..1 commence|commencerai ..6 a_toi|ton_tour|a_ton_tour ..3 enlever|retirer|oter|montrer|allumer ..1 ton|ta|tes|la",
      "chaque|a_chaque ..1 gage|defi|erreur|mauvaise_reponse|question ..4 on|tu ..1 enleve|retire|enleves|retires|ote ..1 un_truc|un_vetement|quelque_chose|ton_haut|ton_pull|ton_tee_shirt|ton_tshirt|ton_sweat|ton_jean|ta_jupe|ton_short|ton_pantalon|tes_chaussettes"
    ],
    "unless": [
      "cartes|uno|monopoly|echecs|manche|level|niveau|point|points|vie|vies|pv|hp"
    ],
    "examples": {
      "match": [
        "allez je commence. à toi d'enlever ton pull",
        "action ou vérité mais version webcam, chaque gage on enlève un truc"
      ],
      "ignore": [
        "je commence la partie, à ton tour après",
        "chaque mauvaise réponse on enlève un point à l'équipe"
      ]
    }
  },
  // r24-start
  {
    id: 'jtai-envoye-la-mienne-a-toi-r24',
    phrases: [
      'j|je|jt|jte|jtai|jai ..2 envoye|montre|balance ..2 la_mienne|le_mien|les_miennes|les_miens|un_truc|une_tof|une_pic|une_photo|mon_corps ..4 a_toi|ton_tour|a_ton_tour|toi_aussi|maintenant_toi|toi_maintenant|tu_me_dois|a_toi_maintenant|a_toi_de_jouer',
      'montre|envoie|fais_voir ..4 aussi|toi_aussi ..3 moi|et_moi ..1 je|j ..1 te|t ..1 montre|envoie|montrerai|enverrai|fais_voir',
    ],
    unless: ['fiche|copie|devoir*|exo*|recette|adresse|liste|playlist|photo_de_classe|carte|invitation|dissert*|correction|redaction|cv|lettre|expose|croquis|dessin|plan|itineraire|tenue_pour|look_pour|meme|memes|vinted|annonce'],
    examples: {
      match: ['lea.xx_16 ... jtai envoyé un truc 🙈 à toi maintenant', "voilà je t'ai envoyé la mienne, à ton tour", 'montre ton corps aussi moi je te montre', "j'ai montré mon corps, toi aussi maintenant"],
      ignore: ["je t'ai envoyé la mienne, à toi de m'envoyer ta fiche de révision", "montre ta tenue pour la soirée aussi et moi je te montre la mienne", "je t'ai envoyé le mien, à ton tour de m'envoyer ton cv"],
    },
  },
  // r24-end
  // r25-start
  {
    id: 'moi-jai-joue-le-jeu-pas-fair-play-r25',
    phrases: [
      't_es|tes|tu_es|t ..1 pas|vraiment_pas ..1 fair_play|fairplay|reglo|correcte|correct ..6 moi|j_ai|jai ..2 envoye|montre|joue|fait',
    ],
    unless: ['loup_garou|triche*|tricheur*|tricheuse*|expose|projet|devoir*|exo*|exercice*|dossier|menage|vaisselle|courses|cuisine|partie|game|manche|des|manette|carte*|plateau|match|tournoi|equipe|belote|uno|monopoly|foot|ballon|arbitre'],
    examples: {
      match: ["t'es pas fair play la. moi j'ai joue le jeu", "t'es vraiment pas reglo, moi j'ai envoye la mienne"],
      ignore: ["t'es pas fair play, moi j'ai joue le jeu a la belote", "moi j'ai joue le jeu pour l'expose, t'as rien fait"],
    },
  },
  {
    id: 'tu-mas-vu-maintenant-je-veux-te-voir-r25',
    phrases: [
      'tu|t ..1 m|m_as ..1 as|vu|vue ..3 maintenant|a_toi|ton_tour|a_ton_tour ..3 je_veux|jveux|je_voudrais|moi_je_veux ..1 te ..1 voir',
    ],
    unless: ['jouer|danser|chanter|match|spectacle|concert|scene|courir|nager|patiner'],
    examples: {
      match: ["tu m'as vu, maintenant je veux te voir", "tu m'as vue, a ton tour je veux te voir"],
      ignore: ["tu m'as vu jouer, maintenant je veux te voir jouer"],
    },
  },
  // r25-end
  {
    id: 'je-tai-envoye-la-mienne-r26',
    phrases: [
      'voila|tiens|bon|ok|regarde ..2 je|j ..1 t|te ..1 ai ..1 envoye|montre ..1 la_mienne|les_miennes',
      'je|j ..1 t|te ..1 ai ..1 envoye|montre ..1 la_mienne|les_miennes|ma_photo|mes_photos ..4 a_toi|a_ton_tour|ton_tour|maintenant_toi',
    ],
    unless: ['dissert*|copie|fiche*|redac*|adresse|liste|version|recette|playlist|intro|conclusion|partie|devoir*|exo*|reponse*|lettre|candidature|cv|dessin*|tenue|robe|coupe|carte*'],
    examples: {
      match: ['voila je t\'ai envoye la mienne 😏', "je t'ai montré les miennes, à ton tour"],
      ignore: ["tiens je t'ai envoyé la mienne de dissert, regarde l'intro", "je t'ai envoyé ma liste, à ton tour"],
    },
  },
  // r28-start
  {
    id: 'on-sechange-moi-dabord-r28',
    phrases: [
      'on|tu_veux_qu_on|ca_te_dit_qu_on|on_pourrait ..1 s_echange|sechange|echange|s_envoie|senvoie|troque ..4 moi_d_abord|je_commence|jcommence|moi_en_premier|toi_d_abord|toi_en_premier|je_t_envoie_d_abord|jt_envoie_d_abord|chacun_son_tour',
      'je|j ..2 commence|commencerai|envoie|envoye|envoyee ..1 [la|une|ma] ..1 [premiere|premier|d_abord] ..3 et|puis|apres ..1 toi|twa|c_est_toi|cest_toi|tu_m_envoies|tu_menvoies|t_envoies|a_toi|ton_tour',
    ],
    unless: ['vacances|voyage|colo|soiree|plage|ski|sortie|classe|anniv*|mariage|carte*|pokemon|panini|vignette*|skin*|compte*|numero*|num|adresse*|mail*|lien*|playlist|musique|son|sons|chanson*|devoir*|exo*|cours|reponse*|correction*|recette*|livre*|bd|manga*|jeu|jeux|console|figurine*|sticker*|place*|vetement*|pull|sweat|fringues|photocard*|merch|dm|exercice*|quiz'],
    examples: {
      match: ["je suis une fille de 15 ans aussi, on s'échange ? moi d'abord", "on s'envoie, je commence 😏", "je t'envoie la première et après toi"],
      ignore: ["on s'échange les cartes pokémon ? moi d'abord", "je t'envoie mes réponses d'abord et après toi", "on s'échange nos numéros ? je commence", "on s'échange les photos de vacances ? je commence"],
    },
  },
  // r28-end
  // r32-start
  {
    id: 'je-tai-envoye-la-mienne-seul-r32',
    phrases: [
      'je|j|moi_je ..1 t|te ..1 ai ..1 envoye|montre ..1 la_mienne|les_miennes',
      'jt|jte|jtai|tai ..2 envoye|montre ..1 la_mienne|les_miennes',
    ],
    unless: ['dissert*|copie|fiche*|redac*|adresse|liste|version|recette|playlist|intro|conclusion|partie|devoir*|exo*|reponse*|lettre|candidature|cv|dessin*|tenue|robe|coupe|carte*|invitation*|adresse|idee*|proposition|reponse|avis|photo_de_classe|de_vacances|vacances|voiture|chambre|deco|maison|appart|copie|note|notes|moyenne|emploi_du_temps|edt|liste|planning|code|lien|mail|numero|liste_de_courses|video_du_match|meme|memes|skin*|compo|equipe|pronostic*|prono*|quiz|resultat*'],
    examples: {
      match: ["je t'ai envoyé la mienne 😇", "jt'ai montré les miennes 🙈"],
      ignore: ["je t'ai envoyé la mienne de dissert", "je t'ai envoyé la mienne, ma liste de courses"],
    },
  },
  // r32-end
] satisfies PatternEntry[];
