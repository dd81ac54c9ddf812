import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'know-where-you-live',
    phrases: [
      'ich weiss|weis|kenn|kenne|hab|habe|wiss ..2 wo du|sie ..2 wohnst|wohnen|lebst|leben|wohnt|schlafst|schlaefst',
      'ich kenn|kenne|hab|habe ..2 @poss adresse|addresse|wohnadresse|hausnummer|strasse',
      'ich weiss|weis ..3 welche|welcher|welches schule|gymnasium|klasse ..3 du|sie ..2 gehst|besuchst|bist',
      'ich weiss|weis ..2 wo @poss schule|@family ..2 ist|sind|wohnt|wohnen|arbeitet|arbeiten',
    ],
    unless: ['schon_da|doch_schon|war_schon|waren_schon|bei_dir_war|nachbar*|um_die_ecke|gleich_um|in_der_nahe|in_der_naehe|besuchen|vorbeikommen|paket|post'],
    examples: {
      match: ['ich weiß wo du wohnst', 'und ich weiß auf welche schule du gehst', 'ich kenne deine adresse', 'ich weiss wo deine eltern arbeiten'],
      ignore: ['weißt du wo sie wohnt?', 'ich weiß welche schule du meinst', 'ich weiß wo der bäcker ist'],
    },
  },
  {
    id: 'come-and-hurt',
    phrases: [
      'oder|sonst ich ..2 komm|komme|finde|find|stehe|steh ..3 zu_dir|dich|vorbei|bei_dir|zu_euch|vor_deiner|vor_deinem|vor_der',
      'oder|sonst komm|komme|finde|find|stehe|steh ich ..3 zu_dir|dich|vorbei|bei_dir|zu_euch|vor_deiner|vor_deinem',
      'ich ..2 werde|werd|wird dich finden',
      'ich schlag|schlage|prugel|pruegel dich ..2 zusammen|tot|kaputt|windelweich|krankenhaus',
      'leute|jungs|kumpels wissen|kennen ..2 wo du ..1 wohnst|lebst',
      'ich komm|komme ..3 zu dir ..3 gibts|gibt_es|passiert ..1 arger|aerger|was',
      'und|ja|doch|auch weiss|weis wo du|sie ..2 wohnst|wohnen|lebst',
      'ich ..2 finde|find|krieg|kriege ..1 raus|heraus ..1 wo du ..2 wohnst|lebst',
      'ich schick*|schicke ..2 leute|jemanden|meine_jungs|meine_leute ..2 zu|vorbei|bei dir|euch',
      'pass ..1 auf ..3 wenn du ..3 nach_hause|heim|allein|alleine',
      'passiert|geschieht ..2 @poss @family|dir ..2 was|etwas',
      '@poss @family ..3 passiert|geschieht ..2 was|etwas',
      'dann|sonst|oder|sagst|erzahlst|erzaehlst|zahlst|schickst|meldest ..1 stirbt|sterben|leidet|leiden ..1 @poss @family',
      'sonst|oder ..1 @poss @family ..2 stirbt|sterben|wird_leiden',
      'ich ..3 tu|tue|tun|mach|mache dir|deiner|deinem|ihnen|euch ..3 weh|was_an|etwas_an|antun',
      'ich ..3 verletz*|verprugel*|verpruegel*|abstech*|zusammenschlag*|umbring* ..3 dich|deine|deinen|deiner',
      'wenn|falls du ..3 nicht ..2 zahlst|bezahlst|schickst|uberweist|ueberweist|gehorchst ..3 bring*|toet*|tot*|umbring*|verletz*|finde|komm',
      'ich bring|bringe dich um ..3 wenn|falls du ..3 nicht ..2 zahlst|bezahlst|schickst|uberweist|ueberweist|gehorchst',
      'wenn|falls du ..3 nicht ..3 was ich ..2 sag|sage|will|verlange ..4 komm|komme|steh|stehe|finde|find|besuch|besuche ich ..3 vorbei|dich|zu_dir|bei_dir|vor_deiner|vor_deinem|vor_eurer|zu_euch',
      'wenn|falls du nicht ..2 zahlst|bezahlst|schickst|uberweist|ueberweist|gehorchst ..3 komm|komme|steh|stehe|besuch|besuche ich ..3 vorbei|dich|zu_dir|bei_dir|vor_deiner|vor_deinem|vor_eurer|zu_euch',
      'ich ..3 dich|deine|deinen ..3 verprugeln|verpruegeln|abstechen|zusammenschlagen|abknallen|erschiessen',
    ],
    unless: ['ich_mich|mich_selbst|mich_heute|mich_um|soll_ich|willst|magst|abholen|hol|hole|holen|bring|bringst|mitbringen|essen|lernen|helfen|schlussel|schluessel|geschenk', 'nicht_weh|nie_weh|niemals_weh|keine_angst|nichts_an|nix_an|nichts_tun|nix_tun', 'spiel|runde|match|1v1|fortnite|minecraft|valorant|fifa|cod|lol|xd|haha|hahaha|spass|witz|joke|loot|zock*|game'],
    examples: {
      match: ['wenn du nicht machst was ich sag komm ich vorbei', 'wenn du nicht zahlst steh ich morgen vor deiner tür', 'mach die kamera an oder ich komm vorbei', 'ich werde dich finden', 'wenn du das jemandem erzählst passiert deiner familie was', 'ich tu dir weh'],
      ignore: ['wenn du nicht zahlst komm ich vorbei und hol mir das geld für die pizza haha', 'wenn du nicht machst was ich sag komm ich vorbei und wir lernen zusammen', 'wenn ich mich heute umbringe ist das deine schuld', 'ich mach dich fertig im 1v1', 'dann komm ich gleich mit dem schlüssel vorbei', 'ich komm vorbei wenn du willst', 'oder ich komm später'],
    },
  },
  {
    id: 'waiting-outside',
    phrases: ['ich ..2 warte|stehe|steh ..3 vor|an @poss haus|tur|tuer|schule|wohnung|fenster', 'ich ..2 komm|komme|tauche ..3 zu|an|in|vor @poss schule|haus|wohnung|arbeit'],
    unless: ['beeil*|komm_raus|hupe|auto|taxi|abholen|bin_da|schlussel|schluessel|mama|papa|paket|zusammen|los|fertig|turnier|fussball*|spiel|fest|auffuhrung|auffuehrung|zum|zur|mit|elternabend|sprechtag|konzert'],
    weight: 3,
    examples: { match: ['ich warte vor deiner schule', 'ich stehe vor deinem haus'], ignore: ['ich warte vor deinem haus, beeil dich'] },
  },
  {
    id: 'tell-and-something-happens',
    phrases: [
      'wenn|falls du ..4 erzahlst|erzaehlst|sagst|verratst|verraetst|meldest|petzt|zur_polizei ..2 passiert|geschieht ..1 was|etwas|dir_was|dir_etwas|was_schlimmes|etwas_schlimmes',
      'wenn|falls du ..4 erzahlst|erzaehlst|sagst|verratst|verraetst|meldest|petzt ..3 bist du ..1 dran|tot|geliefert',
    ],
    unless: ['haha|lol|xd|spass|witz|joke|spoiler*|spoil*|serie|folge|staffel|film|ende|buch|uberraschung*|ueberraschung*|geschenk*|party|geburtstag*'],
    examples: {
      match: ['wenn du das jemandem erzaehlst passiert was', 'falls du mich meldest bist du dran'],
      ignore: ['wenn du mir das ende sagst passiert was haha', 'wenn du ihr von der überraschung erzählst passiert was'],
    },
  },
] satisfies PatternEntry[];
