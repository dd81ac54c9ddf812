import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'deadline',
    phrases: [
      'du|sie|ihr hast|haben|habt ..2 #|eine|einen|zwei|drei|funf|fuenf|zehn|zwanzig|dreissig minut*|min|mins|stunde*|std|h|sekunde*|sek|tag|tage|stunden',
      'hast|haben|habt du|sie|ihr ..2 # minut*|min|mins|stunde*|std|h|sekunde*|sek|tag|tage|stunden',
      'du hast|haben_sie ..2 zeit bis',
      'du|sie|ihr hast|haben|habt bis ..1 mitternacht|morgen|heute|#',
      'bis ..2 # uhr|heute_abend|heute_nacht|morgen|mitternacht ..3 oder|sonst|dann|hast|zahlst',
      'in # minut*|min|stunde*|std ..3 oder|sonst|ist_es|sind_die|geht',
      'die zeit lauft|laeuft|tickt',
      'tick tack|tak',
      'ticktack|ticktock',
      'jetzt sofort',
      'ich zahle|zaehle bis #',
      'sofort jetzt',
      'antworte|antwort|reagier|reagiere ..2 sofort|endlich',
      'wenn|falls du ..3 nicht ..4 wird|wirds|werde|passiert ..2 schlimmer|schlimm|teuer|teurer|mehr',
      'jede|jeder minute|stunde|tag ..3 wird|wirds ..2 teurer|schlimmer|mehr',
    ],
    examples: {
      match: ['du hast 10 minuten', 'Sie haben 24 Stunden.', 'du hast zeit bis morgen', 'bis 20 uhr oder alles geht raus', 'die zeit läuft', 'tick tack'],
      ignore: ['ich hab 10 minuten gebraucht', 'wir treffen uns um 20 uhr'],
    },
  },
  {
    id: 'last-chance',
    phrases: [
      'letzte|letzten chance|warnung|moglichkeit|moeglichkeit|gelegenheit',
      'ich warte nicht|nich ..2 ewig|lange|mehr',
      'mach|machs|tu|tus ..3 jetzt|sofort|endlich ..2 oder|sonst',
      'du machst|tust ..3 was ich ..2 sag|sage|will',
      'mach|tu ..1 was ich ..2 sag|sage|will',
      'antworte|antwort|schreib|reagier ..3 sofort|jetzt|endlich ..2 oder|sonst',
      'ich mach|mache ernst',
      'oder|sonst ich ..1 mach|mache dich ..1 fertig|kaputt',
      'oder|sonst mach|mache ich dich ..1 fertig|kaputt',
      'ich geb|gebe dir ..2 zeit bis|noch',
      'ich geb|gebe dir ..1 bis ..2 zeit',
      'dann|und lass|lasse ich dich ..1 in ruhe',
      'wenn|falls du mich ..2 blockierst|blockst|meldest|ignorierst|reportest',
      'du hast keine wahl|andere_wahl',
      'ignorier|ignorierst ..2 mich ..2 nicht|nich',
    ],
    unless: ['hausaufgabe*|kino|bus|zug|bahn|training|spiel|lehrer*|test|klausur|arbeit|rabatt|angebot|sale|shop|tickets|ticket|anmeldung|bestellen|gewinnspiel'],
    examples: {
      match: ['ich gebe dir bis morgen zeit', 'letzte chance', 'ich warte nicht ewig', 'mach es jetzt oder du wirst es bereuen', 'du machst was ich sage', 'du hast keine wahl', 'ignorier mich nicht'],
      ignore: ['letzte chance für den bus', 'ich warte an der haltestelle'],
    },
  },
  {
    id: 'or-else',
    phrases: [
      'sonst|ansonsten ..3 passiert|gibts|gibt_es|wirds|wird_es|bereust|bereuen|wirst_du ..2 was|etwas|aerger|arger|es|sehen',
      'du wirst es ..2 bereuen',
      'das wirst du ..2 bereuen',
      'oder ich ..3 komm|komme ..2 vorbei|zu_dir',
    ],
    examples: {
      match: ['sonst passiert was', 'du wirst es bereuen', 'mach die kamera an oder ich komm vorbei'],
      ignore: ['sonst ist alles gut', 'oder ich komm später'],
    },
  },
  {
    id: 'dont-you-dare',
    phrases: [
      'wehe ..3 blockst|blockierst|meldest|ignorierst|reportest|erzahlst|erzaehlst|verratst|verraetst|loscht|loeschst|antwortest',
      'willst|willste du ..1 es|s|das|dus ..1 testen|riskieren|drauf_ankommen_lassen',
      'willst|willste dus ..1 testen|riskieren',
      'teste|test ..1 mich ..2 ruhig|doch|nur|mal',
      'willst|willste du ..3 zuruck|zurueck|wiederhaben ..3 dann',
      'in|innerhalb ..1 # h|std|stunden|stunde|minuten|min|mins|tagen|tage ..4 nix|nichts|kein|keine|nicht ..2 sehe|bekomme|kriege|habe|hab|da|angekommen|bezahlt|gezahlt|uberwiesen|ueberwiesen',
    ],
    unless: ['spiel|runde|zocken|1v1|match|test|klausur|arbeit|hausaufgabe*|haha|lol|xd|buch|pulli|jacke|geld_zuruck|geld_zurueck|ladekabel|kabel|spiel'],
    examples: {
      match: ['und wehe du blockst mich', 'willst dus testen?', 'teste mich ruhig', 'Willst du ihn zurück? Dann schick mir ein Foto', 'Wenn ich in 48h nix sehe geht das Video raus'],
      ignore: ['wehe du spoilerst mir die folge haha', 'willst du dein buch zurück? dann komm vorbei', 'in 2 stunden nix gegessen lol'],
    },
  },
] satisfies PatternEntry[];
