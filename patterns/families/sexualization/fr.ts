import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'tes-vierge',
    phrases: [
      't|tu|tes|t_es|es_tu|vous ..2 es|est|etes|encore ..1 [encore] vierge*',
      't|tu|ta|tas|t_as|as_tu|astu ..2 as|a [deja] ..1 deja ..2 fait|fais ..1 l_amour|lamour|des_trucs|du_sexe|la_chose|une_pipe|un_calin_coquin',
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
      'tu|t ..1 portes|porte|as ..1 quoi|koi|quel|quelle|quels ..2 comme|en ..1 culotte|string|sous_vet*|sous_vetement*|soutif|pyjama|dessous',
      'couleur|couleure ..3 ta|ton|tes ..1 culotte|string|soutif|sous_vet*|sous_vetement*|dessous|slip|calecon|boxer',
      'tu|t ..1 dors|dort|te_couches ..1 nue|nu|en_culotte|en_string|sans_rien|a_poil',
      'tu|t ..1 fais|fait ..1 quel|kel ..1 bonnet|taille_de_soutif|taille_de_bonnet',
      't|tu|tes ..1 es|est ..1 nue|nu|a_poil|en_culotte|en_string|en_sous_vet* ..1 la|maintenant|mtn',
    ],
    unless: ['pour ..2 la|le|ce|demain ..2 soiree|mariage|fete|anniv*|sortie|match|ceremonie|bal|spectacle|photo_de_classe'],
    examples: {
      match: ['tu portes quoi là ? 😏', "qu'est-ce que tu portes", 'de quelle couleur est ta culotte', 'tu dors nue ?', 'tu fais quel bonnet'],
      ignore: ['tu portes quoi pour la soirée demain ?', "tu portes quoi au mariage d'alex ?"],
    },
  },
  {
    id: 'photo-sexy',
    phrases: [
      '@photo ..3 sexy|hot|coquine*|coquin|osee*|ose|chaude*|cochonne*|torride*|excitant*|sensuel*|nsfw|osee',
      'plus|bien ..1 sexy|hot|coquine|ose|osee|chaude ..2 cette|la ..1 fois',
      'en_petite|petite ..1 tenue',
      '@ite|je_veux|je|jveux ..2 toucher|lecher|baiser|caresser|gouter|deshabiller|prendre ..2 [toi|ton_corps|tes_seins|tes_fesses]',
      'coucher|baiser|dormir|le_faire ..1 avec ..1 toi|twa',
      't|tu|tes|ta ..1 es|me|m|as ..2 excite*|rend_fou|rends_fou|rends_dingue|chauffe|donne_chaud',
      '@ite ..2 ferais|ferai|ferait ..2 des|plein_de|tellement ..1 choses|trucs',
    ],
    unless: ['la|le|ce|cette ..1 voiture|robe|plat|gateau|pizza|recette|film|serie|coupe|chanson|boisson|soupe|cafe|the'],
    examples: {
      match: ['envoie en une autre, plus sexy cette fois', 'des photos sexy', 'une vidéo de toi en petite tenue', 'je veux coucher avec toi', 'tu m excites', 'je veux te toucher'],
      ignore: ['cette robe est trop sexy', 'photo de la pizza trop chaude', 'je veux dormir'],
    },
  },
  {
    id: 'questions-intimes',
    phrases: [
      't|tu|ta ..1 as|a ..1 deja ..1 embrasse|galoche|pecho|roule_une_pelle|eu_un_copain|eu_un_mec',
      'tu|t ..1 as|a ..1 des|de ..1 poils|seins|formes ..1 [deja|la|maintenant]',
      'tes|ta|ton ..1 seins|poitrine|fesses|cul|bite|zizi|teub ..2 sont|est|fait|font ..2 quelle|quel|comment|combien|gros|grosse|grande|petits|taille',
      't|tu ..1 as|a ..1 tes|eu_tes|deja_eu_tes ..1 regles',
    ],
    weight: 2,
    examples: {
      match: ['tas deja embrassé qqn ?', 'tu as des seins ?', 'tes seins font quelle taille'],
      ignore: ['tas deja vu ce film', 'tu as des devoirs ?'],
    },
  },
] satisfies PatternEntry[];
