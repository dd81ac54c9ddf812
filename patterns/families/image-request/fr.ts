import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'envoie-photo-nue',
    phrases: [
      '@send|@show [moi|m|nous|mwa|moa] ..4 @photo ..3 @nude',
      '@send|@show [moi|m|nous|mwa|moa] ..2 tes|ta|ton|des|une|un @body',
      '@photo|video ..2 de_toi|de_twa ..2 @nude',
      '@photo ..2 de_tes|de_ta|de_ton @body',
      '@send|@show ..2 des|tes|une|un|ta|ton nude*|nudes|nud',
      'je|jveux|jvoudrais|je_veux ..3 voir|te_voir|t_voir ..2 @nude|@body',
      'veux|voudrais|aimerais|aimrais|kiffe* te|t voir ..2 @nude|tout_nu|toute_nue',
      'deshabille*|deshabilles* toi|twa|pour_moi',
      'toi|twa en|tout|toute @nude',
      'fais|fait|faites moi|m|nous voir ..2 @body|@nude',
      '@show [moi|m|toi] en|sans @nude',
      'photo*|foto*|video*|selfie* [de_toi|de_twa] nue|nues|sexy|coquine*|osee*|hot|intime*',
      'enleve|retire|tombe|baisse ..2 ton|ta|tes|le haut|tee_shirt|t_shirt|tshirt|pull|haut|pantalon|culotte|soutif|slip|calecon|jean|short|jupe|vetements|habits',
    ],
    unless: ['j_ai|jai|g tes|ta|des|les|toutes|tous', 'acheter|achete|vendre|vend|vinted|leboncoin|taille|article|annonce|commande|magasin|boutique|du_club|de_l_equipe|licence|tournoi', 'escroc*|arnaqueur*|victime*|sextorsion|sextortion|prevention|reportage|menacent|menacant|pharos|signalez|gendarmerie|a_ete_arrete|ete_arrete|s_est_fait_arreter|interpelle*|condamne*|arrestation|proces|enquete|faisait_chanter|faisaient_chanter|font_chanter|fait_chanter'],
    examples: {
      match: ['envoie moi une photo de toi en maillot 😏', 'montre moi tes seins', 'envoie des nudes', 'juste toi en sous vet', 'une photo de toi nue', 'je veux te voir nue', 'déshabille toi', 'enlève ton haut'],
      ignore: ['envoie moi la photo du maillot que tu veux acheter', 'je veux voir le film', 'enlève tes chaussures avant de rentrer', 'des escrocs menacent de diffuser des photos intimes si la victime ne paie pas', 'un mec a été arrêté, il faisait chanter des ados avec des photos intimes', "tu peux m'envoyer une photo de toi avec le maillot du club pour le site ?"],
    },
  },
  {
    id: 'allume-ta-cam',
    phrases: [
      'allume*|active*|ouvre|ouvres|mets|met|lance|branche ..1 ta|ton|ta_petite @cam',
      'montre toi|twa ..2 @cam|en_video|en_visio',
      'mets|met toi|twa en_live|en_direct|en_cam|en_facetime|en_video|devant_la_cam|devant_ta_cam',
      'mets|met|tourne|pointe la|ta @cam ..2 sur_toi|vers_toi|sur_ton|sur_ta|sur_tes',
      '@show ..3 sous ..1 ton|ta|tes',
      'fais|fait|fai|fais_moi ..2 des|un|une nude*|nudes',
      '@cam|facetime|visio|appel|live ..3 sans ..1 haut|tee_shirt|t_shirt|rien|vetement*|habits|culotte|soutif|pantalon|ton_haut',
      'allume*|active*|ouvre|mets ..1 la @cam ..4 te|t voir',
      'je|jveux|veux|voudrais ..2 te|t voir ..2 @cam|en_video|en_visio|en_vrai_sur_cam',
    ],
    unless: ['pour ..2 le|la cours|classe|reunion|appel_de_classe', 'projet|expose|maquette|schema|tableau|devoir*|tp|cours|reunion|prof|exo|exos|exercice*|reviser|revision*|revise|maths|math|physique|chimie|svt|dm|controle|interro|cahier|fiche*|brevet|bac'],
    examples: {
      match: ['allume ta cam stp juste 2 min', 'active ta caméra', 'montre toi en cam', 'je veux te voir en facetime'],
      ignore: ['Activez vos caméras pour le cours svp', 'ma cam marche pas', 'allume la lumière', 'on fait un appel video pour le projet ? allume ta cam qu on voie la maquette', 'allume ta cam que je voie ton exo'],
    },
  },
  {
    id: 'photo-de-toi',
    phrases: [
      '@photo de_toi|de_twa|de_toa|de_vous|de_ta_tete|de_ton_visage|de_ta_face',
      '@send|@show ..2 toi|twa|ta_tete|ton_visage',
      '@send ..3 snap|snaps|snapchat de_toi|de_twa',
      '@send ..1 en ..1 une|un|1 de_toi|de_twa',
      'te|t filmer|filme|photographier|photographie|prendre_en_photo',
      'prend*|fais|fait|filme toi|te|twa en_photo|en_video|en_selfie|pour_moi',
      'je|jpeux|j peux|pourrais|peut|peux ..2 avoir|voir ..2 une|des|ta|tes @photo [de_toi]',
    ],
    unless: ['devoir*|exo*|exercice*|cours|copie|notes|cahier|lecon', 'coupe|cheveux|tenue_de_sport|groupe|classe|voyage|vacances|avec_ta_coupe|club|site|licence|equipe|journal|badge|identite|trombi*|dossier|inscription|cantine|carte_de', 'j_ai|jai|g|j_avais|javais ..2 une|des|la|les|plein_de|trop_de|encore ..1 @photo'],
    weight: 2,
    examples: {
      match: ["si tu m'envoies une photo de toi", 'une photo de toi stp', 'jpeux avoir une photo de toi ?', 'montre ta tete'],
      ignore: ["tu peux m'envoyer une photo de toi avec le maillot du club pour le site ?", 'envoie une photo de ta nouvelle coupe', 'photo de groupe demain', 'envoie moi les photos du voyage', "j'ai une photo de toi en train de dormir la bouche ouverte"],
    },
  },
  {
    id: 'encore-une-photo',
    phrases: [
      'encore|autre|deuxieme|2eme|nouvelle* ..3 plus|bien|vraiment|super ..1 sexy|hot|ose|osee|coquine|chaude|deshabille*|proche',
      '@send|@show ..2 en [encore] une|un autre|deuxieme|2eme|dautre|dautres',
      '@send|@show ..3 encore|plus|d_autres|dautres ..2 @photo',
      'merci pour ..2 la|ta|tes|les @photo|photo*',
      'montre|montres ..2 un_peu|encore ..1 plus',
    ],
    unless: ['voyage|vacances|robe|velo|article|annonce|produit|drive|exo*|exercice*|devoir*|cours|classe|sortie|anniv*|soiree|match|groupe', 'pouvez|pourriez|auriez|avez ..1 vous|m|me'],
    weight: 1,
    examples: {
      match: ['envoie en une autre', 'une autre plus sexy', "envoie moi d'autres photos", 'merci pour la photo 😍'],
      ignore: ["Vous pouvez m'envoyer d'autres photos ?", "tu peux m'envoyer plus de photos de la robe portée ?", 'envoie encore des photos du voyage', 'une autre partie ?'],
    },
  },
  {
    id: 'envoie-une-photo',
    phrases: [
      '@send [moi|m|nous|mwa|moa] ..2 une|un|des|ta|tes|la|les ..1 @photo',
      'fais|fait|prends|prend moi|m|nous ..2 une|un|des ..1 @photo|selfie*',
      'tu peux|pourrais|pe|peu ..2 @send ..3 @photo',
    ],
    unless: ['je|jte|jt|j|jpeux ..3 t|te|vous envoi*|envoyer|envoie', 'je|j|jvais|jv ..2 vais|vai|peux|pourrais|dois ..1 envoyer|envoye', 'sinon|abonne*|followers|ta_famille|tes_parents|tout_le_monde|tableau|mamie|papi|lui|leur|devoir*|exo*|exercice*|cours|lecon|copie|voyage|vacances|velo|robe|annonce|article|produit|screen*|capture*|fiche|document|doc|notes|cahier|page|sortie|match|groupe|classe|soiree|anniv*|drive|coupe|cheveux|chien|chat|meuble|colis|ticket|facture|recu|plan|menu|resultat*'],
    weight: 1,
    examples: {
      match: ['envoie une photo', 'envoie moi une pic', 'tu peux menvoyer une photo', 'fais moi un selfie'],
      ignore: ['envoyez-moi une photo de votre exercice 3', 'envoie moi les photos du voyage', "je t'envoie la photo de la robe"],
    },
  },
  {
    id: 'video-ou-tu',
    phrases: [
      'faire|fais|fait|filme|filmer|tourner ..3 @photo ..4 @nude',
      '@photo ..6 maintenant|mtn ..1 a ..1 toi|twa',
      '@photo ..2 un_peu|bien|encore|vraiment ..1 plus ..1 perso|personnelle*|intime*|osee*|ose|hot|sexy|coquine*',
      '@show ..6 sous ..1 ton|ta|tes ..1 pull|tshirt|t_shirt|tee_shirt|haut|jupe|vetements|habits|culotte|soutif|robe|sweat|jean|short|couette|drap|draps|serviette|couverture|plaid',
      'fais|fait|fai ..2 un|une ..1 strip*|strip_tease|striptease|danse_sexy|show_sexy',
      'jvx|jveu|jveut|jvoudrai|jveux|je_veux ..1 voir ..2 tes|ta|ton ..1 @body',
      '@tas ..2 des|une|un ..1 @photo ..2 en|sans ..1 @nude',
    ],
    weight: 3,
    unless: ['vinted|leboncoin|article|annonce|vendre|magasin|boutique|commande|expose|devoir*|projet|jouer|partie|tour_de_jouer|plage|piscine|vacances|club|equipe|foot|basket|handball|rugby|du_club|site|nouveau|nouvelle|achete|profil|linkedin|cv|curriculum'],
    examples: {
      match: ['montre moi ce que tu caches sous ta couette', 't aurais pas une photo un peu plus perso?', 'montre moi ce que t as sous ton pull', 'fais moi un strip tease en cam', 'jvx voir tes fesses', "t'as des photos en maillot?", 'tu peux me faire une vidéo où tu danses en brassière ?', "t as aime la video que je t ai envoyee ? maintenant a toi"],
      ignore: ['t as des photos en maillot du club pour le site?', 'envoie une photo un peu plus perso pour ton profil linkedin', 't as des photos en maillot de la plage de nice', 'fais une video du maillot pour l annonce vinted', 'la video du projet est finie, maintenant a toi de jouer'],
    },
  },
  {
    id: 'encore-une-et-je-te-laisse',
    phrases: [
      'encore|juste|plus_qu|plus_que|rien_qu|rien_qu_une ..2 une|un|1 ..2 @photo|nude*|nudes ..4 et|puis ..3 laisse*|lache*|efface*|supprime*|tranquille|bloque*|disparai*|oublie*',
      'une|un|la|le|ta|ton ..1 derniere|dernier ..1 @photo|nude*|nudes ..4 et|puis|apres ..3 laisse*|lache*|efface*|supprime*|tranquille|disparai*|oublie*',
    ],
    unless: ['groupe|tous|ensemble|voyage|vacances|soiree|anniv*|mariage|classe|plage|match|concert|spectacle|sortie|devoir*|exo*|exercice*|cours|projet|annonce|vinted|article|drive|album|montage|insta|story'],
    examples: {
      match: ['encore une vidéo et je te laisse tranquille', "une dernière photo et j'efface tout", 'juste une dernière vidéo et je te lâche'],
      ignore: ['encore une photo et on rentre promis, vous êtes trop beaux', "encore une photo de groupe et c'est fini promis", "une dernière photo du voyage et j'arrête de spammer"],
    },
  },
  {
    id: 'il-me-faut-des-photos-en',
    phrases: [
      'faut|faudrait|faudra|besoin|aurais_besoin|exige|exigerai ..4 @photo ..3 @nude',
    ],
    unless: ['club|equipe|site|vinted|leboncoin|article|annonce|taille|commande|magasin|boutique|vendre|achete*|plage|piscine|vacances|catalogue|produit|linkedin|cv'],
    examples: {
      match: ["il me faudrait des photos en sous vetements pour le book", "j'aurais besoin de photos de toi en maillot", 'il faut une video sans rien'],
      ignore: ['il faut des photos en maillot pour le site du club', 'il me faudrait des photos du maillot pour l annonce vinted'],
    },
  },
  {
    id: 'tu-me-dois-une-photo',
    phrases: [
      'tu|t|vous ..1 me|m ..1 dois|doit|devrais|dois_bien|devez ..2 bien|au_moins|une|un|des|ca|sa ..3 @photo|nudes',
      'en_echange|en_retour|pour_me_remercier|pour_la_peine|en_remerciement ..4 @send|@show|petite|une|des ..2 @photo|nudes',
    ],
    unless: ['du_voyage|des_vacances|de_classe|du_match|de_l_equipe|du_club|du_concert|de_la_soiree|du_devoir|des_devoirs|du_cours|de_l_anniv|du_chat|du_chien|du_gateau|mdr|ptdr|haha|lol'],
    examples: {
      match: ['maintenant tu me dois bien une petite photo en maillot non ? 😇', 'tu me dois au moins une photo', 'en échange tu m envoies une petite photo'],
      ignore: ['tu me dois une photo du voyage mdr', 'tu me dois 10 balles', 'en échange tu me prêtes ton chargeur'],
    },
  },
  {
    id: 'fais-une-video-pour-moi',
    phrases: [
      'tu|t ..1 me|m ..1 fais|fait|feras|ferais|fai ..3 video*|vid|photo*|selfie*|strip|show|danse ..3 pour ..1 moi|mwa|moa ..3 seul*|dans_ta_chambre|sous_la_douche|en_prive|au_lit|dans_ton_lit',
      'tu|t ..1 fais|fait|feras|ferais ..3 video*|vid|strip|show ..2 rien_que_pour|que_pour|juste_pour ..1 moi|mwa',
      'si ..1 tu|t ..1 fais|fait ..3 video*|vid|strip|show ..3 pour ..1 moi|mwa ..4 toi|toute_seule|tout_seul|dans_ta_chambre|en_prive',
      '@send ..2 quelques|des|une|tes|2|3|deux|trois ..1 photo*|tof*|video*|selfie*|vid|vids ..1 perso|persos|personnelle*|privee*|intime*',
      'fais|fait|fai ..1 moi|m ..1 un|une|1|petit|petite ..1 strip*|striptease|show|lap_dance|danse_sexy ..3 sur|en|par ..1 @cam|facetime|snap|visio|appel',
    ],
    unless: ['anniv*|mariage|projet|expose|cours|prof|classe|devoir*|tiktok|chaine|youtube|montage|mdr|ptdr|haha|lol|carte_d_identite|passeport|dossier|administrati*'],
    examples: {
      match: ["jte donne 50 balles si tu fais une vidéo pour moi, juste toi dans ta chambre", 'tu me fais une petite vidéo rien que pour moi ?', "suffit de m'envoyer quelques photos perso", 'fais moi un strip sur facetime'],
      ignore: ['tu me fais une vidéo pour mon anniv ?', 'envoie des photos perso pour le dossier administratif', 'tu fais une vidéo pour moi sur ta chaine mdr', 'fais moi un résumé du cours'],
    },
  },
] satisfies PatternEntry[];
