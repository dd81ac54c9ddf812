import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'recorded-you',
    phrases: [
      'ich|hab|habe ..3 call|videocall*|anruf|facetime|skype|livestream|gesprach|gespraech|@cam|chat|chats|unterhaltung|videochat*|telefonat ..3 aufgenommen|aufgezeichnet|mitgeschnitten|gecaptured|recorded|gerecordet|abgefilmt|gescreenshot*|gescreent|gespeichert|gesichert',
      'ich|hab|habe ..3 @poss|unsere|unseren @media ..2 gescreenshot*|gescreent|abgefilmt|mitgeschnitten|gespeichert',
      'ich|hab|habe ..3 alle|unsere|unseren|unser|den|die|deinen|deine ..2 chat|chats|chatverlauf|verlauf|nachrichten|unterhaltung*|call|videocall*|anruf|gesprach|gespraech ..2 gespeichert|gesichert',
      'ich hab|habe dich ..3 nackt|dabei|beim_wichsen|beim_ausziehen ..2 gefilmt|aufgenommen|aufgezeichnet|gesehen',
      'unser|unseren|unsere|das ..2 call|videocall*|anruf|facetime|gesprach|gespraech|chat|chats ..2 wurde|wurden|ist|sind ..2 aufgenommen|aufgezeichnet|gespeichert',
      'alles ..2 aufgenommen|aufgezeichnet|mitgeschnitten ..3 was du|dein|deine',
      'aufnahme*|mitschnitt*|screenrecord*|recording|video von|vom unserem|unserer|unseren|unser ..1 call|videocall*|facetime|anruf|gesprach|gespraech|skype|videochat*|cam|livestream',
    ],
    unless: ['hausaufgabe*|aufgabe*|referat|lernen|klausur|test|konzert|geburtstag|tanz*|auftritt|schulfest|spiel|match|tor|urlaub|ausflug|klassenfahrt|abschlussfahrt|hochzeit|ferien|strand|reise'],
    examples: {
      match: ['ich hab unseren videocall aufgenommen 😈', 'ich hab alle unsere chats gespeichert', 'ich hab dich nackt gefilmt', 'unser call wurde aufgenommen', 'ich hab alles von unserem videochat gespeichert'],
      ignore: ['ich hab dich beim konzert gefilmt 😂', 'ich hab die folge aufgenommen', 'hast du das lied aufgenommen', 'ich hab alle deine fotos vom urlaub gespeichert, sind mega schön', 'ich hab den ganzen chat gespeichert wegen den hausaufgaben'],
    },
  },
  {
    id: 'have-your-nudes',
    phrases: [
      'ich hab|habe|besitze ..3 nacktbild*|nacktfoto*|nacktvideo*|nacktpic*|nudes|nude|nacktaufnahme*|intime_bilder|intimen_bilder|intime_fotos',
      'ich hab|habe ..2 screenshots|screens|aufnahmen|mitschnitte|kopien ..2 von ..2 allem|alles|deinen|dir|ihren',
      'ich hab|habe ..5 dich|du nackt',
      'screenshots|screens|kopien|aufnahmen ..4 @poss @media|nacktbild*|nacktfoto*|nudes',
      'ich hab|habe ..4 @media|video ..4 wie du ..3 dich|nackt|wichst|masturbierst|befriedigst|ausziehst|anfasst',
      'alles ..2 gespeichert|gesichert|gescreenshot* ..2 was du',
      'alle @poss ..3 @media|daten|kontakte|passworter|passwoerter ..4 bei|auf mir|mich|meinem|meinen',
      'deine|ihre nacktbild*|nacktfoto*|nudes|nacktvideo* ..3 bei|auf mir|meinem|meinen|gespeichert|gesichert',
    ],
    examples: {
      match: ['hey ich hab screenshots von deinen nudes', 'ich hab screenshots von allem was du mir geschickt hast', 'alle deine chats und bilder sind jetzt bei mir', 'ich habe deine nacktbilder'],
      ignore: ['ich hab screenshots von den hausaufgaben', 'ich hab die bilder vom ausflug'],
    },
  },
  {
    id: 'have-your-pics-generic',
    phrases: [
      'ich hab|habe|besitze @poss|ihr @media|video',
      'ich hab|habe|besitze noch @poss|ihr @media|video',
      '@poss @media ..3 auf|bei ..1 meinem|meinen|mir handy|pc|laptop|rechner|server|cloud|festplatte',
      'ich hab|habe|besitze ..2 @media|video ..1 von dir|ihnen',
      'ich hab|habe dich ..2 aufgenommen|gefilmt|aufgezeichnet|gescreenshot*',
      'ich hab|habe ..2 screenshots|screens|screenshot|aufnahme*|bildschirmaufnahme* gemacht',
      'ich hab|habe alles gespeichert|gesichert|gescreenshot*',
      'ich hab|habe ..2 beweise|beweismaterial|material ..2 gegen|uber|ueber|von dich|dir',
      'ich hab|habe beweise',
      'ich hab|habe ..2 alles ..2 aufgenommen|aufgezeichnet|gefilmt|mitgeschnitten|gescreenshot*',
    ],
    unless: ['vom|von_der|von_dem|von_den|aus_dem|ausflug|konzert|geburtstag|party|tanzen|auftritt|meme|tor|fussball|spiel|training|turnier|urlaub|klassenfahrt|hausaufgabe*|gruppe|bekommen|gekriegt|gesehen|geliked|gelikt|danke|schon_gesehen|fertig|ausgedruckt|fur_das|fuer_das|referat'],
    weight: 2,
    examples: {
      match: ['Ich habe Ihr Video.', 'ich hab deine bilder', 'ich hab noch deine fotos'],
      ignore: ['ich hab deine bilder vom urlaub gesehen', 'ich hab deine fotos bekommen danke'],
    },
  },
  {
    id: 'teaser',
    phrases: ['schau|guck ..3 was ich ..2 von dir habe|hab|hab_ich', 'rate|rat mal was ich ..2 von dir ..1 habe|hab'],
    weight: 3,
    examples: { match: ['schau mal was ich von dir habe', 'rate mal was ich von dir hab'], ignore: ['schau mal was ich gekauft habe'] },
  },
  {
    id: 'hacked-account',
    phrases: [
      'ich hab|habe ..4 gehackt|gehacked|gehackt|gehijackt|geknackt|ubernommen|uebernommen',
      '@poss ..2 account|acc|konto|profil|handy|insta|instagram|snapchat|snap|icloud|passwort|email|mail ..3 gehackt|gehacked|geknackt|ubernommen|uebernommen',
      'ich hab|habe ..2 zugriff|zugang ..2 auf|zu @poss',
      'ich hab|habe|kenne ..2 @poss passwort|passworter|passwoerter|zugangsdaten|logindaten|login',
    ],
    unless: ['spiel|base|basis|runde|level|minecraft|fortnite|clash|server|welt|dorf', 'spass|witz|scherz|nur_spass|kidding|ausgeloggt'],
    examples: {
      match: ['ich hab deinen insta account gehackt lol', 'dein handy wurde gehackt', 'ich habe zugriff auf deine kamera', 'ich kenne dein passwort'],
      ignore: ['ich hab deine base in minecraft gehackt lol', 'mein account wurde gehackt'],
    },
  },
  {
    id: 'know-your-contacts',
    phrases: [
      'ich hab|habe ..3 liste|screenshot*|screens ..3 @poss follower*|freunde*|kontakte|freundesliste|abonnenten',
      'ich hab|habe|kenne|kenn|weiss|weis ..2 alle ..2 @poss follower*|kontakte|freundesliste|abonnenten',
      'ich kenn|kenne|weiss|weis ..2 alle @poss freunde|freundinnen|familie|@family',
      'ich hab|habe @poss kontakte|kontaktliste|followerliste|freundesliste|follower*',
      'ich weiss|weis|kenne|kenn ..3 wer @poss @family|freunde|follower*|freundin|freund ..2 sind|ist',
    ],
    weight: 3,
    examples: {
      match: ['ich kenn alle deine freunde auf insta', 'ich hab eine liste von deinen followern', 'ich weiß wer deine eltern sind', 'ich habe alle deine kontakte'],
      ignore: ['ich kenne deine mutter vom elternabend', 'ich hab die liste für die party'],
    },
  },
  {
    id: 'screenshots-of-us',
    phrases: [
      'hab|habe|hab_ich|habe_ich ..1 screenshots|screens|screenshot|kopien|aufnahmen|mitschnitte ..1 von ..3 @poss|unserem|unserer|unseren|unser|dir|ihnen|allem',
      'hab|habe|hab_ich alles ..2 aufgenommen|aufgezeichnet|mitgeschnitten|gerecordet|recorded|abgefilmt',
      'hab|habe|hab_ich ..1 alles|jeden|jede|den|die|unseren|unsere ..2 chat|chats|chatverlauf|verlauf|nachricht|nachrichten|unterhaltung ..1 gescreenshot*|gescreent|gespeichert|gesichert',
    ],
    unless: ['haha|hahaha|lol|xd|lmao|peinlich*|hausaufgabe*|aufgabe*|referat|gruppe|klassenchat|tafel|rezept|termin*|ausflug|urlaub|konzert|auftritt|spiel|tor|party|geburtstag|schulfest|hochzeit|vortrag|vorlesung|unterricht|podcast|song|lied|stream|probe'],
    examples: {
      match: ['hab screenshots von unserem ganzen chat und deinen fotos', 'habe kopien von allem', 'hab den ganzen chat gescreenshottet', 'hab alles mitgeschnitten'],
      ignore: ['ich hab screenshots von deinem peinlichen chat mit tim 😂', 'hab screenshots von den hausaufgaben gemacht', 'hab alles aufgenommen vom konzert'],
    },
  },
  {
    id: 'saved-your-pics',
    phrases: [
      'ich hab|habe ..2 @poss|alle ..1 @media|profilbild*|profilbilder|storys|stories|story ..2 gespeichert|gesichert|runtergeladen|heruntergeladen|gescreenshot*|kopiert',
      'hab|habe|hab_ich ..1 alle @poss ..1 @media|profilbild*|storys|stories|story ..2 gespeichert|gesichert|runtergeladen|heruntergeladen|gescreenshot*|kopiert',
    ],
    unless: ['haha|hahaha|lol|xd|schon|schoen|hubsch|huebsch|suss|suess|danke|vom|von_der|urlaub|ausflug|klassenfahrt|party|geburtstag|hochzeit|hausaufgabe*|referat|erinnerung*|album'],
    weight: 3,
    examples: {
      match: ['ich hab alle deine profilbilder gespeichert', 'hab alle deine storys runtergeladen'],
      ignore: ['ich hab deine fotos vom urlaub gespeichert, sind so schön', 'hab deine bilder gespeichert haha'],
    },
  },
  {
    id: 'remember-what-you-sent',
    phrases: [
      'vergiss|vergisst|vergesst ..1 nicht ..3 was|dass|das du ..4 geschickt|gesendet|gemacht|gezeigt|geschrieben',
      'du hast|hattest mir ..4 geschickt|gesendet|gezeigt ..3 vergiss|vergisst ..2 nicht',
      'denk ..1 dran ..3 was|dass|das du mir ..3 geschickt|gesendet|gezeigt',
    ],
    unless: ['haha|lol|xd|zuruck*|zurueck*|geld|euro|ausleihen|geliehen|hausaufgabe*|link|adresse|geburtstag'],
    weight: 3,
    examples: {
      match: ['du hast mir schon eins geschickt, vergiss das nicht', 'vergiss nicht was du mir geschickt hast'],
      ignore: ['vergiss nicht was du mir geschickt hast zurückzugeben', 'du hast mir den link geschickt, vergiss das nicht'],
    },
  },
  {
    id: 'account-is-mine',
    phrases: [
      '@poss|ihr account|acc|konto|profil|insta|instagram|snap|snapchat|handy|tiktok|email|mail|icloud|whatsapp ..2 gehort|gehoert ..2 jetzt|ab_jetzt|nun|ab_sofort|ab_heute ..1 mir',
      'ich hab|habe ..2 @poss passwort|passworter|passwoerter|email|mail ..2 geandert|geaendert',
      'ich ..2 kann|konnte|koennte|lese|les ..2 alle @poss dms|nachrichten|chats|privaten_nachrichten ..1 lesen|sehen',
    ],
    unless: ['spiel|base|basis|runde|level|minecraft|fortnite|clash|server|haha*|hihi*|lol|xd|spass|witz|scherz|hilfe|helfen|vergessen|ausgeloggt|eingeloggt|angemeldet'],
    examples: {
      match: ['Ey. Dein Account gehört jetzt mir', 'Ihr Konto gehört jetzt mir.', 'Ich hab dein Passwort geändert und kann alle deine DMs lesen'],
      ignore: ['dein account gehört jetzt mir hahaha du hast dich nicht ausgeloggt', 'dein fortnite account gehört jetzt mir haha', 'ich hab dein passwort geändert weil du es vergessen hattest'],
    },
  },
  {
    id: 'face-recognisable',
    phrases: [
      'ich hab|habe ..2 @media|video ..3 wo|auf_dem|in_dem|auf_denen man ..1 dein|dich|dir ..1 gesicht|erkennt|sieht',
      '@poss gesicht ..2 ist|sieht_man ..3 gut|klar|deutlich|genau ..1 zu ..1 erkennen|sehen',
    ],
    unless: ['klassenfoto|gruppenfoto|schulfoto|passfoto|vom|von_der|urlaub|ausflug|party|geburtstag|hochzeit|haha|lol|xd|brille|maske|kostum|kostuem|suss|suess|schon|schoen|hubsch|huebsch|cute|niedlich'],
    weight: 2,
    examples: {
      match: ['ich hab ein video wo man dein gesicht sieht', 'dein gesicht ist gut zu erkennen'],
      ignore: ['ich hab ein foto vom ausflug wo man dein gesicht sieht', 'mit der maske ist dein gesicht nicht gut zu erkennen'],
    },
  },
  {
    id: 'device-compromised',
    phrases: [
      '@poss|ihr ..1 gerat|geraet|computer|pc|laptop|handy|smartphone|system|rechner|account|konto|acc ..3 wurde|ist|wurden ..2 kompromittiert|infiziert|gehackt|gehacked|ubernommen|uebernommen|geknackt',
      'wir|ich haben|habe|hab|besitzen|besitze ..3 aufnahmen|zugriff|zugang|kontrolle|videos|bilder ..3 @poss|ihrer|ihre|ihren|deiner|auf_ihre|auf_deine ..1 webcam|kamera|cam|gerat|geraet|computer|handy|laptop|rechner|bildschirm',
      'wir haben|besitzen ..3 @media|aufnahmen|videos|screenshots ..2 von_ihnen|von_dir|@poss',
    ],
    unless: ['hausaufgabe*|referat|urlaub|ausflug|reparatur|repariert|virenscanner|update|techniker|it_abteilung|support_ticket|gewahrt|gewaehrt|erlaubt|erlauben|berechtigung*|einstellung*'],
    examples: {
      match: ['Ihr Geraet wurde kompromittiert und wir haben Aufnahmen Ihrer Webcam.', 'dein handy ist infiziert', 'wir haben zugriff auf deine kamera'],
      ignore: ['hast du der app zugriff auf deine kamera erlaubt', 'dein laptop ist infiziert, lass mal den virenscanner laufen', 'wir haben bilder vom ausflug'],
    },
  },
  {
    id: 'have-the-ones-you-sent',
    phrases: [
      'ich hab|habe|besitze ..2 @media|video|aufnahmen ..1 die|das|wo du ..5 geschickt|gezeigt|gesendet',
      '@media|screenshot*|screens|aufnahmen ..1 von|vom ..1 dir|ihnen|unserem|unserer|unseren|unser|unserm ..3 hab|habe|besitze ich ..2 noch|alle|gespeichert|gesichert',
      '@media|screenshot*|screens|aufnahmen ..2 die|das du ..4 geschickt|gezeigt|gesendet ..2 hab|habe ich ..2 noch|alle|gespeichert|gesichert',
    ],
    unless: ['vom_ausflug|ausflug|konzert|geburtstag|party|urlaub|klassenfahrt|hausaufgabe*|referat|bekommen|gekriegt|gesehen|danke|ausgedruckt|gedruckt|druck|drucke|ausdrucken|meme*|haha*|lol|xd|suss|suess|schon|schoen|hubsch|huebsch|cute|rezept|lernen|album|erinnerung*'],
    weight: 5,
    examples: {
      match: ['ich hab die bilder die du mir auf omegle gezeigt hast', 'die screenshots von unserem chat hab ich alle noch', 'die bilder von dir hab ich noch'],
      ignore: ['ich hab die bilder die du mir geschickt hast, druck ich aus', 'ich hab die bilder die du geschickt hast bekommen', 'die fotos von unserem ausflug hab ich noch', 'ich hab das video das du gemacht hast gesehen'],
    },
  },
  {
    id: 'pay-then-delete',
    phrases: [
      '@payment|@money|euro|gutschein*|zahl*|bezahl*|uberweis*|ueberweis* ..6 dann|und [ich] losch*|loesch* [ich|ichs] ..3 die|das|sie|es|alles|@media',
      '@payment|@money|euro|gutschein*|zahl*|bezahl*|uberweis*|ueberweis* ..6 dann|und ..1 losch*|loesch*|loeschs|loschs ichs',
      'losch*|loesch* [ich|ichs] ..3 die|das|sie|es|alles|@media ..3 erst|nur wenn|sobald|nachdem du ..3 zahlst|bezahlst|uberweist|ueberweist|schickst',
    ],
    unless: ['gruppe|chat_gruppe|termin*|erinnerung|kalender|anzeige|inserat|bestellung|warenkorb|haha*|lol|xd|lmao'],
    weight: 5,
    examples: {
      match: ['schick mir 3 amazon gutscheine a 50 dann loesch ichs', 'zahl 100 euro und ich lösch die videos', 'ich lösch die bilder erst wenn du zahlst'],
      ignore: ['schick mir 5 euro dann lösch ich das peinliche foto 😂', 'schick mir das geld dann lösch ich die anzeige', 'ich lösch die gruppe wenn alle bezahlt haben'],
    },
  },
  {
    id: 'kept-with-me',
    phrases: [
      '@media|screenshot*|screens|aufnahmen ..2 von dir|ihnen ..3 sind|ist|liegen|liegt ..2 bei|auf mir|meinem|meinen',
      'ich hab|habe ..2 screenrecord*|screenrecording*|bildschirmaufnahme*|screen_record*|bildschirmvideo* ..2 von dir|ihnen|uns|unserem|unserer|@poss',
      'nur ich kann ..3 loschen|loeschen|runternehmen|stoppen|aufhalten|verhindern',
    ],
    unless: ['ausflug|urlaub|klassenfahrt|party|geburtstag|hochzeit|konzert|auftritt|hausaufgabe*|referat|tutorial|spiel|game|gaming|fortnite|minecraft|admin|gruppe|server|kanal|stream*|zocken|lustig|weil|post|beitrag|kommentar|eintrag|termin*|willst_du|brauchst_du|soll_ich_dir|schick_ich_dir|ich_schick_dir|kriegst_du|bekommst_du|haha*|lol|xd'],
    weight: 5,
    examples: {
      match: ['die videos von dir sind sicher bei mir', 'ich hab nen screenrecord von dir', 'nur ich kann es löschen'],
      ignore: ['die bilder von dir sind bei mir auf dem handy, willst du sie?', 'nur ich kann das löschen weil ich den post gemacht hab', 'ich hab nen screenrecord von deinem stream, war lustig', 'die fotos von dir vom ausflug sind bei mir, schick ich dir', 'ich hab ne bildschirmaufnahme von dir beim fortnite zocken haha', 'nur ich kann die nachricht löschen, bin admin'],
    },
  },
] satisfies PatternEntry[];
