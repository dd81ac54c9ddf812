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
    examples: {
      match: ['tu fais grave mature pour ton age', "t'es mature pour ton âge", 'tu fais pas ton age', "t'es pas comme les autres filles", 'tu fais pas tes 14 ans', 'tu fais plus mature que les filles de ton âge', 't es bien plus mure que les autres', 'tu parais plus mature que les meufs de ta classe'],
      ignore: ["c'est un film mature", 'il fait trop chaud', 'mon frere est plus grand que les autres', 'le fromage est plus mur que l autre'],
    },
  },
  {
    id: 'trop-belle',
    phrases: [
      't|tu|tes|t_es|vous ..1 es|est|etes ..3 trop|tellement|grave|vraiment|super|tres|si|hyper|vrmt|trp ..1 belle|beau|bg|canon|magnifique|sublime|parfaite|parfait|jolie|mignonne|charmante|craquante|fraiche|frais',
      't|tu|tes ..1 es|est ..2 magnifique|sublime|parfaite|une_deesse|un_ange|la_plus_belle|le_plus_beau|canon',
      'tu|t|ta es|a|as ..2 un|une|de ..1 beau|belle|beaux|belles|joli|jolie|magnifique|superbe ..1 corps|visage|yeux|sourire|formes|fesses|jambes|poitrine|cul',
      'trop|tellement|grave|hyper|si ..1 belle|bg|bonne|canon|magnifique|sublime|jolie|mignonne|sexy|craquante ..2 sur|en ..1 ta|ton|tes|cette pp|photo*|story|video|profil|tiktok|insta*|snap',
      'magnifique|sublime|belle|bg|canon ..2 comme ..1 toujours|dhab|d_hab',
      'jamais|rarement ..2 vu ..3 une|un|quelqu_un|qqn|fille|meuf|mec aussi|si|plus ..1 belle|beau|jolie|mignonne|mature|intelligente',
    ],
    unless: ['ta|ton|cette ..1 robe|coupe|tenue|dessin|pull|veste|chaussures|plat|gateau|voiture|maison', 'mdr|ptdr|xd|lol'],
    weight: 1,
    examples: {
      match: ['slt t trop belle sur ta pp 😍', 't es trop mignonne', "j'ai trop aimé ta vidéo t'es magnifique", 'tu as un beau corps', "t'es sublime", "j'ai jamais vu une fille aussi belle"],
      ignore: ['ta robe est trop belle', 'elle est trop belle cette voiture', 'la vue est magnifique'],
    },
  },
  {
    id: 'amoureux-de-toi',
    phrases: [
      'amoureux|amoureuse|fou|folle|dingue|accro ..1 de ..1 toi|twa',
      'je|jsuis|j|moi ..2 pense|pence a|qu_a ..1 toi|twa ..2 tout|tt|jour|nuit|h24|sans_arret',
      'personne|persone ..2 te|t ..1 comprend*|connait|aime*|merite ..2 comme|autant_que moi',
      'je|j|moi suis|sui|seul* ..2 qui ..2 te|t ..1 comprend*',
      'seul|seule ..2 a|qui ..2 te|t ..1 comprend*|connai*|ecoute*|accepte*',
      'tes|ta|ton @family ..2 te|t ..1 comprennent|comprend|meritent|merite ..1 pas',
      'tu|t ..1 merites|merite ..1 mieux',
      'je t aime|adore tellement|trop|tant|de_ouf|grave|a_la_folie',
      'differente*|different ..2 des|de ..2 autres|filles|meufs|mecs|gars',
      'mature*|grande|belle|avancee|developpee ..2 pour # ans',
      'corps|visage|yeux|sourire|silhouette de reve|deesse|mannequin|ouf|star',
      '@tes|t ..1 super|trop|tellement|tres|vraiment|si mature*',
      'tes|ta|ton|des|de ..1 yeux|sourire|corps|visage|levres|cheveux ..2 magnifique*|sublime*|parfait*|incroyable*',
      '@tes|t une|ma princesse|deesse|reine|bombe|beaute|merveille',
      't|tu|tes es|est ..2 special*|unique|differente|different ..2 pour ..1 moi|mwa',
    ],
    weight: 1,
    examples: {
      match: ['je suis le seul à te comprendre', 'je suis fou de toi', 'je pense a toi tout le temps', 'personne te comprend comme moi', 'tes parents te comprennent pas', "t'es spéciale pour moi"],
      ignore: ['je suis fou de ce jeu', "je pense à toi pour l'expo"],
    },
  },
  {
    id: 'mignonne-sur-ta-pp',
    phrases: [
      't_es|tes|t_est|tu_es|vous_etes ..1 mignonne|belle|bonne|canon|charmante|craquante|jolie|sexy ..2 sur|en ..1 ta|ton|tes|cette pp|pdp|photo*|story|profil|tof',
      'un|ton|votre ..1 profil|physique|visage|look ..2 tres|trop|vraiment|grave ..1 interessant|prometteur|rare|unique|photogenique',
    ],
    unless: ['linkedin|cv|stage|candidature|entretien|job|emploi|poste'],
    examples: {
      match: ["coucou t'es mignonne sur ta pp", 'tu as un profil très intéressant', 'ton visage est tres photogenique'],
      ignore: ['ton profil linkedin est tres interessant pour le stage', 'tu es sur ta pp ?'],
    },
  },
] satisfies PatternEntry[];
