import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'ask-age',
    phrases: [
      'wie|wi alt bist|bischt|biste|bisd|sind du|sie|de',
      'wie|wi alt ..2 du|sie ..2 bist|sind|eigentlich',
      'wie|wi alt biste|bisch|bischt|bisd',
      'wie|wi alt bisn|bistn|bisse|bisst|bischte|bis_du|bins_du',
      'welcher|welches|welcher_jahrgang jahrgang|baujahr',
      'in welche|welcher klasse ..2 gehst|bist',
      'welche klasse ..2 gehst|bist|besuchst',
      'bist|biste du ..2 schon #',
      'du bist ..2 schon|erst #',
      'bist|biste du ..2 volljahrig|volljaehrig|minderjahrig|minderjaehrig|unter_18|uber_18|ueber_18',
    ],
    unless: ['anmeldung|anmelden|turnier|formular|spielerpass|versicherung|mitgliedsantrag|eintritt|kurs|ticket|tickets|austausch|schuleraustausch|schueleraustausch|bewerbung|antrag|teilnehmer*|unterlagen', 'uns|euch ..2 vorstellen|vorstellt', 'vorstellungsrunde|schulprojekt|brieffreund*|partnerschule|partnerklasse'],
    examples: {
      match: ['wie alt bisn du', 'wie alt bistn', 'wie alt bis du', 'wie alt bist du eigentlich?', 'hi wie alt bist du', 'wie alt biste', 'welcher jahrgang bist du', 'in welche klasse gehst du', 'bist du schon 18', 'gg, du spielst echt gut für dein alter, wie alt bist du eig?'],
      ignore: ['wie alt ist dein hund', 'mein alter pc ist kaputt', 'wie alt wird der lehrer', 'wie alt bist du genau? brauch ich für die anmeldung beim turnier', 'wie alt bist du? unsere lehrerin will, dass wir uns vorstellen'],
    },
  },
  {
    id: 'your-age',
    phrases: ['dein|ihr alter'],
    unless: ['fur|fuer|in dein|deinem|ihr|ihrem alter', 'anmeldung|anmelden|turnier|formular|spielerpass|versicherung|mitgliedsantrag|eintritt|kurs|ticket|tickets|austausch|schuleraustausch|schueleraustausch|bewerbung|antrag|teilnehmer*|unterlagen'],
    examples: {
      match: ['und dein alter?'],
      ignore: ['du bist so reif fuer dein alter', 'Für den Schüleraustausch brauche ich noch ein Foto von dir und dein Alter.'],
    },
  },
  {
    id: 'home-alone',
    phrases: [
      'bist|biste|bisch du [grad|gerade|grade|jetzt|heute|eigentlich|oft|allein] ..2 allein|alleine|allein_zuhause|alleine_zuhause|allein_daheim',
      'sind|ist @poss @family ..3 da|zuhause|zu_hause|daheim|weg|arbeiten|unterwegs|arbeit|aus|wach|noch_wach',
      'bist|biste du ..4 allein|alleine ..3 unterwegs|heimweg|nachhauseweg|auf_dem_weg|zuhause|daheim|zu_hause',
      'bisse|bisn|bistn|bisst|bischte [grad|gerade|jetzt|heute] allein|alleine',
      'wann hast|haste|habt du|ihr ..1 schule|schluss|unterricht ..1 aus|vorbei|schluss',
      'wann ..2 kommen|kommt|sind|ist @poss @family ..3 heim|nach_hause|zuruck|zurueck|wieder',
      'wer ist|is ..2 noch bei dir|zuhause|daheim',
      'schlafen|schlaft|schlaeft @poss @family ..2 schon',
      'hast du ..3 eigenes zimmer',
      'hast|haste du ..2 eigenes|eigenen|eigene handy|zimmer|laptop|computer|pc',
      'schlafst|schlaefst du ..2 allein|alleine',
    ],
    examples: {
      match: ['bist du grad allein zuhause?', 'sind deine eltern da?', 'wann kommen deine eltern heim', 'schlafen deine eltern schon', 'hast du ein eigenes zimmer', 'bist du nach dem training allein auf dem heimweg?', 'bisse allein', 'wann hast du schule aus?', 'sind deine eltern dann noch wach?'],
      ignore: ['ich bin allein zuhause', 'meine eltern sind arbeiten', 'grüß deine eltern'],
    },
  },
  {
    id: 'ask-school',
    phrases: [
      'welche|welcher|welches schule|gymnasium|gymi|realschule|gesamtschule',
      'auf|in welche|welcher|welches schule|gymnasium|klasse',
      'wo gehst|gehen du|sie ..3 schule',
      'wie heisst|heist deine|ihre schule',
    ],
    unless: ['ich weiss|weis|kenne|kenn ..2 welche|welcher|welches|wo|auf', 'uns|euch ..2 vorstellen|vorstellt', 'vorstellungsrunde|schulprojekt|brieffreund*|partnerschule|partnerklasse'],
    examples: {
      match: ['welche schule gehst du?', 'auf welche schule gehst du', 'wo gehst du zur schule', 'wie heißt deine schule'],
      ignore: ['die schule fängt um 8 an', 'ich geh morgen zur schule', 'ich weiss auf welche schule du gehst', 'auf welche schule gehst du? unsere lehrerin will, dass wir uns kurz vorstellen'],
    },
  },
  {
    id: 'ask-location',
    phrases: [
      'wo wohnst|wohnen|lebst|leben|wohnt du|sie|ihr',
      'wo ..2 wohnst|wohnen|lebst du|sie ..1 genau|eigentlich|so|denn',
      'wo genau|eigentlich|denn|so ..1 wohnst|wohnen|lebst|lebt du|sie|ihr',
      'welche|welcher|in_welcher strasse|str|hausnummer|gegend',
      'schick|send|teil|teile|gib|sag ..3 [mir] dein|deinen|deine|ihre|ihren standort|adresse|location|livestandort|live_standort|wohnort|addresse',
      'was|wie ist|is|lautet deine|ihre adresse|addresse',
      'in welcher|welchem|welche stadt|ort|gegend|stadtteil|viertel|strasse|str',
      'woher kommst|kommen du|sie|de',
      'wie heisst|heist du ..2 mit nachnamen|nachname|richtig|wirklich|echt',
      'dein|ihr nachname|nachnamen|vollstandiger_name|vollstaendiger_name',
      'welche|welcher stadt|ort|gegend|stadtteil|bundesland|viertel',
      'wo bist du ..2 gerade|grad|grade|jetzt|genau',
    ],
    examples: {
      match: ['wo wohnst du?', 'schick mir mal deinen standort', 'was ist deine adresse', 'in welcher stadt wohnst du', 'woher kommst du', 'wo genau wohnst du? welche straße?'],
      ignore: ['ich wohne in berlin', 'wo ist der standort vom kino', 'meine adresse hat sich geändert'],
    },
  },
  {
    id: 'ask-relationship',
    phrases: [
      'hast|haste|hattest du ..2 einen|nen|ne|eine|n freund|freundin|boyfriend|girlfriend',
      'bist du ..2 single|vergeben',
    ],
    examples: {
      match: ['hast du einen freund?', 'hast du schon ne freundin', 'bist du single'],
      ignore: ['ich hab einen freund', 'bist du mit dem referat fertig'],
    },
  },
  {
    id: 'where-are-parents-body',
    phrases: [
      'wo sind|ist @poss @family ..2 grad|gerade|grade|jetzt|heute|denn|eigentlich',
      'wo sind|ist @poss @family',
      'wie viel|schwer wiegst|wiegen du|sie',
      'wie gross|grosse bist|biste du',
    ],
    unless: ['gruss*|gruesse|abholen|vorbeikommen|feier|party|elternabend|sprechtag|ausflug|geschenk|trikot*|bestellung*|anmeldung|formular|kleidergrosse|kleidergroesse|schuhgrosse|schuhgroesse'],
    weight: 1,
    examples: { match: ['wo sind deine eltern grad', 'wie gross bist du und wie viel wiegst du'], ignore: ['wo sind deine eltern zum abholen?', 'wie groß ist dein zimmer', 'wie groß bist du jetzt eigentlich? brauch das für die trikotbestellung'] },
  },
  {
    id: 'still-at-school-or-home',
    phrases: [
      'bist|biste du ..2 noch ..1 in_der_schule|schuler|schueler|schulerin|schuelerin|minderjahrig|minderjaehrig',
      'wohnst|lebst du ..2 noch ..1 bei @poss|deinen|deiner @family',
      'kannst|konntest|koenntest|kannste du mir ..1 deine|ihre|deinen nummer|handynummer|telefonnummer|nr|snap|instagram|adresse ..1 geben|schicken|sagen|schreiben',
    ],
    unless: ['anmeldung|anmelden|turnier|formular|spielerpass|versicherung|mitgliedsantrag|eintritt|kurs|ticket|tickets|austausch|bewerbung|antrag|teilnehmer*|unterlagen|gruppe|klassengruppe|verein|mannschaft|trainer|notfall|lehrer*|einladung|paket|geburtstag|mama|papa|oma|opa|abholen|hol'],
    weight: 1,
    examples: {
      match: ['bist du noch in der schule', 'wohnst du noch bei deinen eltern', 'kannst du mir deine nummer geben'],
      ignore: ['kannst du mir deine nummer geben für die klassengruppe', 'bist du noch in der schule? ich hol dich ab, mama'],
    },
  },
  {
    id: 'where-exactly',
    phrases: [
      'sag|schreib|verrat|verrate|gib ..2 mir ..2 wo du ..1 wohnst|lebst|wohnen|schlafst|schlaefst',
      'bushaltestelle|haltestelle|bahnhof|spielplatz ..2 bei dir|in_deiner_nahe|in_deiner_naehe',
      'darf|kann ich dich ..2 was|etwas ..1 personliches|persoenliches|privates|intimes ..1 fragen',
    ],
    unless: ['paket|post|lieferung|einladung|geburtstag*|party|taxi|uber|fahrer|mama|papa|oma|opa|schulbus|klassenfahrt|ausflug|treffpunkt|navigation|navi|schule|lehrer*'],
    weight: 1,
    examples: {
      match: ['sag mir wo du wohnst, ich schick dir ein geschenk', 'wo ist die nächste bushaltestelle bei dir', 'darf ich dich was persönliches fragen'],
      ignore: ['sag mir wo du wohnst, wegen der einladung zur party'],
    },
  },
  {
    id: 'parents-control',
    phrases: [
      'kontrollier*|checken|checkt|lesen|liest|schauen|schaut|gucken|guckt @poss @family ..2 @poss|dein ..1 handy|chats|nachrichten|whatsapp|instagram|snap',
      'was ..1 machen|arbeiten @poss @family ..1 beruflich',
      'wann ..1 gehst|musst du ..2 ins bett|schlafen',
    ],
    unless: ['haha*|lol|xd|mama|papa|oma|opa|geburtstag|ausflug|klassenfahrt|referat|projekt|bewerbung|berufsberatung|praktikum|schule|lehrer*'],
    weight: 1,
    examples: {
      match: ['kontrollieren deine eltern dein handy', 'was machen deine eltern beruflich', 'wann gehst du immer ins bett'],
      ignore: ['was machen deine eltern beruflich? brauch ich für das referat'],
    },
  },
  {
    id: 'family-contact',
    phrases: ['gib|sag|schick|schreib mir ..2 nummer|handynummer|instagram|email|adresse|snap ..2 von|vom @poss @family'],
    unless: ['ubernachtung|uebernachtung|abholen|geburtstag*|party|einladung|elternabend|ausflug|klassenfahrt|notfall|training|verein|arzt|lehrer*|haha*|lol|xd'],
    weight: 1,
    examples: { match: ['Sag mir die Nummer von deiner Mama'], ignore: ['sag mir die nummer von deiner mama wegen der übernachtung'] },
  },
  {
    id: 'habits-school-age-swap',
    phrases: [
      'rauchst|trinkst|kiffst|vapest|dampfst du',
      'gehst|bist du ..1 noch ..2 zur|in_die|auf_die|in_der schule',
      'welche|welcher klasse ..1 bist|gehst|besuchst|du',
      'ich bin # ..1 jahre|jahr ..1 und du',
      'ich bin # ..1 und du',
    ],
    unless: ['arzt|arztin|aerztin|formular|anmeldung|fragebogen|umfrage|versicherung|bewerbung|lehrer*|elternabend|haha*|lol|xd|mama|papa|oma|opa'],
    weight: 1,
    examples: {
      match: ['rauchst du?', 'trinkst du alkohol?', 'gehst du noch zur schule? welche klasse?', 'ich bin 22 und du?', 'ich bin 17 jahre und du'],
      ignore: ['rauchst du? fragt der arzt im fragebogen'],
    },
  },
  {
    id: 'you-live-near',
    phrases: ['du wohnst|wohnt ..1 doch|also|eigentlich|jetzt|ja ..3 in_der_nahe|in_der_naehe|nahe|neben|gegenuber|gegenueber|nah', 'wohnst du ..2 in_der_nahe|in_der_naehe|nahe|nah'],
    unless: ['tante|onkel|oma|opa|cousin*|mama|papa|schule_ist|haha*|lol|xd'],
    examples: { match: ['du wohnst doch in der nähe vom hbf oder?', 'wohnst du in der nähe von köln?'], ignore: ['du wohnst doch neben meiner tante'] },
  },
  {
    id: 'biste-alleine',
    phrases: ['biste|bisch|bischt ..1 [grad|gerade|jetzt|heute|heut] allein|alleine|alloi|alleini'],
    unless: ['haha*|lol|xd|kino|party|feier|geburtstag*|training|schule|klassenfahrt'],
    examples: { match: ['biste alleine? dann können wir ja was machen'], ignore: ['biste alleine auf der party? komm zu uns'] },
  },
  {
    id: 'parents-strict-r9',
    phrases: ['sind|ist @poss eltern|mama|mutter|papa|vater|alten ..1 streng', 'wohnst du ..2 bei @poss eltern|mama|mutter|papa|vater|oma'],
    unless: ['haha|lol|xd|auszug|ausziehen|studium|studieren|wg|uni|miete'],
    examples: {
      match: ['ok. wohnst du bei deinen eltern? sind die streng?', 'sind deine eltern streng'],
      ignore: ['wohnst du noch bei deinen eltern oder schon in der wg wegen studium'],
    },
  },
  {
    id: 'parents-away-then-r10',
    phrases: [
      '@poss @family|eltern ..1 sind|ist ..1 doch|ja|dann|eh ..3 weg|unterwegs|verreist|auf_der|auf_einer|im_urlaub|nicht_da|nicht_zuhause|nicht_zu_hause|arbeiten|auf_arbeit',
    ],
    unless: ['gruss|gruesse|grusse|schone|schoene|viel_spass|gute_reise|helfen|hilfe|brauchst_du|essen|pizza|haha*|lol|xd'],
    weight: 1,
    examples: {
      match: ['was machst du am freitag? deine eltern sind doch auf der hochzeit', 'deine mama ist ja dann weg oder'],
      ignore: ['deine eltern sind doch im urlaub, brauchst du hilfe beim einkaufen?', 'deine eltern sind ja weg, viel spaß beim sturmfrei haha'],
    },
  },
  {
    id: 'room-school-and-home-time-r11',
    phrases: [
      'bist du ..2 in ..1 deinem ..1 zimmer ..4 allein|alleine',
      'bist du ..1 nicht ..1 die|der ..1 von|aus ..1 der|dem ..1 realschule|gymnasium|gesamtschule|hauptschule|schule|gymi|oberschule|sekundarschule',
      'wann ..1 hast du ..1 schulschluss|schule_aus|aus|schluss|frei',
      'bisch ..3 allei|elei|alleini ..1 dihei|dihai|deheim|daheim',
      'wo ..1 wohnsch|wohnst_du|wohnsch_du',
    ],
    unless: ['mama|papa|oma|opa|klassenfahrt|elternabend|nachhilfe|termin|arzt|zahnarzt|training|probe|bus|zug|mittagessen|essen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 1,
    examples: {
      match: ['bist du grad in deinem zimmer? allein?', 'kennst mich vom freibad. bist du nicht die von der realschule am park?', 'wann hast du schulschluss?', 'bisch am wuchenend allei dihei?'],
      ignore: ['wann hast du schulschluss? mama fragt wegen dem mittagessen'],
    },
  },
  {
    id: 'who-lives-with-you-r11',
    phrases: ['wer ..1 wohnt|lebt ..1 noch|alles|sonst ..2 bei|mit dir|euch'],
    unless: ['haha*|lol|wg|umzug|miete|formular|anmeldung', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['wer wohnt noch bei dir'], ignore: ['wer wohnt noch bei dir in der wg, wegen der miete'] },
  },
  {
    id: 'parents-check-phone-r13',
    phrases: [
      '@family ..3 checken|kontrollieren|durchsuchen|lesen|schauen|gucken|kontrolliert|checkt|liest ..2 @poss|dein|deine handy|chats|nachrichten|whatsapp|telefon',
      'bist ..2 doch|eh|ja|grad|gerade ..1 eh|ganz ..1 allein|alleine',
    ],
    unless: ['haha*|lol|xd|zocken|komm_ruber|komm_rueber|heimweg|abholen|hol_dich|essen|krank|fieber|party|film|kino|lernen|hausaufgabe*'],
    examples: {
      match: ['lösch unseren chat am besten immer gleich, deine eltern checken dein handy oder?', 'will dich sehen, nur kurz. bist doch eh alleine oder'],
      ignore: ['bist doch eh allein, komm rüber zum zocken'],
    },
  },
  {
    id: 'size-weight-and-asl-r14',
    phrases: [
      'wie ..1 gross ..1 und ..1 [wie] schwer ..1 bist|bisch du',
      'w|m oder ..1 m|w ..3 alter|alt|wie_alt',
    ],
    unless: ['arzt|arztin|aerztin|kinderarzt|praxis|sportverein|anmeldung|formular|kleidergrosse|kleidergroesse|trikot*|bestellung|fahrrad|ski|snowboard'],
    examples: {
      match: ['Wie groß und schwer bist du? Und wie alt genau?', 'hey w oder m? alter?'],
      ignore: ['für die skiausleihe: wie groß und schwer bist du? wegen ski länge'],
    },
  },
  {
    id: 'parents-home-school-boyfriend-r15',
    phrases: [
      'sind|ist @poss @family ..2 eigentlich|oft|meistens|abends|nachts|tagsuber|tagsueber|wahrend|waehrend|manchmal|immer|ofters|oefters ..4 zu_hause|zuhause|daheim|weg|unterwegs|arbeiten|auf_arbeit',
      'gehst|gehts|bist du ..1 aufs|auf_die|auf_das|auf_der|auf_dem|in_die|am ..1 gymi|gymnasium|realschule|gesamtschule|hauptschule|reale|sekundarschule|oberschule|gym|mittelschule',
      'und|aber du hast|hasst ..1 [einen|nen|n|ein] freund|freundin|boyfriend|bf|gf',
    ],
    unless: ['krank|geburtstag|party|abholen|hol|schlussel|schluessel|paket|essen|fahren|mitnehmen|uber_nacht|ubernachten|uebernachten|pennen|lernen|zocken|reinkommen|klingeln|sturmfrei', 'hund|katze|hamster|pferd|haustier'],
    examples: {
      match: ['Sind deine Eltern eigentlich während der Stunde zu Hause?', 'gehst du aufs gymi in der stadt?', 'Studium. Und du hast Freund?'],
      ignore: ['sind deine eltern zu hause? dann kann ich das paket abgeben', 'Sind deine Eltern morgen da, wegen der Rechnung?', 'sind ihre eltern zuhause?', 'und du hast nen hund?', 'ist deine mama da? ich will sie was wegen dem geburtstag fragen'],
    },
  },
  {
    id: 'alone-at-home-dialect-or-in-bed-r27',
    phrases: [
      'bist|bisch|biste|bischt [du] [heut|heute|grad|gerade|jetzt|eh] allein|alleine|alloa|alloan|alloans ..1 dahoam|dahoim|dahuam|daheim|dehei|dihei|zhaus|z_haus|zuhause|zu_hause',
      'bist|liegst|biste du [schon|grad|gerade|jetzt|noch|eigentlich] im|in_deinem bett',
    ],
    unless: ['mathe|hausaufgabe*|aufgabe*|frage|morgen_fruh|wecker|schule|klausur|test|krank|fieber|ausgeschlafen'],
    examples: {
      match: ['servus, bist heut allein dahoam?', 'bist du schon im bett? 😏', 'bisch du grad allein dihei'],
      ignore: ['bist du schon im bett? hab noch ne frage zu mathe', 'bist du noch im bett, du bist doch krank'],
    },
  },
  {
    id: 'ask-age-dialect-r28',
    phrases: [
      'wie|wi|wia alt|oid bist|bisch|bischt|bisd ..1 denn|eigentlich|eig|jetzt|n|leicht|eh',
      'wia|wie oid bist|bisd|bisch|bist_du|bisd_du',
    ],
    unless: ['anmeldung|anmelden|turnier|formular|spielerpass|versicherung|mitgliedsantrag|eintritt|kurs|ticket|tickets|austausch|bewerbung|antrag|teilnehmer*|unterlagen', 'uns|euch ..2 vorstellen|vorstellt'],
    examples: {
      match: ['bist echt fesch. wie alt bist denn?', 'wia oid bist?'],
      ignore: ['wie alt bist denn du geworden? alles gute zum geburtstag, für die anmeldung', 'wie alt ist dein hund denn'],
    },
  },
  {
    id: 'parents-home-dialect-r30',
    phrases: [
      'san|sand|sin|sind|sinn|isch|is|ist ..1 @poss|dei|deini|dini|dine ..1 eltern|eltan|eltere|oidn|oiden|mama|mami|mam|papa|papi|mutter|vater ..4 dahoam|dahoim|dehei|deheim|daheim|zhaus|z_haus|zuhause|zu_hause|weg|ned_do|nicht_da|furt|fort',
    ],
    unless: ['abholen|geburtstag*|party|feier|paket|gruss*|gruesse|elternabend|ubernachtung|uebernachtung|ich_bin|ich_lieg|ich_liege|bin_ich|lieg_ich|krank|grippe|fieber|erkaltet|erkaeltet|lernen|hausaufgabe*'],
    examples: {
      match: ['sag amoi, san deine eltern am samstag dahoam?', 'sind deine eltern heute abend weg?'],
      ignore: ['san deine eltern dahoam? i bring des paket vorbei', 'sind deine eltern zur party daheim?'],
    },
  },
  {
    id: 'alone-in-bed-r30',
    phrases: ['allein|alleine|alloa|alloan|elei|allei im|in_deinem|in_deim bett|zimmer'],
    unless: ['ich|i|bin|mir|mich|lieg|liege|krank|grippe|fieber|erkaltet|erkaeltet|lernen|hausaufgabe*|langweil*|schlafen_gehen|zocken'],
    examples: {
      match: ['allein im bett? 😏', 'und, alleine im zimmer grad?'],
      ignore: ['ich lieg allein im bett, bin krank', 'bin grad allein im zimmer und langweil mich', 'allein im zimmer lernen ist besser'],
    },
  },
  {
    id: 'free-house-r31',
    phrases: [
      'hast|haste|hasch|hasst|habt du|ihr ..3 sturmfrei|sturmfreie|sturmfreibude',
      'bist|biste|bisch du ..2 sturmfrei',
      'biste|bisch|bischt ..2 sturmfrei',
      'wann ..2 hast|haste|hasch|habt|bist du|ihr ..2 sturmfrei|sturmfreie',
      'sturmfrei|sturmfreie ..2 am|diese|dieses|heute|morgen|nachste|naechste|wochenende|woche|nacht ..2 bei dir',
    ],
    unless: ['party|feier*|feiern|zocken|lan|filmabend|film|pyjama*|ubernachtungsparty|uebernachtungsparty|die_anderen|mit_allen|alle|grillen|vorgluhen|vorgluehen|haha*|lol|xd|ich_hab_sturmfrei|ich_habe_sturmfrei|hab_ich_sturmfrei', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['hast du am wochenende sturmfrei?', 'wann hast du mal wieder sturmfrei', 'biste heute sturmfrei?'],
      ignore: ['hast du sturmfrei? dann machen wir party bei dir', 'ich hab sturmfrei, hast du auch sturmfrei? lol', 'hast du sturmfrei? dann zocken wir bei dir'],
    },
  },
  {
    id: 'older-is-that-ok-r37',
    weight: 1,
    phrases: [
      'ich bin|bi|bin_eigentlich|bin_schon # ..4 ist|is|isch|isses das ..3 ok|okay|schlimm|komisch|problem|es_problem|ein_problem|egal|seltsam',
      'bin # ..2 ist|is|isch das ..3 ok|okay|schlimm|komisch|problem|es_problem|ein_problem',
      'bin # ..3 hoffe ..2 das|des ..1 ist|is ..1 ok|okay|schlimm|in_ordnung',
    ],
    unless: ['klasse|jahrgang|punkte|note|prozent|euro|kilo|kg|grad|km|minuten|stunden|platz'],
    examples: {
      match: ['ich bin 34. ist das schlimm für dich?', 'bin 29 ist das ok für dich?', 'ich bin 35, hoffe das ist okay'],
      ignore: ['ich bin 34 minuten zu spät, ist das schlimm?', 'ich bin platz 3, ist das ok'],
    },
  },
] satisfies PatternEntry[];
