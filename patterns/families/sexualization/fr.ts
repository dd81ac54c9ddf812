import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'tes-vierge',
    phrases: [
      'qu|que ..1 on ..1 fasse|fait|fassions ..1 l_amour|lamour|des_calins_coquins|des_trucs_coquins',
      't|tu|te ..1 te|t ..1 caresses|caresse|touches|touche ..1 des_fois|souvent|parfois|le_soir|seule|seul|la_nuit|dans_ton_lit',
      't|tu|tes|t_es|es_tu|vous ..2 es|est|etes|encore ..1 [encore] vierge*|puceau|pucelle|puceaux',
      'tu|t ..1 fais|fait ..1 quoi|koi ..2 quand ..1 t_es|tes|tu_es|t ..1 seule|seul|toute_seule|tout_seul ..3 dans_ton_lit|au_lit|sous_la_douche|dans_ta_chambre|dans_ton_bain|sous_la_couette|le_soir|la_nuit',
      't|tu|ta|tas|t_as|as_tu|astu ..2 as|a [deja] deja ..2 fait|fais ..1 l_amour|lamour|des_trucs|du_sexe|la_chose|une_pipe|un_calin_coquin',
      't|tu|ta|tas|t_as|as_tu ..2 as|a ..1 deja ..1 couche|baise|suce|niquer|nique|joui|branle*',
      't|tu|te|tes ..1 es_deja|t_es_deja|te ..1 touche*|caresse*|branle*|doigte*',
      't|tu|te ..1 te|t ..1 touches|touche|caresses|branles|masturbe*',
      'tu|t ..1 aimes|aime|kiffe*|kifes ..1 le|la|les|te_faire ..1 sexe|cul|porno|porn|sodo*|baise*|doigt*|lecher|sucer',
    ],
    unless: ['le_petit|la_petite|les_petits|bebe|ton_frere|ta_soeur|les_enfants|il_dort|elle_dort|dort|dodo|sieste|tes_devoirs|ton_exo'],
    examples: {
      match: ["tu veux qu'on fasse l'amour ?", 'tu te caresses des fois ?', "t'es encore puceau ?", "tu fais quoi quand t'es seule dans ton lit le soir ? 😏", "t'es vierge ?", "t'as deja fait l'amour ?", 'tu te touches ?', 'tu as deja couché', 'tu aimes le sexe ?'],
      ignore: ["t'as déjà couché le petit ? il dort ?", 'la vierge marie', "t'as deja fait tes devoirs ?"],
    },
  },
  {
    id: 'tu-portes-quoi',
    phrases: [
      '@show ..3 ce_que|ce_qu ..1 tu|t ..1 portes|porte|as_sur_toi|mets ..2 [la|maintenant|en_dessous|dessous|ce_soir]',
      'tu|t ..1 portes|porte ..1 quoi|koi',
      'qu_est_ce_que_tu|quest_ce_que_tu|kestu|questu|qu_est_ce_que_t|keske_tu|kesque_tu ..1 portes|porte|as_sur_toi',
      'tu|t ..1 as ..1 quoi|koi ..1 sur_toi',
      'tu|t portes|porte|as ..1 quoi|koi|quel|quelle|quels ..2 comme|en ..1 culotte|string|sous_vet*|sous_vetement*|soutif|pyjama|dessous',
      'couleur|couleure ..3 ta|ton|tes ..1 culotte|string|soutif|sous_vet*|sous_vetement*|dessous|slip|calecon|boxer',
      'tu|t dors|dort en quoi|koi|comment',
      'tu|t ..1 mets|portes|porte ..1 quoi|koi ..1 pour|quand ..1 dormir|dodo|la_nuit|te_coucher',
      '@tas ..1 deja ..1 pense|reve|imagine|envie ..2 a|de ..1 coucher|le_faire|faire_l_amour|coucher_avec',
      'coucher|le_faire|faire_l_amour ..2 avec ..2 un|une ..1 homme|mec|adulte|femme ..1 plus_age|plus_vieux|plus_grand|mature|experimente',
      '@tas ..1 [deja] regarde|mate|vu ..2 du|des|un ..1 porno*|porn|film_porno|films_porno|video_porno|videos_porno|videos_x|film_x|films_x',
      'aimerais|voudrais|veux ..1 que|qu ..1 je|j ..1 te|t ..1 fasse|fasses|fais ..1 quoi|koi|des_trucs|des_choses',
      'penses|pense ..2 a ..1 moi ..3 dans_ton_lit|au_lit|sous_la_douche|sous_ta_douche|dans_ton_bain|le_soir_dans|toute_seule|tout_seul',
      '@tas deja fait ..1 des|quelque|qqch|quelque_chose ..1 choses|trucs|chose ..2 avec',
      'aimes|aime|fais|es|kiffes quoi|koi|comment au lit',
      '@tes|t|tu_es [toute|tout|deja|encore] nue|nu|a_poil|en_culotte|en_string|en_sous_vet*|en_sous_vetement*',
      'tu|t mets|portes|porte ..1 des|une|un ..1 string*|culotte*|soutif*|sous_vet*|sous_vetement*|lingerie|dessous|soutien_gorge|soutiens_gorge|slip|calecon|boxer',
      'beau|belle|beaux|gros|grosse|jolie|joli ..1 cul|fesses|seins|poitrine|boobs|bite|teub|nichons',
      'tu|t mets|portes|porte quoi|koi comme ..1 culotte|string|sous_vet*|sous_vetement*|soutif|dessous|slip|calecon|boxer',
      '@tas [deja] vu ..3 nu|nue|tout_nu|toute_nue|a_poil|bite|zizi|sexe|porno|porn|teub|chatte',
      'tu|t ..1 dors|dort|te_couches ..1 nue|nu|en_culotte|en_string|sans_rien|a_poil',
      'tu|t ..1 fais|fait ..1 quel|kel ..1 bonnet|taille_de_soutif|taille_de_bonnet',
      't|tu|tes ..1 es|est ..1 nue|nu|a_poil|en_culotte|en_string|en_sous_vet* ..1 la|maintenant|mtn',
      'en ..1 culotte|string|sous_vet*|sous_vetement*|lingerie|nuisette|boxer|calecon ..2 ou ..2 toute_nue|tout_nu|nue|nu|a_poil|sans_rien',
    ],
    unless: ['mariage|soiree|bal|fete|anniv*|ceremonie|sortie|match|spectacle|concert|entretien|rentree|photo_de_classe|demain|ecole|cours|samedi|dimanche|week_end|weekend|jogging|pyjama_party|camping|colo|voyage|chez_ines|chez_moi|costume|deguise*|halloween|carnaval|uniforme'],
    examples: {
      match: ['tu me montres ce que tu portes ?', 'tu portes un soutien-gorge ?', "t'as déjà vu un garçon tout nu ?", 'en culotte ou toute nue ? 😏', "t'as déjà pensé à coucher avec un homme plus âgé ?", "t'as déjà regardé du porno ?", "qu'est-ce que tu as sur toi", 'tu mets quoi pour dormir ?', "t'aimerais que je te fasse quoi ?", "tu penses à moi quand t'es dans ton lit ?", 'tu portes quoi là ? 😏', "qu'est-ce que tu portes", 'de quelle couleur est ta culotte', 'tu dors nue ?', 'tu fais quel bonnet'],
      ignore: ['tu portes quoi comme costume pour halloween ?', 'si tu portes plainte', 'tu me portes mon sac ?', 'tu mets quoi pour dormir chez Inès samedi, un pyjama ou un jogging ?', 'tu dors avec quoi comme doudou', 'tu portes quoi pour la soirée demain ?', "tu portes quoi au mariage d'alex ?"],
    },
  },
  {
    id: 'photo-sexy',
    phrases: [
      '@photo ..4 plus|encore_plus|un_peu_plus|bien_plus ..1 osee*|ose|sexy|hot|coquine*|chaude*|intime*|deshabill*|perso|persos',
      'photo*|foto*|pic|pics|video*|vid|selfie*|nude* [plus|bien|un_peu|tres|trop|de_toi|de_twa] sexy|hot|coquine*|coquin|osee*|ose|chaude*|cochonne*|torride*|excitant*|sensuel*|nsfw',
      'plus|bien ..1 sexy|hot|coquine|ose|osee|chaude ..2 cette|la ..1 fois',
      'en_petite|petite|ptite|en_ptite tenue',
      '@ite|je_veux|je|jveux ..2 toucher|lecher|baiser|caresser|deshabiller ..2 [toi|ton_corps|tes_seins|tes_fesses]',
      'ca|sa|je t|te excite*',
      'je|j ..1 pense|reve ..2 a|de ton|tes corps|seins|fesses|cul|levres',
      '@tas [deja] eu ..1 des|un ..1 relations|rapports|rapport|relation_sexuelle',
      'je|jsuis|chui|chuis suis|sui ..1 trop|tellement|grave|tout ..1 excite*|mouille*|bande|dur',
      'coucher|baiser|dormir|le_faire ..1 avec ..1 toi|twa',
      't|tu|tes|ta ..1 es|me|m|as ..2 excite*|rend_fou|rends_fou|rends_dingue|chauffe|donne_chaud',
      '@ite ..2 ferais|ferai|ferait ..2 des|plein_de|tellement ..1 choses|trucs',
    ],
    unless: ['pour ..2 le|la|les|ce|demain|samedi|ce_soir|l|concert|match|voyage|film|vacances|sortie', 'a_l_idee|de_te_voir_demain|d_aller', 'la|le|ce|cette ..1 voiture|robe|plat|gateau|pizza|recette|film|serie|coupe|chanson|boisson|soupe|cafe|the'],
    examples: {
      match: ["t'as d'autres photos comme ça ? plus osées ?", 'envoie en une autre, plus sexy cette fois', 'des photos sexy', 'une photo de toi sexy', 'une vidéo de toi en petite tenue', 'je veux coucher avec toi', 'tu m excites', 'je veux te toucher'],
      ignore: ['Petite précision : tenue correcte exigée, pas de tongs 😄', 'cette robe est trop sexy', 'photo de la pizza trop chaude', 'je veux dormir', 'i liked your photos. you are very sexy'],
    },
  },
  {
    id: 'embrasse-et-plus-que-ca-r39',
    phrases: [
      'embrasse|galoche|pecho|roule_une_pelle|roule_des_pelles ..6 et|ou|voire ..1 plus|plus_que_ca|plus_que_sa|plus_loin|encore_plus|au_dela|d_autres_choses|d_autres_trucs|le_reste',
    ],
    unless: ['film|serie|livre|roman|episode|saison|personnage*|scene|acteur*|actrice*|les_deux|ils|elles|ton_frere|ta_soeur|ta_cousine|ton_cousin|mamie|papi|bebe|chien|chat|chaton|chiot|joue|joues|front|main', 'bisous|bises ..1 et ..1 plus|a_plus|a_demain|a_ce_soir'],
    examples: {
      match: ["tu as deja embrassé un garçon ? et plus encore ?", "t'as déjà pécho ? et plus loin ?", "t'as deja roulé une pelle ou plus que ça ?"],
      ignore: ["ils s'embrassent dans l'épisode 3 et plus rien après", 'gros bisous et à plus !', "t'as déjà embrassé ton chien sur le front ? et plus que ça mdr"],
    },
  },
  {
    id: 'questions-intimes',
    phrases: [
      'allee|alle|alles|allees ..1 plus_loin ..2 qu_un|que|qu_une ..1 bisou|bisous|baiser|calin|pelle',
      'deja ..1 fait ..2 des_affaires|des_choses|des_trucs|quelque_chose|qqch|des_cochonneries ..2 avec ..1 un|une ..1 gars|garcon|mec|fille|chum|blonde|meuf|homme|femme',
      'fait ..1 des_bisous|des_calins|des_choses|bisou ..2 a|avec ..1 un|une ..1 garcon|mec|fille|homme|meuf',
      'alle|allee|alles|allees|aller ..1 jusqu_au_bout|loin|jusqu_ou|trop_loin ..3 avec',
      'choses|trucs|chose|truc ..1 sexuel*|coquin*|de_grands|d_adultes|intimes',
      'tu|t ..1 fais ..1 quoi|koi ..1 toute_seule|tout_seul|seule|seul ..2 le_soir|la_nuit|dans_ton_lit|dans_ta_chambre|sous_la_couette',
      'tu|t ..1 aimes|aime|kiffes|kiffe|preferes|prefere ..2 les ..1 hommes|mecs|garcons|gars|femmes|filles ..2 plus ..1 vieux|vieilles|ages|agees|matures|grands|experimente*',
      'sorti|sortie|ete ..2 avec ..2 un|une|des ..1 homme|mec|garcon|gars|adulte|fille|femme ..1 plus|beaucoup_plus|bien_plus ..1 age|agee|vieux|vieille|grand|mature',
      'tas|t_as|tu_as|ta|as_tu deja ..1 embrasse|galoche|pecho|roule_une_pelle|eu_un_copain|eu_un_mec',
      't|tu|ta ..1 as|a ..1 deja ..1 embrasse|galoche|pecho|roule_une_pelle|eu_un_copain|eu_un_mec',
      'tu|t as|a ..1 des|de ..1 poils|seins|formes ..1 [deja|la|maintenant]',
      'tes|ta|ton ..1 seins|poitrine|fesses|cul|bite|zizi|teub ..2 sont|est|fait|font ..2 quelle|quel|comment|combien|gros|grosse|grande|petits|taille',
      't|tu ..1 as|a ..1 tes|eu_tes|deja_eu_tes ..1 regles',
    ],
    weight: 2,
    unless: ['marche|brocante|vide_grenier|boulot|taf|travail', 'vinted|leboncoin|marketplace|vendu|achete|achat*|vente|echange_de_cartes|commerce|business'],
    examples: {
      match: ["t'es déjà allée plus loin qu'un bisou ?", "t'as déjà fait des affaires avec un gars?", 'tu as déjà fait des trucs avec un mec ?', "t'as déjà fait des bisous à un garçon ?", "tu es déjà allée jusqu'au bout avec un garçon ?", "t'as déjà fait des choses sexuelles ?", 'tu fais quoi toute seule le soir ?', 'tu aimes les hommes plus vieux ?', 'tu es déjà sortie avec un garçon plus âgé ?', 'tas deja embrassé qqn ?', 'tu as des seins ?', 'tes seins font quelle taille'],
      ignore: ["t'as déjà fait des affaires avec un gars du marché ?", "t'as déjà fait des affaires avec un gars sur vinted ?", 'tas deja vu ce film', 'tu as des devoirs ?'],
    },
  },
  {
    id: 'tes-bonne',
    phrases: [
      '@tes|t [trop|tellement|grave|vraiment|tres|si|hyper|trp] bonne|bonnasse|hot|sexy|bandante|excitante|chaude|baisable',
      'trop|tellement|grave|hyper bonne|bonnasse|bandante|excitante|baisable',
      '@tes|t bien|trop|grave|super|tellement|vraiment foutue|gaulee|roulee|foutu|gaule',
    ],
    unless: ['en|au|a|pour|aux|dans ..1 maths|math|francais|anglais|sport|cours|classe|jeu|foot|danse|chant|dessin|histoire|physique|svt|tout', 'cette|ce|la|le|ta|ton ..1 robe|tenue|photo|voiture|chanson|musique|pizza|soupe|the|cafe|douche'],
    weight: 2,
    examples: {
      match: ['t es bien foutue', "t'es bonne 🍑", "t'es hot", 't trop sexy', 'tellement bandante'],
      ignore: ["t'es bonne en maths toi ?", 'elle est trop bonne cette pizza', 'il fait hot aujourd hui'],
    },
  },
  {
    /* r38: its own entry, so that "je t'en achete un" (an offer) does not excuse it as shopping */
    id: 'taille-de-soutif',
    phrases: [
      '@tas|quelle|quel|kel|kelle|c_est_quoi|cest_quoi|c_koi|ckoi|c_quoi|tu_fais|tu_fait|tfais|connaitre|savoir ..2 taille|tailles|bonnet ..2 de|d|du ..1 soutif*|sous_tif*|soutien_gorge|soutiens_gorge|brassiere*|bonnet|culotte*|string*|poitrine|seins',
      'tu|t ..1 fais|fait|portes|porte|mets ..1 quel|quelle|kel|quoi|koi ..1 [comme] ..1 taille|bonnet ..2 de|d|en ..1 soutif*|sous_tif*|soutien_gorge|brassiere*|culotte*|string*',
      '@tas|quel|kel|c_est_quoi|cest_quoi|c_koi|ckoi|combien|tu_fais|tu_fait ..2 tour ..1 de ..1 poitrine|seins',
    ],
    unless: ['docteur|medecin|infirmi*|pediatre|gyneco*|kine', 'vinted|leboncoin|article|annonce|vendre|vends|vend|magasin|boutique|commande|cabine|essayage|essaye*|soldes|decathlon|rayon|etiquette|retour|rembours*|colis', 'maman|mamie|ta_mere|ta_soeur|ma_fille|tatie|tata', 'danse|gym|sport|natation|piscine|club|equipe|uniforme|costume|spectacle|couturi*|couture|retouche*|patron_de_couture'],
    weight: 2,
    examples: {
      match: ["t'as quelle taille de soutif ?", "c'est quoi ta taille de soutien-gorge ? je t'en achete un", 'tu fais quelle taille de brassiere', 'ckoi ta taille de bonnet', "t'as combien de tour de poitrine", 'tu fais quel tour de poitrine maintenant ?'],
      ignore: ["c'est quoi ta taille de soutif, je passe au magasin pour maman", 'tu fais quelle taille de brassiere pour le club de danse ?', 'je vends un soutif taille 85B sur vinted', 'tu fais quel tour de poitrine ? la couturière de ton costume demande'],
    },
  },
  {
    id: 'photo-sans-haut',
    phrases: [
      '@photo ..4 sans ..1 ton|ta|tes|le|la ..1 haut|tshirt|t_shirt|tee_shirt|pull|vetements|habits|culotte|soutif|pantalon',
      '@photo ..4 dans ..1 ton|ta ..1 lit|bain|baignoire|douche',
      '@tas ..1 un ..1 corps ..1 de|d ..1 femme|adulte|grande',
      'ton|tes ..1 corps|seins|fesses|cul|levres|formes ..2 me|m ..1 rend*|excite*|fait_bander|donne*_envie|fait_envie',
      'laisserais|laisses|laisse|laisserai ..1 te|t ..1 toucher|caresser|deshabiller',
      'shooting*|shoot|seance_photo|seances_photo ..3 lingerie|sous_vet*|sous_vetement*|nue|nu|nus|nues|sexy|intime*|boudoir|bikini|maillot*',
      'encore|une_autre|la_prochaine|cette_fois|refais*|refait ..4 sans ..1 le|la|ton|ta|tes|les ..1 pull|haut|tshirt|t_shirt|tee_shirt|sweat|vetements|habits|soutif|culotte|pantalon|jean|short|jupe|robe|serviette',
      '@photo ..4 en ..1 sous_vet*|sous_vetement*|lingerie|string|culotte|soutif*|petite_tenue|serviette',
    ],
    unless: ['docteur|medecin|bouton|boutons|dermato*|infirmi*|pediatre|allergie|rougeur*|varicelle|fievre|eczema|plaque*|piqure*', 'vinted|leboncoin|article|annonce|vendre|achete*|magasin|boutique|commande|jalou*|mdr|ptdr|haha|muscl*|salle|sport'],
    weight: 2,
    examples: {
      match: ['encore une, mais sans le pull cette fois', 'quelques photos de toi en sous-vêtements', 'une photo de toi sans ton haut', 'envoie moi une photo de toi dans ton lit ce soir', 't as un corps de femme', 'je fais des shootings lingerie pour ados', 'ton corps me rend fou', 'tu me laisserais te toucher?'],
      ignore: ['envoie une photo de toi dans ton lit, le docteur veut voir tes boutons', 'encore une photo sans le pull pour le catalogue vinted', 'ton corps me rend fou de jalousie tellement t es muscle mdr', 'la photo du pull sur vinted', 'une photo du lit que tu vends'],
    },
  },
  {
    id: 'ca-me-donne-des-idees',
    phrases: [
      'ca|sa|tu|t ..1 me|m ..1 donne|donnes ..1 des_idees|des_envies|chaud|envie_de_toi|des_pensees',
    ],
    weight: 2,
    unless: ['pour|expose|projet|recette|deco*|cadeau*|vacances|voyage|devoir*|dessin|histoire|livre|article|film|serie|soleil|chaleur|canicule|soupe|the|cafe|chocolat'],
    examples: {
      match: ["t'es seule dans ta chambre ? ça me donne des idées", 'tu me donnes chaud'],
      ignore: ["ça me donne des idées pour l'exposé", 'ce soleil me donne chaud'],
    },
  },
  {
    id: 'beau-corps-pour-ton-age',
    phrases: [
      'joli|beau|belle|belles|super|sacre|sacree|bon|magnifique ..1 corps|physique|silhouette|formes|poitrine ..2 pour ..1 ton|ta|votre|tes ..1 age|ages',
      'joli|beau|belle|belles|super|sacre|sacree|bon|magnifique ..1 corps|physique|silhouette|formes|poitrine ..2 pour ..1 # ..1 ans',
      'corps|physique|silhouette|formes|poitrine ..2 de|d ..1 femme|adulte|grande ..2 pour ..1 ton|ta|votre|tes ..1 age|ages',
      'corps|physique|silhouette|formes|poitrine ..2 de|d ..1 femme|adulte|grande ..2 pour ..1 # ..1 ans',
      'bien|super|tres|trop ..1 developpee|developpe|formee|forme ..2 pour ..1 ton|ta|votre|tes ..1 age|ages',
      'bien|super|tres|trop ..1 developpee|developpe|formee|forme ..2 pour ..1 # ..1 ans',
    ],
    unless: ['sport|muscu|musculation|entrainement|coach|natation|danse|gym|athletisme|foot|basket|rugby|medecin|docteur|pediatre|croissance|taille|poids|mdr|ptdr'],
    examples: {
      match: ["t'as un joli corps pour ton âge", 'tu as de belles formes pour 13 ans', 't es bien développée pour ton âge'],
      ignore: ['le médecin a dit que tu es bien développée pour ton âge, ta croissance est normale', "t'as un beau physique pour ton âge, le coach de natation t'a remarquée"],
    },
  },
  {
    id: 'je-te-parle-de-sexe',
    phrases: [
      'garcon|mec|fille|meuf|homme ..2 ou ..1 plus|plus_loin|plus_que_ca|mieux',
      'string|culotte|boxer|calecon|slip|tanga ..2 ou ..2 string|culotte|boxer|calecon|slip|tanga|rien',
      'j_ai|jai|g ..2 envie ..1 de ..1 toi|twa|ton_corps|te_toucher|te_voir_nue|te_voir_nu',
      'je|j ..1 pense ..2 a ..1 toi|twa ..3 sous_la_douche|dans_mon_lit|au_lit|toute_nue|nue|en_me_touchant|le_soir_dans_mon_lit',
      '@tas ..1 deja ..1 envoye*|fait|montre*|recu ..2 des|une|un|tes ..1 nudes|nude|photos_nues|photos_coquines|videos_coquines|photos_osees',
      'aimerais|voudrais|veux|voudrai|aimerai ..1 que|qu ..1 je|j ..1 te|t ..1 touche|caresse|embrasse|deshabille|leche|masse',
      'bouche|levres|langue ..4 tu|t ..1 fais|sais|ferais|saurais ..1 quoi|koi|faire ..1 avec',
      '@ite|je|j ..2 parle|parler|parlais|parlait|raconte|raconter ..2 de|du|des ..1 sexe|cul|trucs_coquins|choses_coquines|trucs_d_adultes|choses_d_adultes|trucs_de_grands|choses_de_grands|sexualite',
      'apprenne|apprendre|apprendrai|montrer|montrerai|montre ..3 choses|trucs ..1 de|d ..1 grands|grande|adultes|adulte|femme|homme',
      'apprenne|apprendre|apprendrai|montrer|montrerai|montre ..3 choses|trucs ..1 coquin*|interdit*|sexuel*|cochon*',
    ],
    unless: ['cours|prof|svt|infirmi*|education|prevention|atelier|intervention|emission|podcast|livre|film|documentaire|maman|papa|mdr|ptdr'],
    examples: {
      match: ["t'as déjà fait des bisous à un garçon ? ou plus ?", "t'es plutôt string ou culotte ?", "j'ai très envie de toi", 'je pense à toi sous la douche', "t'as déjà envoyé des nudes ?", "t'aimerais que je te touche ?", 'ta une belle bouche 😏 tu fais quoi avec ?', 'ça te gêne si je te parle de sexe ?', 'tu veux que je t apprenne des choses de grands ?', 'je peux te montrer des trucs coquins'],
      ignore: ['la prof de svt va nous parler de sexualité demain', 'je te montre des trucs de grands au skate, genre le kickflip mdr'],
    },
  },
  {
    id: 'tu-dors-avec-quoi',
    phrases: [
      'tu|t ..1 dors|dormiras|dort|vas_dormir|te_couches ..1 avec|en ..1 quoi|koi|quoi_ce_soir|quelle_tenue|quel_pyjama',
      'tu|t ..1 serais|serai|es|est|etais ..1 [pas] ..1 prete|pret|chaude|chaud|partante|partant|ok|d_accord|capable ..2 pour|a|d ..1 aller_plus_loin',
      'on|tu|t ..1 va|vas|pourrait|pourrais|veux|voudrais ..1 aller_plus_loin ..3 toi_et_moi|nous_deux|ensemble|tous_les_deux|en_video|en_appel|en_facetime|ce_soir|en_vrai',
      'tu|t ..1 portes|porte|as|a ..1 quoi|koi ..1 sous|en_dessous|dessous',
    ],
    unless: ['mdr|ptdr|xd|haha|lol', 'froid|chaud|chauffage|temperature|degres|meteo|neige|hiver|couverture*|dehors|bivouac|refuge|projet|expose|devoir*|etude*|stage|carriere|compet*|tournoi|equipe|club|match|niveau|jeu|game|partie|formation|entrainement|foot|basket|hand|rugby|tennis|danse|musique|groupe|boite|entreprise|candidature|camping|tente|colo|voyage|randonnee|rando|ski|sac_de_couchage|duvet|matelas|oreiller|couette|plaid|manteau|veste|pull|combi|uniforme|costume'],
    examples: {
      match: ['tu dors avec quoi ce soir', "t'es prête à aller plus loin ?", 'tu serais pas prête à aller plus loin ?', 'on pourrait aller plus loin toi et moi', 'tu portes quoi en dessous ?'],
      ignore: ['tu dors avec quoi ? il va faire froid', 'tu dors avec quoi au camping ? sac de couchage ?', "t'es prête à aller plus loin dans le tournoi ?", 'on pourrait aller plus loin avec le projet ensemble', 'tu portes quoi sous ta veste demain ?'],
    },
  },
  // r9-begin
  {
    "id": "si-jetais-dans-ton-lit-r9",
    "phrases": [
      "si ..1 j_etais|jetais|j_etai|j_serais ..3 a_cote_de_toi|avec_toi|contre_toi|pres_de_toi|sur_toi ..3 dans|sous ..1 ton|ta|la ..1 lit|douche|bain|couette|draps",
      "tu|t ..1 ferais|ferait ..1 quoi ..2 si ..1 j_etais|jetais|on_etait ..4 lit|douche|bain|nue|nu|a_poil|seuls|seul|couette"
    ],
    "unless": [
      "mdr|ptdr|haha|jrigole|malade|grippe|covid|hopital|fievre|cauchemar|peur|orage"
    ],
    "examples": {
      "match": [
        "tu ferais quoi si j'étais à côté de toi dans ton lit ?",
        "si j'étais avec toi sous ta couette"
      ],
      "ignore": [
        "si j'étais avec toi dans ta chambre d'hôpital je te ferais rire",
        "tu ferais quoi si j'étais malade au lit mdr"
      ]
    }
  },
  {
    "id": "couleur-de-ta-culotte-r9",
    "phrases": [
      "habilles|habille|habilles_tu|fringues ..1 comment|en_quoi ..2 pour ..1 dormir|la_nuit|te_coucher",
      "couleur|forme|taille ..2 de|d ..1 ta|tes ..1 culotte|culottes|string|strings|soutif|soutien_gorge|sous_vetements|sous_vet|calecon|boxer|slip|lingerie",
      "ta|tes ..1 culotte|culottes|string|strings|soutif|soutien_gorge|sous_vetements|calecon|boxer|slip|lingerie ..2 est|sont|c_est ..1 de ..1 quelle ..1 couleur",
      "ta|tes ..1 couleur|couleurs ..1 de|d ..1 culotte|culottes|string|strings|soutif|sous_vetements|calecon|boxer|slip|lingerie",
      "c_est|cest|c ..1 quoi|koi ..1 tes|ta ..1 mensurations|tour_de_poitrine|tour_de_hanches"
    ],
    "unless": [
      "soiree|pyjama_party|camping|tente|colo|froid|chaud|chauffage|hiver|canicule|vinted|leboncoin|annonce|taille_du|commande|magasin|boutique|soldes|machine|linge|lessive|maman|mamie|uniforme|tenue_de_sport|club|danse|gym|equipe|maillot_de_l_equipe"
    ],
    "examples": {
      "match": [
        "tu t'habilles comment pour dormir ?",
        "c'est quoi ta couleur de culotte ?",
        "c'est quoi tes mensurations ?"
      ],
      "ignore": [
        "c'est quoi tes mensurations pour le costume de danse du club ?",
        "la couleur de ta culotte sur vinted c'est quoi ?"
      ]
    }
  },
  {
    "id": "je-te-montre-comment-on-embrasse-r9",
    "phrases": [
      "montre|montrer|montrerai|apprendre|apprends|apprendrai|expliquer|explique ..2 comment ..1 on|tu|t ..1 embrasse|embrasser|fait_l_amour|faire_l_amour|couche|coucher|caresse|caresser|touche|toucher"
    ],
    "unless": [
      "theatre|piece|film|scene|serie|role|repet*|cours_de|ski|nage|velo|guitare|dessin|recette|jeu|partie|minecraft|mdr|ptdr"
    ],
    "examples": {
      "match": [
        "tu veux que je te montre comment on embrasse ?",
        "je vais t'apprendre comment on fait l'amour"
      ],
      "ignore": [
        "je te montre comment on embrasse dans la scène de la pièce de théâtre"
      ]
    }
  },
  // r9-end
  {
    "id": "photo-de-ce-que-tu-portes-r12",
    "phrases": [
      "@photo ..2 de ..1 ce_que|ce_qu|ceux_que ..1 tu|t ..1 portes|porte|as_sur_toi|mets_pour_dormir|portes_en_dessous",
      "@cam ..6 enleve|retire|enlever|retirer|vire|virer|ote|oter ..1 ton|ta|tes ..1 t_shirt|tshirt|tee_shirt|haut|pull|sweat|jean|pantalon|soutif*|culotte*|calecon*|vetements|habits|fringues",
      "enleve|retire|enlever|retirer|ote|oter ..1 ton|ta|tes ..1 t_shirt|tshirt|tee_shirt|haut|pull|sweat|soutif*|culotte*|calecon*|vetements|habits ..6 @cam|camera|devant_moi|juste_2_secondes|pour_moi"
    ],
    "unless": [
      "soiree|quoi_mettre|mariage|anniv*|ceremonie|tache|sale|mouille*|trempe*|machine|lave*|laver|chaud|degres|tenue_de_sport|vestiaire|medecin|docteur|infirmi*|radio|piscine"
    ],
    "examples": {
      "match": [
        "t'es seule chez toi là? envoie une photo de ce que tu portes",
        "allume ta caméra et enlève ton t-shirt, juste 2 secondes",
        "enlève ton haut devant la cam",
        "une pic de ce que tu as sur toi"
      ],
      "ignore": [
        "enlève ton t-shirt il est plein de tache, je le mets à la machine",
        "envoie une photo de ce que tu portes pour la soirée, je sais pas quoi mettre",
        "allume ta caméra pour le cours et enlève ta capuche"
      ]
    }
  },
  // r13-start
  {
    "id": "decris-moi-ce-que-tu-portes-r13",
    "phrases": [
      "@tas ..1 deja ..1 touche|caresse|couche|fait_l_amour|fait_des_trucs|suce ..2 un|une|avec ..1 garcon|gars|mec|fille|meuf|quelqu_un|personne",
      "decris|decrit|decrire|decrismoi ..2 ce_que|ce_qu|comment ..2 tu|t ..2 portes|porte|habillee|habille|as_sur_toi|es_habillee"
    ],
    "unless": [
      "soiree|fete|mariage|anniv*|rentree|costume|deguisement|police|temoin|agresseur|suspect",
      "reconnaisse|reconnaitre|reconnaitrai|reconnaitra|retrouver|gare|arret|sortie|rdv"
    ],
    "examples": {
      "match": [
        "décris moi ce que tu portes, y a rien de mal",
        "décris-moi comment t'es habillée là",
        "t'as déjà touché un garçon ?"
      ],
      "ignore": [
        "décris ce que tu portes pour la soirée que je sois assortie"
      ]
    }
  },
  {
    "id": "tes-epilee-r13",
    "phrases": [
      "@tes ..1 epilee|epilees|rasee_en_bas|toute_lisse"
    ],
    "unless": [
      "piscine|plage|estheticienne|cire|laser|rdv|institut|mdr|ptdr|jambes|aisselles|sourcils"
    ],
    "examples": {
      "match": [
        "t'es épilée ?"
      ],
      "ignore": [
        "t'es épilée les jambes pour la piscine ?"
      ]
    }
  },
  // r13-end
  // r14-start
  {
    "id": "toi-sous-la-douche-r14",
    "phrases": [
      "toi|twa ..1 sous_la_douche|dans_ton_bain|dans_ta_douche|sous_ta_douche|en_serviette|toute_nue|tout_nu|a_poil|en_sous_vet*|en_string|en_culotte"
    ],
    "unless": [
      "chante*|chanter|chantes|chantais|mdr|ptdr|dors|chien|chat|bebe|ton_frere|ta_soeur|petit_frere|petite_soeur"
    ],
    "examples": {
      "match": [
        "toi sous la douche lol, personne le saura jte jure",
        "une vidéo de toi en serviette"
      ],
      "ignore": [
        "toi sous la douche tu chantes faux mdr"
      ]
    }
  },
  {
    "id": "ce-que-tu-portes-dessous-r14",
    "phrases": [
      "ce_que|ce_qu|qu_est_ce_que|quoi|koi ..1 tu|t ..1 portes|porte|mets|as|met ..1 [en] ..1 sous|en_dessous|dessous ..1 ton|ta|tes|le|la|ce|cette",
      "tu|t ..1 portes|porte|mets|as ..1 quoi|koi ..1 sous|en_dessous|dessous ..1 ton|ta|tes|le|la"
    ],
    "unless": [
      "froid|pluie|neige|manteau|doudoune|veste|anorak|ski|gel|degres|moins|combi|blouse|uniforme|kimono|costume|deguisement|halloween|maillot_du_club"
    ],
    "examples": {
      "match": [
        "dis moi ce que tu portes sous ton pyjama",
        "tu portes quoi sous ta robe ?"
      ],
      "ignore": [
        "tu portes quoi sous ton manteau, il fait -5 dehors",
        "tu mets quoi sous ta veste pour le ski ?"
      ]
    }
  },
  // r14-end
  // r15-start
  {
    id: 'tu-tes-deja-fait-plaisir-r15',
    phrases: [
      'tu|t ..1 t|te ..1 es|est ..1 deja ..1 fait ..1 plaisir|du_bien ..3 seul|seule|en_pensant|tout_seul|toute_seule|au_lit|dans_ton_lit|le_soir',
      'tu|t ..1 t|te ..1 touches|caresses ..2 deja|souvent|le_soir|en_pensant|quand',
      'snaps|snap|photos|photo|pics|pic|vids|videos ..2 plus ..1 chauds|chaudes|chaud|hot|coquin*|oses|osees|sexy',
    ],
    unless: ['resto|manger|shopping|achat*|vacances|cadeau|voyage|bouffe|gateau|cheveux|chat|chien|plage|soleil|degres|meteo|canicule|chaleur|plats|soupe|croissants'],
    examples: {
      match: ["Et dis moi franchement, tu t'es déjà fait plaisir en pensant à quelqu'un ?", "on se fait des snaps plus chauds ? 😏", "tu te touches souvent le soir ?"],
      ignore: ["tu t'es deja fait plaisir avec un bon resto cette annee ?", "tu te touches les cheveux quand t'es stressée", "des photos plus chaudes de la plage, il faisait 35 degres"],
    },
  },
  {
    id: 'deja-envoye-a-un-mec-epiles-r15',
    phrases: [
      't_as|tas|tu_as|ta ..1 deja ..1 envoye|envoyee|montre|montree ..3 nude*|@photo|ton_corps ..3 a|au ..2 mec|garcon|gars|meuf|fille|copain|copine|keum|ex',
      'tu|t ..1 t|te ..1 epiles|epile|rases|rase ..2 ou|partout|en_bas|le_maillot|entierement|integralement',
      'je|j|jpeux|jpeu ..2 t|te ..1 apprendre|montrer ..3 des_trucs|des_choses|plein_de_trucs|plein_de_choses ..4 mecs|garcons|filles|meufs|copain|copine|keums',
    ],
    unless: ['dangereux|arnaque*|attention|fais_gaffe|police|prevention|jamais|barbe|moustache|jambes_pour|minecraft|fortnite|guitare|maths|skate|code|cuisine|jeu'],
    examples: {
      match: ["t'as deja envoyé des photos a un mec ?", "tu t'épiles où ?", "je peux t'apprendre des trucs que les mecs de ton age savent pas"],
      ignore: ["t'as deja envoyé des photos a un mec ? fais gaffe c'est dangereux", "tu te rases la barbe ou pas", "je peux t'apprendre des trucs en maths que les garçons de ta classe savent pas"],
    },
  },
  {
    "id": "jeu-coquin-photos-legeres-r16",
    "phrases": [
      "jeu|jeux|game|defi|defis ..1 coquin*|sexy|hot|ose|cochon*",
      "@tas ..1 deja ..1 fait|pris|envoye ..2 des|une|un ..1 @photo ..3 tenue_legere|plus_legere|sexy|coquine*|osee*|en_sous_vet*|en_lingerie|a_poil|nue|nu|sans_rien"
    ],
    "unless": [
      "soiree_pyjama|anniv*|action_ou_verite_de_la_classe|jeu_de_societe|boite_de_jeu|monopoly|uno"
    ],
    "examples": {
      "match": [
        "tu veux jouer un jeu coquin ? je montre, tu montres",
        "t'as deja fait des photos en tenue plus legere ?",
        "on fait un defi sexy ?"
      ],
      "ignore": [ "tu veux jouer a un jeu chaud ? le piment le plus fort",
        "j'ai acheté un jeu de société trop drole",
        "t'as deja fait des photos en tenue de soiree pour le bal ?"
      ]
    }
  },
  {
    id: 'puberte-corps-r17',
    phrases: [
      'ta|tes|ton poitrine|seins|poils|corps|zizi|sexe ..3 a|ont|il|ils|elle|elles ..1 change*|pousse*|grossi*|pousser|commence*',
      'ca|ca_a|sa|sa_a|t_as|tas|tu_as ..2 commence* ..1 a ..1 pousser|grossir|pousse ..2 en_bas|la_bas|sous_les_bras|entre_tes_jambes|de_partout',
      't|tu|t_as|tas|tu_as ..4 des|du ..1 poils ..3 en_bas|la_bas|entre|partout',
    ],
    unless: ['infirmerie|svt|cours_de|manuel|expose|livre|chapitre', 'ma|mes|mon poitrine|seins|poils|corps'],
    examples: {
      match: ['ça a commencé à pousser en bas ? ta poitrine a changé ?', 'tes seins ont grossi depuis l été ?', "t'as commencé à avoir des poils en bas ?"],
      ignore: ['si tu as des questions sur la puberté viens à l infirmerie', 'ma poitrine a changé et jsp quoi mettre', 'tes cheveux ont poussé trop vite'],
    },
  },
  // r18-start
  {
    id: 'je-veux-etre-ton-premier-r18',
    phrases: [
      'je|j|jveux|moi ..1 veux|voudrais|aimerais|veut|vx ..1 etre ..1 ton|ta ..1 premier|premiere ..1 [fois|mec|homme]',
      'veux|voudrais|aimerais ..1 etre ..1 le_premier|la_premiere ..2 te|t ..1 toucher|avoir|deshabiller|embrasser',
    ],
    unless: ['abonne*|follower*|fan|like|likes|commentaire*|lecteur*|spectateur*|invite*|client*|acheteur*|ami|amie|pote|crush|supporter|eleve|partenaire_de|coequipier|lecteur'],
    examples: {
      match: ['je veux être ton premier', 'je voudrais être le premier à te toucher'],
      ignore: ['je veux être ton premier abonné sur ta chaîne', 'je veux être ton premier client pour tes bracelets'],
    },
  },
  // r18-end
  {
    "id": "c-est-quoi-ton-fantasme-r19",
    "phrases": [
      "c_est|c|cest|quel|quels|quelle|quelles|dis_moi ..2 ton|tes|ta ..1 fantasme*|fantasmes|kink*|fetiche*|fetish*",
      "t_as|tas|tu_as|t ..1 des|un ..1 fantasme*|kink*|fetiche*|fetish* ..2 particulier*|secret*|bizarre*|inavouable*"
    ],
    "unless": [
      "voyage|destination|film|serie|jeu|bouffe|repas|metier|livre|anime|manga|voiture|vacances|pays|concert|plat|boulot|job|carriere|culinaire"
    ],
    "examples": {
      "match": [
        "dis moi c'est quoi ton fantasme, on est entre nous",
        "c'est quoi tes fantasmes ?",
        "t'as des kinks secrets ?"
      ],
      "ignore": [
        "c'est quoi ton fantasme de voyage ?",
        "c'est quoi ton fantasme culinaire mdr"
      ]
    }
  },
  {
    "id": "tu-preferes-les-mecs-experimentes-r19",
    "phrases": [
      "tu|t ..1 prefere*|aime*|kiffe*|veux ..2 les|un|des ..1 mecs|mec|hommes|homme|gars|filles|meufs|femmes ..1 experimente*|qui_ont_de_l_experience|plus_vieux|plus_ages|plus_mur*|plus_matures ..2 pour|au_lit|comme_moi"
    ],
    "unless": [
      "boulot|stage|equipe|club|prof|coach|moniteur|entraineur"
    ],
    "examples": {
      "match": [
        "tu préfères les mecs expérimentés comme moi",
        "t'aimes les hommes plus âgés comme moi"
      ],
      "ignore": [
        "tu préfères les coachs expérimentés pour le club ?"
      ]
    }
  },
  {
    "id": "petit-strip-pour-moi-r20",
    "phrases": [
      "petit|un|une ..1 strip|striptease|strip_tease|effeuillage|lapdance|lap_dance ..3 pour ..1 moi|mwa",
      "fais|fait|faire ..1 un|une|moi ..1 [petit] ..1 strip|striptease|strip_tease|effeuillage"
    ],
    "unless": [
      "poker|bd|strip_bd|comic*|planche"
    ],
    "examples": {
      "match": [
        "tu peux faire un petit strip pour moi ?",
        "fais moi un striptease"
      ],
      "ignore": [
        "fais un strip de bd pour le journal du lycee"
      ]
    }
  },
  {
    "id": "enleve-un-vetement-a-chaque-fois-r21",
    "phrases": [
      "enleve*|retire*|tombe*|vire ..1 un|une|1 ..1 vetement|habit|fringue|truc ..4 a_chaque|chaque_fois|si_tu_perds|quand_tu_perds|par_question|par_manche|par_tour|par_defi|a_chaque_fois|par_gage",
      "strip ..1 poker|action_verite|quiz|uno|jeu",
      "chaque ..1 fois|gage|manche|defi|question ..4 tu|t ..1 enleves|retires|enleve|retire ..2 un|une|1|ton|ta ..1 vetement|habit|fringue|haut|t_shirt|tshirt|pull|soutif|culotte|calecon|jean|pantalon"
    ],
    "unless": [
      "chaussette*|chaussure*|bonnet|echarpe|gants|bague|bracelet|collier|lunettes|casquette|barrette|chouchou|montre"
    ],
    "examples": {
      "match": [
        "nouvelle regle : tu enleves un vetement a chaque fois que tu perds 😈",
        "on fait un strip poker en cam ?",
        "à chaque gage tu retires un vêtement"
      ],
      "ignore": [
        "si tu perds tu enlèves une chaussette mdr",
        "à chaque manche tu retires un bonnet"
      ]
    }
  },
  {
    "id": "je-veux-voir-ton-corps-r21",
    "phrases": [
      "veux|voudrais|veut|aimerais|aimerai|kiffe|kiffrais ..1 voir|decouvrir|regarder ..5 ton_corps|tes_formes|tes_seins|tes_fesses|tes_jambes|tes_cuisses|ton_ventre|ton_torse|tes_courbes|ta_poitrine|ton_boule|ton_cul|ton_physique|ta_silhouette"
    ],
    "unless": [
      "tatouage|tattoo|piercing|bleu|blessure|cicatrice|robe|tenue|costume|deguisement|plage|medecin|docteur|kine|muscu|progres|transformation|avant_apres"
    ],
    "weight": 3,
    "examples": {
      "match": [
        "tu peux faire video appel avec moi ce soir? je veux voir ton visage et ton corps",
        "j'aimerais bien voir tes formes",
        "je voudrais voir tes jambes en cam"
      ],
      "ignore": [
        "je veux voir ton tatouage sur la jambe",
        "je veux voir ta transformation avant après de la muscu"
      ]
    }
  },
  // r27-start
  {
    id: 't-es-habillee-comment-la-r27',
    phrases: [
      '@tes ..1 habille*|habillee* ..1 comment ..2 la|maintenant|mtn|en_ce_moment|actuellement|dans_ton_lit|au_lit',
      'comment ..2 t_es|tu_es|tes|t_est ..1 habille*|habillee* ..2 la|maintenant|mtn|en_ce_moment|actuellement|dans_ton_lit|au_lit',
      'tu|t ..1 portes|porte|as_mis|a_mis|as_sur_toi ..1 quoi ..2 la|maintenant|mtn|en_ce_moment|actuellement|sur_toi|pour_dormir|comme_pyjama|dans_ton_lit|au_lit|sous_ton_pyjama|en_dessous|dessous',
      'qu_est_ce_que|qu_est_ce_qu|quest_ce_que|keske|kesk|qu_est_ce ..2 tu|t ..1 portes|porte|as_sur_toi|as_sur_le_dos ..2 la|maintenant|mtn|en_ce_moment|en_dessous|dessous|pour_dormir',
    ],
    unless: ['courir|sport|running|foot|rando|balade|on_va|on_sort|dehors|sortir|parc|plage|piscine|soiree|fete|anniv*|mariage|froid|chaud|pluie|neige|manteau|veste|pull|ecole|cours|demain|sortie|cine*|cinema|resto|tenue_de|match|theme|deguis*|dress_code|assortis|assortie*|meme_couleur|on_met|moi_je_mets|je_mets|photo_de_classe|photographe|entretien|concert|rdv|rendez_vous|pour_aller|pour_sortir|couleur|quelle_couleur'],
    weight: 2,
    examples: {
      match: ['t\'es habillé comment là ?', 'tu portes quoi en ce moment ? 😏', "qu'est-ce que tu portes en dessous ?"],
      ignore: ['tu portes quoi ce soir à la soirée ?', "t'es habillée comment ? il fait super froid dehors", 'tu portes quoi demain pour la photo de classe', "t'es habillée comment là ? on va courir au parc"],
    },
  },
  // r27-end
  // r27-start
  {
    id: 'si-tu-perds-tu-enleves-un-truc-r27',
    phrases: [
      'perds|perd|perdu|gage|rates|perdante|perdant ..4 tu|t ..1 enleves|enleve|retires|retire|otes|ote ..2 un|une|1|ton|ta|tes|quelque ..1 truc|vetement|vetements|habit|habits|fringue|fringues|piece|chose|haut|t_shirt|tshirt|pantalon|jean|short|jupe|chaussettes',
      'tu|t ..1 enleves|enleve|retires|retire|otes|ote ..2 un|une|1|quelque ..1 truc|vetement|habit|fringue|piece|chose ..6 perds|perd|perdu|gage|rates|loupes',
      'strip ..1 poker|quiz|jeu|action_verite|action_ou_verite',
    ],
    unless: ['pion|carte|cartes|point|points|vie|vies|jeton*|manche|piece_du_puzzle|pieces_du_puzzle|lego|domino|allumette*|chaise|kahoot|quiz_de_classe'],
    examples: {
      match: ['chaque fois que tu perds tu enlèves un truc', 'on joue à un jeu, si tu rates une question tu retires un vêtement', 'strip poker en cam ?'],
      ignore: ['si tu perds tu enlèves un pion du plateau', 'chaque fois que tu perds tu enlèves une carte'],
    },
  },
  // r27-end
  // r27-start
  {
    id: 'vocal-ou-tu-gemis-r27',
    phrases: [
      'vocal|vocaux|audio|audios|voc|message_vocal ..3 ou|dans_lequel|avec ..2 tu|t|toi ..1 gemis|gemit|gemir|gemissant|haletes|halete|soupires|cries_mon_nom|dis_mon_nom|jouis|jouit',
      'gemis|gemir|gemit|gemissements ..4 pour_moi|en_vocal|au_tel|dans_un_vocal|en_audio|au_telephone|en_appel',
    ],
    unless: ['douleur|mal_au|malade|ventre|dentiste|blesse*|ruz|tennis|muscu|effort|zombie|fantome|film|serie|jeu|game|mdr|ptdr|haha|lol|xd'],
    examples: {
      match: ['envoie un vocal où tu gémis', 'gémis pour moi en vocal'],
      ignore: ['dans son vocal il gémissait de douleur à cause de son ventre', 'envoie un vocal où tu chantes'],
    },
  },
  // r27-end
  // r28-start
  {
    id: 'tu-dors-toujours-en-short-r28',
    phrases: [
      'tu|t ..1 dors|dormais|dort|te_couches|te_couchais ..1 toujours|encore|souvent|d_habitude|vraiment ..1 en|avec|sans ..1 short|culotte|string|nue|nu|t_shirt|tshirt|sous_vet*|rien|pyjama|nuisette|boxer|calecon|soutif|soutien_gorge',
      'tu|t ..1 dors|dormais|dort ..1 en ..1 short|culotte|string|nuisette|boxer|calecon|soutif|sous_vet* ..2 non|nan|hein|toujours|encore|ce_soir|la|maintenant',
    ],
    unless: ['hiver|meme_en_hiver|t_es_folle|t_es_fou|tes_folle|tes_fou|camping|tente|colo|voyage|sac_de_couchage|prends|prendre|valise|affaires|il_fait|chaleur|canicule|froid|clim|chauffage|maman|papa|mamie|ta_soeur|ton_frere|bebe|mdr|ptdr'],
    examples: {
      match: ['tu dors toujours en short ? 😏', 'tu dors encore en nuisette ?', 'tu dors en culotte hein'],
      ignore: ['pour la colo tu dors en short ou en pyjama ? prends les deux', "pour la soirée pyjama chez Léa tu dors en short ? prends tes affaires", 'avec la canicule tu dors toujours en short ?', 'mamie demande si tu dors toujours en pyjama bleu'],
    },
  },
  // r28-end
  // r29-start
  {
    id: 'tenue-plus-legere-pour-le-live-r29',
    phrases: [
      'mets|met|mettre|porte|porter|portes|enfile|enfiler ..3 tenue|haut|robe|jupe|short|tshirt|t_shirt|nuisette|pyjama ..2 plus ..1 legere|leger|courte|court|sexy|decolle*|moulant*|transparent* ..6 live|cam|webcam|photo*|video*|stream|visio|pour_moi|rien_que_pour_moi',
      'live|lives|cam|webcam|stream|visio|photo*|video* ..4 en ..1 tenue|haut|robe|jupe|short|nuisette ..1 plus ..1 legere|leger|courte|court|sexy|decolle*|moulant*|transparent*',
    ],
    unless: ['chaud|chaleur|degres|soleil|ete|canicule|sport|rando|plage|sortie|mariage|soiree|ceremonie|bal|gala|spectacle|danse|costume|cosplay|mdr|ptdr|haha|lol|xd|jrigole|mode|collection|vinted|boutique|magasin|essayage'],
    examples: {
      match: ['mets une tenue plus légère pour le live ce soir', 'un petit live en tenue plus sexy, je t envoie des cadeaux'],
      ignore: ['mets une tenue plus légère pour la rando, il fait chaud', "la photo en robe plus courte pour le bal, t'es trop belle"],
    },
  },
  // r29-end
  // r30
  {
    id: 'enleve-ton-bas-r30',
    phrases: [
      'enleve|enlever|retire|retirer|enleves|retires|baisse|baisser|baisses|ote|oter|vire|virer|tombe|tomber ..1 ton|ta|tes ..1 bas|pantalon|jean|jogging|short|jupe|culotte|slip|calecon|boxer|soutif|soutien_gorge|string|legging|leggings|sous_vetements|sous_vetement ..6 pour_que|que_je|voir|montre*|cam|video|camera|fc|facetime|photo*|examiner|regarder|mater',
      'enleve|enlever|retire|retirer|enleves|retires|ote|oter|vire|virer|tombe|tomber ..1 ton|ta|tes ..1 haut|t_shirt|tshirt|tee_shirt|pull|vetements|habits|fringues ..6 en_video|en_cam|devant_la_cam|devant_ta_cam|en_fc|en_facetime|pour_moi|que_je_te_voie|que_je_te_mate|que_je_voie|que_je_puisse_voir|que_je_puisse_examiner|et_montre*',
    ],
    unless: ['chaud|chaleur|mouille*|sale|tache*|boue|lave*|machine|linge|essaie*|essayer|cabine|magasin|taille|piscine|sport|gym|judo|karate|danse|vestiaire|radio|infirmerie|urgences|cabinet|maman|papa|bebe|petit_frere|petite_soeur|pyjama|bain|douche_avant'],
    examples: {
      match: ['enlève ton bas pour que je puisse examiner', 'baisse ton pantalon en cam que je voie', 'retire ton haut en vidéo pour moi'],
      ignore: ['enlève ton pantalon il est tout mouillé, mets le à la machine', 'retire ton pull si t\'as chaud', 'enlève ton short avant la piscine, maman a dit'],
    },
  },
  {
    id: 'ta-premiere-fois-cetait-avec-qui-r30',
    phrases: [
      'ta|ton ..1 premiere_fois|premier_rapport|premier_rapport_sexuel ..3 avec_qui|a_quel_age|t_avais_quel_age|tu_avais_quel_age|c_etait_bien|ca_t_a_plu|t_as_aime|tu_as_aime|t_as_saigne|t_as_eu_mal|ca_fait_mal|ca_a_fait_mal|tu_l_as_deja_fait|t_l_as_deja_fait|c_etait_comment',
      't_as|tu_as|tas|as_tu ..1 deja ..1 fait|fais ..1 ta_premiere_fois|l_amour|ton_premier_rapport',
      't_es|tu_es|tes|es_tu ..1 [encore|toujours] vierge',
    ],
    unless: ['ski|cheval|equitation|concert|avion|voyage|festival|stade|parc|disney|paris|etranger|conduire|permis|cine|piscine|mer|montagne|camping|colo|velo|surf|plongee|match|boite|soiree|scene|spectacle|tatouage|piercing|cuisine|huile|olive|serie|saison|jeu|huile_d_olive|extra_vierge|vierge_extra|cd|dvd|cle_usb|disque|page|feuille|cahier'],
    examples: {
      match: ["ta première fois c'était avec qui ? 😏", "ta premiere fois t'avais quel âge", "t'es encore vierge ?"],
      ignore: ["ta première fois au ski c'était avec qui ?", "ta première fois en avion c'était comment ?", "l'huile est vierge extra, t'es sûr ?"],
    },
  },
  // r30-end
  // r31
  {
    id: 't-vierge-r31',
    phrases: [
      't|tes|t_es|tu_es|es_tu|t_est ..1 [encore|toujours|deja|pas] vierge|puceau|pucelle|puceaux|pucelles',
      'vierge|puceau|pucelle ..1 ou ..1 pas|quoi|nan|non',
    ],
    unless: ['huile|olive|extra_vierge|vierge_extra|cd|dvd|cle_usb|disque|page|feuille|cahier|carnet|toile|marie|sainte|la_vierge|statue|eglise|signe|astro*|horoscope|zodiaque|ascendant|belier|lion|balance|capricorne|taureau|gemeaux|cancer|sagittaire|scorpion|verseau|poissons|iles|terre|foret|neige|compte|profil|fichier|partie|sauvegarde|map|carte'],
    examples: {
      match: ['wesh t encore vierge ?', 'tes puceau ou pas ?', 'et toi, vierge ou pas ?'],
      ignore: ["t'es vierge ascendant lion ?", "l'huile elle est vierge extra, t'es sûr ?", 'la page est vierge ou pas ?'],
    },
  },
  {
    id: 'je-te-deshabille-roleplay-r31',
    phrases: [
      'commence|commences|commencent|vais|va|vas|veux|voudrais|aimerais|vient|continue|continues|se_met|se_mettre ..2 a|de ..1 te|t ..1 deshabiller|caresser|lecher|peloter|tripoter|doigter|sucer',
      '@ite|il_te|elle_te|il_t|elle_t|mon_perso_te|mon_perso_t ..1 deshabille|deshabilles|deshabillerai*|caresse|caresserai*|leche|lecherai*|pelote|tripote|doigte',
      'te|t ..1 deshabille|deshabiller|caresse|caresser ..2 lentement|doucement|partout|entierement|completement|tout_entiere|tout_entier|de_partout',
    ],
    unless: ['poupee|barbie|bebe|petit_frere|petite_soeur|chien|chienne|chat|chaton|chiot|lapin|cheval|poney|medecin|docteur|infirmi*|urgences|radio|examen|cabinet|chaud|mouille*|trempe*|malade|fievre|ski|combinaison|deguisement|costume'],
    examples: {
      match: ['*il commence à te caresser doucement*', 'je vais te déshabiller lentement', '*mon perso te déshabille et te plaque au lit*'],
      ignore: ["l'infirmière va te déshabiller pour la radio", 'tu peux caresser le chat doucement', 'je vais te déshabiller ta poupée, elle est trempée'],
    },
  },
  {
    id: 'tenue-plus-legere-pour-l-appel-r31',
    phrases: [
      'mets|mettes|met|mettre|mettez|porte|portes|porter|enfile|enfiles|enfiler|choisis|choisir ..3 tenue|tenues|haut|robe|jupe|short|truc|habits|vetements|fringues ..2 plus ..1 legere|legeres|leger|legers|courte|court|sexy|moulante|moulant|decolletee|decollete|echancree|transparente|fine|ouverte|osee|coquine|revelatrice',
      'tenue|tenues|haut|robe ..2 legere|legeres|plus_legere|plus_legeres|sexy|plus_sexy|moulante|plus_moulante|courte|plus_courte|decolletee|transparente|osee|coquine ..6 @cam|appel|appels|visio|live|call|facetime|video|photo*|selfie*|pour_moi|que_je_te_voie|que_je_voie|mon_mari|mon_pote',
      '@cam|appel|visio|live|call|facetime|entretien|casting|shooting ..6 en ..1 tenue_de_nuit|tenue_legere|petite_tenue|nuisette|serviette|peignoir|sous_vet*|sous_vetement*|culotte|string|maillot|bikini|lingerie|pyjama ..4 si_possible|si_tu_peux|stp|svp|please|de_preference|idealement|ce_serait_mieux|c_est_mieux|pour_moi|prefere|prefererait|aimerait|aimerais|voudrait|voudrais',
      'en ..1 tenue_de_nuit|nuisette|petite_tenue|tenue_legere|lingerie ..2 si_possible|de_preference|idealement|ce_serait_mieux|c_est_mieux|ca_serait_mieux|stp|svp|pour_moi',
    ],
    unless: ['chaud|chaleur|canicule|soleil|plage|piscine|sport|gym|rando|randonnee|course|velo|ete|clim|mamie|papi|mamy|papy|grand_mere|grand_pere|pyjama_party|soiree_pyjama|mariage|bal|ceremonie|halloween|deguise*|carnaval|theme|dress_code|vinted|taille|magasin|soldes|acheter|achete|commande|boutique|etiquette'],
    examples: {
      match: ["il voudrait que tu mettes une tenue plus sexy pour la visio", 'un appel vidéo ce soir, en nuisette si possible 😉', 'mets un haut plus décolleté pour le facetime', 'passe le casting en tenue de nuit de préférence'],
      ignore: ['mets une tenue plus légère demain il va faire chaud', 'pour la soirée pyjama viens en pyjama si possible', "en tenue légère pour la rando, c'est mieux", 'tu mettrais quelle robe pour le mariage ?'],
    },
  },
  {
    id: 'ton-corps-change-tu-peux-me-demander-r31',
    phrases: [
      'ton|ta|tes ..1 corps|poitrine|seins|zizi|sexe|puberte|formes|hormones ..2 change|changent|se_transforme|se_transforment|evolue|evoluent|grandi*|se_developpe*|pousse|poussent|commence ..6 tu_peux|tu_peut|tu_pe|question*|demander|demande|parler|montrer|me_dire|me_montrer|secret|entre_nous|genant*|gene|genee|honte|tabou*|curieu*',
    ],
    unless: ['infirmi*|medecin|docteur|pediatre|gyneco*|cours|svt|sante|education_sexuelle|planning_familial|fil_sante|3018|atelier|intervenant*|brochure|livre|podcast|classe|eleves|prof|cpe|maman|papa|mamie|tata|ta_mere|ton_pere|parents|psy|psychologue|orthodont*|dentiste|appareil|sport|coach|entraineur|muscu|musculation|regime|entrainement'],
    examples: {
      match: ["ton corps change c'est normal, tu peux me demander ce que tu veux, entre nous", 'ta poitrine commence a pousser, t as des questions ?'],
      ignore: ['ton corps change, parles-en au médecin', 'ta voix change mdr', 'ton corps change quand tu fais du sport, tu peux demander au coach'],
    },
  },
  {
    id: 'pose-moi-nimporte-quelle-question-meme-genante-r31',
    phrases: [
      'poser|demander|parler|dire|raconter ..4 n_importe_quelle|nimporte_quelle|toutes_les|tout|n_importe_quoi|nimporte_quoi ..2 [question*|truc*|chose*] ..4 meme ..2 genant*|genante*|intime*|sexe|cul|zizi|tabou*|coquin*|le_sexe|sexuel*',
    ],
    unless: ['infirmi*|medecin|docteur|pediatre|gyneco*|cours|svt|sante|education_sexuelle|planning_familial|fil_sante|3018|atelier|intervenant*|brochure|livre|podcast|classe|eleves|prof|cpe|psy|psychologue|maths|exo*|devoir*|controle|jeu|quiz|action_ou_verite|mdr|ptdr|lol|haha|xd'],
    weight: 2,
    examples: {
      match: ["tu peux me parler de tout, même des trucs intimes 😏", "tu peux me poser n'importe quelle question, même gênante"],
      ignore: ["l'infirmière a dit qu'on peut lui poser n'importe quelle question, même gênante", "tu peux me poser n'importe quelle question sur l'exo, même bête"],
    },
  },
  // r31-end
  // r32-start
  {
    id: 'photo-de-toi-en-debardeur-r32',
    phrases: [
      '@photo|pic|selfie|tof ..2 de_toi|de_twa|toi ..6 en|juste_en|seulement_en|rien_qu_en|que_en|avec_juste ..1 debardeur|debardeurs|brassiere|brassieres|culotte|culottes|soutif|soutifs|soutien_gorge|sous_vetement|sous_vetements|sous_vet|string|strings|lingerie|nuisette|bikini|maillot_de_bain|serviette|crop_top|top_court|short_court|mini_jupe|petite_tenue|tenue_legere',
      '@photo|pic|selfie|tof ..2 de_toi|de_twa ..6 et|avec|ou|la|le|un|une|ton|ta|de|du|des ..6 en|juste_en|seulement_en|rien_qu_en ..1 debardeur|debardeurs|brassiere|brassieres|culotte|culottes|soutif|soutifs|soutien_gorge|sous_vetement|sous_vetements|sous_vet|string|strings|lingerie|nuisette|bikini|maillot_de_bain|serviette|crop_top|top_court|short_court|mini_jupe|petite_tenue|tenue_legere',
      'prends_toi|prend_toi|filme_toi|montre_toi|mets_toi|met_toi|tu_te_mets|tu_te_filmes|tu_te_prends ..3 en|juste_en|seulement_en|rien_qu_en ..1 debardeur|debardeurs|brassiere|brassieres|culotte|culottes|soutif|soutifs|soutien_gorge|sous_vetement|sous_vetements|sous_vet|string|strings|lingerie|nuisette|bikini|maillot_de_bain|serviette|crop_top|top_court|short_court|mini_jupe|petite_tenue|tenue_legere',
      'celle|celui|la_meme|refais_la|refais_le|fais_la|fais_le|danse ..2 en|juste_en|seulement_en ..1 debardeur|debardeurs|brassiere|brassieres|culotte|culottes|soutif|soutifs|soutien_gorge|sous_vetement|sous_vetements|sous_vet|string|strings|lingerie|nuisette|bikini|maillot_de_bain|serviette|crop_top|top_court|short_court|mini_jupe|petite_tenue|tenue_legere ..6 pres|plus_pres|proche|plus_proche|devant|colle*|zoom* ..2 camera|cam|webcam|ecran|objectif|tel|telephone',
      'en|juste_en|seulement_en ..1 debardeur|debardeurs|brassiere|brassieres|culotte|culottes|soutif|soutifs|soutien_gorge|sous_vetement|sous_vetements|sous_vet|string|strings|lingerie|nuisette|bikini|maillot_de_bain|serviette|crop_top|top_court|short_court|mini_jupe|petite_tenue|tenue_legere ..6 plus ..1 pres|proche ..2 de_la ..1 camera|cam|webcam',
    ],
    unless: ['vinted|leboncoin|annonce|taille|tailles|essay*|cabine|magasin|boutique|achete*|acheter|commande*|prix|promo|solde*|livr*|colis|plage|piscine|vacances|camping|mer|soleil|coup_de_soleil|rougeur*|bouton*|eczema|dermato|medecin|docteur|infirmi*|brulure|allergie|maman|papa|mamie|papi|tata|tonton|ta_mere|ton_pere|uniforme|tenue_de_sport|club|equipe|entrainement|competition|gala|spectacle'],
    examples: {
      match: ["envoie une photo de toi en débardeur", "prends toi en culotte et envoie", "refais-la en brassière, plus près de la caméra", "une pic de toi juste en sous-vêtements", "fais une photo de toi avec la date sur un papier, en brassière"],
      ignore: ["envoie une photo de toi en débardeur pour voir la taille sur vinted", "une photo de toi en maillot de bain à la plage pour mamie", "la photo de toi en brassière du gala de danse est trop belle"],
    },
  },
  // r32-end
  // r33-start
  {
    id: 'tes-habille-comment-en-calecon-r33',
    phrases: [
      'habille|habillee|habilles|habillees|sapee|sape|fringue|fringuee ..1 comment|en_quoi|how ..6 pyjama|calecon|culotte|string|boxer|slip|sous_vet*|sous_vetement*|nuisette|lingerie|nue|nu|a_poil|tout_nu|toute_nue|serviette',
      'pyjama|nuisette|short|t_shirt|tshirt|jogging ..2 ou ..2 [t_es|tu_es|tes|t|tu] ..1 en ..1 calecon|culotte|string|boxer|slip|sous_vet*|sous_vetement*|lingerie|serviette',
      't_es|tu_es|tes|t ..1 en ..1 calecon|culotte|string|boxer|slip|sous_vet*|sous_vetement*|lingerie|nuisette|serviette ..2 la|maintenant|dans_ton_lit|au_lit|sous_ta_couette|sous_la_couette|en_ce_moment',
    ],
    unless: ['soiree|pyjama_party|soiree_pyjama|camping|tente|colo|machine|linge|lessive|maman|mamie|papa|habille_toi|habilles_toi|depeche*|on_part|on_y_va|en_retard|ecole|bus|piscine|plage|vinted|leboncoin|magasin|boutique|commande|taille|costume|deguise*|halloween|mdr|ptdr|haha|xd|lol|photo_de_classe|mariage|fete|ceremonie'],
    examples: {
      match: ["t'es habillée comment là ? t'es en culotte ?", 'tu dors en pyjama ou t es en calecon ?', "t'es en sous-vêtements dans ton lit là ?"],
      ignore: ["t'es en caleçon ? habille-toi on part dans 5 min", 'tu mets un pyjama ou un caleçon pour la soirée pyjama ?', "t'es habillée comment pour le mariage ?"],
    },
  },
  {
    id: 'vocal-des-bruits-comme-avec-ton-copain-r33',
    phrases: [
      'bruits|bruit|sons|petits_bruits|gemissements ..4 comme_si|comme_quand ..2 t|tu|t_etais|tu_etais|t_es|tu_es ..2 avec ..1 ton|ta|un|une ..1 copain|copine|mec|meuf|chum|blonde|keum|gars|garcon|fille|amoureux|amoureuse|homme',
      'bruits|sons|petits_bruits ..2 que|qu ..1 tu|t ..1 fais|ferais|fait ..3 au_lit|quand_tu_jouis|quand_tu_te_touches|avec_ton_copain|avec_ta_copine|avec_ton_mec|quand_t_es_excitee|quand_t_es_excite|quand_tu_prends_ton_pied',
      'vocal|vocaux|audio|audios|voc|message_vocal ..3 ou|dans_lequel|avec ..2 tu|t ..1 fais|ferais|fait ..2 des|les|tes|ces ..1 bruits|petits_bruits|sons ..4 tu_vois_lesquels|tu_vois_lesquelles|tu_vois_ce_que_je_veux_dire|tu_vois_de_quoi_je_parle|coquins|sexy|chauds|excitants',
    ],
    unless: ['mdr|ptdr|haha|xd|lol|animal|animaux|chat|chien|zombie|fantome|film|jeu|game|bruitage*|theatre|impro|doublage|cours|prof|ventre|malade|ronfle*|moteur|voiture|bebe|beatbox|musique|son_du'],
    examples: {
      match: ["envoie moi un audio avec les bruits que tu fais avec ton mec", 'fais des petits bruits comme si tu étais avec ta copine', 'un vocal où tu fais des petits bruits, tu vois de quoi je parle'],
      ignore: ['fais des bruits comme si tu étais avec ton chien mdr', 'un vocal où tu fais des bruits de zombie pour le jeu', 'les bruits que tu fais au lit quand tu ronfles sont horribles'],
    },
  },
  {
    id: 'cam-tu-te-mets-a-laise-r33',
    phrases: [
      '@cam|en_cam|en_visio ..6 te|t ..1 mets|met|mettras|mettre ..1 a_l_aise|en_petite_tenue|en_tenue_legere|en_nuisette|en_sous_vetements|en_culotte|en_calecon',
      'mets|met ..1 toi|te|t ..1 a_l_aise|en_petite_tenue|en_tenue_legere ..3 pour_moi|devant_la_cam|devant_la_camera|en_cam|en_visio|pour_la_cam',
    ],
    unless: ['projet|expose|devoirs|reviser|revision*|cours|reunion|prof|entretien|groupe|game|partie|jouer|film|serie|mamie|maman|papa|canape|entre|entrez|bienvenue|installe*|mdr|ptdr'],
    examples: {
      match: ['facetime ce soir ? tu te mets à l’aise 😏', 'mets-toi en petite tenue pour moi en cam', 'visio à minuit, tu te mettras à l aise hein'],
      ignore: ['visio ce soir pour le projet, mets-toi à l’aise on sera long', 'entre, mets-toi à l’aise', 'cam ce soir pour la game, mets toi a l aise'],
    },
  },
  // r33-end
  // r35-start
  {
    id: 'un-reve-pas-tres-sage-r35',
    phrases: [
      'reve|reves|reve_de_toi|pensee|pensees|idee|idees|image|images|fantasme*|envie|envies ..3 pas ..1 tres|trop|vraiment|si|super|du_tout ..1 sage*|catholique*|innocent*|innocente*|chaste*|pure|pures',
      'reve|reves|pensee|pensees|idee|idees|fantasme* ..2 coquin*|cochon*|chaud*|hot|ose*|erotique*|sexy|torride*|interdit*|osees',
      'reve|reves|reve* ..3 de_toi|de_nous|avec_toi ..4 coquin*|cochon*|chaud*|hot|ose*|erotique*|sexy|torride*|pas_sage*|pas_tres_sage*',
    ],
    unless: ['chien*|chiot*|chat|chaton*|bebe|eleve*|classe|film|serie|livre|gateau|recette|piment|sauce|cuisine|soupe|plat|douche|sieste|vacances|plage|meteo|temps|soleil|grand_mere|mamie|mdr|ptdr'],
    examples: {
      match: ['oui... un rêve pas très sage 😏', "j'ai fait un rêve coquin cette nuit", "j'ai des pensées pas très catholiques quand je te vois", "j'ai rêvé de toi, c'était chaud 😏"],
      ignore: ['mon chien a fait des trucs pas très sages', "ce film m'a donné des idées pas très sages pour la recette mdr", 'les élèves ont été pas très sages', "j'ai rêvé de toi, t'étais dans un bus avec mamie"],
    },
  },
  // r35-end
  // r37: adult offenders' talk
  {
    id: 'deja-embrasse-un-mec-r37',
    phrases: [
      't|tu|ta|tas|t_as|as_tu|astu ..1 [as|a] ..1 deja ..1 embrasse*|pecho|galoche*|roule_une_pelle|roule_des_pelles ..2 un|une|des ..1 mec*|gars|garcon*|keum|homme*|adulte*|monsieur',
    ],
    unless: ['qui|lequel|laquelle|c_etait_qui|c_est_qui|raconte|racontes|dis_moi_tout|mdr|ptdr|ahah|haha|xptdr|film|serie|livre|jeu|action_verite|action_ou_verite'],
    weight: 1.5,
    examples: {
      match: ['ta deja embrasser un mec ?', "t'as déjà embrassé un homme ?", 'tu as deja galoché un garçon ?'],
      ignore: ["t'as déjà embrassé un mec ? c'était qui raconte", "t'as déjà embrassé un garçon ? mdr", 'tu as déjà vu un mec ?'],
    },
  },
  {
    id: 'tu-te-rases-la-bas-r37',
    phrases: [
      't|tu|te ..1 te|t ..1 rase*|epile*|epiles ..2 la_bas|en_bas|le_sexe|la_chatte|le_minou|le_zizi|les_parties|la_zone|le_pubis|intime*|entre_les_jambes',
      'tu|t|ta|tas|t_as|as_tu ..1 [as|a] ..1 [deja] ..1 des ..1 poils ..2 la_bas|en_bas|au_pubis|entre_les_jambes|a_ton_zizi|sur_ton_zizi|sur_ton_sexe',
      'tu|t|ta|tas|t_as|as_tu ..1 [as|a] ..1 deja ..1 des ..1 poils',
    ],
    unless: ['esthetic*|institut|salon|cire|rdv|rendez_vous|la_bas_au|la_bas_a|chien*|chat|jambes_ou|aisselles|moustache|barbe'],
    examples: {
      match: ['tu te rases en bas ?', "tu t'épiles là-bas ?", "t'as déjà des poils en bas ?", 'ta deja des poils ?'],
      ignore: ["tu t'épiles à l'institut ou toi-même ?", "t'as deja des poils de barbe ?", "tu te rases la barbe ?"],
    },
  },
  {
    id: 'je-bande-r37',
    phrases: [
      'en_train_de|me_fais|me_fait|m_fais|m_fait|me_faire|fais_moi|ca_me_fait|sa_me_fait|tu_me_fais|tu_me_fait bander',
      'je|j|jsuis|chui ..2 bande|bandais|bander ..2 grave|trop|deja|quand|rien|comme|pour_toi|a_fond|dur|en_te|en_pensant|en_parlant',
      'jbande|jbandais',
      'je|j|jsuis|chui ..1 suis|sui ..1 tout|trop|grave|deja ..1 dur',
    ],
    unless: ['dur_avec|dur_envers|dur_a|dur_de|dur_en|dur_sur|bande_de|bande_dessin*|ma_bande|la_bande|une_bande|bande_annonce|bande_son|bande_originale|elastique|velcro|scotch|pansement|cheville|genou|poignet'],
    examples: {
      match: ["jsuis en train de bander en te parlant", 'tu me fais bander', 'je bande grave là', "je suis tout dur là"],
      ignore: ['je suis trop dur avec toi ?', 'je regarde la bande annonce', "je suis avec ma bande de potes", "j'ai bandé ma cheville"],
    },
  },
  {
    id: 'tu-veux-cyber-r37',
    phrases: [
      'tu|t|on ..2 veux|veut|fait|fais|ferait|peut|pourrait|aime|aimes|kiffes ..2 [du] cyber|cybersexe|cybersex|sexting',
      'faire|fait|fais ..1 du ..1 cyber|cybersexe|sexting',
      'cybersexe|cybersex',
      'jeu|jeux ..3 on ..2 ecrit|ecrire|dit|dire|envoie|raconte ..1 des ..1 choses|trucs|messages ..1 coquin*|cochon*|hot|chaud*|sexy',
    ],
    unless: ['harcelement|cyberharcelement|securite|cybersecurite|attaque*|cafe|cybercafe|cours|formation|expo|expose|hack*|ctf|informatique|metier|etudes|bac|licence|master|prevention|danger*|arnaque*|police|gendarmerie|sensibilisation'],
    examples: {
      match: ['salut tu veux cyber ?', 'on fait du cyber ce soir ?', "t'aimes le sexting ?", "c'est un jeu, on s'écrit des choses coquines"],
      ignore: ['tu veux faire de la cybersécurité plus tard ?', "on fait un exposé sur le cyberharcèlement", 'on fait du cyber en cours d info ?'],
    },
  },
  {
    id: 'taille-en-bas-r37',
    phrases: [
      'quelle|kel|combien ..1 taille|longueur|cm|centimetres ..3 en_bas|la_bas|ton_zizi|ta_bite|ton_sexe|ta_queue|ton_engin|en_erection',
      'elle|il ..1 fait|mesure ..2 combien|quelle_taille ..2 ta|ton ..1 bite|zizi|sexe|queue|engin',
      'ta|ton bite|zizi|sexe|queue|engin ..2 fait|mesure ..1 combien|quelle_taille',
      't_es|tes|t|tu_es ..1 bien|gros ..1 monte|montee',
    ],
    unless: ['jean*|pantalon*|jupe*|short*|vinted|leboncoin|taille_haut|en_haut|robe|vetement*|fringue*|commande|xs|xl|xxl|36|38|40|42|44|tenue|uniforme|maillot|equipe|survet*|jogging|legging|bermuda|chaussure*|pointure|taille_m|taille_s|taille_l|boutique|magasin|site|zara|shein|kiabi|decathlon'],
    examples: {
      match: ['tu fais quelle taille en bas ? 😏', 'ton zizi il fait combien ?', "elle mesure combien ta bite"],
      ignore: ['tu fais quelle taille en bas, 38 ?', 'tu fais quelle taille en bas pour le jogging ?', "tu fais quelle taille en haut ?"],
    },
  },
  // r37-end
] satisfies PatternEntry[];
