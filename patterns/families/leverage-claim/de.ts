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
      'ich hab|habe ..2 da|was|etwas|einiges|alles ..2 mitgeschnitten|aufgezeichnet|gerecordet|recorded|abgefilmt',
      'ich hab|habe dich ..4 @app|@cam|videochat*|call|anruf|livestream|stream ..2 aufgenommen|gefilmt|aufgezeichnet|gescreenshot*|gespeichert|mitgeschnitten',
      'ich hab|habe ..4 @media|video ..3 beim|bei_dem|wahrend|waehrend ..1 ausziehen|duschen|wichsen|masturbieren|nacktsein|strippen',
      'aufnahme*|mitschnitt*|screenrecord*|recording|video von|vom unserem|unserer|unseren|unser ..1 call|videocall*|facetime|anruf|gesprach|gespraech|skype|videochat*|cam|livestream',
    ],
    unless: ['hausaufgabe*|aufgabe*|referat|lernen|klausur|test|konzert|geburtstag|tanz*|auftritt|schulfest|spiel|match|tor|urlaub|ausflug|klassenfahrt|abschlussfahrt|hochzeit|ferien|strand|reise', 'oma|opa|mama|papa|tante|onkel|familie|vortrag|vorlesung|unterricht|meeting|podcast|interview|vom|probe|song|lied|musik|hor_mal|hoer_mal'],
    examples: {
      match: ['erinnerst du dich an unser gespräch auf ome.tv? ich hab da was mitgeschnitten', 'ich hab dich auf omegle aufgenommen', 'ich hab ein video von dir beim ausziehen', 'ich hab unseren videocall aufgenommen 😈', 'ich hab alle unsere chats gespeichert', 'ich hab dich nackt gefilmt', 'unser call wurde aufgenommen', 'ich hab alles von unserem videochat gespeichert'],
      ignore: ['ich hab den ganzen videoanruf mit oma gespeichert', 'ich hab einiges mitgeschnitten vom vortrag', 'ich hab dich beim konzert gefilmt 😂', 'ich hab die folge aufgenommen', 'hast du das lied aufgenommen', 'ich hab alle deine fotos vom urlaub gespeichert, sind mega schön', 'ich hab den ganzen chat gespeichert wegen den hausaufgaben'],
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
      'ich|wir hab|habe|haben ..4 @poss|ihr|ihren|ihrem ..1 gerat|geraet|computer|pc|laptop|handy|smartphone|system|rechner|account|acc|konto|webcam|kamera ..4 infiziert|kompromittiert|gekapert|verseucht|angezapft',
      'trojaner|spyware|malware|schadsoftware|keylogger|virus ..4 installiert|eingeschleust|aufgespielt|infiziert|platziert',
      'ich hab|habe ..2 zugriff|zugang ..2 auf|zu @poss',
      'hab|habe|hab_jetzt|habe_jetzt ..2 zugriff|zugang|vollzugriff ..2 auf|zu @poss ..1 account|acc|konto|handy|handys|galerie|cloud|icloud|kamera|webcam|insta|instagram|snapchat|snap|email|mails|chats|whatsapp|pc|laptop|computer',
      'bin ..3 in @poss ..1 account|acc|konto|handy|insta|instagram|snapchat|icloud|cloud|email|whatsapp ..2 drin|eingeloggt|reingekommen',
      'ich hab|habe|kenne ..2 @poss passwort|passworter|passwoerter|zugangsdaten|logindaten|login',
    ],
    unless: ['spiel|base|basis|runde|level|minecraft|fortnite|clash|server|welt|dorf|netflix|spotify|disney|prime|streaming|familienkonto|familienfreigabe|kalender|doc|docs|dokument*|tabelle|datei|ordner|drive|hausaufgabe*|referat|projekt|stundenplan|playlist', 'spass|witz|scherz|nur_spass|kidding|ausgeloggt|vergessen|auszuloggen|ausloggen|erlaubt|freigegeben'],
    examples: {
      match: ['hab zugriff auf deinen account, alle deine chats und bilder', 'bin grad in deinem insta drin 😈', 'ich hab deinen insta account gehackt lol', 'ich habe zugriff auf deine kamera', 'ich kenne dein passwort', 'ich habe deinen Computer mit einem Trojaner infiziert'],
      ignore: ['ich hab zugriff auf deinen kalender, passt', 'ich hab deine base in minecraft gehackt lol', 'mein account wurde gehackt', 'hab noch zugriff auf deinen netflix account', 'bin noch in deinem account eingeloggt, hab vergessen mich auszuloggen'],
    },
  },
  {
    id: 'your-account-was-hacked',
    phrases: ['@poss ..2 account|acc|konto|profil|handy|insta|instagram|snapchat|snap|icloud|passwort|email|mail ..3 gehackt|gehacked|geknackt|ubernommen|uebernommen'],
    unless: ['spiel|base|basis|runde|level|minecraft|fortnite|clash|server|welt|dorf', 'spass|witz|scherz|nur_spass|kidding|ausgeloggt', 'glaub*|vielleicht|wahrscheinlich|bestimmt|oder|link|links|komisch*|spam|andern|aendern|andere|aendere|anderst|aenderst|2fa|zwei_faktor|support|vorsicht|achtung|pass_auf|melde|melden|check|schau_mal|hast_du_gesehen'],
    examples: {
      match: ['dein handy wurde gehackt', 'dein account wurde von mir übernommen'],
      ignore: ['ey dein insta wurde gehackt glaub ich, du hast mir komische links geschickt', 'dein account wurde gehackt, ändere sofort dein passwort'],
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
      '@cam ..3 aufnahmen|videos|bilder|screenshots ..1 von ihnen|dir|euch',
      '@poss|ihre ..1 @cam ..2 war|lief|wurde ..4 die_ganze_zeit|aktiv|aktiviert|eingeschaltet|angezapft|mitgeschnitten|aufgezeichnet',
    ],
    unless: ['hausaufgabe*|referat|urlaub|ausflug|reparatur|repariert|virenscanner|update|techniker|it_abteilung|support_ticket|gewahrt|gewaehrt|erlaubt|erlauben|berechtigung*|einstellung*', 'meeting|unterricht|teams|zoom|konferenz|haha*|lol|xd|lehrer*|mama|papa|oma|opa'],
    examples: {
      match: ['Ihr Geraet wurde kompromittiert und wir haben Aufnahmen Ihrer Webcam.', 'dein handy ist infiziert', 'wir haben zugriff auf deine kamera', 'wir haben Ihr Gerät kompromittiert und über Ihre Webcam Aufnahmen von Ihnen angefertigt', 'deine webcam war die ganze zeit an'],
      ignore: ['hast du der app zugriff auf deine kamera erlaubt', 'dein laptop ist infiziert, lass mal den virenscanner laufen', 'wir haben bilder vom ausflug', 'deine kamera war die ganze zeit an im unterricht lol'],
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
      'gib|gibst|schick|schickst|zahl|zahle|zahlst|uberweis|ueberweis|uberweise|ueberweise ..2 # ..4 dann|und ..1 [ich] losch*|loesch* ..1 [ich|ichs] ..2 die|das|sie|es|alles|@media',
    ],
    unless: ['gruppe|chat_gruppe|termin*|erinnerung|kalender|anzeige|inserat|bestellung|warenkorb|haha*|lol|xd|lmao'],
    weight: 5,
    examples: {
      match: ['schick mir 3 amazon gutscheine a 50 dann loesch ichs', 'zahl 100 euro und ich lösch die videos', 'ich lösch die bilder erst wenn du zahlst', 'gib mir 200 und ich lösche alles'],
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
  {
    id: 'you-know-what-i-have',
    phrases: [
      'du|sie weisst|weist|weiss|wissen ..3 was|welche|welches ..1 ich ..2 von|vo dir|ihnen ..2 hab|habe|besitze|gespeichert|gesichert|aufgenommen',
      'ich hab|habe|besitze ..3 @media|sachen|dinger|aufnahmen ..2 von dir|ihnen ..3 weisst|weist|weiss|wissen ..2 schon|ja|genau|eh|doch ..1 welche|welches|was',
      'ich hab|habe|besitze ..3 @media|sachen|dinger ..3 weisst|weist|weiss|wissen [schon|ja|genau|eh|doch] welche|welches|was',
      'ich hab|habe|besitze ..5 @media ..4 die|deine|ihre privaten|intimen|versauten|heissen',
      'ich hab|habe|besitze ..2 deine|ihre privaten|intimen|versauten|heissen|pikanten ..1 @media|sachen|aufnahmen|dinger',
      'ich hab|habe|besitze ..3 privat*|intim*|versaut*|pikant* ..1 @media|aufnahmen ..1 von dir|ihnen',
      'vergiss|vergessen ..1 nicht ..3 was ich ..3 von dir|ihnen ..1 hab|habe|besitze',
      'welches|welche material|aufnahmen|bilder|videos ich ..2 von ihnen|dir ..1 besitze|habe|hab',
    ],
    unless: ['migrane|migraene|krank|grippe|erkaltung|erkaeltung|schmerz*|kopfschmerz*|bauchschmerz*|hunger|durst|angst|stress|geschenk*|uberraschung*|ueberraschung*|gekauft|geburtstag|buch|pulli|jacke|kabel|ladekabel|schlussel|schluessel|hausaufgabe*|urlaub|ausflug|vom|von_der|haha*|lol|xd|rezept|termin*', 'schuhe|klamotten|kleidung|hose|shirt|bucher|buecher|spiele|karten|tickets|weissen|schwarzen|roten|blauen|gelesen|von_lisa|konzert'],
    weight: 5,
    examples: {
      match: ['ich hab noch die videos, du weißt welche', 'ich hab noch die bilder von neulich, die privaten', 'Ich hab noch die Sachen von dir, weißt schon welche', 'du weisst genau was ich von dir habe', 'ich hab noch die privaten bilder von dir', 'vergiss nicht was ich von dir habe', 'Sie wissen genau, welches Material ich von Ihnen besitze.'],
      ignore: ['ich hab noch die schuhe von dir, weißt schon welche, die weißen', 'ich hab noch die privaten nachrichten von lisa gelesen', 'ich hab noch die sachen von dir, deinen pulli und das ladekabel', 'du weißt ja was ich hab, migräne schon wieder', 'du weißt was ich zum geburtstag will', 'du weißt ja was ich hab, keine zeit'],
    },
  },
  {
    id: 'is-this-you',
    phrases: [
      '@media ..4 bist|ist [das] doch du',
      'bist|ist das ..1 doch du ..3 auf|in dem|den|diesem|diesen|der @media',
      'das bist|warst ..1 doch du ..3 auf|in dem|den|diesem|diesen|der @media',
    ],
    unless: ['haha*|hihi*|lol|xd|lmao|vom|von_der|konzert|auftritt|turnier|spiel|tor|match|schulfest|ausflug|klassenfahrt|klassenfoto|gruppenfoto|party|geburtstag|hochzeit|urlaub|baby|kind|fruher|frueher|damals|kindergarten|grundschule|suss|suess|cute|schon|schoen|hubsch|huebsch|gut|cool|toll|krass|stark|nice|lustig|witzig|zeitung|news|fernsehen|tv|jahrbuch|verkleidet|kostum|kostuem|abizeitung|training|bild_von_uns|foto_von_uns|spiegel|verwechselt|doppelganger|doppelgaenger|zwilling|klein|kleiner|jahre|jahren'],
    weight: 5,
    examples: {
      match: ['Schau dir dieses Video an. Bist doch du, oder?', 'bist das doch du auf dem video?', 'das bist doch du auf den bildern oder'],
      ignore: ['bist das nicht du auf dem video vom konzert haha', 'das bist doch du auf dem klassenfoto', 'bist das du auf dem video?', 'ist das etwa du auf dem foto? mit der brille?'],
    },
  },
  {
    id: 'filmed-you-doing',
    phrases: [
      'ich|wir hab|habe|haben|besitze|besitzen ..5 wo|wie|in_dem|auf_dem|auf_denen|in_denen|bei_dem du|sie ..3 nackt|oben_ohne|ausziehst|ausziehen|wichst|masturbierst|masturbieren|befriedigst|befriedigen|anfasst|anfassen|streichelst|streicheln|beruhrst|beruehrst|ausgezogen',
      'du ..5 ausgezogen|nackt|angefasst|befriedigt|gewichst|masturbiert ..4 und ich hab|habe ..1 alles|es|das|dich ..1 [aufgenommen|gespeichert|gefilmt]',
      'ich bin|war ..2 in @poss ..1 account|acc|konto|insta|instagram|snap|snapchat|handy|profil|icloud|mail ..1 drin|drinne|eingeloggt',
    ],
    unless: ['hilfe|helfen|soll_ich|vergessen|ausgeloggt|haha*|lol|xd|arzt|umkleide|strand|schwimm*|gegeben|weil|erlaubt|gesagt|zusammen|theater|kostum|kostuem|auffuhrung|auffuehrung', 'sorry|sry|spotify|netflix|disney|prime|streaming|versehentlich|aus_versehen|ausversehen|familienaccount|geteilt'],
    weight: 5,
    examples: {
      match: ['Wir haben Videos aufgezeichnet, auf denen Sie sich selbst befriedigen.', 'ich hab den ausschnitt wo du dich ausziehst', 'du hast dich vor der cam ausgezogen und ich hab alles', 'ich bin in deinem account drin'],
      ignore: ['ich hab das video wo du hinfällst haha', 'ich bin in deinem account drin, soll ich das passwort ändern?', 'ich bin in deinem account drin weil du mir das passwort gegeben hast', 'ich bin in deinem spotify account drin, sorry'],
    },
  },
  {
    id: 'delete-if-more',
    phrases: [
      'losch*|loesch* [ich|ichs] ..3 es|das|sie|die|alles|@media ..3 erst|nur ..1 wenn|falls|sobald|nachdem du ..4 noch|mehr|@photo|video|eins',
      'losch*|loesch* [ich|ichs] ..3 es|das|sie|die|alles|@media ..1 wenn|falls|sobald|nachdem du ..4 noch|mehr ..1 @photo|video|eins|eines',
      'schick*|send*|mach* ..2 noch|mehr ..3 und|dann ..1 ich ..1 losch*|loesch* ..1 alles|es|sie|die|das',
      'noch|mehr ..3 @photo|video|eins|eines ..3 lass|lasse ich dich ..1 in_ruhe|gehen|frei',
    ],
    unless: ['gruppe|termin*|haha*|lol|xd|hausaufgabe*|link|alte|alten|unscharf|verwackelt|falsch|falsche'],
    weight: 5,
    examples: { match: ['ich lösch es wenn du mir noch ein video schickst', 'ich lösch die bilder erst wenn du mir noch eins schickst', 'schick noch ein video und ich lösche alles, versprochen', 'wenn du noch ein bild schickst lass ich dich in ruhe'], ignore: ['ich lösch die gruppe wenn du noch einen link schickst'] },
  },
  {
    id: 'still-have-the-recording',
    phrases: [
      'ich hab|habe|hab ..2 die|das|den|unsere|unser|deine|dein @media|aufnahme|video ..2 von|vom|aus|auf omegle|ome_tv|ometv|chatroulette|uhmegle|camsurf|chatrandom|bazoocam|shagle|emerald_chat|@cam|videochat*|videocall*|call|anruf|facetime|skype ..2 noch|gespeichert|gesichert|hier',
      'hab|habe ..2 alles|das ..2 was du ..3 @cam|videochat*|videocall*|call|omegle|ome_tv|ometv|chatroulette|uhmegle|facetime ..2 gemacht|gezeigt|getan ..3 auf|gespeichert|gesichert|aufgenommen|mitgeschnitten|aufgezeichnet',
      'hab|habe ..2 die|das|den|unsere|unser @media|aufnahme|video ..1 noch ..3 omegle|ome_tv|ometv|chatroulette|uhmegle|camsurf|@cam|videochat*|videocall*|call|facetime',
    ],
    unless: ['oma|opa|mama|papa|meeting|unterricht|schule|lehrer*|konferenz|referat|zocken|stream*|twitch|runde|spiel|haha*|lol|xd|lustig|witzig|geburtstag|konzert|live|zoom|teams'],
    examples: {
      match: ['hab alles was du im videochat gemacht hast auf meinem pc', 'Bro ich hab die aufnahme von omegle noch 😏', 'ich hab das video vom videocall noch gespeichert', 'hab die aufnahme noch von ome tv'],
      ignore: ['ich hab die aufnahme vom videocall mit oma noch', 'ich hab das video vom stream noch haha', 'ich hab das video vom live konzert noch', 'ich hab alles was du im call gesagt hast aufgeschrieben'],
    },
  },
] satisfies PatternEntry[];
