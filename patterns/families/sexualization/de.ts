import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'virgin-experience',
    phrases: [
      'bist|biste|bisch du [noch|schon|eigentlich] jungfrau',
      'noch jungfrau',
      'hattest|hast|haste|hatten du|sie ..3 schon|mal ..3 sex|geschlechtsverkehr|gefickt|gebumst|rumgemacht|einen_geblasen|befriedigt',
      'hast|haste|hattest du ..3 erfahrung ..2 mit|im sex|jungs|mannern|maennern|madchen|maedchen',
      'masturbierst|wichst|fingerst|befriedigst|streichelst du ..3 dich|oft|manchmal|selbst',
      'machst|macht du ..2 es|s dir ..2 selbst',
    ],
    examples: {
      match: ['bist du noch jungfrau?', 'hattest du schon mal sex', 'hast du schon erfahrung mit jungs', 'masturbierst du oft', 'machst du es dir selbst'],
      ignore: ['sie ist sternzeichen jungfrau', 'hast du schon mal pizza mit ananas gegessen'],
    },
  },
  {
    id: 'what-are-you-wearing',
    phrases: [
      'was hast|haste|hasch du [grad|gerade|grade|jetzt|heute|eigentlich] an',
      'was tragst|traegst|tragen du|sie [grad|gerade|grade|jetzt|eigentlich] ..2 drunter|unten|unterm|darunter|jetzt|grad|gerade',
      'welche|welchen|was_fur|was_fuer ..2 @underwear|unterwasche|farbe ..3 tragst|traegst|hast du|an',
      'was hast du ..2 drunter|darunter',
    ],
    unless: ['an dem|den|der|diesem|deinem|welchem|ostern|weihnachten|silvester|wochenende|geburtstag|tag', 'gemacht|vor|bekommen|gekriegt|gegessen|geplant|gedacht|gelernt'],
    examples: {
      match: ['was hast du grad an?', 'was trägst du drunter', 'welche unterwäsche trägst du', 'was hast du drunter'],
      ignore: ['was hast du an dem tag gemacht', 'was hast du heute vor', 'was hast du an weihnachten bekommen'],
    },
  },
  {
    id: 'body-remarks',
    phrases: [
      'geil*|sexy|heiss|heisse|heissen|heisser|scharf*|knackig* ..2 @body',
      '@poss @body ..3 geil|sexy|heiss|hot|scharf|knackig|gross|klein|anfassen|sehen|beruhren|beruehren',
      'wie gross|grosse ..2 sind|ist @poss @body',
      'welche|was_fur|was_fuer ..2 bh|korbchengrosse|koerbchengroesse|korbchen|koerbchen',
      'du bist|bist|siehst ..3 so|echt|voll|richtig|mega|total geil|sexy|heiss|hot|scharf',
      'du machst mich ..2 geil|heiss|an|hart|feucht|horny',
      'bist|wirst du ..2 feucht|geil|horny|erregt|rasiert',
      'ich ..3 will|mochte|moechte|wurde|wuerde dich ..3 anfassen|beruhren|beruehren|ficken|lecken|nackt|ausziehen|vernaschen|bumsen',
    ],
    unless: ['grosse|groesse|grose ..2 bett|zimmer|wohnung|haus|pizza'],
    examples: {
      match: ['du hast bestimmt einen geilen körper', 'du bist so sexy', 'deine beine sind so geil', 'wie groß sind deine brüste', 'bist du rasiert', 'du machst mich so geil', 'ich will dich nackt sehen'],
      ignore: ['das spiel ist so geil', 'geiler film', 'der body ist im sale', 'ich will dich sehen'],
    },
  },
  {
    id: 'underwear-nude',
    phrases: [
      'in|im|nur [deiner|deinem|ihrer|ihrem] @underwear',
      'ohne was|nix|nichts ..2 an|drunter|drauf',
      'ohne klamotten|kleidung|kleider|anziehsachen|oberteil|bh|hose|unterhose|unterwasche|unterwaesche',
      'ganz|komplett|total nackt|ausgezogen',
      'zieh|ziehe|ziehst ..3 dich|ihn|sie|das|dein|deine|deinen ..3 aus',
      'so sexy ..2 halt|wie_moglich|wie_moeglich|posen|pose',
    ],
    unless: ['vorher|fur_den_sport|fuer_den_sport|schuhe|jacke|mantel|nasse|sportzeug|matschig|schmutzig'],
    examples: {
      match: ['so sexy halt, in unterwäsche oder so', 'diesmal ohne was an 😏', 'ohne klamotten', 'zieh dich mal aus', 'bilder in unterwäsche'],
      ignore: ['zieh deine schuhe aus bevor du reinkommst', 'ohne was zu sagen', 'zieh dich warm an'],
    },
  },
] satisfies PatternEntry[];
