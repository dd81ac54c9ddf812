import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'tes-vierge',
    phrases: [
      't|tu|tes|t_es|es_tu|vous ..2 es|est|etes|encore ..1 [encore] vierge*',
      't|tu|ta|tas|t_as|as_tu|astu ..2 as|a [deja] deja ..2 fait|fais ..1 l_amour|lamour|des_trucs|du_sexe|la_chose|une_pipe|un_calin_coquin',
      't|tu|ta|tas|t_as|as_tu ..2 as|a ..1 deja ..1 couche|baise|suce|niquer|nique|joui|branle*',
      't|tu|te|tes ..1 es_deja|t_es_deja|te ..1 touche*|caresse*|branle*|doigte*',
      't|tu|te ..1 te|t ..1 touches|touche|caresses|branles|masturbe*',
      'tu|t ..1 aimes|aime|kiffe*|kifes ..1 le|la|les|te_faire ..1 sexe|cul|porno|porn|sodo*|baise*|doigt*|lecher|sucer',
    ],
    examples: {
      match: ["t'es vierge ?", "t'as deja fait l'amour ?", 'tu te touches ?', 'tu as deja couché', 'tu aimes le sexe ?'],
      ignore: ['la vierge marie', "t'as deja fait tes devoirs ?"],
    },
  },
  {
    id: 'tu-portes-quoi',
    phrases: [
      'tu|t|qu_est_ce_que_tu|quest_ce_que_tu|kestu|questu ..1 portes|porte|porte_quoi|as_sur_toi',
      'tu|t portes|porte|as ..1 quoi|koi|quel|quelle|quels ..2 comme|en ..1 culotte|string|sous_vet*|sous_vetement*|soutif|pyjama|dessous',
      'couleur|couleure ..3 ta|ton|tes ..1 culotte|string|soutif|sous_vet*|sous_vetement*|dessous|slip|calecon|boxer',
      'tu|t dors|dort en quoi|koi|comment',
      '@tas deja fait ..1 des|quelque|qqch|quelque_chose ..1 choses|trucs|chose ..2 avec',
      'aimes|aime|fais|es|kiffes quoi|koi|comment au lit',
      '@tes|t|tu_es [toute|tout|deja|encore] nue|nu|a_poil|en_culotte|en_string|en_sous_vet*|en_sous_vetement*',
      'tu|t mets|portes|porte ..1 des|une|un ..1 string*|culotte*|soutif*|sous_vet*|sous_vetement*|lingerie|dessous',
      'beau|belle|beaux|gros|grosse|jolie|joli ..1 cul|fesses|seins|poitrine|boobs|bite|teub|nichons',
      'tu|t mets|portes|porte quoi|koi comme ..1 culotte|string|sous_vet*|sous_vetement*|soutif|dessous|slip|calecon|boxer',
      '@tas [deja] vu ..2 nu|nue|bite|zizi|sexe|porno|porn|teub|chatte',
      'tu|t ..1 dors|dort|te_couches ..1 nue|nu|en_culotte|en_string|sans_rien|a_poil',
      'tu|t ..1 fais|fait ..1 quel|kel ..1 bonnet|taille_de_soutif|taille_de_bonnet',
      't|tu|tes ..1 es|est ..1 nue|nu|a_poil|en_culotte|en_string|en_sous_vet* ..1 la|maintenant|mtn',
    ],
    unless: ['mariage|soiree|bal|fete|anniv*|ceremonie|sortie|match|spectacle|concert|entretien|rentree|photo_de_classe|demain|ecole|cours'],
    examples: {
      match: ['tu portes quoi là ? 😏', "qu'est-ce que tu portes", 'de quelle couleur est ta culotte', 'tu dors nue ?', 'tu fais quel bonnet'],
      ignore: ['tu dors avec quoi comme doudou', 'tu portes quoi pour la soirée demain ?', "tu portes quoi au mariage d'alex ?"],
    },
  },
  {
    id: 'photo-sexy',
    phrases: [
      'photo*|foto*|pic|pics|video*|vid|selfie*|nude* [plus|bien|un_peu|tres|trop|de_toi|de_twa] sexy|hot|coquine*|coquin|osee*|ose|chaude*|cochonne*|torride*|excitant*|sensuel*|nsfw',
      'plus|bien ..1 sexy|hot|coquine|ose|osee|chaude ..2 cette|la ..1 fois',
      'en_petite|petite ..1 tenue',
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
      match: ['envoie en une autre, plus sexy cette fois', 'des photos sexy', 'une photo de toi sexy', 'une vidéo de toi en petite tenue', 'je veux coucher avec toi', 'tu m excites', 'je veux te toucher'],
      ignore: ['cette robe est trop sexy', 'photo de la pizza trop chaude', 'je veux dormir', 'i liked your photos. you are very sexy'],
    },
  },
  {
    id: 'questions-intimes',
    phrases: [
      'tas|t_as|tu_as|ta|as_tu deja ..1 embrasse|galoche|pecho|roule_une_pelle|eu_un_copain|eu_un_mec',
      't|tu|ta ..1 as|a ..1 deja ..1 embrasse|galoche|pecho|roule_une_pelle|eu_un_copain|eu_un_mec',
      'tu|t as|a ..1 des|de ..1 poils|seins|formes ..1 [deja|la|maintenant]',
      'tes|ta|ton ..1 seins|poitrine|fesses|cul|bite|zizi|teub ..2 sont|est|fait|font ..2 quelle|quel|comment|combien|gros|grosse|grande|petits|taille',
      't|tu ..1 as|a ..1 tes|eu_tes|deja_eu_tes ..1 regles',
    ],
    weight: 2,
    examples: {
      match: ['tas deja embrassé qqn ?', 'tu as des seins ?', 'tes seins font quelle taille'],
      ignore: ['tas deja vu ce film', 'tu as des devoirs ?'],
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
    id: 'photo-sans-haut',
    phrases: [
      '@photo ..4 sans ..1 ton|ta|tes|le|la ..1 haut|tshirt|t_shirt|tee_shirt|pull|vetements|habits|culotte|soutif|pantalon',
      '@photo ..4 dans ..1 ton|ta ..1 lit|bain|baignoire|douche',
      '@tas|quelle|c_est_quoi|cest_quoi|tu_fais ..2 taille ..2 de ..1 soutif*|soutien_gorge|bonnet|culotte',
      '@tas ..1 un ..1 corps ..1 de|d ..1 femme|adulte|grande',
      'ton|tes ..1 corps|seins|fesses|cul|levres|formes ..2 me|m ..1 rend*|excite*|fait_bander|donne*_envie|fait_envie',
      'laisserais|laisses|laisse|laisserai ..1 te|t ..1 toucher|caresser|deshabiller',
      'shooting*|shoot|seance_photo|seances_photo ..3 lingerie|sous_vet*|sous_vetement*|nue|nu|nus|nues|sexy|intime*|boudoir|bikini|maillot*',
    ],
    unless: ['vinted|leboncoin|article|annonce|vendre|achete*|magasin|boutique|commande|jalou*|mdr|ptdr|haha|muscl*|salle|sport'],
    weight: 2,
    examples: {
      match: ['une photo de toi sans ton haut', 'envoie moi une photo de toi dans ton lit ce soir', "t'as quelle taille de soutif ?", 't as un corps de femme', 'je fais des shootings lingerie pour ados', 'ton corps me rend fou', 'tu me laisserais te toucher?'],
      ignore: ['ton corps me rend fou de jalousie tellement t es muscle mdr', 'la photo du pull sur vinted', 'une photo du lit que tu vends'],
    },
  },
] satisfies PatternEntry[];
