import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'add-me-on-app',
    phrases: [
      'add|adde|addest|addet|adden|folg|folge|folgst|schreib|schreibe|schreibst|text|texte|meld|melde|ping|kontaktier*|anschreiben|hinzufugen|hinzufuegen mich|mir|dich ..3 auf|bei|in|uber|ueber|per|via|an @app',
      'adde|add|folg|folge mich ..2 @app',
      'addest|addet|folgst|schreibst du mich|mir ..2 @app',
      'gib|schick mal|ma|mir ..1 @app',
      'komm|kommst|geh|gehen ..2 auf|aufs|in|ins|zu|uber|ueber @app',
      'schreib|schreibst|schreibe|texte mir|mich [mal|doch|lieber|einfach] privat|per_dm|ne_dm|dm|pn|eine_pn|ne_pn|privatnachricht|direkt',
      'ich ..2 schick*|geb|gebe dir ..2 meine|mein nummer|handynummer|@app',
      'hast|hasch|haste|hat|habt|haben du|sie|de [auch|eigentlich|vielleicht|zufallig|zufaellig|denn|noch] @app',
      'haste|hasch|hasse [auch|eigentlich|vielleicht|denn|noch] @app',
      'was|wie|wat ist|is [denn|eigentlich] dein|deine|ihr|ihre @app',
      'dein|deine|ihr|ihre @app name|nummer|nick|nickname|account|acc|username|user|tag|id|handle',
      'wie heisst|heist|heisen|heissen du|sie auf|bei|in @app',
      'gib|schick|sag|schreib mir [mal|doch|bitte|ma] dein|deine|deinen|ihr|ihre|ihren @app',
    ],
    unless: ['wir ..2 zocken|gamen|zocken_gleich|spielen_gleich|ranked', 'familiengruppe|familienchat|fam_gruppe|familien_gruppe', 'gruppe|klassengruppe|referat|projekt|klasse|team|verein|server|lerngruppe|gruppenchat'],
    weight: 1,
    examples: {
      match: ['komm aufs snap', 'geh mal ins telegram', 'add mich auf snap', 'schreib mir auf whatsapp', 'hast du insta?', 'haste tele', 'was ist dein snap?', 'gib mir mal deinen discord', 'wie heißt du auf snapchat', 'dein snap name?', 'meld dich bei telegram'],
      ignore: ['komm aufs discord, wir zocken ranked', 'komm auf discord, wir zocken', 'hast du whatsapp? dann adde ich dich in die familiengruppe', 'ich hab snap gelöscht', 'add mich auf discord für die referat gruppe', 'mein snap ist kaputt', 'hast du die hausaufgaben'],
    },
  },
  {
    id: 'ask-phone-number',
    phrases: [
      'gib|schick|sag|schreib|send mir [mal|doch|bitte|ma|einfach] deine|ihre|deinen handynummer|telefonnummer|nummer|nr|handynr|tel',
      'was ist|is deine|ihre handynummer|telefonnummer|nummer|nr',
      'kann|krieg|kriege|bekomm|bekomme ich ..2 deine|ihre handynummer|telefonnummer|nummer|nr',
      'hast|haste du ..2 ne|eine|n nummer|handynummer|handy_nummer',
    ],
    unless: ['gruppe|klassengruppe|referat|projekt|klasse|team|verein|training|lerngruppe|gruppenchat|trainer|notfall|mannschaft'],
    weight: 1,
    examples: {
      match: ['gib mir mal deine nummer', 'was ist deine handynummer?', 'kann ich deine nummer haben', 'schick mir deine nr'],
      ignore: ['gib mir deine nummer für die whatsapp gruppe', 'meine nummer hat sich geändert', 'welche nummer hat der bus'],
    },
  },
  {
    id: 'move-chat-elsewhere',
    phrases: [
      'lass|lasst|lassen|komm|wollen|sollen|konnen|koennen|konnten|koennten|wechseln|gehen uns|wir|mal|ma ..3 auf|in|uber|ueber|bei|per|zu|nach @app',
      'auf|in|uber|ueber|per|bei @app ..2 weiterschreiben|weiter_schreiben|weiterreden|weiterchatten|weiter|privat|ungestort|ungestoert',
      'hier ist|is es ..2 langweilig|doof|blod|bloed|nervig|kacke|uberwacht|ueberwacht|unsicher',
      'hier|diese|die app|plattform|chat|seite ist|is ..3 langweilig|doof|blod|bloed|nervig|kacke|uberwacht|ueberwacht|unsicher|scheisse',
      'privat|privater|privaten|ungestort|ungestoert|ungestorter|ungestoerter ..2 schreiben|reden|chatten|quatschen|weiterschreiben|weiter|texten',
      'hier ..3 selten|nicht_oft|kaum|nie ..2 online|on|da',
      'woanders ..2 schreiben|reden|chatten|quatschen|weiterschreiben',
      'auf|zu|nach|in @app ..2 wechseln|wechsel|umziehen|rubergehen|ruebergehen|rubergehn|rueber|ruber',
      'lust|bock ..3 auf|zu @app ..2 zu|zum ..1 wechseln|schreiben|chatten|gehen',
      'auf|in|bei|uber|ueber @app ..4 sicherer|privater|anonymer|ungestorter|ungestoerter|verschlusselt|verschluesselt|selbstloschend*|selbstloeschend*',
      'hier ..3 liest|lesen|guckt|gucken|schaut|schauen ..3 mit|rein|alles',
    ],
    unless: ['gruppe|klassengruppe|referat|projekt|klasse|team|verein|server|zocken|runde|lerngruppe|gruppenchat|hausaufgabe*', 'nachricht|nachrichten ..3 verspatet|verspaetet|nicht_an|kommen_nicht|kommt_nicht', 'kleinanzeigen|ebay|vinted|inserat|abholung|versand', 'die_anderen|alle_anderen|sind_schon_alle|sind_schon_da'],
    examples: {
      match: ['heyy, lust auf snap zu wechseln?', 'sollen wir zu telegram rüber', 'lass auf tele, da ist es sicherer', 'hier liest meine mutter mit', 'lass uns auf telegram weiterschreiben', 'können wir auf whatsapp wechseln', 'hier ist es so langweilig', 'lass uns privat schreiben', 'wollen wir lieber auf snap schreiben?', 'komm wir gehen auf kik'],
      ignore: ['wir müssen mit der klassengruppe auf signal wechseln', 'lass uns auf discord zocken', 'wir schreiben im klassenchat', 'der film ist langweilig', 'lass uns in die stadt gehen'],
    },
  },
  {
    id: 'video-call',
    phrases: [
      'lass|lasst|wollen|sollen|konnen|koennen uns|wir ..2 facetimen|videocallen|videochatten|skypen|callen|facetime|videocall|videoanruf|cam|telefonieren|facetimen',
      'lust|bock auf ..1 @cam|call|telefonieren|facetimen|videocallen',
      'per|uber|ueber|im @cam ..2 reden|quatschen|schreiben|sprechen|telefonieren|treffen|sehen',
      'ruf|rufst|anrufen mich ..3 per|uber|ueber|auf|mit @cam|@app',
      'ruf|rufst mich ..3 per|uber|ueber|mit video|videoanruf|videocall',
      'facetime|videocall|videoanruf|cam|camchat ..2 heute|jetzt|nachher|gleich|spater|spaeter|morgen|heut',
    ],
    unless: ['oma|opa|mama|papa|lehrer*|unterricht|klasse|gruppe|referat|meeting|konferenz|zock*|spiel*|game*|runde|server'],
    weight: 1,
    examples: {
      match: ['lass uns facetimen', 'facetime heute abend?', 'ruf mich über facetime an', 'wollen wir videocallen', 'ruf mich jetzt per video an'],
      ignore: ['facetime mit oma heute', 'meine kamera ist kaputt', 'ruf mich an'],
    },
  },
  {
    id: 'lets-go-to-app',
    phrases: [
      'lass|lasst auf|in|uber|ueber|per @app ..2 schreiben|texten|chatten|reden|weiterschreiben|weiter|quatschen',
      'lass|lasst ..2 lieber|mal|doch|uns|ma ..1 auf|in|uber|ueber|per @app ..2 schreiben|texten|chatten|reden|weiterschreiben|weiter|quatschen',
      'lass|lasst ..3 callen|facetimen|videocallen|skypen ..2 mit @cam',
      'callen|telefonieren|call|facetimen|videocall|anruf ..2 mit @cam',
    ],
    unless: ['gruppe|klassengruppe|referat|projekt|klasse|team|verein|server|zocken|runde|lerngruppe|gruppenchat|hausaufgabe*|oma|opa|mama|papa'],
    weight: 1,
    examples: {
      match: ['wie alt bist du denn? lass lieber auf snap schreiben', 'lass auf whatsapp schreiben, insta spinnt grad voll', 'lass auf discord callen mit cam'],
      ignore: ['lass auf discord zocken', 'lass auf whatsapp schreiben wegen dem referat'],
    },
  },
  {
    id: 'add-me-and-call',
    phrases: [
      'kannst|konntest|koenntest|kannste du mich ..2 auf|bei|in @app ..1 adden|hinzufugen|hinzufuegen|folgen|anschreiben',
      'komm|kommst ..2 auf|in meinen|meine|mein @app|server|kanal|gruppe ..6 privat|ungestort|ungestoert|allein|alleine|zu_zweit',
      'auf|bei|in @app ..3 verschwinden|verschwindet|loschen|loeschen|geloscht|geloescht ..2 die|alle ..1 nachrichten|chats|bilder|fotos',
      'lass|lasst|wollen|sollen ..2 mal|uns ..1 skypen|facetimen|videochatten|telefonieren|callen',
      'lust ..2 zu ..1 telefonieren|callen|facetimen|skypen|videochatten',
      'kannst|willst|magst|wollen|konnen|koennen du|wir ..3 skypen|facetimen|videochatten|videocallen|callen',
    ],
    unless: ['gruppe|klassengruppe|referat|projekt|klasse|team|verein|zocken|runde|lerngruppe|gruppenchat|hausaufgabe*|oma|opa|mama|papa|lehrer*|unterricht|meeting'],
    weight: 1,
    examples: {
      match: ['kannst du heute abend skypen?', 'kannst du mich auf snap adden? mein name ist lukas_2008', 'komm auf meinen discord server, da kann man privat schreiben', 'auf snap verschwinden die nachrichten, da ist es besser', 'lass mal skypen', 'hast du lust zu telefonieren'],
      ignore: ['kannst du mich auf discord adden für die referat gruppe', 'lass mal skypen mit oma'],
    },
  },
  {
    id: 'video-call-with-me',
    phrases: ['machst|machen|willst|wollen ..2 du|wir ..2 videocall|videochat|facetime|cam|skype|videoanruf ..2 mit mir'],
    unless: ['gruppe|alle|mit_allen|lernen|hausaufgabe*|referat|projekt|zocken|spiel'],
    examples: { match: ['machst du videocall mit mir? nur wir zwei'], ignore: ['machen wir videocall mit allen zum lernen?'] },
  },
  {
    id: 'swiss-write-me-on-app',
    phrases: ['schrib|schriib|schreib ..2 mer|mir|ma ..1 uf|auf @app', 'mia|mir|mer schreibn|schriibe|schribe ..2 auf|uf @app ..1 weiter'],
    unless: ['gruppe|klasse|klassechat|klassegruppe|klassengruppe|gruppechat|team|verein'],
    examples: { match: ['schrib mer uf snap, do isch es eifacher', 'gib ma dei nummer, mia schreibn auf whatsapp weiter'], ignore: ['schrib mer uf whatsapp i de klassegruppe'] },
  },
  {
    id: 'my-handle-is',
    phrases: ['mein|meine ..1 @app|telegram|snap|snapchat|insta|instagram|discord|kik|threema|signal ..1 ist|lautet|heisst ..4 schreib|schreibe|add|adde|melde'],
    unless: ['gruppe|klasse|team|verein|kanal|server|spiel|haha*|lol|xd|kaputt|gesperrt|gehackt'],
    examples: { match: ['mein telegram ist @max_99, schreib mir da'], ignore: ['mein insta ist gesperrt, schreib mir per sms'] },
  },
  {
    id: 'give-number-app-easier-r9',
    phrases: [
      'gib|gibst|schick|schickst|sag ..1 mal|doch|ma|bitte|einfach deine|ihre|deinen handynummer|telefonnummer|nummer|nr|handynr ..3 @app',
      '@app ..2 is|ist|war|ware|waere ..1 einfacher|besser|privater|sicherer|entspannter',
    ],
    unless: ['gruppe|klassengruppe|referat|projekt|klasse|team|verein|training|lerngruppe|gruppenchat|trainer|notfall|mannschaft|eltern|mama|papa|spielplan|hausaufgabe*|arbeit|schicht|kunden|liefer*'],
    weight: 1,
    examples: {
      match: ['gib mal deine nummer, whatsapp is einfacher', 'telegram ist privater'],
      ignore: ['gib mal deine nummer, whatsapp gruppe für die klasse', 'whatsapp ist einfacher für die klassengruppe'],
    },
  },
  {
    id: 'write-me-privately-r9',
    phrases: [
      'schreib|schreibt|schreibst ..1 mir ..1 privat|per_dm|in_die_dms|ne_dm|eine_dm|ne_pn|eine_pn|per_pn ..3 nicht|nich ..1 hier',
      'lass|lasst ..1 uns|mal ..1 privat ..2 schreiben|reden|weiterschreiben ..3 nicht|nich ..1 hier',
    ],
    unless: ['mod|moderator|admin|support|ticket|bewerbung|handel|trade|tausch*|verkauf*|preis|regeln|spam|haha|lol|xd'],
    weight: 1,
    examples: {
      match: ['schreib mir privat, nicht hier im server', 'lass uns privat weiterschreiben, nicht hier'],
      ignore: ['schreib mir privat wegen dem trade, nicht hier im channel'],
    },
  },
  {
    id: 'not-here-but-on-app-r10',
    phrases: [
      'nicht uber|ueber|auf|bei|hier ..4 sondern|lieber ..1 uber|ueber|auf|per|bei|in ..1 @app',
    ],
    unless: ['gruppe|klasse|klassenchat|klassengruppe|alle|team|verein|hausaufgabe*|referat|projekt|arbeit|eltern|mama|papa|kaputt|geht_nicht|funktioniert'],
    examples: {
      match: ['Dann machen wir um 6 einen Videocall, aber nicht über die Lernplattform, sondern über WhatsApp'],
      ignore: ['nicht über die schulcloud sondern über whatsapp, für die ganze klasse'],
    },
  },
  {
    id: 'private-live-elsewhere-r11',
    phrases: ['privates|private|privaten ..1 live|stream|show|call|videocall|cam ..4 auf|uber|ueber|per|in ..1 snap|snapchat|telegram|whatsapp|insta|instagram|discord|skype|facetime|signal|kik'],
    unless: ['haha*|lol|xd|server_fur_die_klasse|klasse|schule|gruppe|team|clan', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ja aber dafür machst du mal n privates live nur für mich. auf snap. bisschen mehr zeigen als hier'],
      ignore: ['wir machen ein privates live auf discord für den clan'],
    },
  },
  {
    id: 'move-because-r12',
    phrases: [
      'bitte|gib|gibst|schick ..2 @app ..1 nummer|nr|handynummer',
      'lust ..3 auf|uber|ueber|in @app ..2 weiter*|schreiben|chatten|quatschen|zu_schreiben',
      '@app|hier ..2 liest|lesen|liesst ..2 alles ..1 mit',
      'mit mir ..4 privat|privaten|private|privatem|privatchat|privatcall ..1 call|anruf|vc|videocall|facetime|chat',
      'adresse|nummer|handynummer ..2 per|uber|ueber|auf|via ..1 @app',
    ],
    unless: ['gruppe|klasse|projekt|referat|hausaufgabe*|lerngruppe|team|training|verein|lehrer*|elternabend|ausflug|mama|papa|eltern|oma|opa|kino|party|geburtstag*|abholen|abhole|hole_dich', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 1,
    examples: {
      match: ['ich möchte dich kennen lernen besser, bitte whatsapp nummer', 'hast du lust auf telegram weiterzuschreiben? insta liest alles mit', 'magst du mal mit mir auf discord in nen privaten call?', 'schick mir deine adresse per whatsapp'],
      ignore: ['schick mir deine adresse per whatsapp, mama holt dich ab', 'hast du lust auf discord weiterzuschreiben wegen dem referat?'],
    },
  },
  {
    id: 'video-call-on-app-r15',
    phrases: [
      'videoanruf*|videocall*|videochat*|facetime ..1 machen ..5 auf|uber|ueber|per|bei @app',
      'wir konnen|koennen ..2 videoanruf*|videocall*|videochat* ..5 auf|uber|ueber|per|bei @app',
    ],
    unless: ['gruppe|klasse|mit_allen|alle|ihr|euch|oma|opa|mama|papa|familie|lehrer*|projekt|referat|hausaufgabe*'],
    examples: {
      match: ['Ok good. Wir können Videoanruf machen für Sprechen üben, auf Whatsapp?', 'lass mal videocall machen, auf snap'],
      ignore: ['wir können mit oma videoanruf machen auf whatsapp', 'lass videocall machen auf discord mit der ganzen gruppe'],
    },
  },
  {
    id: 'private-room-in-vr-game-r15',
    phrases: [
      'privat*|eigenen|eigene ..1 raum|room|world|welt|instanz|lobby|server ..3 in|auf ..1 vrchat|rec_room|recroom|roblox|minecraft ..4 nur_wir_zwei|nur_wir_beide|allein|alleine|ungestort|ungestoert',
      'komm|kommst|joinst|join ..3 in ..1 meine|meinen|mein ..1 privat*|private_world|private_instanz|invite_only ..2 raum|room|world|welt|instanz|lobby',
    ],
    unless: ['alle|ihr|euch|clan|team|gruppe|event|turnier|party|geburtstag*'],
    examples: {
      match: ['komm in den privaten raum in vrchat, nur wir zwei', 'join in meine private world, da sind wir ungestört'],
      ignore: ['kommt alle in meine private world, event um 8', 'privater server in minecraft für die ganze klasse'],
    },
  },
  {
    id: 'lass-auf-app-r16',
    phrases: [
      'lass|lasst|lass_mal|lass_uns|lasst_uns ..1 auf|uber|ueber|in @app',
      'komm|kommst ..2 in|auf meinen|meinem|meine ..1 privaten|private|privat|eigenen ..1 server|kanal|channel|gruppe|chat',
    ],
    unless: ['gruppe_von_der_klasse|klassengruppe|klassenchat|schulgruppe|verein|team_chat|alle|ihr|euch|wir_alle|projekt|referat|screen*|bildschirm*|lernen|zocken|hausaufgabe*|aufgabe*|plakat|mathe|bio'],
    weight: 1,
    examples: {
      match: ['lass auf discord, roblox zensiert alles', 'lass auf insta videocallen?', 'komm in meinen privaten server, da sind keine nervigen kids'],
      ignore: ['lass auf discord gehen, da können wir screen sharen', 'lass auf discord, die ganze klassengruppe ist da', 'lasst uns alle auf discord wechseln ihr'],
    },
  },
  {
    id: 'on-app-not-here-r18',
    phrases: [
      "@app ..1 nicht hier|hierher|im_chat",
      "wir machen|machn ..2 video|videocall|cam|call|facetime ..2 auf|uber|ueber|in|per @app",
    ],
    unless: ["mathe|bio|chemie|physik|geschichte|lernen", "gruppe|klasse|klassenchat|klassengruppe|team|verein|hausaufgabe*|referat|projekt|arbeit|lehrer*|eltern|mama|papa|kaputt|geht_nicht|funktioniert|oma|opa"],
    examples: {
      match: ["ja machen alle so. schick sie mir auf snap, nicht hier", "und schick sie mir direkt auf telegram, nicht hier 👍", "ich liebe deutsch jungs 😍 wir machen video auf skype?"],
      ignore: ["wir machen videocall auf discord nachher für mathe", "schreib in die whatsapp gruppe nicht hier, das ist der lehrerchat", "wir machen videocall auf teams für das referat"],
    },
  },
  {
    id: 'videochat-when-alone-r18',
    phrases: [
      "per|uber|ueber|im|beim videochat|videocall|facetime|cam|kamera|skype ..3 wenn du ..2 allein|alleine",
    ],
    unless: ["mathe|hausaufgabe*|referat|lernen|weiterkommst|weiterkommen|oma|opa"],
    examples: {
      match: ["wir könnten uns gegenseitig deutsch und englisch beibringen, am besten per videochat wenn du allein bist"],
      ignore: ["per videocall wenn du allein nicht weiterkommst mit mathe"],
    },
  },
  {
    id: 'private-call-just-us-r18',
    phrases: [
      "privaten|privat|privater|eigenen|geheimen call|voice|channel|kanal|chat|raum|server ..4 nur_wir_zwei|nur_wir_beide|zu_zweit|allein|alleine|ohne_die_anderen",
    ],
    unless: ["lernen|hausaufgabe*|referat|projekt|nerven|ranked|match|runde|zocken|team"],
    examples: {
      match: ["lass mal in den privaten call, nur wir zwei", "komm in meinen eigenen channel, ohne die anderen"],
      ignore: ["lass in den privaten call, die anderen nerven", "im privaten chat allein lernen ist besser"],
    },
  },
  {
    id: 'facetime-just-us-r21',
    phrases: [
      'facetime*|videocall*|videoanruf*|call|callen|anruf ..4 nur ..1 wir_beide|wir_zwei|du_und_ich|wir_2',
    ],
    unless: ['gruppe|gruppencall|hausaufgabe*|referat|projekt|lernen|mathe|oma|opa|mama|papa|schatz'],
    examples: {
      match: ['lass mal facetime machen, nur wir beide', 'komm in den call, nur du und ich'],
      ignore: ['lass facetime machen wegen dem referat, nur wir beide weil lea krank ist'],
    },
  },
  {
    id: 'private-rp-just-us-r22',
    phrases: [
      'privat|private|privates|privaten ..3 rp|roleplay|rollenspiel ..6 nur wir|uns ..1 zwei|beide|beiden',
      'nur wir ..1 zwei|beide ..4 privat*|server|eigenen_server',
      'privat*|private ..3 rp|roleplay|rollenspiel ..6 nur ..1 du_und_ich|wir_beide',
      'server|channel|kanal ..4 keine|ohne ..1 mods|admins|moderatoren',
    ],
    examples: {
      match: ['lass mal privat rp machen, nur wir zwei, in meinem eigenen server', 'nur wir zwei auf meinem server'],
      ignore: ['lass uns weiter im privat channel rp machen, der main ist voll', 'lass mal rp machen nur wir zwei, die anderen sind off'],
    },
  },
  {
    id: 'private-battles-r24',
    phrases: [
      'private|privat|privates|privaten battle|battles|duell|duelle|live|lives|session ..4 auf|per|uber|ueber|in|bei|via @app',
      'nur wir zwei|beide ..2 auf|per|uber|ueber|in|bei|via @app ..1 video|call|videocall|cam|live',
      'privat|direkt an mich|mir per|uber|ueber|auf|via @app',
    ],
    unless: ['in_die_gruppe|in_der_gruppe|fur_die_gruppe|fuer_die_gruppe|klassengruppe|referat|projekt|klasse|team|verein|server|lerngruppe|gruppenchat|hausaufgabe*|zeugnis|formular'],
    weight: 1,
    examples: {
      match: ['wollen wir private battles machen? nur wir zwei auf insta video', 'Nein, privat an mich per Snapchat, die Gruppe geht das nix an', 'lass private battle auf tiktok machen'],
      ignore: ['schick die datei privat an mich per whatsapp, nicht in die gruppe, ist für das referat', 'wir machen heute ein battle auf tiktok live mit allen'],
    },
  },
  {
    id: 'second-account-answer-here-r27',
    phrases: [
      'zweitacc*|zweitaccount*|zweit_account|zweitprofil|ersatzaccount|ersatzacc|anderen_account|neuen_account|neuer_account|neues_profil|fakeacc*|fake_account ..6 antworte|antwort|schreib|blockiert|gesperrt|entblock*',
      'schreib|antworte|antwort|schreibt ..3 mir|uns ..3 zweitacc*|zweitaccount*|zweit_account|zweitprofil|ersatzaccount|ersatzacc|anderen_account|neuen_account',
      'zweites|zweiten|zweiter|anderes|neues|ersatz ..1 profil|konto|account|acc ..6 blockiert|gesperrt|antworte|antwort',
      'blockiert|gesperrt ..6 zweitacc*|zweitaccount*|zweit_account|zweitprofil|ersatzaccount|ersatzacc|anderen_account|neuen_account|neuer_account|neues_profil',
    ],
    examples: {
      match: ['das ist mein zweitacc. du hast mich ja blockiert', 'das ist mein zweites profil, du hast mich ja gesperrt', 'schreib mir auf meinem zweitaccount'],
      ignore: ['ich hab einen zweitaccount für memes', 'mein neuer account hat schon 100 follower'],
    },
  },
  {
    id: 'app-more-fun-private-play-facetime-r31',
    phrases: [
      '@app ..4 da|dort|dert|det ist|is|isch|isses|ischs ..1 [es|s] ..1 lustiger|einfacher|eifacher|besser|privater|entspannter|ruhiger|sicherer|chilliger',
      '@app ..2 isch|is|ischs ..1 eifacher|einfacher|besser|lustiger|privater|entspannter|chilliger',
      'privat|privater|ungestort|ungestoert|alleine|allein ..2 weiterspielen|weiterzocken|weitermachen|weiterschreiben|weiterchatten',
      'machst|machen|willst|wollen|magst|hast|haste du|wir ..1 [mal|ma|kurz|schnell] facetime|videocall|videochat|skype|videoanruf|facetimen|videocallen',
    ],
    unless: ['oma|opa|mama|papa|mami|papi|tante|onkel|klasse|gruppe|alle|referat|projekt|hausaufgabe*|lernen|lerngruppe|nachhilfe|lehrer*|training|team|clan|squad|gilde|turnier|haha*|lol|xd'],
    examples: {
      match: ['magst du auf snap? da is es lustiger', 'hast du telegram? isch eifacher', 'komm, lass uns privat weiterspielen', 'machst du facetime? will dich sehen'],
      ignore: ['machst du facetime mit oma? sie fragt', 'lass uns privat weiterspielen, ich und du gegen den clan', 'snap ist einfacher für die lerngruppe'],
    },
  },
] satisfies PatternEntry[];
