import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'jhabite-a',
    phrases: [
      'j|je|jhabite|jvis ..1 habite|vis|vie|reste ..1 a|au|en|dans|rue|avenue|pres|vers|juste|a_cote|sur',
      'jhabite|jvis ..1 a|au|en|dans|rue|avenue|pres|vers|juste|a_cote|sur',
      'mon|ma ..1 adresse ..1 c|c_est|cest|est|se',
      '# rue|avenue|av|bd|boulevard|chemin|allee|impasse|route|square|residence|lotissement|cite',
      'je|j|jsuis|chui|chuis|jsui|jsuis suis|sui ..1 [toute|tout] ..1 seul|seule|seuls ..2 chez|a_la_maison|maison|la',
      'jsuis|chui|chuis|jsui ..1 [toute|tout] ..1 seul|seule ..2 chez|a_la_maison|maison|la',
      'mes ..1 parents|darons|rents ..2 sont|rentrent|bossent|travaillent|partis|absents ..1 pas|tard|la|jusqu|ce|pas_la|en_vacances|en_voyage',
    ],
    examples: {
      match: ["j'habite à lyon", 'jhabite rue des lilas', 'mon adresse cest', '12 rue des lilas', 'jsuis toute seule chez moi', 'mes parents rentrent tard'],
      ignore: ['la rue est bloquée', "j'habitais à paris avant"],
    },
  },
  {
    id: 'mon-ecole',
    phrases: [
      'je|j|jsuis|chui|jvais|jsui ..1 suis|sui|vais|vai ..1 au|a_l|a|en|dans ..1 @grade',
      'jsuis|chui|chuis|jvais ..1 au|a_l|en|dans ..1 @grade',
      'au|a ..1 college|lycee ..2 jean|victor|jules|saint|st|louis|paul|marie|pierre|henri|charles|albert|anne|jacques|emile|du|de_la|des',
      'mon ..1 college|lycee|ecole|bahut ..1 c|c_est|cest|est|s_appelle',
    ],
    examples: {
      match: ['je suis en 4eme', 'jsuis au lycée', 'je vais au collège victor hugo', 'au collège jean moulin', 'mon lycée cest'],
      ignore: ['le collège est fermé', 'je vais au ciné'],
    },
  },
  {
    id: 'jai-x-ans',
    phrases: [
      'j|je|jai|g ..1 ai|a ..1 # ..1 ans|an|ann',
      'jai|g ..1 # ..1 ans|an|ann|et_toi|et_demi',
      '# ..1 ans|an ..1 et ..1 toi|twa|vous',
      '# ..1 et ..1 toi|twa',
      'je|j|jsuis|chui|jsui suis|sui ..1 nee|ne ..1 en ..1 #',
    ],
    unless: ['depuis|il_y_a|ya|you_a|mois'],
    examples: {
      match: ["j'ai 14 ans", 'jai 13 et toi', '14 et toi', 'je suis née en 2011', '15 ans et toi ?'],
      ignore: ["j'ai 3 chats", "j'ai eu 15 au controle"],
    },
  },
  {
    id: 'mon-snap-cest',
    phrases: [
      'mon|mn ..1 @app|num|numero|tel|telephone|pseudo|id|identifiant|06|07|mail ..1 c|c_est|cest|est|se|ces|sest',
      'mon|mn ..1 @app|num|numero|pseudo ..1 [c|c_est|cest] ..1 #',
      'ajoute|ajoutes|add|tu_peux_m_ajouter ..1 moi|m ..1 c|c_est|cest|sur ..1 @app',
      'c|c_est|cest ..1 mon|mn ..1 @app|num|numero|pseudo',
    ],
    unless: ['bug*|bugge|marche|nul|plante|ne_marche|vole|pirate'],
    examples: {
      match: ['mon snap c est lea.mrt', 'mon insta cest', 'mon num c 06', 'ajoute moi sur insta'],
      ignore: ['mon snap bug', 'mon tel marche plus', 'ok c bon'],
    },
  },
] satisfies PatternEntry[];
