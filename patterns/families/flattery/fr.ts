import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'mature-pour-ton-age',
    phrases: [
      'mature*|matures|mur|mure|grande|grand|chaud|chaude|fort|forte|doue*|avance*|intelligent* ..2 pour ..1 ton|ta|votre age|ages|generation',
      'tu|t|tes|t_es ..1 fais|fait|parais|fai|es|fait_pas|fais_pas ..2 plus|pas|vraiment|grave|trop ..1 que|ton age|mature*|agee|age|vieille|vieux|grande',
      'tu|t|tes es|est ..2 pas|vraiment|trop comme ..1 les|les_autres ..1 filles|meufs|mecs|gars|autres|de_ton_age',
      'vieille|vieux|agee|mature*|grande|grand|plus ..2 que ton|tes age|ages|#',
      'mature*|matures|mur|mure|vieille|vieux|agee|grande|grand|avancee|avance ..1 que ..4 de|d ..1 ton|ta|votre ..1 age|classe|generation',
      'plus ..1 mature*|mure|mur|posee|pose ..1 que ..2 les|la|tes|ta|toutes_les|tous_les ..1 autres|filles|meufs|gens|mecs|gars|copines|ados|gamines|filles_de_ton_age',
      'tu|t|tes ..2 fais|fait|parais|fai ..2 pas|vraiment|grave|trop|plus ..2 ton|tes # [ans]',
    ],
    unless: [/* r25 */ 'plus_grande|plus_grand|plus_petite|plus_petit', /* r25 */ 'mon_fils|ma_fille|mes_enfants|prendre_exemple|mes_eleves|tes_parents_doivent|tes_parents_peuvent'],
    examples: {
      match: ['tu fais grave mature pour ton age', "t'es mature pour ton âge", 'tu fais pas ton age', "t'es pas comme les autres filles", 'tu fais pas tes 14 ans', 'tu fais plus mature que les filles de ton âge', 't es bien plus mure que les autres', 'tu parais plus mature que les meufs de ta classe'],
      ignore: ["t'es plus grande que les filles de ton age", "tu es tres mature pour ton age, mon fils devrait prendre exemple", "c'est un film mature", 'il fait trop chaud', 'mon frere est plus grand que les autres', 'le fromage est plus mur que l autre'],
    },
  },
  {
    id: 'trop-belle',
    phrases: [
      'la|le ..1 fille|meuf|personne|mec|gars ..1 la|le ..1 plus ..1 mature|belle|jolie|intelligente|canon|mignonne|sexy|parfaite|beau|bg',
      'la|le ..1 plus ..1 mature|belle|jolie|intelligente|canon|mignonne|sexy|parfaite|beau|bg ..3 des|de_toutes|de_tous|de_tout ..2 filles|meufs|mecs|gars|personnes|gens',
      't|tu|tes|t_es|tu_es ..1 es|est ..1 mignonne|magnifique|canon|bg|craquante|charmante|sublime|jolie|belle|mimi|trognon',
      't|tu|tes|t_es|vous ..1 es|est|etes ..3 trop|tellement|grave|vraiment|super|tres|si|hyper|vrmt|trp ..1 belle|beau|bg|canon|magnifique|sublime|parfaite|parfait|jolie|mignonne|charmante|craquante|fraiche|frais',
      't|tu|tes ..1 es|est ..2 magnifique|sublime|parfaite|une_deesse|un_ange|la_plus_belle|le_plus_beau|canon',
      'tu|t|ta es|a|as ..2 un|une|de ..1 beau|belle|beaux|belles|joli|jolie|magnifique|superbe ..1 corps|visage|yeux|sourire|formes|fesses|jambes|poitrine|cul',
      'trop|tellement|grave|hyper|si ..1 belle|bg|bonne|canon|magnifique|sublime|jolie|mignonne|sexy|craquante ..2 sur|en ..1 ta|ton|tes|cette pp|photo*|story|video|profil|tiktok|insta*|snap',
      'magnifique|sublime|belle|bg|canon ..2 comme ..1 toujours|dhab|d_hab',
      'jamais|rarement ..2 vu ..3 une|un|quelqu_un|qqn|fille|meuf|mec aussi|si|plus ..1 belle|beau|jolie|mignonne|mature|intelligente',
      'tu|t|tes|t_es ..1 es|est ..1 [une|un] belle|jolie|canon|beau|bg ..1 fille|meuf|femme|demoiselle|jeune_fille|gosse|garcon|mec',
      'elle|il ..1 est ..1 trop|tellement|grave|hyper|super|vraiment|tres|trp ..1 belle|beau|jolie|joli|canon|magnifique|sublime|mignonne ..1 ta|ton|cette|ce ..1 photo*|pp|pdp|tof|selfie*|profil|story|video',
    ],
    unless: ['ta|ton|cette ..1 robe|coupe|tenue|dessin|pull|veste|chaussures|plat|gateau|voiture|maison', 'mdr|ptdr|xd|lol'],
    weight: 1,
    examples: {
      match: ["t'es la fille la plus mature que j'ai jamais rencontrée", 't es la plus mature de toutes les filles que je connais', "t'es mignonne", 'hello my friend, tu es belle fille', 'elle est trop belle ta photo', 'slt t trop belle sur ta pp 😍', 't es trop mignonne', "j'ai trop aimé ta vidéo t'es magnifique", 'tu as un beau corps', "t'es sublime", "j'ai jamais vu une fille aussi belle"],
      ignore: ['ta robe est trop belle', 'elle est trop belle cette voiture', 'il est trop beau ce dessin', "c'est une belle fille que t'as là, félicitations pour ta nièce", 'la vue est magnifique'],
    },
  },
  {
    id: 'amoureux-de-toi',
    phrases: [
      'amoureux|amoureuse|fou|folle|dingue|accro ..1 de ..1 toi|twa',
      'je|jsuis|j|moi ..2 pense|pence a|qu_a ..1 toi|twa ..2 tout|tt|jour|nuit|h24|sans_arret',
      'personne|persone ..2 te|t ..1 comprend*|connait|aime*|merite ..2 comme|autant_que moi',
      '@audience|ils|les_gens|tes_parents|ta_mere|ton_pere ..2 vont|voudront|voudraient|veulent|pourraient|voudrait|veut|va ..1 nous ..1 separer|empecher|interdire',
      'je|j|moi suis|sui|seul* ..2 qui ..2 te|t ..1 comprend*',
      'seul|seule ..2 a|qui ..2 te|t ..1 comprend*|connai*|ecoute*|accepte*',
      'tes|ta|ton @family ..2 te|t ..1 comprennent|comprend|meritent|merite ..1 pas',
      'tu|t ..1 merites|merite ..1 mieux',
      'tu|t ..1 me|m ..1 plais|plait ..1 beaucoup|trop|grave|tellement|vraiment|bien|de_ouf|a_mort',
      'coucou|salut|slt|cc|hey|bonjour|bonsoir|bjr|yo|wesh ..1 ma ..1 belle|jolie|beaute|princesse|bombe',
      'je t aime|adore tellement|trop|tant|de_ouf|grave|a_la_folie',
      'tu|t ..1 peux ..1 tout ..1 me|m ..1 dire|raconter|confier',
      'je|j ..1 serai|suis ..1 toujours ..1 la ..1 pour ..1 toi|twa',
      '@ite ..1 trouve ..2 vraiment|trop|tellement|super|tres|grave|hyper|si ..1 mature*|mure|belle|jolie|canon|magnifique|sexy|craquante|mignonne|charmante|bg|beau|sublime',
      'differente*|different ..2 des|de ..2 autres|filles|meufs|mecs|gars',
      'mature*|grande|belle|avancee|developpee ..2 pour # ans',
      'corps|visage|yeux|sourire|silhouette de reve|deesse|mannequin|ouf|star',
      'sourire|yeux|regard|corps|visage|levres ..2 a_tomber|a_tomber_par_terre|a_couper_le_souffle|craquant|craquants|renversant|de_ouf|magnifique|magnifiques|parfait|parfaits',
      '@tes|t ..1 super|trop|tellement|tres|vraiment|si mature*',
      'tes|ta|ton|des|de ..1 yeux|sourire|corps|visage|levres|cheveux ..2 magnifique*|sublime*|parfait*|incroyable*',
      '@tes|t une|ma princesse|deesse|reine|bombe|beaute|merveille',
      't|tu|tes es|est ..2 special*|unique|differente|different ..2 pour ..1 moi|mwa',
      'mecs|gars|garcons|filles|meufs|gens|autres|potes|copines|copains ..4 te|t ..1 meritent|merite|meriteraient ..1 pas',
      'tu|t ..1 merites|merite ..1 quelqu_un|un_homme|un_vrai_mec|un_mec|une_personne ..2 qui|comme|plus ..1 mature|moi|mwa|te_comprend',
      /* r31 */ 'tu|t ..1 merites|merite|meriterais|meriterai ..1 quelqu_un|qqn|qq1|un_homme|un_vrai_mec|un_mec|une_personne|mieux ..2 qui ..2 prend|prenne|prendrait|prendra ..1 soin_de_toi|soin_de_twa|soin_d_toi',
      'tu|t ..1 merites|merite|meriterais|meriterai ..1 quelqu_un|qqn|qq1|un_homme|un_vrai_mec|un_mec|une_personne ..2 qui ..2 s_occupe|s_occuperait|te_protege|te_protegerait|t_ecoute|t_ecouterait|te_respecte|te_comprenne|te_comprend_vraiment',
    ],
    weight: 1,
    unless: [/* r25 */ 'mon_fils|ma_fille|mes_enfants|prendre_exemple|mes_eleves'],
    examples: {
      match: ["t'as un sourire à tomber", 'tes yeux sont magnifiques', 'sinon ils vont nous séparer', 'je te trouve vraiment mature', 'tu peux tout me dire', 'tu me plais beaucoup tu sais', 'coucou ma belle', 'les mecs de ta classe te méritent pas', 'tu mérites un homme plus mature', "tu mérites quelqu'un qui prend vraiment soin de toi", 'tu merites un mec qui t ecoute', 'je suis le seul à te comprendre', 'je suis fou de toi', 'je pense a toi tout le temps', 'personne te comprend comme moi', 'tes parents te comprennent pas', "t'es spéciale pour moi"],
      ignore: ["tu es tres mature pour ton age, mon fils devrait prendre exemple", 'je suis fou de ce jeu', "je pense à toi pour l'expo"],
    },
  },
  {
    id: 'mignonne-sur-ta-pp',
    phrases: [
      'ton|ta|tes|t_as_un|tas_un|t_as_de|tas_de ..1 sourire|yeux|regard|visage ..2 trop|tellement|super|vraiment|grave ..1 mignon*|beau|beaux|belle|joli*|magnifique*|craquant*|canon ..2 [sur|dans|en] ..1 ta|ton|tes|cette ..1 pp|pdp|photo*|story|profil|tof|live',
      'salut|coucou|hey|cc|bonjour|bonsoir|allo|yo|slt ..1 belle_fille|jolie_fille|beau_gosse|belle_gosse|jolie_demoiselle',
      't_es|tes|t_est|tu_es|vous_etes ..1 mignonne|belle|bonne|canon|charmante|craquante|jolie|sexy ..2 sur|en ..1 ta|ton|tes|cette pp|pdp|photo*|story|profil|tof',
      'un|ton|votre ..1 profil|physique|visage|look ..2 tres|trop|vraiment|grave ..1 interessant|prometteur|rare|unique|photogenique',
    ],
    unless: ['linkedin|cv|stage|candidature|entretien|job|emploi|poste'],
    examples: {
      match: ["t'as un sourire trop mignon sur ta pdp", "salut belle fille, tu viens d'où?", "coucou t'es mignonne sur ta pp", 'tu as un profil très intéressant', 'ton visage est tres photogenique'],
      ignore: ['ton profil linkedin est tres interessant pour le stage', 'tu es sur ta pp ?'],
    },
  },
  {
    id: 'mature-pour-ton-age-fort',
    phrases: [
      'mature*|mur|mure|murs|mures ..2 pour ..1 ton|ta|votre ..1 age|ages|generation',
      'mature*|mure|mur ..1 pour ..1 # ..1 ans',
      'plus ..1 mature*|mure|mur|posee|pose|adulte|femme|homme ..1 que ..3 filles|meufs|gamines|ados|autres|copines|mecs|gars|garcons|gamins ..3 de|d ..1 ton|ta|votre ..1 age|classe|generation',
      'plus ..1 mature*|mure|mur|adulte ..1 que ..1 ton|ta|votre|tes ..1 age|ages',
    ],
    unless: [/* r25 */ 'mon_fils|ma_fille|mes_enfants|prendre_exemple|mes_eleves|tes_parents_doivent|tes_parents_peuvent', 'film|serie|livre|roman|jeu|contenu|vin|fromage|fruit*|banane*|avocat*|tomate*|peche*|poire*|mangue*|raisin'],
    weight: 2,
    examples: {
      match: ["t'es vraiment mature pour ton âge", 'tu fais plus mature que les filles de ton âge', "t'es bien plus mûre que les meufs de ta classe", 't es mature pour 14 ans'],
      ignore: ["tu es tres mature pour ton age, mon fils devrait prendre exemple", "ce film est trop mature pour ton âge", 'les bananes sont plus mûres que les autres', 'tu es grande pour ton âge'],
    },
  },
  {
    id: 'tu-fais-pas-ton-age',
    phrases: [
      'tu|t|vous ..1 fais|fait|faites ..1 pas|vraiment_pas|pas_du_tout|pas_dutout|pas_trop ..1 [du_tout] ..1 ton|ta|votre ..1 age',
      '@tas ..1 l_air|lair|l_aire ..1 [vraiment|tellement|bien|trop|beaucoup] ..1 plus ..1 vieille|vieux|agee|age|grande|grand|mature|adulte',
      'tu|t ..1 parais|fais|sembles|as_l_air ..1 [tellement|bien|beaucoup|vraiment|trop] ..1 plus ..1 [vieille|vieux|agee|mature|grande|adulte|que_ca|que_ton_age]',
      'on|je|j ..1 te|t ..1 donnerait|donnerais|aurait_donne|aurais_donne ..1 [au_moins|facile|genre] ..1 #|dix_huit|vingt|plus',
      '@tes ..1 [vraiment|trop|tellement|bien] ..1 en_avance|avancee|avance ..1 pour ..1 ton|ta|votre ..1 age',
    ],
    unless: ['mdr|ptdr|xd|haha|lol', 'ride*|cheveux_blancs|fatigue*|cernes|mamie|papi|vieux_jeu|vieille_peau|costume|deguise*|maquillage_de|halloween|taille|grandi|pousse|mesure*|controle|notes|bulletin|lecture|lire|maths|classe|prof'],
    examples: {
      match: ['tu parais tellement plus', 'tu fais pas du tout ton âge', "t'as l'air plus vieille", "t'as l'air tellement plus mature", 'on te donnerait 18 ans', "t'es trop en avance pour ton âge"],
      ignore: ["t'as l'air plus vieille avec ce maquillage d'halloween mdr", 'tu fais pas ton âge avec tes cernes haha', "t'es en avance pour ton âge en lecture, dit la prof"],
    },
  },
  {
    id: 'lage-cest-quun-chiffre',
    phrases: [
      'l_age|lage|age ..3 qu_un|quun|juste_un|seulement_un|rien_qu_un ..1 chiffre|nombre|detail',
      'derange|gene|drange|bloque ..1 pas|aucunement|absolument_pas ..3 que|qu ..1 tu|t ..1 aies|ai|as|es|sois|soit ..2 # ..1 ans|an|piges',
      'derange|gene|bloque ..1 pas ..2 notre|la|ta|cette ..1 difference|diff ..2 d_age|dage',
      'difference|diff ..1 d_age|dage ..3 derange|gene|bloque|derangera|genera ..1 pas|jamais',
    ],
    unless: ['mdr|ptdr|xd|haha|lol', 'mamie|papi|grand_mere|grand_pere|marathon|course|sport|skate|velo|natation|diplome|permis|retraite|reprise_d_etudes|fac|universite|cheval|chien|chat|voiture|vin|fromage|arbre|maison|monument|jeu|club|equipe|benevol*|stage|job|embauche|entretien|senior*|vieux|vieille|musique|piano|guitare|danse'],
    weight: 2,
    examples: {
      match: ["ça me dérange pas que t'aies 14 ans, l'âge c'est qu'un chiffre", "l'âge n'est qu'un chiffre", 'la différence d âge me gêne pas'],
      ignore: ["mamie a couru le marathon à 70 ans, l'âge c'est qu'un chiffre", "l'âge c'est qu'un chiffre, mon prof de piano a 80 ans"],
    },
  },
  {
    id: 'personne-te-comprend-comme-moi',
    phrases: [
      'moi ..1 je|j ..1 te|t ..1 comprends|comprend ..3 pas_comme|contrairement_a|mieux_que|moi_au_moins ..2 tes|ta|ton|les_autres|eux',
      'personne|nul ..2 te|t ..1 comprend|comprends|comprendra ..1 comme ..1 moi|mwa',
      'plus ..1 intelligente|intelligent|mature|matures|mure|belle|jolie|cool|adulte|interessante|profonde ..1 que ..3 filles|gens|mecs|autres|meufs|gars ..2 de|d ..1 ton|ta|votre ..1 age|classe|lycee|college',
      'te|t ..1 comprennent|comprend|meritent|merite ..1 pas ..4 moi_si|moi_je|moi_oui|mais_moi',
      'ames_soeurs|ame_soeur|mon_ame_soeur|faits_l_un_pour_l_autre|fait_l_un_pour_l_autre|destines|destinee',
      'je|j ..1 reve|pense ..2 de|a ..1 toi|twa ..2 toutes_les_nuits|tout_le_temps|jour_et_nuit|h24|chaque_nuit|nuit_et_jour',
    ],
    unless: ['mdr|ptdr|xd|haha|lol', 'prof|professeur|bulletin|conseil_de_classe|maths|notes|copie|exam*|orientation|film|serie|roman|livre|chanson|personnage|mamie|papi|maman|papa|chat|chien|bebe|anniv*'],
    examples: {
      match: ['moi je te comprends, pas comme tes parents', 'personne te comprend comme moi', "t'es tellement plus intelligente que les filles de ton âge", 'ils te comprennent pas tes parents, moi si', 'mon ange, on est des âmes sœurs', 'je rêve de toi toutes les nuits'],
      ignore: ["la prof a dit que t'es plus mature que les élèves de ta classe, bravo pour le bulletin", 'les âmes sœurs dans ce film mdr'],
    },
  },
  // r9-begin
  {
    "id": "seule-qui-me-comprend-r9",
    "phrases": [
      "seule|seul|la_seule|le_seul ..1 qui|a ..1 me|m ..1 comprend|comprends|comprendre|ecoute|ecouter",
      "fille|meuf|gars|mec|personne ..1 comme ..1 toi|twa ..6 gachis|gache|dommage|incroyable|rare|introuvable|parfaite|parfait",
      "trop|tellement|grave|vraiment ..1 belle|beau|bg|canon|jolie|mignonne|bonne|chou|choupi ..1 ta|ton|sur_ta|sur_ton|sur_tes|tes ..1 story|stories|snap|snaps|instagram|reel|reels|tiktok"
    ],
    "unless": [
      "mdr|ptdr|jeu|serveur|game"
    ],
    "examples": {
      "match": [
        "t'es la seule qui me comprend vraiment",
        "une fille comme toi sans copain c'est du gâchis",
        "trop belle ta story",
        "t trop chou sur tes stories"
      ],
      "ignore": [
        "t'es le seul qui me comprend en maths mdr",
        "trop belle ta story mdr"
      ]
    }
  },
  {
    "id": "pas-trop-jeune-pour-moi-r9",
    "phrases": [
      "t|tes|t_es|tu_es|tu ..1 pas|es_pas|n_es_pas ..1 trop ..1 jeune|petite|petit ..1 pour ..1 moi|twa",
      "t|tes|t_es|tu_es|tu|deviens|devenue ..2 une_vraie_femme|un_vrai_homme|une_femme_maintenant|une_grande_fille|une_femme_mature|presque_une_femme"
    ],
    "unless": [
      "mdr|ptdr|jrigole|mois_de_moins|mamie|papi|tata|tonton|maman|papa|marraine|parrain|anniv*|felicit*|bravo|permis|bac|regles|puberte"
    ],
    "examples": {
      "match": [
        "t'es pas trop jeune pour moi lol",
        "t'es une vraie femme maintenant"
      ],
      "ignore": [
        "joyeux anniv ma chérie, t'es une vraie femme maintenant, bisous de mamie"
      ]
    }
  },
  // r9-end
  // r10-begin
  {
    "id": "plus-de-talent-que-les-adultes-r10",
    "phrases": [
      "talent*|mature*|intelligent*|doue*|belle|beau|canon ..6 que|qu ..3 la_plupart_des|beaucoup_d|bien_des|les|des ..1 adultes|grands|filles_de_ton_age|meufs_de_ton_age|gens_de_ton_age|filles_de_ta_classe",
      "mignon*|belle|jolie|sexy|canon|craquant*|douce ..1 ta|ta_petite ..1 voix",
      "ta|ta_petite ..1 voix ..2 mignon*|trop_belle|sexy|craquant*|trop_douce|est_trop_belle|m_a_fait_craquer"
    ],
    "unless": [
      "chant*|chorale|concert|piano|musique|conservatoire|audition|karaoke|prof|cours"
    ],
    "examples": {
      "match": [
        "t'as du talent, vraiment. plus que la plupart des adultes que je connais",
        "trop mignon ta voix sérieux",
        "ta voix est trop mignonne"
      ],
      "ignore": [
        "ta voix est trop belle quand tu chantes, inscris toi a la chorale",
        "ta voix est cassée aujourd'hui",
        "la plupart des adultes sont au travail"
      ]
    }
  },
  {
    "id": "mature-pr-ton-age-speciale-pour-moi-r10",
    "phrases": [
      "mature*|avancee|avance ..2 pour|pr|pour_ton|pr_ton ..1 ton|ta|age|ton_age",
      "@tes ..1 une|un|vraiment_une ..1 eleve|fille|personne|meuf ..3 speciale|special|unique|a_part ..2 pour ..1 moi|mwa",
      "t_as|tas|tu_as ..2 le|un ..1 physique|corps ..2 pour ..1 aller_loin|percer|devenir|etre_mannequin|le_mannequinat|poser"
    ],
    "unless": [
      /* r25 */ "mon_fils|ma_fille|mes_enfants|prendre_exemple|mes_eleves|tes_parents_doivent|tes_parents_peuvent",
      "prof_principal|conseil_de_classe|bulletin|mamie|papi|tonton|tata"
    ],
    "examples": {
      "match": [
        "ah ok cool t'es mature pr ton age franchement",
        "tu es une élève tres speciale pour moi tu sais",
        "tu as vraiment le physique pour aller loin"
      ],
      "ignore": [
        "tu es tres mature pour ton age, mon fils devrait prendre exemple",
        "t'es grande pour ton age, tu fais du basket ?",
        "ma grand mere est une personne tres speciale pour moi"
      ]
    }
  },
  // r10-end
  {
    id: 'mignon-sur-ta-story-photogenique-r11',
    phrases: [
      'mignon|mignonne|canon|belle|beau|bg|charmant|charmante|craquant|craquante|sublime ..2 sur|dans ..1 ta|tes|ton ..1 story|stories|pp|live|photo_de_profil|dernier_post|derniere_photo|reel*|tiktok*',
      'visage|tete|regard|sourire|profil ..3 photogenique|de_mannequin|de_model|de_modele|de_star|parfait',
      'tu|t|vous ..1 est|es|etes ..1 tres|trop|super|vraiment ..1 charmant|charmante|craquant|craquante|ravissante|ravissant',
      'vrai|gros|enorme|grand ..1 potentiel|talent ..4 pourrais|percer|pro|star|loin|monter',
    ],
    unless: ['mdr|ptdr|lol|xd|bebe|chien|chat|chiot|chaton|mamie|papi|maman|papa|coach|entraineur|prof|bulletin|conseil_de_classe'],
    examples: {
      match: ["t'es mignon sur ta story", 'tu est tres charmant je veux te connaitre plus', 'oui t as un visage super photogenique, tu pourrais vraiment percer', "t'as un vrai potentiel en compet, tu pourrais passer pro"],
      ignore: ['ton chien est trop mignon sur ta story', 'le coach dit que t as un vrai potentiel, tu pourrais passer pro'],
    },
  },
  // r11-end
  // r13-start
  {
    "id": "mieux-que-les-adultes-r13",
    "phrases": [
      "mieux|plus_mature|plus_intelligente|plus_intelligent ..2 que ..1 la_plupart_des|beaucoup_d|plein_d|pas_mal_d ..1 adultes|grands|majeurs|femmes|filles_de_ton_age",
      "pour ..1 etre ..1 aussi|si|deja_aussi ..1 douee|doue|mature|belle|jolie|forte|intelligente|developpee|formee",
      "@tas ..1 une|un ..1 voix|talent|visage|regard ..1 incroyable|de_ouf|magnifique|dingue|hors_norme|exceptionnel*"
    ],
    "unless": [
      "mdr|ptdr|jury|prof|conservatoire|chorale"
    ],
    "examples": {
      "match": [
        "tu écris mieux que la plupart des adultes que je connais",
        "T'as une voix incroyable 🔥",
        "t'as quel âge pour être aussi douée ?"
      ],
      "ignore": [
        "t'as une voix incroyable, le jury du conservatoire va adorer"
      ]
    }
  },
  {
    "id": "mature-les-gars-te-meritent-pas-r13",
    "phrases": [
      "mature|mure|matures ..6 gars|garcons|mecs|filles ..4 meritent|merite|comprennent|comprend|arrivent_pas"
    ],
    "unless": [
      "mdr|ptdr|haha|xd"
    ],
    "examples": {
      "match": [
        "ta tellement mature pour ton age serieux, les gars de ta classe te meritent pas du tout"
      ],
      "ignore": [
        "ils sont pas matures les mecs de la classe mdr"
      ]
    }
  },
  // r13-end
  // r14-start
  {
    "id": "tu-parles-comme-un-grand-r14",
    "phrases": [
      "tu|t ..1 parles|parle|ecris|ecrit|reflechis|raisonnes|penses ..1 comme ..1 un|une ..1 grand|grande|adulte|femme|homme|vrai_homme|vraie_femme",
      "t_es|tes|tu_es|t|vous_etes ..2 cute|cutie|belle|beau|hot|canon ..1 en ..1 tabarnak|criss|esti|osti|maudit|sacrament|tbk|estie|calisse"
    ],
    "examples": {
      "match": [
        "t'as quel âge au fait? tu parles comme un grand",
        "t'es cute en tabarnak 😍",
        "tu réfléchis comme une adulte"
      ],
      "ignore": [
        "mdr t'écris comme un prof"
      ]
    }
  },
  // r14-end
  {
    "id": "aussi-mature-que-toi-r16",
    "phrases": [
      "d_aussi|aussi|si|tellement|trop ..1 mature|mure|matures ..1 que ..1 toi|vous|twa",
      "@tas|t_as|tu_as ..1 [bien|vachement|trop] ..1 grandi ..3 toi|dis_donc|wow|waouh|t_etais_trop|t_es_trop|t_es_devenue"
    ],
    "examples": {
      "match": [
        "ca fait du bien de parler a qqn d'aussi mature que toi",
        "t'as grandi toi dis donc, je t'ai vue samedi t'etais trop bien"
      ],
      "ignore": [
        "t'as grandi de 5 cm depuis septembre",
        "c'est pas tres mature ce que tu fais"
      ]
    }
  },
  {
    "id": "grave-mignon-sur-tes-vids-r16",
    "phrases": [
      "grave|trop|tellement|hyper|vraiment|tro ..1 mignon*|belle|beau|bg|canon|bonne|charmant*|craquant*|sexy ..2 sur ..1 tes|ta|ton ..1 vids|videos|photos|pp|snaps|story|stories|tiktok*|reels|selfies|pics"
    ],
    "examples": {
      "match": [
        "t'es grave mignon sur tes vids",
        "t'es trop belle sur tes stories"
      ],
      "ignore": [
        "t'es grave nul sur tes vids de foot mdr"
      ]
    }
  },
  {
    "id": "la-plus-belle-de-tout-tiktok-r20",
    "phrases": [
      "plus ..1 belle|beau|bg|canon|jolie|mignonne|mignon|sexy ..2 de ..1 tout|toute|tt ..1 tiktok|insta|instagram|snap|internet|l_appli|twitch|le_live|les_lives|youtube"
    ],
    "examples": {
      "match": [
        "t la plus belle de tout tiktok",
        "t'es le plus bg de tout insta"
      ],
      "ignore": [
        "c'est la plus belle vue de tout le voyage"
      ]
    }
  },
  {
    "id": "ton-age-me-derange-pas-r20",
    "phrases": [
      "ton|ta|l ..1 age|jeunesse ..2 me|m ..1 derange|gene|drange|bloque ..1 pas|aucunement",
      "@tes|t ..1 pas ..1 majeure|majeur ..4 pas_grave|osef|on_s_en_fout|m_en_fous|men_fous|ca_me_gene_pas|ca_me_derange_pas|je_m_en_fiche|personne_saura",
      "@tes|t ..1 mineure|mineur|majeure|majeur ..2 pas_grave|osef|on_s_en_fout|m_en_fous|men_fous|ca_me_gene_pas|ca_me_derange_pas|je_m_en_fiche|personne_saura"
    ],
    "unless": [
      "club|inscription|formulaire|vote|voter|permis|boite|soiree_d_entreprise|alcool|travail|taf|job|poste|babysit*|baby_sitting|stage|venir_avec|avec_tes_parents|accompagne*|autorisation"
    ],
    "examples": {
      "match": [
        "ton age me derange pas, je suis discret",
        "t'es majeure ? pas grave moi ca me gene pas"
      ],
      "ignore": [
        "t'es pas majeure ? pas grave tu peux venir au club avec tes parents",
        "ton age me derange pas pour le poste de babysitting"
      ]
    }
  },
  {
    "id": "ta-pp-est-trop-belle-r21",
    "phrases": [
      "ta|tes|votre ..1 pp|pdp|photo_de_profil|selfie*|selfies ..2 est|sont|es ..1 trop|tellement|super|vraiment|grave|si ..1 belle|belles|jolie|jolies|magnifique*|canon|sexy|mims|mimi|mignonne*|bonne|bonnes|hot",
      "@tes ..2 trop|tellement|grave|vraiment|si ..1 mims|mimi|choupi*|craquante|canon|bonne",
      "doue|douee|talentueu*|belle|mature|jolie|developpe*|developpee|avance*|intelligente|intelligent|sexy|canon ..2 pour ..1 ton|votre|ta ..1 age"
    ],
    "unless": [
      /* r25 */ "mon_fils|ma_fille|mes_enfants|prendre_exemple|mes_eleves",
      "vinted|leboncoin|article|annonce|meme|dessin|gateau|chat|chien|chiot|chaton|paysage|coucher_de_soleil|plat|recette|voiture|moto|c_est_ou|cest_ou|ou_ca|montagne|mer|vue"
    ],
    "examples": {
      "match": [
        "cc 😊 ta pp est trop belle, t'as quel age ?",
        "slt t'es sur le serv rate-me toi aussi? j'ai vu ton post t'es trop mims",
        "tu es tellement mature pour ton age"
      ],
      "ignore": [
        "tu es tres mature pour ton age, mon fils devrait prendre exemple",
        "ta photo du coucher de soleil est trop belle",
        "ta pp est trop belle, c'est ton chat ?",
        "tu joues super bien pour ton âge franchement, continue comme ça",
        "ta photo est trop belle, c'est à la montagne ?"
      ]
    }
  },
  // r25-start
  {
    id: 'plus-belle-que-les-filles-de-mon-age-r25',
    phrases: [
      'plus ..1 belle|mature|jolie|mignonne|intelligente|interessante|canon|bonne ..2 que ..1 les ..1 filles|meufs|femmes|nanas ..2 de_mon_age',
    ],
    unless: ['mamie|papi|tata|tonton'],
    examples: {
      match: ["t'es bien plus belle que les filles de mon age", "t'es plus mature que les meufs de mon age"],
      ignore: ['elle est plus grande que les filles de son age'],
    },
  },
  {
    id: 'pas-grave-jaime-les-filles-matures-r25',
    phrases: [
      'age ..4 pas_grave|m_en_fiche|m_en_fous|osef|juste_un_chiffre|qu_un_chiffre|aucune_importance|compte_pas',
      'j_aime|jaime|je_prefere|moi_j_aime ..2 les ..1 filles|meufs|jeunes|petites ..1 matures|plus_jeunes|de_ton_age',
    ],
    unless: ['match|tournoi|course|equipe|ecole|colle|bac|brevet|permis|concours|club|equipe|categorie|inscription|tarif|prix|film|serie|musique|vin|fromage'],
    weight: 2,
    examples: {
      match: ["t'as 15 ans ? pas grave moi j'aime les filles matures", "l'age c'est qu'un chiffre"],
      ignore: ["pour le club l'age compte pas, tout le monde peut s'inscrire"],
    },
  },
  // r25-end
  {
    id: 'vraie-petite-femme-r26',
    phrases: [
      'une ..1 vraie ..1 petite|jeune ..1 femme',
      'tu|t ..2 es|as ..1 devenue|tellement_grandi|vraiment_grandi|bien_grandi ..3 une_vraie_femme|belle|canon|jolie|formee|bien_formee|sexy',
    ],
    unless: ['mamie|papi|tata|tonton|marraine|parrain|la_photo_de_classe|fiere|fier|fiers'],
    examples: {
      match: ['Tu as tellement grandi ! Une vraie petite femme maintenant', "t'es devenue trop canon"],
      ignore: ['la petite femme de menage arrive a 9h'],
    },
  },
  // r27-start
  {
    id: 'ma-preferee-de-l-equipe-r27',
    phrases: [
      '@tes ..2 ma|mon ..1 preferee|prefere|chouchoute|chouchou|favorite|favori ..3 de|du|des|d|parmi ..2 l_equipe|equipe|groupe|classe|tous|toutes|eleves|joueuses|joueurs|club|colo|filles|gars|stagiaires|scouts',
      'ma|mon ..1 preferee|prefere|chouchoute|chouchou|favorite|favori ..6 dis|dit|di|le_dis|le_dit ..1 pas|rien',
      'mon|ma ..1 eleve|joueuse|joueur|nageuse|nageur|gymnaste|danseuse|danseur|athlete|stagiaire|scout|recrue|cavaliere|cavalier ..1 preferee|prefere|favorite|favori',
      'ma|mon ..1 preferee|prefere|chouchoute|chouchou|favorite|favori ..6 entre_nous|notre_secret|garde_ca_pour_toi|personne_doit_savoir',
    ],
    unless: ['mamie|papi|mamy|papy|tata|tonton|marraine|parrain|maman|papa|cousin*|soeur*|frere*|serie|chanson|film|personnage|mdr|ptdr|haha|lol|xd|surprise|anniv*'],
    examples: {
      match: ["t'es mon préféré du groupe, faut pas le répéter", 'tu es ma chouchoute de toutes les joueuses', "t'es ma favorite, mais le dis pas aux autres", 'tu es ma joueuse préférée, vraiment'],
      ignore: ["t'es ma cousine préférée", "c'est ma chanson préférée du groupe", "t'es ma préférée mdr le dis pas à Inès", 'ma prof préférée est absente'],
    },
  },
  // r27-end
  // r28-start
  {
    id: 'tetais-trop-mignonne-r28',
    phrases: [
      't|tu|vous ..1 etais|etait|etiez ..3 trop|tellement|grave|vraiment|super|tres|si|hyper|vrmt|trp ..1 belle|beau|bg|canon|magnifique|sublime|parfaite|jolie|mignonne|charmante|craquante|sexy|bonne|mimi',
      'jolie|joli|belle|beau|magnifique|sublime|canon ..1 ta|ton|tes ..1 photo*|pp|pdp|selfie*|tof|tofs|profil|story|photo_de_classe',
      't|tu ..1 es|est ..1 ma|mon ..1 personne_preferee|personne_prefere|preferee|prefere|raison_de_vivre|rayon_de_soleil|princesse|reine|ame_soeur|moitie|tresor|bebe|cherie',
    ],
    unless: ['remise|diplome*|bal|gala|spectacle|ceremonie|c_est_ou|cest_ou|c_ou|ou_ca|c_etait_ou|frerot|frero|frere|soeurette|reuf|bro|sis|bebe_sur|quand_t_etais_petit*|quand_tu_etais_petit*|petite|petit|a_l_epoque|photo_de_bebe|en_maternelle|deguis*|mamie|papi|maman|papa|tata|tonton|ma_cherie_mamie|mdr|ptdr|xd|lol|haha|ma_soeur|mon_frere|cousin*|sur_la_photo_de_la_soiree|au_mariage|au_bal|a_la_soiree|au_gala|au_spectacle'],
    examples: {
      match: ["t'étais trop mignonne en pyjama", 'jolie ta photo de profil 😇', "t'es ma personne préférée ❤️", 'tu étais tellement belle hier'],
      ignore: ["t'étais trop mignonne quand t'étais petite", "t'étais trop belle au mariage de ta cousine", "t'es ma personne préférée mdr", 'mamie : jolie ta photo de classe ma chérie', "t'étais trop belle à la remise des diplômes !", 'jolie ta photo de profil 😍 c\'est où ?', "t'es ma personne préférée frérot"],
    },
  },
  // r28-end
  // r30
  {
    id: 'tes-la-plus-x-que-je-connaisse-r30',
    phrases: [
      '@tes ..1 [vraiment|clairement|de_loin] la_plus|le_plus ..1 intelligente|intelligent|belle|beau|mature|drole|gentille|gentil|mignonne|mignon|interessante|interessant|jolie|sexy|canon|parfaite|parfait|adorable ..2 que|qu ..1 je|j ..1 connaisse|connais|aie_rencontre|ai_rencontre|ai_jamais|aie_jamais|ai_vue|ai_vu',
      'je|j ..1 te|t ..1 connais|comprends ..1 mieux ..1 que ..1 tes|ta|ton ..1 potes|amis|amies|parents|copines|copains|famille|mere|pere|daron*|soeur|frere|meilleure_amie|meilleur_ami',
    ],
    unless: ['mdr|ptdr|haha|xd|lol|ironie|ironique|c_est_faux|jrigole|maman|papa|mamie|papi|tata|tonton|ma_fille|mon_fils|ma_puce|mon_coeur_de_maman'],
    examples: {
      match: ["t'inquiète t'es la plus intelligente que je connaisse", 'je te connais mieux que tes potes je pense', "t'es la plus belle que j'ai jamais vue"],
      ignore: ["t'es la plus drôle que je connaisse mdr", 'je te connais mieux que tes potes, je suis ta mère ma puce', "c'est la plus belle que je connaisse"],
    },
  },
  // r30-end
  // r33-start
  {
    id: 'ils-comprennent-rien-moi-je-te-comprends-r33',
    phrases: [
      'parents|adultes|profs|autres|gens|ils|elles|personne|daron*|vieux ..2 comprennent|comprend|comprendront|comprenne ..2 jamais|rien|pas|que_dalle ..5 moi ..1 je|j ..1 te|t ..1 comprends|comprend',
      'impression|sentiment ..2 de|d ..1 te|t ..1 connaitre|connais|connaissais ..1 depuis_toujours|depuis_des_annees|depuis_longtemps|depuis_mille_ans|depuis_une_eternite',
    ],
    unless: ['mdr|ptdr|xd|haha|lol', 'prof_de|maths|exercice*|exo*|devoir*|cours|lecon|film|serie|roman|livre|chanson|personnage|mamie|papi|maman|papa|chat|chien|bebe|meme_classe|meme_ecole|colo|camp|depuis_la_maternelle|depuis_le_cp'],
    examples: {
      match: ['les adultes comprennent rien, mais moi je te comprends', "j'ai l'impression de te connaître depuis toujours", "ils te comprennent pas tes parents, moi je te comprends"],
      ignore: ["les profs comprennent rien à l'exercice, moi je te comprends pas non plus", "j'ai l'impression de te connaître depuis toujours mdr on était dans la même classe", 'les gens comprennent rien à ce film'],
    },
  },
  // r33-end
  {
    id: 'magnifique-comme-toi-r34',
    phrases: [
      'magnifique|magnifiques|belle|belles|jolie|jolies|sublime|sublimes|canon|splendide|mignonne|ravissante ..2 comme|tout_comme|autant_que ..1 toi|twa|ta_maitresse|sa_maitresse|sa_proprio',
    ],
    unless: ['ta_soeur|ta_mere|ta_maman|ta_cousine|ta_tante|mamie|maman|tata|robe|tenue|chanson|voix|dessin|photo_de_classe|mdr|ptdr|xd|haha'],
    examples: {
      match: ['elle est magnifique, comme toi', 'ta chienne est trop belle, tout comme toi', 'ta jument est sublime comme toi 😍'],
      ignore: ['elle est belle comme toi ta soeur', 'la robe est magnifique comme toi mdr', 'jolie comme toujours'],
    },
  },
  // r37: an adult's "more than a friend"
  {
    id: 'plus-qu-une-amie-r37',
    phrases: [
      'aime|aimes|kiffe|kiffes|tiens|tient|vois|considere ..4 plus|bien_plus ..1 qu|que ..1 une|un|comme ..1 amie|ami|pote|copine|copain|simple_amie|simple_ami',
    ],
    unless: ['mdr|ptdr|xptdr|haha|ahah|frere|soeur|cousin*|bff|meilleure_amie|meilleur_ami|meilleure_pote|ma_soeur|mon_frere'],
    examples: {
      match: ["je t'aime bien tu sais, plus qu'une amie", 'je te vois comme plus qu un pote', 'je tiens à toi bien plus que comme une copine'],
      ignore: ["je t'aime plus qu'une soeur mdr", "je t'aime bien, t'es une super amie", "tu es plus qu'une amie, t'es ma bff"],
    },
  },
  // r37-end
] satisfies PatternEntry[];
