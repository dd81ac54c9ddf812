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
      'innerhalb|binnen ..2 # stunden|std|h|tagen|tage|minuten|min',
      'noch # minuten|minute|min|stunden|stunde|std|sekunden ..3 dann|oder|sonst',
      'kontaktieren|informieren|rufen|schalten|alarmieren sie|du ..2 nicht|keine ..2 polizei|behorden|behoerden',
      'nicht|nie ..1 leisten ..2 mich ..1 zu ignorieren|blockieren|verarschen',
    ],
    unless: ['defekt|reklamation|reklamier*|widerruf*|ruckgabe|rueckgabe|garantie|umtausch*|sendungsnummer', 'falls|wenn was ..1 kaputt'],
    examples: {
      match: ['noch 10 minuten dann wars das für dich', 'Kontaktieren Sie nicht die Polizei.', 'du kannst es dir nicht leisten mich zu ignorieren', 'du hast 10 minuten', 'Sie haben 24 Stunden.', 'du hast zeit bis morgen', 'bis 20 uhr oder alles geht raus', 'die zeit läuft', 'tick tack', 'Zahlen Sie innerhalb von 48 Stunden'],
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
      'machst|tust du ..2 was ich ..2 sag|sage|will|verlange',
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
      match: ['ich gebe dir bis morgen zeit', 'letzte chance', 'ich warte nicht ewig', 'mach es jetzt oder du wirst es bereuen', 'du machst was ich sage', 'du hast keine wahl', 'ignorier mich nicht', 'Wenn du es zurück willst machst du was ich sage'],
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
      'oder ..2 es|dann ..1 passiert ..1 was|etwas',
      'sonst|oder ..2 weisst|weist|weiss du ..1 was ..1 passiert|los_ist|kommt',
      'uberleg|ueberleg|uberlege|ueberlege dir ..1 gut ..2 was du',
      'du hast es ..1 selbst|selber ..2 in der hand',
      'ich sag|sage es|das ..1 nicht|kein ..1 nochmal|zweimal|zweites_mal',
      'ich hab|habe nichts|nix ..1 zu verlieren',
      'ich kann ..1 auch ..1 anders',
      'oder|sonst|ansonsten ..2 eskaliert|eskalierts|eskaliere|knallts|krachts|kracht_es|knallt_es',
    ],
    unless: ['vergiss|vergesst|vergessen ..4 nicht|bloss_nicht ..1 sonst|ansonsten ..2 gibts|gibt_es ..1 arger|aerger|stress'],
    examples: {
      match: ['100 amazon gutschein oder es eskaliert', 'sonst passiert was', 'du wirst es bereuen', 'mach die kamera an oder ich komm vorbei', 'bis mitternacht, sonst weißt du was passiert', 'überleg dir gut was du tust', 'Ich hab nichts zu verlieren, du schon', 'ich kann auch anders', 'du hast es selbst in der hand', 'ich sag es nicht nochmal'],
      ignore: ['die lage eskaliert gerade laut den nachrichten', 'sonst ist alles gut', 'oder ich komm später'],
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
      'wenn|falls du ..3 zuruck|zurueck|wiederhaben ..1 willst|mochtest|moechtest',
      'wenn|falls du ..3 polizei|anzeige|meldest|melden ..5 wird|wirds ..2 schlimmer|schlimm|teurer|bereuen',
      'in|innerhalb ..1 # h|std|stunden|stunde|minuten|min|mins|tagen|tage ..4 nix|nichts|kein|keine|nicht ..2 sehe|bekomme|kriege|habe|hab|da|angekommen|bezahlt|gezahlt|uberwiesen|ueberwiesen',
    ],
    unless: ['spiel|runde|zocken|1v1|match|test|klausur|arbeit|hausaufgabe*|haha|lol|xd|buch|pulli|jacke|geld_zuruck|geld_zurueck|ladekabel|kabel|spiel'],
    examples: {
      match: ['und wehe du blockst mich', 'willst dus testen?', 'teste mich ruhig', 'Willst du ihn zurück? Dann schick mir ein Foto', 'Wenn ich in 48h nix sehe geht das Video raus', 'wenn du deinen account zurück willst', 'wenn du zur polizei gehst wird es schlimmer'],
      ignore: ['wehe du spoilerst mir die folge haha', 'willst du dein buch zurück? dann komm vorbei', 'in 2 stunden nix gegessen lol'],
    },
  },
  {
    id: 'dont-be-shy',
    phrases: [
      'stell|stellst dich ..2 nicht|net|nich ..1 so an',
      'sei|bist ..3 nicht|net|nich|doch_nicht ..1 so ..1 pruede|prude|schuchtern|schuechtern|verklemmt|kindisch|zickig|spiessig|verkrampft',
      'zier|ziere|zierst dich ..1 nicht|net|nich',
      'komm schon ..3 keiner|niemand|ist_doch_nichts|ist_nichts_dabei|ist_nix_dabei|nur_eins|nur_einmal|nur_kurz',
    ],
    unless: ['spritze|arzt|zahnarzt|wasser|kalt|schwimm*|sprung|springen|achterbahn|training|laufen|joggen|sport|spiel|runde|zocken|haha*|lol|xd|test|klausur|referat|vortrag|essen|gemuse|gemuese|tanzen|singen|karaoke|oma|opa|tante|onkel|hallo|vorstellen'],
    examples: {
      match: ['stell dich nicht so an', 'sei doch nicht so prüde', 'zier dich nicht', 'komm schon keiner erfährts'],
      ignore: ['stell dich nicht so an, das wasser ist gar nicht kalt', 'sei nicht so schüchtern beim vortrag', 'komm schon noch eine runde'],
    },
  },
  {
    id: 'you-know-what-comes',
    phrases: [
      'du|sie weisst|weist|weiss|wissen ..2 [ja|doch|genau|schon] was ..1 jetzt|nun|dann|sonst ..1 passiert|kommt|los_ist|geschieht',
      'weisst|weist|weiss du ..2 [ja|doch|genau|schon] was ..1 jetzt|nun|dann|sonst ..1 passiert|kommt|los_ist|geschieht',
      'wirst|musst|sollst du ..2 machen|tun ..2 was ich ..2 sag|sage|will|verlange|dir_sage',
      'du wirst|musst ..2 tun|machen ..1 was ich ..2 sag|sage|will|verlange',
      'ich zahl|zaehl|zahle|zaehle ..1 bis ..1 #|drei|zehn|funf|fuenf',
      'wenn|falls ich ..3 in|bis|innerhalb ..1 #|einer|einem|zwei|drei ..1 stunde|stunden|minuten|min|tag|tagen|std ..4 nichts|nix|keine|kein ..4 hore|hoere|hor|hoer|sehe|bekomme|kriege|habe|hab',
      'ich geb|gebe dir ..1 #|eine|einen|zwei|drei|funf|fuenf|zehn ..1 stunde|stunden|minuten|min|mins|tag|tage|sekunden',
      'du wirst ..1 schon ..1 sehen',
      'du weisst|weist|weiss ..1 [ja|schon|genau] wofur|wofuer|warum|wieso|weshalb',
      'ausser|auser|es_sei_denn du ..3 zahlst|bezahlst|schickst|uberweist|ueberweist|machst_was|tust_was',
      '@payment|@currency|euro|codes|code|gutschein* ..6 bis ..1 #|heute|morgen|mitternacht ..1 uhr|abend|fruh|frueh|nacht|mitternacht',
    ],
    unless: ['miete|mietanteil|vermieter*|nebenkosten|kaution|stromrechnung|internetrechnung|haha*|lol|xd|zuruck|zurueck|schuldest|ticket*|kino|klassenfahrt|ausflug|beitrag|kasse|abo|bestellung|spiel|runde|zocken|1v1|match|hausaufgabe*|klausur|test|lehrer*|essen|kuchen|pizza|uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|hausarrest|strafe|zimmer|aufraumen|aufraeumen|nachtisch|fernsehverbot|handyverbot|ins_bett|such|suche|euch|polizei|sorgen|wo_bist_du|hol|abholen|besser|wird_gut|wird_alles|film|serie|folge|verstecken|springen|sprung|los_gehts|fangen|schon_sehen_wie|toll|gefallen|gefallt|gefaellt|spass'],
    weight: 1,
    examples: {
      match: ['100 euro in steam karten, heute noch. du weißt wofür', 'schick 3 steam karten a 50€ bis 20 uhr', 'außer du schickst 200€', 'du weißt was jetzt passiert', 'dann weißt du ja was jetzt passiert', 'jetzt wirst du machen was ich sag', 'ich zähl bis drei', 'wenn ich in einer stunde nichts von dir höre', 'ich gebe dir eine stunde', 'du wirst schon sehen'],
      ignore: ['schick mir die 20 euro per paypal bis heute abend zurück', 'ich zähl bis 10, dann such ich euch', 'wenn ich in einer stunde nichts von dir höre ruf ich die polizei, mach dir keine sorgen', 'du wirst schon sehen, morgen wird besser', 'du weißt was jetzt passiert, hausarrest', 'ich zähl bis drei dann springen wir', 'du wirst schon sehen, es wird dir gefallen', 'ich gebe dir eine stunde für die hausaufgaben'],
    },
  },
  {
    id: 'i-mean-it',
    phrases: [
      'ich ..1 bluff|bluffe ..1 nicht|nich',
      'kein|keine bluff|witz|witze|spass|scherz ..2 ich|das',
      'denkst|glaubst|dachtest du ..1 ich ..1 mach|mache|scherze|bluffe ..1 witze|spass|nur|scherze',
      'ich bluffe|bluff|bluffen',
      'du gehorst|gehoerst ..1 jetzt|ab_jetzt|nun|ab_heute ..1 mir',
      'jetzt|nun|ab_jetzt|ab_heute gehorst|gehoerst du ..1 mir',
      'geh|gehst ..1 nicht|bloss_nicht|ja_nicht|blos_nicht ..2 zur ..1 polizei',
      'ignorier|ignoriere ..2 mich ..1 weiter|ruhig_weiter',
      'kommst ..2 nicht|nie ..1 mehr ..1 raus',
      'keiner|niemand wird|kann ..1 dir ..1 helfen',
    ],
    unless: ['haha*|lol|xd|poker|karten|uno|liebe|lieb|verliebt|mag_dich|vermiss*|sorry|entschuldig*|lernst|lernen|uben|ueben|schule|spiel|runde|zocken|level|escape|raum|labyrinth|film|serie|hausaufgabe*|mathe|aufgabe|test|klausur'],
    weight: 1,
    examples: {
      match: ['Glaub nicht dass ich bluffe', 'Denkst du ich mach Witze?', 'Du gehörst jetzt mir', 'Du kommst da nicht mehr raus', 'Keiner wird dir helfen'],
      ignore: ['ich mein das ernst, ich hab mich verliebt', 'keiner kann dir helfen bei mathe haha', 'aus dem escape raum kommst du nicht mehr raus'],
    },
  },
  {
    id: 'regret-it',
    phrases: [
      'oder|sonst ..1 bereue|bereust|bereuen ..1 es|das',
      'du bist ..1 erledigt|geliefert',
      'ich hor|hoer|hore|hoere ..1 erst|nicht|nie ..1 auf ..2 wenn|bis du ..2 zahlst|bezahlst|uberweist|ueberweist|schickst|gehorchst',
      'innerhalb|binnen ..2 einer|eine ..1 stunde|minute',
    ],
    unless: ['zeugnis|mama|papa|film|serie|buch|konzert|verpasst|verpassen|mega|lecker|pizza_da|haha*|lol|xd|spiel|runde|zocken|1v1|match|level|boss|hausaufgabe*|klausur|test|lehrer*|essen|pizza|bestellung|lieferung|paket|rechnung|antwort_vom|bewerbung|termin*|zuruck|zurueck|schuldest'],
    weight: 1,
    examples: {
      match: ['zahle jetzt oder bereue es', 'du bist erledigt', 'ich höre erst auf wenn du zahlst', 'wenn du nicht innerhalb von einer stunde zahlst'],
      ignore: ['du bist erledigt im nächsten level haha', 'die lieferung kommt innerhalb einer woche', 'du bist erledigt, mama hat dein zeugnis gesehen', 'sonst bereust du es, der film ist mega gut'],
    },
  },
  {
    id: 'your-choice',
    phrases: ['deine|ihre entscheidung|wahl', 'teste|test mich'],
    unless: ['paypal|bar|bargeld|oder_bar|pizza|kino|essen|farbe|film|serie|spiel|restaurant|welche|welcher|welches|was_du_willst|wie_du_willst|egal|beides|urlaub|studium|schule|kurs|verein|outfit|kleid|mathe|vokabeln|abfragen|quiz|frag|fragen|englisch|deutsch|haha*|lol|xd|gut|richtig|respekt|akzeptier*'],
    weight: 0.5,
    examples: { match: ['oder ich schick das alte rum. deine entscheidung', 'oder du schickst mir echte, deine wahl', 'teste mich.'], ignore: ['pizza oder pasta, deine wahl', 'paypal oder bar, deine entscheidung', 'teste mich in mathe'] },
  },
  {
    id: 'if-not-you-know',
    phrases: [
      'wenn ..1 nicht|nein|nich ..2 weisst|weist|weiss du ..1 ja|schon|genau ..1 was ..1 passiert|kommt',
      'wenn ..1 nicht|nein|nich ..2 weisst|weist|weiss du ..1 was ..1 passiert|kommt',
      'blockieren|blockier|blocken|loschen|loeschen|melden|ignorieren ..3 bringt|hilft|nutzt ..2 dir ..1 nichts|nix',
    ],
    unless: ['haha*|lol|xd|hausarrest|strafe|zimmer|aufraumen|aufraeumen|nachtisch|hausaufgabe*|spiel|runde|level|spam|werbung|bot|virus|update'],
    weight: 1,
    examples: { match: ['ich brauch 200 euro. wenn nicht, weißt du was passiert', 'löschen bringt dir nichts'], ignore: ['räum auf, wenn nicht weißt du was passiert: hausarrest'] },
  },
  {
    id: 'worse-if-you-tell',
    phrases: [
      'wenn|falls du ..4 sagst|erzahlst|erzaehlst|verratst|verraetst|meldest|blockierst|ignorierst|petzt ..4 wird|werden|wirds ..2 es|alles ..1 schlimmer|schlimm|ubel|uebel',
      'du willst ..1 nicht ..1 dass|das ich ..1 sauer|wutend|wuetend|ungemutlich|ungemuetlich ..1 werde',
      'du weisst|weist|weiss ..2 genau|ja|schon ..1 was ..1 passiert ..2 wenn|falls du ..2 nicht|mich',
    ],
    unless: ['haha*|lol|xd|spiel|hausaufgabe*|lernen|lernst|ubst|uebst|aufraumst|aufraeumst|test|klausur|schule|arzt|zahn*|medikament*|impfung|wunde|verletzung|lehrer*|note|noten|zimmer'],
    weight: 1,
    examples: { match: ['wenn du es deinen eltern sagst, wird es schlimmer für dich', 'glaub mir du willst nicht dass ich sauer werde', 'du weißt genau was passiert wenn du nicht antwortest'], ignore: ['wenn du es dem arzt nicht sagst, wird es schlimmer', 'du weißt genau was passiert wenn du nicht lernst, dann wird die klausur schlecht'] },
  },
  {
    id: 'you-will-be-sorry',
    phrases: [
      'wird|werden dir ..2 leid ..1 tun',
      'keine ahnung ..2 mit wem du ..2 anlegst|legst|spielst',
      'du bist ..2 am_arsch|geliefert|erledigt|so_gut_wie_tot',
    ],
    unless: ['haha*|lol|xd|spiel|runde|match|1v1|zock*|fortnite|fifa|minecraft|valorant|mathe|test|klausur|prufung|pruefung|lehrer*|mama|papa'],
    examples: { match: ['das wird dir noch leid tun', 'du hast keine ahnung mit wem du dich anlegst', 'du bist so am arsch'], ignore: ['du bist so am arsch in der mathe klausur haha', 'das wird dir leid tun im 1v1'] },
  },
  {
    id: 'until-tonight',
    phrases: [
      'hast|hasch|habt ..1 [du] bis ..1 heut|heute|morgen|mitternacht|# ..1 abend|nacht|uhr|fruh|frueh|mittag',
      'wenn|falls du ..1 nicht|nich|ned|nid ..1 bis ..1 heute|heut|morgen|mitternacht|# ..3 zahlst|bezahlst|schickst|uberweist|ueberweist|klarmachst|antwortest|machst|tust',
      'antworte|antwort|schreib|reagier|reagiere ..1 schnell|gefalligst|gefaelligst',
      'schickst|zahlst|uberweist|ueberweist|machst du ..2 bis ..1 # ..1 uhr',
    ],
    unless: ['hausaufgabe*|aufgabe*|referat|projekt|abgabe|lehrer*|anmeldung|formular|bewerbung|kasse|klassenkasse|ausflug|klassenfahrt|party|geburtstag*|bus|bahn|zug|essen|pizza|haha*|lol|xd|bitte|danke|lieb|kino|lust|treffen|eis|zeit'],
    examples: {
      match: ['Überweis ma 250 Euro, sonst kriegt es die ganze Schul zum sehn. Hast bis heut Abend.', 'wenn du nicht bis morgen 100€ klarmachst landet dein vid in jeder gruppe', 'Antworte schnell!!!', 'Wenn du willst dass sie privat bleiben, schickst du mir bis 22 Uhr drei neue.'],
      ignore: ['du hast bis heute abend zeit für die hausaufgabe', 'antworte schnell, der bus kommt gleich', 'wenn du nicht bis morgen zahlst, kommst du nicht mit auf die klassenfahrt'],
    },
  },
  {
    id: 'think-twice-in-your-hands',
    phrases: [
      'an deiner stelle ..4 uberlegen|ueberlegen|uberleg|ueberleg|aufpassen|vorsichtig',
      'sei ..1 lieber|besser ..1 nett|brav|lieb ..2 zu mir',
      'du weisst|weist|weiss ..1 [ja|genau] was ich ..2 machen|tun|anstellen ..1 kann|konnte|koennte|werde',
      'du hast es in der hand',
    ],
    unless: ['haha*|lol|xd|spiel|runde|zock*|schach|mathe|klausur|test|lernen|hausaufgabe*|trainer*|training'],
    examples: { match: ['ich würde mir an deiner stelle gut überlegen, ob du mich ignorierst', 'sei lieber nett zu mir', 'du weißt was ich machen kann', 'du hast es in der hand'], ignore: ['an deiner stelle würde ich mir das mit der klausur gut überlegen'] },
  },
  {
    id: 'or-it-gets-ugly-r9',
    phrases: [
      'sonst|ansonsten|andernfalls ..1 gehts|geht_es|gehts_hier|geht_hier ..1 los|rund',
      'sonst|ansonsten|andernfalls|oder ..1 wird|wirds|werden ..1 es|das|dinge ..1 unangenehm|hasslich|haesslich|ungemutlich|ungemuetlich|ubel|uebel|richtig_schlimm|eklig|teuer',
      'sonst|ansonsten|andernfalls|oder ..1 es|das|dinge wird|werden ..1 unangenehm|hasslich|haesslich|ungemutlich|ungemuetlich|ubel|uebel|richtig_schlimm|eklig|teuer',
    ],
    unless: ['regnet|regen|jacke|nass|schnee|glatt|erkalt*|krank', 'ohne|ohne_dich|bus|zug|bahn|film|spiel|runde|party|haha*|lol|xd|wetter|regen|gewitter|kalt|stau|schlange|voll|ausverkauft|tickets|karten|preise|abo|strafe|mahngebuhr*|mahngebuehr*|zinsen'],
    examples: {
      match: ['schick mir den code von der paysafe, sonst gehts los', 'sonst wird es unangenehm für dich', 'zahl oder es wird hässlich'],
      ignore: ['beeil dich sonst gehts ohne dich los', 'buch jetzt sonst wird es teuer, die tickets sind fast ausverkauft', 'zieh ne jacke an sonst wird es ungemütlich, es regnet'],
    },
  },
  {
    id: 'prove-i-matter-r10',
    phrases: [
      'beweis|beweise|beweist ..2 dass|das|mir ..2 ich ..1 dir ..2 wichtig|was_bedeute|etwas_bedeute',
      'wenn ..1 ich ..1 dir ..2 wichtig|was_bedeute|etwas_bedeute ..2 bin|ware|waere ..4 dann|schick*|machst|zeig*',
    ],
    unless: ['haha*|lol|xd|geburtstag*|anruf|anrufen|melde|melden|besuch*|zeit|treffen|kino'],
    examples: {
      match: ['dann beweis dass ich dir wichtig bin', 'wenn ich dir wichtig bin dann schickst du es'],
      ignore: ['beweis dass ich dir wichtig bin und komm zu meinem geburtstag haha'],
    },
  },
  {
    id: 'time-to-think-it-over-r11',
    phrases: [
      'du ..1 hast|hattest|haettest|hast_noch ..1 bis ..3 zeit ..2 zum|zu|um ..1 uberlegen|ueberlegen|entscheiden|nachdenken',
      'sieht ..1 so ..1 aus ..1 als ..1 hattest|haettest du ..3 zeit ..3 uberlegen|ueberlegen|entscheiden|nachdenken',
      'sonst|susch|suscht|oder ..1 weisch|weischt|weesch|weisst|weist ..1 du ..1 was|wa ..1 passiert|passiere|lauft|chunnt',
      'sonst|susch|suscht|oder ..1 weisch|weischt|weesch ..1 was|wa ..1 passiert|passiere|lauft|chunnt',
    ],
    unless: ['haha*|lol|xd|anmeldung|bewerbung|klassenfahrt|ausflug|party|geburtstag*|kurs|ag|verein|angebot|rabatt|tickets|urlaub|geschenk', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['sieht so aus als hättest du bis sonntag zeit zum überlegen', 'du hast bis morgen zeit zu überlegen', '200 stutz per twint bis heut abend, nummer hast du. sonst weisch was passiert'],
      ignore: ['du hast bis freitag zeit zu überlegen ob du mit auf klassenfahrt kommst'],
    },
  },
  {
    id: 'or-shall-i-start-r11',
    phrases: [
      'oder ..1 soll ich ..1 anfangen|loslegen|starten|beginnen',
      'wenn du nicht ..2 machst|tust ..1 was ich ..1 sage|sag|will',
    ],
    unless: ['haha*|lol|xd|spiel|runde|film|essen|kochen|aufraumen|aufraeumen|hausaufgabe*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['bist du bereit zu zahlen oder soll ich anfangen', 'wenn du nicht machst was ich sage'], ignore: ['bist du fertig oder soll ich schon mal mit dem essen anfangen'] },
  },
  {
    id: 'or-consequences-r12',
    phrases: [
      'oder|sonst|ansonsten ..2 es ..1 gibt ..1 konsequenzen|arger|aerger|stress|probleme|arger_fur_dich|aerger_fuer_dich',
      'sonst|oder|ansonsten ..1 wirds|wird_es ..1 hasslich|haesslich|ungemutlich|ungemuetlich|unangenehm|richtig_unangenehm',
    ],
    unless: ['haha*|lol|xd|hausaufgabe*|lehrer*|schule|zimmer|aufraumen|aufraeumen|mama|papa|training|trainer|spiel|runde|abgabe|deadline|termin*|bus|zug|kalt|regen|wetter|essen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['schick mir ein paysafe code über 50 oder es gibt konsequenzen', 'zahl sonst wirds hässlich'],
      ignore: ['räum dein zimmer auf sonst gibts ärger mit mama', 'beeil dich sonst wird es ungemütlich kalt'],
    },
  },
  {
    id: 'think-hard-before-r13',
    phrases: [
      'uberleg|ueberleg ..1 dir ..2 gut|genau ..1 ob du ..2 blockierst|meldest|ignorierst|antwortest|nein_sagst',
      'wir machen ..2 das ..1 jetzt ..1 so wie ich ..1 sag|sage|will',
      'sehr|ganz|echt schlecht fur|fuer dich',
      'dann ..1 uberleg|ueberleg ..1 dir ..1 was ..2 bis ..1 morgen|heute|abend|mitternacht|gleich',
      'entscheid|entscheide dich ..2 bis ..1 morgen|heute|gleich|mitternacht ..3 sonst|ansonsten',
    ],
    unless: ['haha*|lol|xd|training|turnier|mannschaft|team|kader|probe|anmeld*|abgabe|hausaufgabe*|referat|urlaub|reise|party|geburtstag|kino|essen|pizza|restaurant|ticket*|tickets|karten|konzert|wg|zimmer|miete|job|bewerbung|kurs'],
    examples: {
      match: ['überleg dir gut ob du mich blockierst', 'also wir machen das jetzt so wie ich sag', 'sehr schlecht fur dich', 'dann überleg dir was. bis morgen früh', 'entscheid dich bis morgen sonst nehm ich ne andere'],
      ignore: ['entscheid dich bis morgen sonst sind die tickets weg', 'überleg dir gut ob du mitkommst zur party'],
    },
  },
  {
    id: 'or-youre-done-r13',
    phrases: [
      'oder|sonst du bist ..1 fertig|erledigt|geliefert|dran|am_arsch|gefickt',
      'wenn|falls du ..1 nicht|nich|net ..2 antwortest|reagierst|zuruckschreibst|zurueckschreibst',
      '# ..1 min|minuten|minute|stunden|stunde|std|h ..1 zeit ..1 zu|zum ..1 antworten|zahlen|uberweisen|ueberweisen|entscheiden|reagieren',
    ],
    unless: ['haha*|lol|xd|ruf|rufe|anrufen|sorgen|mache_mir|komm_vorbei|essen|hausaufgabe*|klausur|test|prufung|pruefung|abgabe|kahoot|quiz|runde|match|spiel'],
    examples: {
      match: ['keine jana. zahl oder du bist fertig. paysafecard codes hier rein', 'ganze schule sieht morgen deine nudes wenn du nicht antwortest', 'dein gesicht + paar klicks = du nackt. 20 min zeit zu antworten', 'zahl oder du bist dran'],
      ignore: ['wenn du nicht antwortest ruf ich dich an', 'ihr habt 20 min zeit zu antworten, dann ist der test vorbei', 'gib mir den controller oder du bist dran lol'],
    },
  },
  {
    id: 'your-life-is-over-r13',
    phrases: [
      'sonst|oder|dann ..2 @poss|dein leben ..1 vorbei|zerstort|zerstoert|ruiniert|im_arsch|kaputt|gelaufen',
      'ich ..1 zerstor*|zerstoer*|ruinier* ..1 @poss|dein leben',
    ],
    unless: ['haha*|lol|xd|handy|akku|serie|staffel|netflix|wlan|internet|spoiler*|spoil*|folge|film|game|spiel|hausaufgabe*|klausur|abi|test|prufung|pruefung|note|noten'],
    weight: 1,
    examples: {
      match: ['überweis 300 euro sonst ist dein leben vorbei', 'ich zerstör dein leben'],
      ignore: ['wenn du mir spoilerst ist dein leben vorbei lol', 'lern für die klausur sonst ist dein leben vorbei haha'],
    },
  },
  {
    id: 'from-now-you-obey-r14',
    phrases: [
      'ab ..1 jetzt|sofort|heute ..2 machst|tust ..2 du ..1 was|alles ..2 ich ..1 sag|sage|will|verlange|dir_sage',
      'du hast|hasch ..1 bis|zeit_bis ..1 morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mitternacht|heute_abend ..4 entweder|sonst|oder|dann',
    ],
    unless: ['hausaufgabe*|zimmer|aufraumen|aufraeumen|training|ubung|uebung|spiel|runde|match|lol|haha*|xd|referat|projekt|abgabe|anmeldung|formular|test|klausur|lernen|rezept|kuchen'],
    examples: {
      match: ['hab nen screenrecord von unserm facetime 🫣 ab jetzt machst du was ich sag', 'ab sofort tust du alles was ich will', 'du hast bis freitag, sonst weißt du was passiert'],
      ignore: ['ab jetzt machst du was ich sag und räumst dein zimmer auf', 'du hast bis freitag für das referat, sonst gibts ne 6'],
    },
  },
  {
    id: 'or-you-will-see-r14',
    phrases: [
      'oder|sonst|ansonsten ..2 du ..1 wirst ..2 sehen|erleben|merken ..2 was ..1 passiert|passieren',
      'dann ..1 passiert ..1 dir ..1 auch|ja ..1 nix|nichts',
      'ausser|auser du ..5 cam|kamera|video|bild|bilder|nochmal|zahlst|bezahlst|schickst|uberlegst|ueberlegst',
      'wenn du ..3 nicht|nich|ned ..1 in ..1 # ..1 min|minuten|stunde|stunden|std ..2 antwortest|schickst|zahlst|uberweist|ueberweist|meldest',
      'schnell|beeil* ..3 # ..1 stunde|stunden|minuten|min|std',
      'sie haben ..1 # ..1 stunden|std|stunde ..2 zeit',
      'sie haben # stunden|std',
    ],
    unless: ['hausaufgabe*|zimmer|aufraumen|aufraeumen|training|spiel|runde|match|lol|haha*|xd|referat|projekt|abgabe|test|klausur|lernen|essen|pizza|bus|bahn|zug|kino|film|unterricht|pause|treffpunkt|unten|draussen|vorm|bin_gleich|bin_in|sind_in|mama_kommt|papa_kommt|hund|beisst|harmlos|anmeldeschluss|meldeschluss|bewerbungsschluss|bestellung|storn*|widerruf*|ruckgabe*|rueckgabe*|umtausch|garantie|rabatt|lieferung|paket|termin|uberraschung*|ueberraschung*|geburtstag', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['triff dich morgen mit mir oder du wirst sehen was passiert', 'schick einfach, dann passiert dir auch nix', 'außer du machst heute abend nochmal die cam an', 'alter wenn du mir nich in 10 min antwortest schick ich das vid an deine ganze klasse', 'schnell schnell, 1 stunde', 'Sie haben 24 Stunden.'],
      ignore: ['beeil dich, der bus kommt in 5 min', 'außer du machst heute noch die hausaufgaben lol', 'Sie haben 24 Stunden Zeit, Ihre Bestellung zu stornieren', 'schnell, bin in 10 min unten', 'dann passiert dir auch nix, der hund ist lieb'],
    },
  },
  {
    id: 'ruin-your-life-r16',
    phrases: [
      'oder|sonst|dann ich ..2 mach|mache|machen ..2 kaputt ..1 dein|ihr ..1 leben',
      'ich ..2 mach|mache ..1 @poss|dein|ihr ..1 leben ..1 kaputt|zur_holle|zur_hoelle|zunichte',
      'ich ..2 zerstor*|zerstoer*|ruinier* ..1 @poss|dein|ihr ..1 leben',
    ],
    unless: ['spiel|runde|match|zock*|level|serie|film|haha*|lol|xd|spass|witz|hausaufgabe*|zimmer|schuhe|handy_kaputt'],
    examples: {
      match: ['du zahle jetzt 300 euro oder ich mache kaputt dein leben', 'ich mach dein leben kaputt', 'ich zerstör dein leben'],
      ignore: ['ich mach dein leben kaputt in dem spiel lol', 'diese serie zerstört dein leben haha'],
    },
  },
  {
    id: 'before-you-ignore-me-r17',
    phrases: [
      'denk|denke|denkt dran|daran ..2 bevor|wenn du mich ..2 ignorierst|blockierst|blockst|ghostest|meldest|nochmal_ignorierst',
      'die uhr tickt|lauft|laeuft',
      'uhr tickt',
    ],
    unless: ['wecker|spiel|runde|match|klausur|prufung|pruefung|abgabe|countdown|silvester'],
    examples: {
      match: ['denk dran bevor du mich nochmal ignorierst', 'denk daran, bevor du mich blockierst', 'dann halt 200 jetzt und rest morgen. uhr tickt'],
      ignore: ['die uhr tickt, abgabe ist morgen', 'denk dran bevor du gehst das licht aus'],
    },
  },
  {
    id: 'no-police-clock-ticks-r18',
    phrases: [
      "keine|ohne|nicht_zur polizei|bullen|cops|anzeige ..4 merk|merke|seh|sehe|erfahr|erfahre|weiss|weis|wurde|wuerde",
      "je langer|laenger|spater|spaeter du ..2 wartest|zogerst|zoegerst|brauchst ..3 teurer|schlimmer|mehr",
      "uhr|zeit|countdown lauft|laeuft|tickt ..3 @poss|fur|fuer|dir|dich|zahl*|schick*|antwort*|melde*|entscheide*",
    ],
    unless: ["abgabe|klausur|test|prufung|pruefung|quiz|runde|level|ausweis|tickets|flug|konzert|angebot|sale"],
    examples: {
      match: ["keine polizei, ich merk das", "je länger du wartest desto teurer wirds 🙂", "Dann lern es. Uhr läuft für dich."],
      ignore: ["die zeit läuft, abgabe ist morgen", "wenn du zur polizei gehst, nimm deinen ausweis mit", "je länger du wartest desto teurer werden die tickets"],
    },
  },
  {
    id: 'last-deadline-too-late-r23',
    phrases: [
      'letzte|allerletzte frist|deadline|warnung|moglichkeit|moeglichkeit',
      'sonst|oder|danach wars|wars_das|war_es_das|wars_das_mit_dir|ist_es_vorbei|ist_es_zu_spat|ist_es_zu_spaet',
      'bis die|ihr|deine_eltern|polizei|jemand ..3 was|etwas machen|macht|reagieren|reagiert|kommen|kommt ..3 ist|sind ..2 schon|langst|laengst ..1 uberall|ueberall|online|raus|verbreitet|viral',
    ],
    unless: ['zimmer|aufraumen|aufraeumen|raum|leise|handy_weg|abendessen|ins_bett', 'anmeldung|abgabe|bewerbung|hausaufgabe*|referat|rechnung|ruckmeldung|rueckmeldung|einschreibung|antrag|formular|kurs|projekt|sale|angebot|rabatt|tickets|ticket|klausur|prufung|pruefung', 'spiel|runde|level|boss|game|match|akku|zug|bus|bahn|laden|geschaft|geschaeft|party|kino|film|serie|folge|essen|pizza'],
    examples: {
      match: ['Letzte Frist 18:00 Uhr.', 'heute. bis 8 sonst wars das', 'mach ruhig, bis die was machen ist das schon überall'],
      ignore: ['letzte frist für die anmeldung ist freitag', 'beeil dich, sonst wars das mit dem bus', 'letzte chance im spiel, sonst wars das'],
    },
  },
  {
    id: 'you-know-what-happens-r25',
    phrases: [
      'weisst|weist|weiss|weis du ..1 ja|schon|genau|doch ..2 was ..1 passiert|dann_passiert|sonst_passiert',
      'du weisst|weist|weiss|weis ..1 ja|schon|genau|doch ..2 was ..1 passiert',
    ],
    unless: ['passiert_wenn|passiert_falls|passiert_sobald|verlieren|verloren|haha*|lol|xd', 'milch|kuhlschrank|kuehlschrank|zimmer|aufraumen|aufraeumen|hausaufgabe*|spulmaschine|spuelmaschine|hund|katze|katzen|muell|mull|handyzeit|hausarrest|zu_spat|zu_spaet|trainer|training|lehrer*|test|klausur'],
    examples: {
      match: ['wenn das bis 22 uhr nicht da ist, weißt du ja was passiert 🙂', 'antworte mir, du weißt genau was sonst passiert'],
      ignore: ['wenn du den kühlschrank wieder offen lässt weißt du ja was passiert', 'zu spät zum training und du weißt ja was passiert, 10 runden', 'weißt du ja was passiert wenn wir verlieren, dann fliegen wir raus'],
    },
  },
  {
    id: 'you-owe-me-after-gift-r28',
    phrases: [
      'jetzt|nun|dafur|dafuer|also ..2 schuldest|schuldet du|ihr ..1 mir ..2 was|etwas|einen_gefallen|ne_gegenleistung|eine_gegenleistung|einen|eins',
      'nach allem ..4 geschenkt|gekauft|gegeben|gemacht ..4 schuldest|schuldig|schuldet',
      'bist du ..1 mir ..2 was|etwas|einen_gefallen ..1 schuldig',
      'geschenkt|gekauft|gegeben ..6 schuldest|schuldig du|bist ..2 mir ..2 was|etwas|ein_bild|ein_foto|ein_video',
    ],
    unless: ['zuruckzahlen|zurueckzahlen|zuruck|zurueck|kino|doner|doener|pizza|essen|eis|getranke|getraenke|ticket*|hausaufgabe*|abschreiben|runde|duo|ranked|zocken|spielen|umzug|umziehen|helfen|hilfst|freitag|montag|morgen|bier|kaffee|kuchen|haha*|lol|xd'],
    examples: {
      match: ['ich hab dir skins für 50 euro gekauft, jetzt schuldest du mir was', 'nach allem was ich dir geschenkt hab bist du mir was schuldig', 'hab dir den battle pass geschenkt, dafür schuldest du mir ein bild'],
      ignore: ['jetzt schuldest du mir was: heute abend duo ranked', 'du schuldest mir noch 12 euro vom kino, zahl freitag zurück', 'ich hab dir beim umzug geholfen, jetzt schuldest du mir was lol'],
    },
  },
  {
    id: 'swiss-deadline-r28',
    phrases: [
      'du|dr|der hasch|hesch|hast|hescht|host ..2 # ..1 stund|stunde|stunda|stunden|minute|minuta|minuten|min ..1 zyt|zit|ziit|zeit',
      'bis|vor ..1 # ..1 [uhr] ..3 susch|suscht|sunscht',
    ],
    unless: ['test|prufig|pruefig|prufung|pruefung|aufgab*|hausufgab*|hausaufgab*|spiel|training|pause|zug|bus|tram|film|kino|laden|migros|coop|essen|znacht|zmittag|dusche|haha*|lol|xd'],
    examples: {
      match: ['du häsch 1 stund zyt', 'du hesch 10 minute zyt, susch gsehts jede'],
      ignore: ['du häsch 1 stund zyt für de test', 'bis 18 uhr susch isch migros zue', 'bis 14 muss alles fertig sein, sonst bringt das nix'],
    },
  },
  {
    id: 'everyone-else-did-it-r28',
    phrases: [
      'alle|jeder ..1 anderen|andere ..2 habens|haben|hat|hats|haben_es ..2 schon|auch|doch|langst|laengst ..2 gemacht|geschickt|gezeigt|gesendet',
      'du bist ..1 die|der ..1 letzte|letzter|einzige|einzigste ..4 nicht|kein|keins|noch_nicht ..3 geschickt|gemacht|gezeigt',
    ],
    unless: ['beitrag|geld|bezahlt|uberwiesen|ueberwiesen|euro|hausaufgabe*|aufgabe*|anmeldung|formular|unterschrift|abgegeben|einverstandnis*|einverstaendnis*|zettel|steckbrief|umfrage|abstimmung|vote|referat|impfung|klassenkasse|geschenk'],
    examples: {
      match: ['alle anderen habens schon gemacht, du bist die letzte', 'jeder andere hat schon eins geschickt'],
      ignore: ['alle anderen habens schon bezahlt, du bist die letzte mit dem beitrag für die klassenkasse', 'alle anderen haben die hausaufgabe schon gemacht'],
    },
  },
  {
    id: 'you-cannot-escape-me-r29',
    phrases: [
      'du ..1 kommst|kannst ..2 mir ..1 nicht|nie|niemals ..2 davon|entkommen|entwischen|weglaufen|abhauen',
      'kommt|hangt|haengt ..2 drauf|davon ..1 an ..2 wie du dich ..2 verhaltst|verhaeltst|benimmst|anstellst',
      'neuer|neuen|neues ..1 account|acc|profil|nummer ..4 du ..2 kannst|kommst ..3 nicht|nie ..2 davon|entkommen|weg|abhauen|verstecken|blockieren',
      'blockier*|block* ..4 bringt|hilft|nutzt ..2 nichts|nix ..6 neuen|neuer|neues ..1 account|acc|profil|nummer',
    ],
    unless: ['revanche|spiel|runde|match|fangen|versteckspiel|zock*|fortnite|minecraft|fifa|uno|schach|lehrer|schule|zimmer|aufraumen|aufraeumen|hausaufgabe*|haha*|lol|xd'],
    examples: {
      match: ['neuer account, du kommst mir nicht davon', 'kommt drauf an wie du dich verhältst', 'blockieren bringt nix, ich mach einfach nen neuen account'],
      ignore: ['du kommst mir nicht davon, revanche morgen im fifa', 'kommt drauf an wie du dich beim spiel anstellst'],
    },
  },
] satisfies PatternEntry[];
