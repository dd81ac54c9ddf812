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
    unless: ['lustig|witzig|zum_totlachen|legendar|legendaer', 'hausaufgabe*|aufgabe*|referat|lernen|klausur|test|konzert|geburtstag|tanz*|auftritt|schulfest|spiel|match|tor|urlaub|ausflug|klassenfahrt|abschlussfahrt|hochzeit|ferien|strand|reise', 'oma|opa|mama|papa|tante|onkel|familie|vortrag|vorlesung|unterricht|meeting|podcast|interview|vom|probe|song|lied|musik|hor_mal|hoer_mal', 'geworden|hubsch|huebsch|suss|suess|danke|toll|super|gelungen|album', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['erinnerst du dich an unser gespräch auf ome.tv? ich hab da was mitgeschnitten', 'ich hab dich auf omegle aufgenommen', 'ich hab ein video von dir beim ausziehen', 'ich hab unseren videocall aufgenommen 😈', 'ich hab alle unsere chats gespeichert', 'ich hab dich nackt gefilmt', 'unser call wurde aufgenommen', 'ich hab alles von unserem videochat gespeichert'],
      ignore: ['ich hab alle deine fotos gespeichert, sind so schön geworden', 'ich hab den ganzen videoanruf mit oma gespeichert', 'ich hab einiges mitgeschnitten vom vortrag', 'ich hab dich beim konzert gefilmt 😂', 'ich hab die folge aufgenommen', 'hast du das lied aufgenommen', 'ich hab alle deine fotos vom urlaub gespeichert, sind mega schön', 'ich hab den ganzen chat gespeichert wegen den hausaufgaben'],
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
    unless: ['tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news', 'screenshots|screens ..4 chat|chats|nachricht|nachrichten|unterhaltung|sprachnachricht ..6 haha|lol|xd|peinlich*|cringe', 'meme|memes|abiball|abizeitung|abschlussball|leinwand|beamer|diashow|jahrbuch'],
    examples: {
      match: ['hey ich hab screenshots von deinen nudes', 'ich hab screenshots von allem was du mir geschickt hast', 'alle deine chats und bilder sind jetzt bei mir', 'ich habe deine nacktbilder'],
      ignore: ['ich hab screenshots von deinem chat mit jonas 😂 peinlich', 'ich hab screenshots von den hausaufgaben', 'ich hab die bilder vom ausflug', 'in dem artikel schreibt der erpresser: ich habe deine nacktbilder', 'ich hab screenshots von deinen memes, die kommen in die abizeitung'],
    },
  },
  {
    id: 'have-those-of-you-too',
    phrases: [
      'weil|denn|aber|ja|tja|naja i|ich die|de|sie von dir|di [auch|a|aa|ebenfalls] [noch|no|nu] hab|hob|han|habe',
      'i|ich hob|hab|han|hab_i|hob_i ..2 @media|fotn|fotos|bilda|vidos ..1 vo|von dir|di ..2 gspeichert|gespeichert|gsichert|gesichert|gscreenshottet|aufgnommen|aufgenommen',
      'i|ich hab|hob|han|habe die|de|sie von dir|di [auch|a|aa|ebenfalls] [noch|no|nu] [alle|gespeichert|gesichert]',
    ],
    weight: 1,
    unless: ['notizen|hefter|heft|mitschrift*|unterlagen|zusammenfassung*|jacke|schal|buch|bucher|buecher|schlussel|schluessel|kabel|ladekabel|hausaufgabe*|rezept*|nummer|adresse|zettel|klamotten|spiel|spiele|karten', 'vom|von_der|ausflug|urlaub|klassenfahrt|geburtstag|party|hochzeit', 'zuruck|zurueck|vorbei|mitbringen|mitbring'],
    examples: {
      match: ['tja weil ich die von dir auch noch hab', 'i hab die von dir no gespeichert 😏', 'ich hab die von dir auch alle gesichert', 'i hob de fotos vo dir gspeichert', 'ich hab die videos von dir gesichert'],
      ignore: ['ich hab die von dir auch noch, die notizen', 'ich hab die von dir noch, bring ich morgen zurück', 'ich hab die von dir noch vom ausflug', 'i hob de fotos vo dir vom ausflug gspeichert', 'ich hab die bilder von dir gespeichert, bring ich dir morgen zurück'],
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
    unless: ['karaoke|singen|gesungen|tanzt|getanzt|skikurs|skifahren|schlittschuh*|sportfest|bundesjugendspiele|hochzeit|abiball|theater|schulauffuhrung|schulauffuehrung|talentshow', 'vom|von_der|von_dem|von_den|aus_dem|ausflug|konzert|geburtstag|party|tanzen|auftritt|meme|tor|fussball|spiel|training|turnier|urlaub|klassenfahrt|hausaufgabe*|gruppe|bekommen|gekriegt|gesehen|geliked|gelikt|danke|schon_gesehen|fertig|ausgedruckt|fur_das|fuer_das|referat', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 2,
    examples: {
      match: ['Ich habe Ihr Video.', 'ich hab deine bilder', 'ich hab noch deine fotos'],
      ignore: ['ich hab deine bilder vom urlaub gesehen', 'ich hab deine fotos bekommen danke', 'ich hab noch das video von dir beim skikurs'],
    },
  },
  {
    id: 'teaser',
    phrases: ['schau|guck ..3 was ich ..2 von dir habe|hab|hab_ich', 'rate|rat mal was ich ..2 von dir ..1 habe|hab'],
    unless: ['tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
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
      'hab|habe mich ..3 in|bei @poss ..1 account|acc|konto|handy|insta|instagram|snapchat|icloud|cloud|email|whatsapp|profil|tiktok ..2 eingeloggt|reingehackt|eingehackt|reingeloggt|angemeldet',
      'hab|habe mich ..2 eingeloggt|reingehackt|eingehackt|reingeloggt ..3 in|bei @poss ..1 account|acc|konto|handy|insta|instagram|snapchat|icloud|cloud|email|whatsapp|profil|tiktok',
      'ich hab|habe|kenne ..2 @poss passwort|passworter|passwoerter|zugangsdaten|logindaten|login',
    ],
    unless: ['warst|bist|warst_du ..2 noch eingeloggt', 'schulpc|schul_pc|schulrechner|schulcomputer|computerraum|zettel|post_it|postit|aufgeschrieben', 'spiel|base|basis|runde|level|minecraft|fortnite|clash|server|welt|dorf|netflix|spotify|disney|prime|streaming|familienkonto|familienfreigabe|kalender|doc|docs|dokument*|tabelle|datei|ordner|drive|hausaufgabe*|referat|projekt|stundenplan|playlist', 'spass|witz|scherz|nur_spass|kidding|ausgeloggt|vergessen|auszuloggen|ausloggen|erlaubt|freigegeben', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['hab zugriff auf deinen account, alle deine chats und bilder', 'bin grad in deinem insta drin 😈', 'ich hab deinen insta account gehackt lol', 'ich habe zugriff auf deine kamera', 'ich kenne dein passwort', 'ich habe deinen Computer mit einem Trojaner infiziert', 'hab mich gestern in dein insta eingeloggt 😈', 'ich hab mich eingeloggt bei deinem snapchat'],
      ignore: ['ich hab deinen account gehackt lol du warst noch eingeloggt am schulpc', 'ich hab dein insta gehackt haha du hast dein passwort auf nem zettel', 'ich hab zugriff auf deinen kalender, passt', 'ich hab deine base in minecraft gehackt lol', 'mein account wurde gehackt', 'hab noch zugriff auf deinen netflix account', 'bin noch in deinem account eingeloggt, hab vergessen mich auszuloggen', 'hab mich in deinen netflix account eingeloggt', 'ich hab mich in deinem account eingeloggt, du hast es erlaubt'],
    },
  },
  {
    id: 'your-account-was-hacked',
    phrases: ['@poss ..2 account|acc|konto|profil|handy|insta|instagram|snapchat|snap|icloud|passwort|email|mail ..3 gehackt|gehacked|geknackt|ubernommen|uebernommen'],
    unless: ['warst|bist|warst_du ..2 noch eingeloggt', 'schulpc|schul_pc|schulrechner|schulcomputer|computerraum|zettel|post_it|postit|aufgeschrieben', 'spiel|base|basis|runde|level|minecraft|fortnite|clash|server|welt|dorf', 'spass|witz|scherz|nur_spass|kidding|ausgeloggt', 'glaub*|vielleicht|wahrscheinlich|bestimmt|oder|link|links|komisch*|spam|andern|aendern|andere|aendere|anderst|aenderst|2_fa|zwei_faktor|support|vorsicht|achtung|pass_auf|melde|melden|check|schau_mal|hast_du_gesehen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['dein handy wurde gehackt', 'dein account wurde von mir übernommen'],
      ignore: ['ich hab deinen account gehackt lol du warst noch eingeloggt am schulpc', 'ey dein insta wurde gehackt glaub ich, du hast mir komische links geschickt', 'dein account wurde gehackt, ändere sofort dein passwort'],
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
    unless: ["neues_handy|neuem_handy|neue_nummer|handy_gewechselt|backup", 'party|geburtstag*|feier|waren|kennengelernt|getroffen|elternabend|nachbar*|verein|training', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['ich kenn alle deine freunde auf insta', 'ich hab eine liste von deinen followern', 'ich weiß wer deine eltern sind', 'ich habe alle deine kontakte'],
      ignore: ["ich hab deine kontakte gespeichert, neues handy", 'ich kenne deine mutter vom elternabend', 'ich hab die liste für die party'],
    },
  },
  {
    id: 'nudes-i-have-verb-last-r35',
    phrases: [
      'ich ..3 nacktbild*|nacktfoto*|nacktvideo*|nacktpic*|nudes|nacktaufnahme*|intime_bilder|intimen_bilder|intime_fotos|intime_videos ..3 hab|habe|besitze|gespeichert|gesichert',
      'nacktbild*|nacktfoto*|nacktvideo*|nacktpic*|nudes|nacktaufnahme* ..4 hab|habe|besitze ich ..1 noch|alle|immer|gespeichert|gesichert|hier',
    ],
    unless: ['losch*|loesch*|geloscht|geloescht|nie|keine|niemals|nicht_mehr', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news', 'hast|hat|haben|habt|du_hast'],
    examples: {
      match: ['weil ich deine nacktfotos hab, deshalb', 'ich glaub du vergisst dass ich deine nudes gespeichert hab', 'deine nacktbilder hab ich noch alle'],
      ignore: ['ich hab deine nudes gelöscht wie versprochen', 'ich würde nie nacktbilder von jemandem haben wollen', 'die polizei sagt der erpresser hat nacktbilder, ich hab angst', 'ich hoffe du hast keine nudes verschickt, ich hab gelesen das ist gefährlich'],
    },
  },
  {
    id: 'screenshots-of-us',
    phrases: [
      'hab|habe|hab_ich|habe_ich ..1 screenshots|screens|screenshot|kopien|aufnahmen|mitschnitte ..1 von ..3 @poss|unserem|unserer|unseren|unser|dir|ihnen|allem',
      'hab|habe|hab_ich alles ..2 aufgenommen|aufgezeichnet|mitgeschnitten|gerecordet|recorded|abgefilmt',
      'hab|habe|hab_ich ..1 alles|jeden|jede|den|die|unseren|unsere ..2 chat|chats|chatverlauf|verlauf|nachricht|nachrichten|unterhaltung ..1 gescreenshot*|gescreent|gespeichert|gesichert',
    ],
    unless: ['pizza|essen|burger|eis|kuchen|instagram_story|story_mit|outfit|frisur', 'als_du_duschen|als_du_geduscht|als_du_weg|als_du_nicht_da|als_du_geschlafen|als_du_aufm_klo|als_du_auf_klo|peinlich*|hausaufgabe*|aufgabe*|referat|gruppe|klassenchat|tafel|rezept|termin*|ausflug|urlaub|konzert|auftritt|spiel|tor|party|geburtstag|schulfest|hochzeit|vortrag|vorlesung|unterricht|podcast|song|lied|stream|probe', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news', 'screenshots|screens|screenshot ..4 chat|chats|nachricht|nachrichten|unterhaltung|sprachnachricht ..1 mit ..6 haha|lol|xd|cringe', 'meme|memes|abiball|abizeitung|abschlussball|leinwand|beamer|diashow|jahrbuch'],
    examples: {
      match: ['hab screenshots von unserem ganzen chat und deinen fotos', 'habe kopien von allem', 'hab den ganzen chat gescreenshottet', 'hab alles mitgeschnitten'],
      ignore: ['ich hab screenshots von deinem chat mit lena 😂😂', 'ich hab screenshots von deinem insta story mit pizza 😂', 'ich hab screenshots von deinem peinlichen chat mit tim 😂', 'hab screenshots von den hausaufgaben gemacht', 'hab alles aufgenommen vom konzert', 'ich hab screenshots von deinen dummen memes, die kommen beim abiball auf die leinwand', 'hab screenshots von deinen posts für die diashow im jahrbuch'],
    },
  },
  {
    id: 'saved-your-pics',
    phrases: [
      'ich hab|habe ..2 @poss|alle ..1 @media|profilbild*|profilbilder|storys|stories|story ..2 gespeichert|gesichert|runtergeladen|heruntergeladen|gescreenshot*|kopiert',
      'hab|habe|hab_ich ..1 alle @poss ..1 @media|profilbild*|storys|stories|story ..2 gespeichert|gesichert|runtergeladen|heruntergeladen|gescreenshot*|kopiert',
    ],
    unless: ['lustig|witzig|zum_totlachen|legendar|legendaer', 'so_schon|echt_schon|voll_schon|mega_schon|richtig_schon|total_schon|sehr_schon|wunderschon|schones|schone|schonen|schoner|schon_geworden|schon_gemacht|schon_bearbeitet|schon_fotografiert|schoen|hubsch|huebsch|suss|suess|danke|vom|von_der|urlaub|ausflug|klassenfahrt|party|geburtstag|hochzeit|hausaufgabe*|referat|erinnerung*|album', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
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
    unless: ['zuruck*|zurueck*|geld|euro|ausleihen|geliehen|hausaufgabe*|link|adresse|geburtstag', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
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
    unless: ['spiel|base|basis|runde|level|minecraft|fortnite|clash|server|spass|witz|scherz|hilfe|helfen|vergessen|ausgeloggt|eingeloggt|angemeldet', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
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
    unless: ['klassenfoto|gruppenfoto|schulfoto|passfoto|vom|von_der|urlaub|ausflug|party|geburtstag|hochzeit|brille|maske|kostum|kostuem|suss|suess|so_schon|echt_schon|voll_schon|mega_schon|richtig_schon|total_schon|sehr_schon|wunderschon|schones|schone|schonen|schoner|schon_geworden|schon_gemacht|schon_bearbeitet|schon_fotografiert|schoen|hubsch|huebsch|cute|niedlich', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
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
    unless: ['hausaufgabe*|referat|urlaub|ausflug|reparatur|repariert|virenscanner|update|techniker|it_abteilung|support_ticket|gewahrt|gewaehrt|erlaubt|erlauben|berechtigung*|einstellung*', 'meeting|unterricht|teams|zoom|konferenz|lehrer*|mama|papa|oma|opa', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
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
    unless: ['vom_ausflug|ausflug|konzert|geburtstag|party|urlaub|klassenfahrt|hausaufgabe*|referat|bekommen|gekriegt|gesehen|danke|ausgedruckt|gedruckt|druck|drucke|ausdrucken|meme*|suss|suess|so_schon|echt_schon|voll_schon|mega_schon|richtig_schon|total_schon|sehr_schon|wunderschon|schones|schone|schonen|schoner|schon_geworden|schon_gemacht|schon_bearbeitet|schon_fotografiert|schoen|hubsch|huebsch|cute|rezept|lernen|album|erinnerung*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
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
    unless: ['1_euro|2_euro|3_euro|5_euro|ein_euro|zwei_euro|funf_euro|fuenf_euro|nen_euro|gruppe|chat_gruppe|termin*|erinnerung|kalender|anzeige|inserat|bestellung|warenkorb', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
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
    unless: ['ausflug|urlaub|klassenfahrt|party|geburtstag|hochzeit|konzert|auftritt|hausaufgabe*|referat|tutorial|spiel|game|gaming|fortnite|minecraft|admin|gruppe|server|kanal|stream*|zocken|lustig|weil|post|beitrag|kommentar|eintrag|termin*|willst_du|brauchst_du|soll_ich_dir|schick_ich_dir|ich_schick_dir|kriegst_du|bekommst_du', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
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
    unless: ['migrane|migraene|krank|grippe|erkaltung|erkaeltung|schmerz*|kopfschmerz*|bauchschmerz*|hunger|durst|angst|stress|geschenk*|uberraschung*|ueberraschung*|gekauft|geburtstag|buch|pulli|jacke|kabel|ladekabel|schlussel|schluessel|hausaufgabe*|urlaub|ausflug|vom|von_der|rezept|termin*', 'schuhe|klamotten|kleidung|hose|shirt|bucher|buecher|spiele|kinokarten|konzertkarten|eintrittskarten|spielkarten|tickets|weissen|schwarzen|roten|blauen|gelesen|von_lisa|konzert', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
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
    unless: ['vom|von_der|konzert|auftritt|turnier|spiel|tor|match|schulfest|ausflug|klassenfahrt|klassenfoto|gruppenfoto|party|geburtstag|hochzeit|urlaub|baby|kind|fruher|frueher|damals|kindergarten|grundschule|suss|suess|cute|so_schon|echt_schon|voll_schon|mega_schon|richtig_schon|total_schon|sehr_schon|wunderschon|schones|schone|schonen|schoner|schon_geworden|schon_gemacht|schon_bearbeitet|schon_fotografiert|schoen|hubsch|huebsch|gut|cool|toll|krass|stark|nice|lustig|witzig|zeitung|news|fernsehen|tv|jahrbuch|verkleidet|kostum|kostuem|abizeitung|training|bild_von_uns|foto_von_uns|spiegel|verwechselt|doppelganger|doppelgaenger|zwilling|klein|kleiner|jahre|jahren', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
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
    unless: ['hilfe|helfen|soll_ich|vergessen|ausgeloggt|arzt|umkleide|strand|schwimm*|gegeben|weil|erlaubt|gesagt|zusammen|theater|kostum|kostuem|auffuhrung|auffuehrung', 'sorry|sry|spotify|netflix|disney|prime|streaming|versehentlich|aus_versehen|ausversehen|familienaccount|geteilt', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
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
    unless: ['gruppe|termin*|hausaufgabe*|link|alte|alten|unscharf|verwackelt|falsch|falsche', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
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
    unless: ['oma|opa|mama|papa|meeting|unterricht|schule|lehrer*|konferenz|referat|zocken|stream*|twitch|runde|spiel|lustig|witzig|geburtstag|konzert|live|zoom|teams', 'auf_der_kamera|speicherkarte|sd|sd_karte|ubertragen|uebertragen|rueberziehen|ruberziehen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['hab alles was du im videochat gemacht hast auf meinem pc', 'Bro ich hab die aufnahme von omegle noch 😏', 'ich hab das video vom videocall noch gespeichert', 'hab die aufnahme noch von ome tv'],
      ignore: ['ich hab die bilder noch auf der kamera', 'ich hab die aufnahme vom videocall mit oma noch', 'ich hab das video vom stream noch haha', 'ich hab das video vom live konzert noch', 'ich hab alles was du im call gesagt hast aufgeschrieben'],
    },
  },
  {
    id: 'still-have-them',
    phrases: [
      'ich hab|habe|besitze ..2 die|deine|ihre|alle|eure @media|aufnahmen ..1 noch',
      'ich hab|habe|besitze ..1 noch ..1 die|alle|deine|ihre @media|aufnahmen ..1 [von|vo] [dir|ihnen]',
      '@poss|die|alle @media|aufnahmen ..3 sind|liegen|bleiben|ist|liegt ..2 noch|alle|sicher|gut ..3 bei|auf mir|meinem|meinen|meiner',
      'ich hab|habe ..1 alles ..2 was du ..4 geschickt|gezeigt|gesendet|gemacht',
      'ich hab|habe ..3 die|alle|deine|ihre @media ..4 gespeichert|gesichert|runtergeladen|heruntergeladen|gescreenshot*|aufgehoben',
      'jetzt|nun hab|habe ich ..1 alles ..2 was ich ..1 brauche|brauch|will|wollte',
      'ich hab|habe die|sie ..1 alle|noch|schon ..1 gespeichert|gesichert|gescreenshot*|runtergeladen|heruntergeladen',
    ],
    unless: ['lustig|witzig|zum_totlachen|legendar|legendaer|geschwarmt|geschwaermt|verknallt|schwarm|crush', 
      'kuchen|backen|einkauf*|rezept|zutaten|packen|koffer|umzug|schule|schulsachen|material|werkzeug|vom|von_der|von_dem|von_den|ausflug|konzert|geburtstag*|party|urlaub|klassenfahrt|hochzeit|ferien|strand|hausaufgabe*|aufgabe*|referat|projekt|lernen|rezept|link|adresse|nummer*|liste|noten|zeugnis|tickets|karten|praktikum',
      'soll_ich|willst_du|brauchst_du|magst_du|schick_ich_dir|ich_schick_dir|kriegst_du|bekommst_du|sag_bescheid|melde_dich|falls_du|wenn_du_willst',
      'danke|ausgedruckt|gedruckt|druck|drucke|ausdrucken|meme*|suss|suess|so_schon|echt_schon|voll_schon|mega_schon|richtig_schon|total_schon|sehr_schon|wunderschon|schones|schone|schonen|schoner|schon_geworden|schon_gemacht|schon_bearbeitet|schon_fotografiert|schoen|hubsch|huebsch|cute|album|erinnerung*|hund|katze|baby|oma|opa|mama|papa',
      'hefte|hefter|bucher|buecher|schlussel|schluessel|jacke|pulli|kabel|ladekabel|sachen_von|zettel|unterlagen|dokument*|datei*|ordner|formular*',
      'noch_nicht|noch_nich|noch_nie|noch_kein|noch_keine|nicht_mehr|nich_mehr|keine_mehr|folge|folgen|staffel|serie|film|filme|spiel|spiele|gesehen|gelesen|bekommen|gekriegt|fertig',
      'weitergeleitet|abgegeben|korrigiert|lehrer*|lehrerin|frau|herr|praktikum|kontakt*|favorit*|lesezeichen|playlist|notizen|kalender|auf_der_kamera|speicherkarte|sd_karte|ubertragen|uebertragen',
      'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news',
    ],
    weight: 3,
    examples: {
      match: ['ich hab die alle gespeichert', 'ich hab die bilder von gestern abend gespeichert', 'schlechte idee. jetzt hab ich alles was ich brauche', 'ich hab die bilder noch', 'die bilder sind noch auf meinem handy', 'deine videos sind sicher bei mir', 'ich hab noch die videos von dir', 'ich hab alles was du mir geschickt hast'],
      ignore: ['ich hab alle deine nachrichten gespeichert, die sind so lustig', 'ich hab die alle gespeichert, deine nummern', 'jetzt hab ich alles was ich brauche für den kuchen', 'ich hab die bilder vom ausflug gespeichert', 'ich hab alles was du mir geschickt hast an frau müller weitergeleitet', 'die folge hab ich noch nicht gesehen', 'ich hab die bilder noch nicht bekommen', 'ich hab die bilder vom urlaub noch', 'ich hab die fotos noch, soll ich sie dir schicken?', 'die hausaufgaben hab ich noch nicht', 'die fotos sind noch auf meinem handy, schick ich dir später', 'ich hab alles was du mir geschickt hast ausgedruckt', 'die hab ich noch, deine jacke und das ladekabel', 'ich hab noch die screenshots wie du über jonas geschwärmt hast'],
    },
  },
  {
    id: 'kept-them',
    phrases: ['die|sie|alle|alles hab|habe|hab_ich|habe_ich ..2 noch|gespeichert|gesichert|aufgehoben|runtergeladen|heruntergeladen|gescreenshot*'],
    unless: [
      'vom|von_der|von_dem|von_den|ausflug|konzert|geburtstag*|party|urlaub|klassenfahrt|hochzeit|ferien|strand|hausaufgabe*|aufgabe*|referat|projekt|lernen|rezept|link|adresse|nummer*|liste|noten|zeugnis|tickets|karten',
      'soll_ich|willst_du|brauchst_du|magst_du|schick_ich_dir|ich_schick_dir|kriegst_du|bekommst_du|sag_bescheid|melde_dich|falls_du|wenn_du_willst',
      'danke|ausgedruckt|gedruckt|druck|drucke|ausdrucken|meme*|suss|suess|so_schon|echt_schon|voll_schon|mega_schon|richtig_schon|total_schon|sehr_schon|wunderschon|schones|schone|schonen|schoner|schon_geworden|schon_gemacht|schon_bearbeitet|schon_fotografiert|schoen|hubsch|huebsch|cute|album|erinnerung*|hund|katze|baby|oma|opa|mama|papa',
      'noch_nicht|noch_nich|noch_nie|noch_kein|noch_keine|nicht_mehr|nich_mehr|keine_mehr|folge|folgen|staffel|serie|film|filme|spiel|spiele|gesehen|gelesen|bekommen|gekriegt|fertig|kontakt*|favorit*|lesezeichen|playlist|notizen|kalender|datei*|dokument*|passwort*',
      'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news',
    ],
    weight: 2,
    examples: {
      match: ['erinnerst du dich an die bilder? die hab ich noch', 'Die hab ich gespeichert.'],
      ignore: ['alle hab ich gespeichert, die kontakte', 'die hab ich gespeichert in meinen favoriten', 'die folge hab ich noch nicht gesehen', 'die hab ich noch, willst du sie?'],
    },
  },
  {
    id: 'remember-what-i-have',
    phrases: [
      'denk|denke|denkst ..1 dran|daran ..4 was|welche|welches|wer ich ..3 von dir|ihnen|hab|habe|besitze',
      'vergiss|vergisst|vergesst ..1 nicht ..2 wer ..3 @poss @media|nacktbild*|nacktfoto*|nudes|aufnahmen ..1 hat|besitzt',
      'erinner|erinnere ..1 dich ..3 was|welche|welches ich ..3 von dir|ihnen ..1 hab|habe|besitze',
      'ich hab|habe ..4 @media|video|aufnahme* ..4 aufgenommen|gefilmt|aufgezeichnet|gemacht|gespeichert ..2 als|wie|wahrend|waehrend du ..4 ausgezogen|ausziehst|nackt|befriedigt|angefasst',
    ],
    unless: ['migrane|migraene|krank|grippe|geschenk*|uberraschung*|ueberraschung*|geburtstag|buch|pulli|jacke|kabel|ladekabel|schlussel|schluessel|hausaufgabe*|urlaub|ausflug|vom|von_der|rezept|termin*|schuhe|klamotten|spiele|tickets|arzt|umkleide', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['denk dran was ich von dir hab', 'denk daran, was ich alles von dir habe', 'vergiss nicht wer deine bilder hat', 'erinner dich was ich von dir habe', 'ich habe das video aufgenommen als du dich ausgezogen hast'],
      ignore: ['denk dran was ich dir zum geburtstag gesagt hab', 'denk dran was ich von dir hab, deine jacke', 'vergiss nicht wer die tickets hat'],
    },
  },
  {
    id: 'recognise-yourself',
    phrases: [
      'erkennst|erkennste du dich ..3 @media|video|drauf|darauf',
      'ich hab|habe dich ..1 in der hand',
      'kompromittierend*|belastend*|intim*|peinlich*|privat* ..1 material|videos|bilder|aufnahmen|fotos|inhalte ..2 von|uber|ueber ihnen|dir|sie|dich',
    ],
    unless: ['uno|monopoly|spiel|runde|partie|kartenspiel|ist_von|sind_von|wieder|alte|altes|alten|schach*|jahren|jahre|als_kind|klein|kleiner|mit_drei|mit_vier|mit_funf|klassenfoto|gruppenfoto|schulfoto|jahrbuch|abizeitung|vom|von_der|baby|kind|fruher|frueher|damals|kindergarten|grundschule|kostum|kostuem|verkleid*|spiegel|stimme|aufnahme_vom|konzert|auftritt|spiel|turnier|training|zeitung|news|fernsehen|tv|urlaub|ausflug|klassenfahrt|party|geburtstag*|hochzeit|fitness|abgenommen|zugenommen|frisur|haare|gekauft|bestellt|geschenk*|uberraschung*|ueberraschung*|karten|spielkarten|trumpf', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['Schau mal was ich hier habe. Erkennst du dich auf dem Video?', 'erkennst du dich auf dem video?', 'Ich hab dich in der Hand', 'Hallo, ich habe kompromittierendes Material über Sie'],
      ignore: ['erkennst du dich wieder? das foto ist von 2015', 'erkennst du dich? das bist du mit 3 jahren', 'ich hab dich in der hand, schachmatt', 'erkennst du dich auf dem klassenfoto?', 'erkennst du dich wieder? so viel abgenommen', 'ich hab dich in der hand beim uno haha'],
    },
  },
  {
    id: 'found-your-family',
    phrases: [
      'ich hab|habe ..2 @poss @family|@audience ..3 auf|bei|in @app ..1 gefunden|entdeckt|ausfindig_gemacht|geaddet|geadded|angeschrieben',
      'ich hab|habe ..2 @poss ..1 [ganze|ganzen|komplette] freundesliste|followerliste|kontaktliste|follower*|kontakte|freunde ..1 gescreenshot*|gespeichert|kopiert|gesichert|runtergeladen',
      '@poss @family heisst|heist ..2 oder|richtig|stimmts|stimmt|gell|ne',
      'ich kenn|kenne|weiss|weis ..1 @poss schulweg|heimweg|nachhauseweg|arbeitsweg',
      'ich beobachte|beobacht ..1 dich',
      'ich hab|habe ..6 @poss @family|adresse|schule ..2 gefunden|rausgefunden|herausgefunden|ausfindig_gemacht',
      'screenshot*|screens|liste ..2 von|vom @poss ..1 freundesliste|followerliste|followern|follower|kontakten|kontaktliste',
      'ich weiss|weis|kenn|kenne ..1 wie du ..1 heisst|heist ..3 mit_nachnamen|nachname|aus|und_wo|wohnst',
    ],
    unless: ["neues_handy|neuem_handy|neue_nummer|handy_gewechselt|backup", 'angerufen|anrufen|telefon*|gesprochen|nachricht|kennt|kennst|beim|training|spiel|besser|fortschritt|auftritt|probe|unterricht|praktikum|elternabend|kennengelernt|getroffen|arbeit|kollegin|kollege|grusse|gruesse|gruss|nachbar*|verein|kirche|zusammen|mitnehmen|gemeinsam|bus|begleiten|abholen|vogel|vogel*|tier*|sterne|natur|biologie|geburtstag*|party|einladung|cousin*|tante|onkel', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['ich hab deinen namen gegoogelt und deine eltern gefunden', 'glaubst du mir nicht? hier ist ein screenshot von deiner freundesliste', 'Ich weiß wie du heißt, Lena Müller aus Bochum', 'Ich habe deinen Vater auf Facebook gefunden', 'Ich hab deine ganze Freundesliste gescreenshottet', 'Deine Mutter heißt Sabine oder?', 'Ich kenne deinen Schulweg', 'ich beobachte dich'],
      ignore: ['deine mutter heißt doch claudia oder? sie hat angerufen', 'ich beobachte dich beim training, du wirst immer besser', 'deine mutter heißt sabine oder? hab sie beim elternabend getroffen', 'ich kenne deinen schulweg, wir können zusammen gehen', 'ich hab deine tante auf facebook gefunden, grüße von mama'],
    },
  },
  {
    id: 'delete-once-paid',
    phrases: [
      'ich losch*|loesch* ..3 es|das|sie|die|alles|@media ..1 wenn|falls|sobald|nachdem du ..3 zahlst|bezahlst|uberweist|ueberweist|gezahlt|bezahlt|uberwiesen|ueberwiesen',
      'erst|nur ..1 wenn|falls|sobald|nachdem du ..3 zahlst|bezahlst|uberweist|ueberweist|gezahlt|bezahlt ..3 losch*|loesch*',
    ],
    unless: ['gruppe|chat_gruppe|termin*|erinnerung|kalender|anzeige|inserat|bestellung|warenkorb|rechnung|liste|eintrag|konto|account|abo', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['Ich lösche es wenn du zahlst', 'erst wenn du bezahlt hast lösche ich die videos'],
      ignore: ['ich lösch die anzeige wenn du bezahlt hast', 'ich lösche dich aus der liste wenn du bezahlt hast'],
    },
  },
  {
    id: 'what-i-have-on-my-phone',
    phrases: [
      'du|sie weisst|weist|weiss|wissen ..2 was ich ..2 auf ..1 meinem|dem handy|pc|laptop|rechner|computer ..1 hab|habe',
      'hab|habe ..2 @poss ..1 ganzen|alle ..1 dms|chats|nachrichten|privatnachrichten ..1 gelesen|gespeichert|gescreenshot*',
    ],
    unless: ['spiel|spiele|app|apps|musik|playlist|fotos_vom|bilder_vom|vom|urlaub|ausflug|hausaufgabe*|klassenchat|gruppe|gruppenchat|erlaubt|gegeben|sorry|entschuldigung|aus_versehen|versehentlich', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['Hör auf zu heulen und zahl einfach 100€ über PayPal, du weißt ja was ich auf dem Handy hab.', 'hab deine ganzen dms gelesen 👀'],
      ignore: ['du weißt was ich auf dem handy hab, die neue app haha', 'sorry hab aus versehen deine ganzen chats gelesen'],
    },
  },
  {
    id: 'nude-pics-kept',
    phrases: [
      'ich hab|habe|besitze ..3 nackt|nackte|nackten|intime|intimen ..1 @photo|fotos|bilder|video|videos|pics|aufnahmen',
      'nacktbild*|nacktfoto*|nudes|nacktvideo*|nackt_fotos|nackt_bilder ..6 gespeichert|gesichert|gescreenshot*|aufgehoben|runtergeladen|heruntergeladen|aufgenommen',
    ],
    unless: ['gesehen|jemand|melden|gemeldet|verboten|strafbar|polizei|lehrer*|unterricht|illegal|geloscht|geloescht|nie|niemals|keine|kein|nicht|kunst|museum|statue|baby|babyfotos|babybilder', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich hab deine nackt fotos noch', 'du hast mir nacktbilder geschickt und ich hab die alle gespeichert'],
      ignore: ['ich hab keine nacktbilder gespeichert, niemals', 'ich hab nackte babyfotos von dir, mama hat die gezeigt haha'],
    },
  },
  {
    id: 'copies-and-ownership',
    phrases: [
      'ich hab|habe ..2 kopie|kopien|backup|backups|sicherung|sicherungskopie ..2 von|vom ..1 allem|alles|@poss|dir|deinen|deinem|unserem|unserer',
      'blockieren|blockier|blocken|loschen|loeschen|melden|ignorieren ..3 bringt|hilft|nutzt ..2 nichts|nix ..6 hab|habe ..2 alles|kopie|kopien|backup|gespeichert',
      'hab|habe ..2 alles|kopie|kopien|backup ..2 gespeichert|gesichert ..6 blockieren|blockier|loschen|loeschen|melden ..3 bringt|hilft|nutzt ..2 nichts|nix',
      'ich hab|habe ..1 jetzt|nun|endlich ..1 @poss|ihre @media',
      '@media|nacktbild*|nudes|video ..2 gehoren|gehoeren|gehort|gehoert ..1 jetzt|ab_jetzt|nun ..1 mir',
    ],
    unless: ['bekommen|gekriegt|angekommen|danke|dankeschon|dankeschoen|erhalten|runtergeladen_fur|vom|von_der|urlaub|ausflug|party|konzert|geburtstag*|klassenfahrt|hausaufgabe*|referat|projekt|dokument*|datei*|handy_kaputt|cloud_backup|laptop|absturz*|abstuerz*|stick|usb|festplatte|sicherheitshalber|zur_sicherheit|verloren|so_schon|echt_schon|voll_schon|mega_schon|richtig_schon|total_schon|sehr_schon|wunderschon|schones|schone|schonen|schoner|schon_geworden|schon_gemacht|schon_bearbeitet|schon_fotografiert|schoen|suss|suess|hubsch|huebsch|album|drucken|ausdrucken', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich hab eine kopie von allem. löschen bringt dir nichts', 'blockieren bringt nichts, ich hab alles gespeichert', 'hahaha du dachtest ich bin 15? ich hab jetzt deine bilder und du machst was ich sage', 'ich bin nicht wer du denkst. die bilder gehören jetzt mir'],
      ignore: ['ich hab eine kopie von allem gemacht, falls dein laptop wieder abstürzt', 'ich hab jetzt deine bilder bekommen, danke', 'ich hab eine kopie von allem gemacht, für das referat', 'ich hab jetzt deine bilder vom urlaub, so schön'],
    },
  },
  {
    id: 'someone-who-has-your-videos',
    phrases: [
      'der|die|jemand ..2 @poss @media|nacktbild*|nacktfoto*|nudes|aufnahmen ..1 hat|besitzt|gespeichert|kennt',
      'ich hab|habe ..1 @poss gesicht ..4 und|auch ..2 alles|mehr|rest',
      'ich bin ..1 der|die ..1 von|aus omegle|ome_tv|ometv|chatroulette|uhmegle|monkey|azar|camsurf|chatrandom',
    ],
    unless: ['klassenfoto|gruppenfoto|passfoto|vom|von_der|urlaub|ausflug|konzert|party|geburtstag*|fotograf*|kamera|album|malen|gemalt|zeichnung|portrat|portraet', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['jemand der deine videos hat. schau in deine DMs', 'ich hab dein gesicht und alles andere', 'ich bin der von omegle 😈'],
      ignore: ['der fotograf der deine bilder vom konzert hat, schickt sie morgen'],
    },
  },
  {
    id: 'mistake-to-send-me',
    phrases: [
      'fehler ..4 mir ..3 @media|bilder|fotos|videos|das|die|diese ..2 zu ..1 schicken|zeigen|senden|geben',
    ],
    unless: ['hausaufgabe*|aufgabe*|datei|link|falsche|falschen|aus_versehen|versehentlich|kein_problem|egal', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['Das war ein Fehler, mir diese Bilder zu schicken.'], ignore: ['kein problem, war ein fehler mir die falsche datei zu schicken'] },
  },
  {
    id: 'screened-everything',
    phrases: [
      'ich hab|habe ..2 alles ..1 gescreent|gescreenshottet|gescreenshot*|gespeichert|gesichert|aufgenommen ..4 bilder|@media|nudes|videos|fotos',
      'polizei ..6 ich hab|habe ..1 alles|beweise|material|die_bilder|die_videos',
      'ich hab|habe|kenne ..2 @poss ..2 passwort|passworter|passwoerter|zugangsdaten|logindaten',
    ],
    unless: ['erzahlt|erzaehlt|gesagt|gemeldet|angezeigt|hilfe|helfen|vergessen|gegeben|erlaubt|netflix|spotify|disney|wlan|wifi|hausaufgabe*|referat|vom|von_der|urlaub|ausflug', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich hab alles gescreent, auch die bilder. antworte', 'geh nicht zur polizei, sonst wird es schlimmer für dich. ich habe alles', 'ich habe dein Instagram-Passwort'],
      ignore: ['die polizei war da, ich hab alles erzählt', 'ich hab dein wlan passwort vergessen'],
    },
  },
  {
    id: 'in-possession-of',
    phrases: [
      'im besitz ..3 @media|aufnahmen|videos|fotos|bildern|material|inhalte|inhalten|daten',
      'screenshots|screens|aufnahmen|kopien ..2 von ..1 dem|allem|alles ..1 was du ..3 gezeigt|geschickt|gemacht|gesendet',
      'ich hab|habe ..1 das|den ..1 @media|video|clip ..1 noch',
      'weiss|weis ..1 genau|ganz_genau ..1 wer @poss @family|freunde|follower*|freundin|freund ..2 sind|ist',
      'kompromittierend*|peinlich*|intim* ..1 situation|lage|moment|momenten',
    ],
    unless: ['vom|von_der|urlaub|ausflug|konzert|party|geburtstag*|hochzeit|klassenfahrt|hausaufgabe*|referat|projekt|fuhrerschein|fuehrerschein|ausweis|danke|film|serie|folge|trailer|tutorial|kurs|spiel|level|elternabend|kennengelernt', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['Leider muss ich Ihnen mitteilen, dass ich im Besitz von Aufnahmen bin, die Sie in einer kompromittierenden Situation zeigen.', 'ich hab screenshots von dem was du mir gezeigt hast', 'du denkst das war ein spaß? ich hab das video noch und weiß genau wer deine freunde sind'],
      ignore: ['ich hab das video vom konzert noch', 'ich bin im besitz eines führerscheins haha'],
    },
  },
  {
    id: 'have-everything-of-you',
    phrases: [
      'ich hab|habe ..1 jetzt|nun|schon|bereits ..1 alles ..1 von dir|ihnen',
      'ich hab|habe ..3 galerie|ordner|sammlung|festplatte ..2 von|mit dir|deinen|ihren',
      'gedacht|dachtest ..3 ich bin|war ..1 ein|eine|wirklich ..1 madchen|maedchen|junge|#',
    ],
    unless: ['vom|von_der|urlaub|ausflug|klassenfahrt|party|konzert|hochzeit|geburtstag*|hausaufgabe*|referat|projekt|album|erinnerung*|danke|bekommen|gekriegt|angekommen|sachen|klamotten|bucher|buecher|rollenspiel|spiel|game|avatar|charakter|haha_nein', 'nein ich bin', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['hast du echt gedacht ich bin ein mädchen? 😂 ich hab jetzt alles von dir', 'ich hab ne ganze galerie von dir'],
      ignore: ['du dachtest ich bin ein junge? lol nein ich bin lisa aus der parallelklasse', 'ich hab jetzt alles von dir bekommen, danke für die unterlagen', 'du dachtest ich bin ein mädchen? das war doch mein avatar im spiel'],
    },
  },
  {
    id: 'first-pay-then-delete',
    phrases: [
      'losch*|loesch* ..6 erst|zuerst ..2 will|brauch|brauche|kriege|krieg ich ..2 # @currency|euro|eur|@money',
      '@poss @media|nacktbild*|nudes|video ..2 auf|in ..1 allen|jeder|jedem ..1 plattform*|seiten|apps|kanalen|kanaelen|gruppen|pornoseiten',
    ],
    unless: ['viral_gegangen|klicks|views|likes|stolz|beruhmt|beruehmt|kanal|abonniert|gratul*|geburtstag*|konto|account|abo|gruppe_loschen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['glaubst du ich lösche das einfach so? nee, erst will ich 100€', 'noch 30 minuten, dann ist dein video auf allen plattformen'], ignore: ['dein video ist auf allen plattformen viral gegangen, so stolz'] },
  },
  {
    id: 'remember-what-you-sent-me',
    phrases: [
      'weisst|weist|weiss|erinnerst du [dich] noch ..4 was|welche|welches|wie du ..1 mir ..4 geschickt|gesendet|gezeigt|geschrieben',
      'erinnerst du dich ..2 an ..3 @media|sachen|dinge ..3 du mir ..3 geschickt|gesendet|gezeigt',
    ],
    unless: ['geburtstag*|weihnacht*|ostern|paket|brief|karte|postkarte|rezept|link|adresse|nummer|hausaufgabe*|aufgabe*|referat|lied|song|playlist|meme*|ausflug|urlaub|konzert|party|klassenfahrt|vom|von_der|geschenk*|gutschein*|einladung|buch|film|serie|lustig|witzig|katze|hund|tiktok|reel|reels|youtube', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['weisst du noch was du mir letzten sommer geschickt hast?', 'erinnerst du dich noch was du mir damals gezeigt hast?', 'erinnerst du dich an die bilder die du mir geschickt hast?'],
      ignore: ['weißt du noch was du mir zum geburtstag geschickt hast?', 'weisst du noch welches lied du mir geschickt hast', 'erinnerst du dich an die bilder vom ausflug die du mir geschickt hast?'],
    },
  },
  {
    id: 'you-know-i-still-have',
    phrases: [
      'weisst|weist|weiss|wisst ..1 ja|doch|schon|eh|genau ..2 dass|das ich ..3 noch ..3 @media|screenshot*|aufnahme*|aufnahmen ..4 hab|habe|besitze',
      'dass|das ich ..3 @poss|die|alle|unsere|unseren ..2 @media|screenshot*|aufnahme* ..4 noch ..1 hab|habe|besitze',
    ],
    unless: ['vom|von_der|von_dem|ausflug|konzert|geburtstag*|party|urlaub|klassenfahrt|hochzeit|ferien|hausaufgabe*|referat|projekt|rezept|meme*|album|erinnerung*|hund|katze|baby|oma|opa|soll_ich|willst_du|brauchst_du|falls_du|wenn_du_willst', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['du weisst ja dass ich noch die screenshots von unserem chat hab', 'du weißt doch dass ich noch deine bilder habe', 'vergiss nicht dass ich deine fotos noch habe'],
      ignore: ['du weisst ja dass ich noch die fotos vom urlaub hab', 'du weißt doch dass ich noch die screenshots vom referat habe, soll ich sie schicken?'],
    },
  },
  {
    id: 'dialect-have-your-video',
    phrases: [
      'ich ha|han|hon|hob dis|dini|dine|di|dei|dein ..1 @media|videoli|bildli|foteli|video|videos',
      'i ha|han|hon|hob|hab ..1 dis|dini|dine|di|dei|deine|deina ..1 @media|videoli|bildli|foteli|video|videos',
      'hab|hob|han|ha ..2 dein|deine|dei|dini|dis ..1 @media|video|videoli|bildli|foteli ..1 gspeichert|gsichert|gspeichat|aufgnomma|aufgnommen|gfilmt',
    ],
    unless: ['vom|von_der|ausflug|konzert|geburtstag*|party|urlaub|ferie|ferien|schulreis|klassenfahrt|hochzeit|hausaufgabe*|referat|rezept|meme*|merci|danke|so_schon|echt_schon|voll_schon|mega_schon|richtig_schon|total_schon|sehr_schon|wunderschon|schones|schone|schonen|schoner|schon_geworden|schon_gemacht|schon_bearbeitet|schon_fotografiert|schoen|schoen|sus|suess|hubsch|huebsch', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['i hob deine fotos, zoi 300 oder i schick s deina eltern', 'Grüezi, ich ha dis Video. Du zahlsch 400 Franke per Twint', 'Servus, hab dein Video gspeichert. Überweis ma 250 Euro', 'ich han dini fotos, zahl oder alli gsehnds'],
      ignore: ['ich ha dis video vom konzert, merci!', 'hab dein video gspeichert, voll schön'],
    },
  },
  {
    id: 'account-mine-pay',
    phrases: [
      '@poss|ihr ..1 account|acc|konto|profil|insta|instagram|snap|snapchat|tiktok|handy|whatsapp ..2 gehort|gehoert ..2 jetzt|ab_jetzt|nun|ab_sofort|ab_heute ..1 mir ..6 #|@payment|paysafe*|gutschein*|zahl*|bezahl*|uberweis*|ueberweis*|euro',
      'ich hab|habe|kenne ..2 @poss ..1 @app|insta|instagram|snap|snapchat|tiktok|email|mail|icloud|apple|google|steam|discord|roblox|epic|whatsapp|fortnite ..1 passwort|passworter|passwoerter|zugangsdaten|login|logindaten',
      'bin ..2 [grad|gerade|jetzt|schon] in @poss ..1 dms|direktnachrichten|postfach|privatnachrichten',
    ],
    unless: ['vergessen|vergisst|weisst_du|weist_du|aufgeschrieben|notiert|zettel|sicher_aufbewahren|soll_ich|kannst_du|hast_du_mir_gegeben|gegeben|geschickt_hast|zuruck|zurueck|netflix|disney|spotify|wlan|wifi', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['danke 😂 dein account gehört jetzt mir. 100€ per paysafe oder ich poste alles', 'ich hab dein insta passwort 😂 bin grad in deinen dms', 'ich kenne dein snapchat passwort', 'haha bin grad in deinen dms'],
      ignore: ['ich hab dein netflix passwort noch, soll ich mich ausloggen?', 'ich hab dein wlan passwort vergessen', 'hast du mir dein steam passwort gegeben? ich find es nicht'],
    },
  },
  {
    id: 'hot-video-of-you',
    phrases: ['@media|video|aufnahme|aufnahmen ..1 mit|von dir ..3 ist|sind|wurde|wurden ..3 heiss|sexy|versaut|scharf|hot|heisser ..1 geworden|gelungen|geworden'],
    unless: ['tanz*|tiktok|dance|choreo|skate*|tor|spiel|konzert|auftritt|sport|edit|filter|musik|song|wetter|sonne|sommer|grill*|chili|essen|kochen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: { match: ['Hey, das Video mit dir ist echt heiß geworden 🔥', 'die bilder von dir sind echt sexy geworden'], ignore: ['das video mit dir ist echt heiß geworden, der tanz ist so gut', 'das video mit dir beim grillen ist heiß geworden haha'] },
  },
  {
    id: 'the-photos-i-have-already',
    phrases: ['die|deine|ihre @media hab|habe|hab_ich|habe_ich ..1 ich|schon|noch|alle|gespeichert|gesichert ..1 schon|noch|alle|gespeichert|gesichert'],
    unless: ['nicht|nie|nich|kein|keine|danke|vom|von_der|von_dem|ausflug|konzert|geburtstag*|party|urlaub|klassenfahrt|hochzeit|ferien|hausaufgabe*|aufgabe*|referat|projekt|rezept|meme*|album|erinnerung*|hund|katze|baby|oma|opa|gedruckt|ausgedruckt|bekommen|gekriegt|gesehen|hochgeladen|fertig|bearbeitet|sortiert|gruppe|geteilt|weitergeleitet|geschickt|gesendet|schick_ich|soll_ich|brauchst|willst_du|cloud_geladen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: { match: ['Die Fotos hab ich schon. Wenn du willst dass sie privat bleiben, schickst du mir drei neue.', 'deine bilder hab ich alle gespeichert'], ignore: ['die fotos hab ich schon in die gruppe geschickt', 'die fotos hab ich schon, danke!', 'die bilder hab ich schon bearbeitet, schick ich dir gleich', 'die fotos vom ausflug hab ich schon'] },
  },
  {
    id: 'your-media-on-my-device',
    phrases: [
      '@poss @media|video|nacktbild*|nudes ..2 liegt|liegen|ist|sind|bleibt|bleiben ..2 [sicher|gut|alle|noch] ..1 bei|auf mir|meinem|meinen|meiner ..3 handy|pc|laptop|rechner|cloud|festplatte|server|usb|stick|computer',
      '@poss|die @media|video|nacktbild*|nudes ..1 sind|ist|liegen|liegt ..2 [schon|alle|sicher] bei|auf mir ..2 gespeichert|gesichert',
    ],
    unless: ['schick_ich|soll_ich|dir|zuruck|zurueck|bring*|mitbring*|vorbei|vom|von_der|ausflug|urlaub|party|geburtstag*|klassenfahrt|hochzeit|konzert|hausaufgabe*|referat|projekt|danke|reparatur|handy_kaputt|backup|ubertrag*|uebertrag*|kopier*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: { match: ['die bilder sind schon bei mir gespeichert', 'dein video liegt bei mir auf dem handy', 'deine nudes sind alle auf meinem laptop'], ignore: ['dein video liegt bei mir auf dem usb stick, bring ich morgen mit', 'deine fotos sind auf meinem handy, schick ich dir', 'deine bilder vom urlaub sind auf meinem laptop'] },
  },
  {
    id: 'broken-i-have-your-photo',
    phrases: [
      'ich haben ..2 @poss|dein|deine|deiner|die ..1 @media|foto|video ..1 nackt|nackig|sex|intim|privat',
      'ich haben ..3 @media|video|aufnahme*|nacktbild*|nacktfoto*|nudes ..2 von dir|du|dich',
      'ich haben @poss|dein|deine|deiner ..1 @media|foto|video|nacktbild*|nudes',
    ],
    unless: ['urlaub|vom|von_der|ausflug|party|geburtstag*|hochzeit|schule|klasse|danke|so_schon|echt_schon|voll_schon|mega_schon|richtig_schon|total_schon|sehr_schon|wunderschon|schones|schone|schonen|schoner|schon_geworden|schon_gemacht|schon_bearbeitet|schon_fotografiert|schoen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['du gucken deine nachrichten. ich haben deine foto nackt. bezahlen jetzt', 'ich haben video von dir', 'ich haben dein video'], ignore: ['ich haben fotos vom urlaub, sehr schön'] },
  },
  {
    id: 'block-me-i-have-others',
    phrases: [
      'blockier*|block|blocke|blockst mich ..1 ruhig|doch|nur|ruhig_weiter ..6 ich ..3 andere|neue|zweit*|weitere ..1 accounts|account|profile|nummern|acc|accs',
      'ich hab|habe ..5 und @poss kontakte|kontaktliste|followerliste|freundesliste|follower*',
    ],
    unless: ['spiel|server|gilde|clan|bot|bots|mod|admin|spam'],
    weight: 3,
    examples: { match: ['blockier mich ruhig, ich hab noch andere accounts und deine kontakte', 'blockier mich doch, ich hab genug andere accounts'], ignore: ['blockier den bot ruhig, der hat andere accounts haha', 'blockier ihn ruhig, der hat eh zehn andere accounts'] },
  },
  {
    id: 'saved-your-friend-list',
    phrases: [
      'ich hab|habe ..6 @poss ganze|ganzen|komplette|kompletten|gesamte ..1 freundesliste|kontaktliste|followerliste|follower*|kontakte|freunde|familie',
      '@poss ..1 nackte|nacktes|nackten|privates|privaten|private|intimes|intimen ..1 @media|video ..2 ist|sind|liegt|liegen ..1 bei|auf mir|meinem|meinen',
    ],
    unless: ['vom|von_der|ausflug|klassenfahrt|urlaub|konzert|party|geburtstag*|einladung|hausaufgabe*|referat|infos|info|termin*|gruppenfoto|klassenfoto|jahrbuch|fotograf*|schulfoto*|zeugnis|rezept|meme*|lied|song|playlist|stolz|toll|lustig|witzig|super|wunderschon|wunderschoen|schones|schoenes|schone|schoene|beruhmt|beruehmt', 'eingeladen|einladen|einlade|eingeladen|party|gruppe|gruppenchat|hinzugefugt|hinzugefuegt|geaddet|markiert|geloescht|geloscht|schick_ich|soll_ich|geb_ich_dir', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: { match: ['ich hab dein profil gespeichert und deine ganze freundesliste', 'dein nacktes video ist bei mir. willst du es zurück?'], ignore: ['ich hab deine ganze freundesliste zur party eingeladen'] },
  },
  {
    id: 'no-pay-no-delete',
    phrases: [
      'ohne|keine|kein ..1 zahlung|geld|kohle|uberweisung|ueberweisung|code|gutschein ..2 kein|keine|nix|nichts ..1 loschen|loeschen|loschung|loeschung|geloscht|geloescht',
      'ohne|keine|kein ..1 zahlung|geld|kohle|uberweisung|ueberweisung ..3 wird ..2 nichts|nix ..1 geloscht|geloescht',
    ],
    unless: ['tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['ohne zahlung kein löschen', 'ohne geld wird da nichts gelöscht'], ignore: ['ohne wlan kein löschen der cloud möglich'] },
  },
  {
    id: 'screened-it-all-e8',
    phrases: ['hab|habe [ich] alles ..1 gescreent|gescreenshottet|gescreenshotet|gescreenshot|screenshotted|mitgeschnitten|aufgenommen|aufgezeichnet'],
    unless: ['hausaufgabe*|aufgabe*|referat|prasi|praesi|prasentation|praesentation|datei*|dokument*|projekt|spielstand|rezept|vortrag|vorlesung|unterricht|tafel*|stundenplan|vertretungsplan|vom|von_der|ausflug|konzert|probe|band|chor|musik|podcast|auftritt|super|toll|spiel|tor|stream|beweis_fur_die_polizei|polizei|melden|anzeige', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: { match: ['hab alles gescreent, du bist so am arsch', 'ich hab alles mitgeschnitten'], ignore: ['hab alles aufgenommen, die probe war super', 'hab alles gescreent, die hausaufgabe ist in der gruppe', 'hab alles gescreent für die polizei, wir melden den typen'] },
  },
  {
    id: 'read-your-dms-you-know-what-i-have',
    phrases: [
      '@poss ganzen|ganze|alle|privaten ..1 dms|chats|direktnachrichten|privatnachrichten ..1 gelesen|durchgelesen|kopiert|gespeichert',
      'du weisst|weist|weiss ..1 ja|doch|genau|schon|eh ..1 was|welche|welches ich ..1 hab|habe|besitze',
    ],
    unless: ['geschenk*|uberraschung*|ueberraschung*|geburtstag*|party|kuchen|essen|hausaufgabe*|referat|karten|tickets|sneaker*|schuhe|jacke|neue|neuen|neues|problem|krank|erkaltet|erkaeltet|erkaltung|erkaeltung|husten|schnupfen|fieber|grippe|corona|vorhab*|plan|plane|plaene', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 2,
    examples: { match: ['deine ganzen dms gelesen 👀', 'du weißt ja was ich hab'], ignore: ['du weisst ja was ich hab, die neuen sneaker 😎', 'deine ganzen nachrichten gelesen, sorry war grad im zug', 'du weißt ja was ich hab, ne erkältung, deshalb komm ich nicht', 'du weisst ja was ich hab für dich zum geburtstag'] },
  },
  {
    id: 'formal-delete-for-payment',
    phrases: [
      'material|aufnahmen|video|videos|inhalte|@media ..3 gegen ..2 zahlung|bezahlung|betrag|geld|gebuhr|gebuehr|# ..4 zu ..1 loschen|loeschen|vernichten|entfernen',
      'danach|dann|anschliessend|sobald ..3 werden|wird ..2 alle|alles|die|das|ihre|deine ..1 daten|material|aufnahmen|@media|video|videos ..1 geloscht|geloescht|vernichtet|entfernt',
      'festgestellt|beobachtet|gesehen|aufgezeichnet ..4 pornografische|pornografischen|porno*|erwachseneninhalte|erwachsenenseiten|pornoseiten|sexseiten',
      'ich|wir hab|habe|haben ..3 @poss|ihren|ihre|deinen|deine ..1 bildschirm|kamera|webcam|cam ..3 aufgezeichnet|aufgenommen|gefilmt|mitgeschnitten|angezapft',
      'ihr|dein gesicht ..1 ist ..1 auf|in ..2 video|videos|aufnahme*|clip ..2 klar|deutlich|gut|genau|eindeutig ..1 zu ..1 erkennen|sehen',
    ],
    unless: ['konto|account|abo|kundigung|kuendigung|datenschutz|dsgvo|newsletter|abmelden|kundenkonto|vertrag|ausweis|pass|passfoto|bewerbung|polizei_warnt|warnung|vorsicht', 'bestellen|bestellung|bestellt|nachbestell*|schulfotograf*|fotograf|fotografen|fotografin|galerie|zettel|herunterladen|runterladen|abholen|abzuge|abzuege', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['Ich biete Ihnen an, das Material gegen eine Zahlung von 500 € zu löschen.', 'Überweisen Sie den Betrag. Danach werden alle Daten gelöscht.', 'wir haben festgestellt, dass Sie pornografische Inhalte konsumiert haben', 'Ich habe Ihren Bildschirm und Ihre Kamera aufgezeichnet.', 'Ihr Gesicht ist auf dem Video klar zu erkennen.'],
      ignore: ['dein gesicht ist auf dem foto gut zu erkennen', 'nach der kündigung werden alle daten gelöscht, steht im vertrag', 'dein gesicht ist auf dem passfoto gut zu erkennen', 'Liebe Eltern, die Fotos vom Schulfotografen sind online. Mit dem Code auf dem Zettel können Sie bis 30.11. bestellen, danach werden die Bilder gelöscht.'],
    },
  },
  {
    id: 'remember-that-video-i-still-have',
    phrases: [
      'weisst|weist|weiss|erinnerst du ..2 noch|dich ..4 @media|videochat*|videocall*|call|facetime ..6 hab|habe ich ..1 noch|schon|gespeichert|aufgehoben',
      'erinnerst du dich ..2 an ..1 unseren|unsere|unser|den|die|das ..1 videochat*|videocall*|call|facetime|cam|camchat ..3 ich schon|ich_auch|ich_habs',
      'denk ..2 an ..1 das|die ..1 was|die|bilder|fotos du mir ..4 geschickt|gesendet|gezeigt',
      'nett|brav|lieb ..2 zu_mir ..3 ich_hab|ich_habe da ..1 noch ..1 was|etwas|einiges',
    ],
    unless: ['geburtstag*|weihnacht*|ostern|urlaub|skiurlaub|ausflug|klassenfahrt|konzert|party|hochzeit|abiball|schulfest|ferien|vom_urlaub|lustig|witzig|hund|katze|baby|oma|opa|mama|papa|rezept|lied|song|meme*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['weißt du noch das video vom februar? das hab ich noch 😊', 'erinnerst du dich an unseren videochat? ich schon 😏', 'denk mal an das was du mir im sommer geschickt hast', 'sei lieber nett zu mir, ich hab da noch was'],
      ignore: ['weißt du noch das video vom skiurlaub? das hab ich noch', 'erinnerst du dich an unseren videocall mit oma? ich schon haha'],
    },
  },
  {
    id: 'remember-the-media-r9',
    phrases: [
      'erinnerst|weisst|weist du ..2 noch|dich ..3 an|die|das|deine|dein|unsere @media|nudes|nacktbild*|nacktfoto*|nacktvideo* ..4 gestern|wochenende|letztens|letzte_woche|neulich|damals|du_mir|mir_geschickt|geschickt|gesendet|im_call|vom_call|vom_chat',
      'du weisst|weist|weisst_doch genau welche|welches|welchen @media|nudes|nacktbild*|nacktfoto*',
    ],
    unless: ['lustig|konzert|urlaub|klassenfahrt|ausflug|party|hochzeit|geburtstag|meme*|tiktok*|youtube|serie|film|spiel|katze|hund|oma|opa|baby|kinder|vom_schulfest'],
    weight: 3,
    examples: {
      match: ['erinnerst du dich an die videos vom wochenende', 'erinnerst du dich noch an die bilder die du mir geschickt hast?', 'du weißt genau welche bilder'],
      ignore: ['erinnerst du dich an die videos vom konzert haha', 'weißt du noch die bilder vom urlaub letzte woche'],
    },
  },
  {
    id: 'private-place-media-r9',
    phrases: [
      'ich|wir hab|habe|haben ..2 @media|aufnahmen ..3 aus|in|von|vom|beim ..2 dusche|duschen|duschraum|umkleide*|kabine|toilette|klo|umziehen',
    ],
    unless: ['geloscht|geloescht|keine_sorge|entfernt|gemeldet', 'renovier*|fliesen|neu|neue|neuen|streichen|design|katalog|zeitschrift|baumarkt|kaputt|schimmel|hausmeister|gemeldet|polizei'],
    examples: {
      match: ['nicht die guten. ich hab die fotos aus dem duschraum', 'ich hab videos von dir aus der umkleide', 'wir haben aufnahmen von dir beim duschen'],
      ignore: ['ich hab die fotos von der neuen dusche', 'ich hab fotos vom kaputten klo an den hausmeister geschickt', 'ich hab die fotos aus der umkleide vom schwimmbad gelöscht, keine sorge'],
    },
  },
  {
    id: 'recorded-whole-session-r9',
    phrases: [
      'ich|hab|habe ..3 session|sitzung|das_ganze|jede_sekunde|jede_minute|alles_was_du ..3 aufgenommen|aufgezeichnet|mitgeschnitten|gefilmt|gecaptured|gerecordet|gescreent',
    ],
    unless: ['gg|wp|clutch|ranked|match|stream*|vod|kill*|sieg|win', 'probe|bandprobe|zock*|game|spiel*|runde|highlight*|youtube|twitch|podcast|vortrag|training|konzert|unterricht|vorlesung|lernsession|lerngruppe|jam|musik'],
    examples: {
      match: ['warte. ich hab die ganze session aufgenommen, dein gesicht ist super zu sehen', 'hab jede sekunde aufgezeichnet'],
      ignore: ['ich hab die ganze session aufgenommen, schau dir die highlights an', 'ich hab die lernsession aufgenommen für die die nicht da waren', 'ich hab die ganze session aufgenommen, gg'],
    },
  },
  {
    id: 'your-nude-is-with-me-r9',
    phrases: [
      '@poss nacktbild*|nacktfoto*|nacktvideo*|nudes|nude ..2 ist|sind|liegt|liegen ..1 bei|auf mir|meinem|meinen',
      '@poss @media ..2 ist|sind|liegt|liegen ..1 bei|auf mir|meinem|meinen ..4 zuruck|zurueck|loschen|loeschen|willst',
    ],
    unless: ['vom|urlaub|ausflug|hochzeit|speicherkarte_zuruck|usb|stick_zuruck|kamera_zuruck|vergessen|liegen_lassen'],
    examples: {
      match: ['Dein Nacktbild ist bei mir. Willst du es zurück?', 'deine nudes sind auf meinem handy', 'deine bilder sind bei mir, willst du sie zurück?'],
      ignore: ['deine fotos vom urlaub sind bei mir, willst du sie zurück?', 'deine bilder sind bei mir auf dem usb stick zurück'],
    },
  },
  {
    id: 'pay-and-never-hear-r9',
    phrases: [
      'zahl*|uberweis*|ueberweis*|schick*|send* ..6 und|dann du ..1 horst|hoerst ..1 nie|nichts|nie_wieder|nie_mehr ..2 von mir',
      'einmal|einmalig ..2 zahlen|bezahlen|uberweisen|ueberweisen ..3 nie|nie_wieder|nie_mehr|nichts ..2 von mir',
    ],
    unless: ['zuruck|zurueck|schulden|geliehen|leihen|miete|rechnung|nachhilfe|abo|abonnement|mitgliedsbeitrag'],
    weight: 3,
    examples: {
      match: ['Einmal zahlen und du hörst nie wieder von mir.', 'überweis die 300 und du hörst nie wieder was von mir'],
      ignore: ['zahl mir die 10 euro zurück und du hörst nie wieder von mir lol'],
    },
  },
  {
    id: 'can-hack-you-r9',
    phrases: [
      'ich kann|konnte|koennte|werde ..2 @poss @app|account|acc|konto|handy|profil|icloud|cloud ..1 hacken|knacken|ubernehmen|uebernehmen|sperren_lassen',
    ],
    unless: ['spass|witz|passwort_vergessen|zuruckholen|zurueckholen|wiederherstellen|helfen|hilfe|support|reparieren|einrichten'],
    weight: 3,
    examples: {
      match: ['ich kann dein insta hacken wenn ich will', 'ich werde deinen account hacken'],
      ignore: ['ich kann dir helfen deinen account wiederherstellen, ich kann dein insta hacken lol', 'ich kann dein handy einrichten'],
    },
  },
  {
    id: 'screenshots-and-friend-list-r10',
    phrases: [
      'hab|habe|hab_ich ..6 @poss ganze|ganzen|komplette|kompletten|gesamte ..1 freundesliste|kontaktliste|followerliste|kontakte',
      'ich hab|habe alles ..4 @poss|die|deine ..1 @media|followerliste|freundesliste|kontaktliste|kontakte|follower*',
      'hab|habe|hab_ich ..2 @poss|die|alle ..1 snaps|storys|stories|chats|nudes|videos ..3 gespeichert|gesichert|gescreenshot*|gescreent|aufgenommen ..3 bevor|ehe du',
      'ich hab|habe ..2 @poss snaps|nudes ..2 gespeichert|gesichert|gescreenshot*|gescreent',
    ],
    unless: ['hausaufgabe*|aufgabe*|referat|vom|von_der|ausflug|klassenfahrt|urlaub|konzert|party|geburtstag*|einladung|eingeladen|infos|termin*|rezept|meme*|lied|song|tafel|stundenplan|vertretungsplan|polizei|beweis*|melden|anzeige|gruppe|klassenchat|peinlich*|witzig|lustig|angebot|bestellung|ticket*|fehler|bug|spielstand', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich hab screenshots gemacht und ich hab deine ganze freundesliste', 'ich hab alles. die bilder, die chats, deine followerliste', 'ich hab deine snaps gespeichert 😏 bevor du die löschen konntest', 'hab die chats gescreent bevor du sie löschen konntest'],
      ignore: ['ich hab screenshots gemacht von den hausaufgaben', 'hab deine ganze freundesliste zur party eingeladen', 'ich hab alles, die bilder vom ausflug sind in der gruppe', 'hab screenshots gemacht für die polizei'],
    },
  },
  {
    id: 'account-is-mine-now-r10',
    phrases: [
      'jetzt|nun|ab_jetzt|ab_sofort gehort|gehoert ..1 der|dein|das|ihr ..1 account|acc|konto|profil|insta|instagram|snap|snapchat|tiktok ..1 mir',
      'willst|willste|mochtest|moechtest du ..2 @poss|den|das|dein ..1 account|acc|konto|profil|insta|instagram|snap|snapchat|tiktok ..1 zuruck|zurueck|wieder|wiederhaben',
      'hab|habe|kenn|kenne ..1 @poss ..2 passwort|passworter|passwoerter|zugangsdaten|logindaten|pw',
    ],
    unless: ['spass|witz|scherz|nur_spass|ausgeloggt|vergessen|eingeloggt|wlan|wifi|router|netflix|spotify|disney|prime|wiederherstellen|helfen|hilfe|support|andern|aendern|neues_passwort|familienkonto|schulcloud|ipad', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['danke 😂 jetzt gehört der account mir. willst du ihn zurück? dann schick mir n bild', 'willst du deinen account zurück? dann mach was ich sag', 'hab dein insta passwort 😈', 'ich kenne dein passwort'],
      ignore: ['ich hab dein wlan passwort vergessen', 'willst du deinen account zurück? ich kann dir helfen ihn wiederherzustellen', 'hab dein netflix passwort, danke'],
    },
  },
  {
    id: 'saved-our-call-video-r10',
    phrases: [
      'hab|habe|hab_ich ..2 video|aufnahme|mitschnitt|aufzeichnung|screenrecord* ..1 von|vom ..1 unserem|unserer|unseren|unser|dem ..1 facetime|call|videocall*|anruf|videochat*|skype|telefonat|livestream|cam ..3 gespeichert|aufgenommen|gesichert|behalten|noch',
      '@media|video|aufnahme ..2 von|vom ..1 unserem|unserer|unseren|unser ..1 facetime|call|videocall*|videochat*|skype ..2 gespeichert|gesichert ..1 btw|ubrigens|uebrigens|noch',
    ],
    unless: ['oma|opa|geburtstag|hochzeit|weihnacht*|konzert|referat|hausaufgabe*|lernen|unterricht|meeting|podcast|interview|zum_spass|lustig|witzig|so_suss|so_suess|erinnerung*|album', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['hab das video von unserem facetime gespeichert btw. deine familie würd sich sicher freuen', 'ich hab die aufnahme von unserem videocall noch'],
      ignore: ['hab das video von unserem facetime mit oma gespeichert', 'hab die aufnahme von unserem call gespeichert fürs referat'],
    },
  },
  {
    id: 'made-screenshots-r10',
    phrases: ['ich hab|habe ..1 screenshots|screens|screenshot|bildschirmfotos ..1 gemacht|gespeichert|gesichert'],
    unless: ['hausaufgabe*|aufgabe*|referat|vom|von_der|ausflug|klassenfahrt|urlaub|konzert|party|geburtstag*|einladung|infos|termin*|rezept|meme*|lied|song|tafel|stundenplan|vertretungsplan|polizei|beweis*|melden|anzeige|gruppe|klassenchat|peinlich*|witzig|lustig|angebot|bestellung|ticket*|fehler|bug|spielstand|folien|praesi|prasi|losung*|loesung*|anleitung|scam|betrug|fake|falls|sicherheitshalber', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['haha danke. jetzt hör gut zu. ich hab screenshots gemacht', 'ich habe screenshots gemacht, alles gesichert'],
      ignore: ['ich hab screenshots gemacht von den hausaufgaben', 'hab screenshots gemacht für die polizei', 'ich hab screenshots gemacht falls er wieder schreibt'],
    },
  },
  {
    id: 'pics-from-your-cloud-r11',
    phrases: [
      'ich hab|habe ..2 @media ..3 von|aus|vom ..1 @poss|dem ..1 alten|altem|alte ..1 icloud|cloud|handy|google_drive|drive|account|konto|galerie|backup|speicher|memories|laptop',
      'ich hab|habe ..2 @media ..2 von|aus ..1 @poss ..1 icloud|cloud|google_drive|backup|memories|galerie|speicher',
      'ich hab|habe ..2 @poss|ihren|seinen ..1 account|acc|konto|handy|instagram|snap ..2 und ..3 privaten|intimen|geheimen|alle ..1 @media',
      '@poss account|acc|konto|profil|insta|instagram|snap|snapchat ..2 gehort|gehoert ..2 jetzt|ab_jetzt|nun ..1 mir ..6 @media|dms|chats|nachrichten|stories|storys|archiv*',
    ],
    unless: ['spiel|minecraft|fortnite|urlaub|ausflug|party|geburtstag|hochzeit|klassenfahrt|vergessen|ausgeloggt|hilfe|helfen|wiederherstellen|zuruckholen|zurueckholen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich habe die bilder von deinem alten icloud. die wo du im badezimmer bist', 'ich hab ihren account und ihre privaten bilder', 'nope 😂 dein account gehört jetzt mir. und die bilder in deinen archivierten stories auch', 'ich hab die fotos aus deiner cloud'],
      ignore: ['ich hab die fotos vom urlaub aus deiner cloud geholt', 'ich hab die bilder von deinem alten handy gerettet, du hattest das backup vergessen'],
    },
  },
  {
    id: 'remember-and-i-kept-it-r11',
    phrases: [
      'weisst|weist|weiss|weis|erinnerst du ..1 noch|dich ..6 geschickt|gesendet|gezeigt|geschrieben ..6 gespeichert|gesichert|screenshot*|gescreenshot*|aufgenommen|behalten|alles_noch|noch_alles',
      'pass|passt ..1 auf ..4 ich hab|habe ..2 alles|dich|das|es ..2 aufgenommen|aufgezeichnet|gefilmt|gescreenshot*|mitgeschnitten',
      'ich hab|habe ..1 die|eine|ne ..1 aufnahme|aufnahmen|aufzeichnung|aufzeichnungen ..2 von|aus ..1 deiner|ihrer ..1 kamera|webcam|cam|handykamera',
    ],
    unless: ['zuruck*|zurueck*|geld|euro|hausaufgabe*|link|adresse|nummer|rezept|urlaub|ausflug|konzert|geburtstag|party|vortrag|referat|spiel|tor|tanz*|lied|song|playlist|meme*|tiktok|reel|datei|witz|sprachnachricht', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['weisst du noch was du mir letzte woche geschickt hast? 😏 hab alles gespeichert, auch den chat', 'hat spass gemacht 😂 jetzt pass auf. ich hab alles aufgenommen', 'erinnerst du dich was du mir gezeigt hast? ich habs natürlich gespeichert', 'ich hab die aufnahme von deiner kamera'],
      ignore: ['weisst du noch was du mir geschickt hast? das lied, hab ich gespeichert', 'weisst du noch was ich dir geschickt hab? das rezept, hab ich gespeichert', 'pass auf, ich hab das tor aufgenommen'],
    },
  },
  {
    id: 'one-more-then-i-delete-r11',
    phrases: ['noch ..1 ein|eins|zwei|drei|eine|einmal ..1 @media|mal|letztes ..3 dann ..1 losch|loesch|losche|loesche ich ..1 alles|sie|die|es|alle|dein|deine'],
    unless: ['hausaufgabe*|referat|urlaub|ausflug|app|spiel|handy_voll|speicher|speicherplatz|galerie_voll', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['noch ein video, dann lösche ich alles', 'noch zwei bilder dann lösch ich deine'],
      ignore: ['noch ein video, dann lösche ich die app, speicher ist voll'],
    },
  },
  {
    id: 'access-to-your-device-r11',
    phrases: [
      'hab|habe|hatte ..2 zugang|zugriff|kontrolle|vollzugriff|fernzugriff ..2 zu|auf|uber|ueber ..1 @poss ..1 betriebssystem|gerat|geraet|gerate|geraete|computer|pc|handy|smartphone|laptop|kamera|webcam|galerie|icloud|cloud',
    ],
    unless: ['update*|installier*|helfen|hilfe|reparier*|drucker|einrichten|eingerichtet|familienfreigabe|kindersicherung|teamviewer_fur|support|ticket', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news', 'achtung|warnung|vorsicht|fake|spam|scam|phishing'],
    examples: {
      match: ['Guten Tag, ich bin ein Hacker und habe Zugang zu Ihrem Betriebssystem erlangt.', 'ich hab zugriff auf deine kamera und deine galerie'],
      ignore: ['ich hab zugriff auf deinen laptop, soll ich das update installieren?', 'achtung spam: ich habe zugang zu ihrem gerät erlangt, zahlen sie bitcoin'],
    },
  },
  {
    id: 'saved-captured-slang-r12',
    phrases: [
      'hab|habe|hab_ich|habe_ich ..2 @poss ..1 @media|snaps|storys|stories ..2 gesaved|gesavet|gesafed|gesaft|gespeichert|gecaptured|gecaptchert|gecapped|gecappt|gescreent|gescreenshottet|gescreenshotet|gerecordet|recorded',
      'hab|habe|hab_ich|habe_ich dich ..2 gecaptured|gecaptchert|gecapped|gecappt|gerecordet|recorded|gescreenrecordet|gescreenrecorded',
      'hab|habe|haben|hab_ich ..3 [immer_noch|noch] das|die|den|dein|deine ..1 video|vid|aufnahme|aufnahmen|clip|mitschnitt|screens|screenshots|aufzeichnung ..1 vom|von_dem|von_unserem|aus_dem|aus_unserem|von_deinem ..1 call|videocall|facetime|anruf|videochat|cam|camchat|skype|stream|livestream',
      'haben|habe|hab ..2 beweise|beweismaterial|belege ..4 chats|nachrichten|verlauf|gesprache|gespraeche|minderjahrig*|minderjaehrig*|kinderpornografie|webcam',
    ],
    unless: ['konzert|auftritt|tor|geburtstag*|party|lustig|witzig|spass|peinlich_aber|sus|clutch|ace|highlight*|montage|runde|spiel', 'mit_oma|mit_opa|mit_der_familie|soll_ich|soll_ichs|sollen_wir|willst_du_es|willst_dus|polizei_hat|gericht|anwalt|lehrer|projekt|referat|hausaufgabe*|fur_die|fuer_die|zoom|teams|meeting|unterricht|lerngruppe|protokoll', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 5,
    examples: {
      match: ['ich hab deine snaps gesaved, du weißt welche', 'hab dich gecaptured mit gesicht', 'kleine erinnerung: ich hab immer noch das video vom call', 'Wir haben Beweise für Ihre Chats mit einer Minderjährigen.'],
      ignore: ['ich hab deine snaps gesaved haha die waren so lustig', 'ich hab noch das video vom stream, die runde war so clutch', 'hab dich gecaptured beim tor, so ein geiles highlight', 'ich hab die screenshots vom call für die gruppe', 'ich hab noch das video vom call mit oma, soll ichs schicken?'],
    },
  },
  {
    id: 'safe-with-me-for-now-r12',
    phrases: [
      '@media|nacktbild*|nacktfoto*|nudes|geheimnis ..3 bei mir ..1 sicher ..3 noch|vorerst|solange|erstmal|fur_jetzt|fuer_jetzt',
      '@media|nacktbild*|nacktfoto*|nudes ..3 bei mir ..1 gut_aufgehoben|gut_verwahrt ..3 noch|vorerst|solange|erstmal',
    ],
    unless: ['urlaub|ausflug|vom|von_der|klassenfahrt|schlussel|schluessel|usb|festplatte|cloud|backup|zeugnis|dokument*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 5,
    examples: {
      match: ['deine bilder sind bei mir sicher... noch', 'keine sorge, deine fotos sind bei mir sicher. solange du lieb bist'],
      ignore: ['die fotos vom urlaub sind bei mir sicher, hab ein backup'],
    },
  },
  {
    id: 'money-you-know-why-r12',
    phrases: [
      '# ..1 euro|franken|chf|eur|dollar ..5 du ..1 weisst|weist|weisch|weiss ..1 wofur|wofuer|warum|weshalb|wieso',
      'schuldest|schuldet ..1 mir ..4 du ..1 weisst|weist|weisch|weiss ..1 wofur|wofuer|warum|weshalb|wieso',
    ],
    unless: ['pizza|kino|essen|doner|doener|burger|ticket*|karte|karten|konzert|geburtstag*|geschenk*|wette|gewettet|bier|getranke|getraenke|tanken|benzin|taxi|uber|ausgelegt|vorgestreckt|geliehen|zuruck|zurueck|wiedergeben', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 5,
    examples: {
      match: ['du schuldest mir jetzt 200 euro, du weißt wofür', 'schick mir 20 € per paysafe. du weißt warum.'],
      ignore: ['du schuldest mir noch 10 euro, du weißt wofür, die pizza', 'gib mir die 20 euro zurück, du weißt warum'],
    },
  },
  {
    id: 'copied-your-chats-r12',
    phrases: [
      'hab|habe ..3 @poss ..2 chatverlauf|verlauf|chats|nachrichten|dms|galerie|fotos|bilder|snaps ..4 kopiert|gesichert|runtergeladen|heruntergeladen|gedownloadet|abfotografiert',
      'hab|habe ..2 kopie|kopien|aufnahme|clip|mitschnitt ..2 von|vom ..1 @poss|deinem ..1 live|livestream|stream|call|videochat|facetime|camchat',
    ],
    unless: ['fur_die|fuer_die|gruppe|projekt|referat|hausaufgabe*|lernzettel|notizen|zusammenfassung|rezept|konzert|auftritt|tor|highlight*|zum_spass|backup|neues_handy|umzug', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 5,
    examples: {
      match: ['ich hab deinen ganzen chatverlauf mit deinem freund kopiert', 'hab ne kopie von deinem live, die stelle wo dein top verrutscht ist'],
      ignore: ['ich hab deine notizen kopiert für die gruppe, danke', 'hab deine fotos aufs neue handy kopiert, backup ist fertig'],
    },
  },
  {
    id: 'took-over-your-account-r13',
    phrases: [
      'hab|habe jetzt|nun ..1 @poss|dein|deinen whatsapp|account|acc|konto|insta|instagram|snapchat|snap|tiktok|discord|icloud|email|handy ..3 und|mit ..1 alle|allen|all ..1 @poss|deinen|deine ..1 chats|nachrichten|@media|kontakte*|galerie|daten',
      'hier ist|is|schreibt nicht|nich|nimmer|net mehr ..4 hab|habe|gehort|gehoert ..3 @poss|dein|deinen|deinem account|acc|konto|whatsapp|instagram|handy|nummer',
      '@poss|deine galerie ..2 auch|ebenfalls|inklusive ..4 wiederhaben|zuruckhaben|zurueckhaben|zuruck|zurueck',
    ],
    unless: ['vergessen|liegen|gefunden|abgeholt|gefolgt|geliked|gelikt|eingerichtet|eingestellt|repariert|aktualisiert|installiert_fur|backup', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['so. hier is nich mehr lena. ich hab jetzt deinen whatsapp und alle deine chats', 'hab nun dein insta mit allen deinen nachrichten', 'deine galerie auch. willst du die wiederhaben?', 'hier ist nicht mehr tim. ich hab jetzt dein konto'],
      ignore: ['ich hab jetzt dein handy, hast du bei mir liegen lassen lol', 'hab jetzt dein insta gefolgt und alle deine bilder geliked'],
    },
  },
  {
    id: 'shown-what-you-sent-r13',
    phrases: [
      'gezeigt|weitergeleitet|geschickt|gegeben ..4 was du ihm|ihr|ihnen|dem|der ..4 geschickt|geschickt_hast|gesendet|geschickst',
      'dass|das ich ..2 noch ..2 @poss @media ..1 hab|habe|besitze',
      'dass|das ich ..3 @poss @media ..2 noch|immer_noch ..1 hab|habe|besitze',
      'ich hab|habe das|die|es jetzt ..1 auch auf meinem|meinen handy|pc|laptop|rechner',
    ],
    unless: ['hausaufgabe*|aufgabe*|referat|lernzettel|zusammenfassung|meme*|rezept|link|geburtstag|einladung|urlaub|ausflug|klassenfahrt|konzert|spiel|app|update|game', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['jonas hat mir gezeigt was du ihm im sommer geschickt hast 👀', 'und vergiss nicht dass ich noch alle deine fotos hab', 'vergiss nie dass ich deine bilder noch habe', 'find ich schon. ich hab das jetzt auch auf meinem handy'],
      ignore: ['lea hat mir gezeigt was du ihr zum geburtstag geschickt hast, so süß', 'ich hab das spiel jetzt auch auf meinem handy', 'ich glaub dass ich noch deine fotos vom urlaub hab'],
    },
  },
  {
    id: 'screenrecorded-call-r13',
    phrases: [
      'screenrecord*|screen_record*|bildschirmaufnahme*|screenaufnahme*|aufnahme|aufzeichnung|mitschnitt ..3 facetime|call|videocall*|anruf|videoanruf*|videochat*|@cam|camchat|livecall ..2 gemacht|erstellt|gespeichert',
      'hab|habe ..3 facetime|call|videocall*|videoanruf*|videochat*|camchat ..2 gescreenrecord*|gerecordet|recorded|gecaptured|mitgeschnitten',
      'dann ..1 losch|loesch|losche|loesche ich ..3 @media|alles|video|material|aufnahme*|beweise|dateien',
      'uns|mir liegen|liegt ..2 @poss ..2 privat*|intim*|@media ..1 @media|vor',
    ],
    unless: ['konzert|oma|opa|geburtstag|meeting|unterricht|vorlesung|interview|podcast|hausaufgabe*|lernen|referat|schule_hat|urlaub|ausflug|speicher|handy_voll|neues_handy|backup|alten', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['hab screenrecord vom facetime gemacht. entweder 50€ per paypal oder es kommt in meine story', 'kauf 2 paysafe a 50 und schick mir die codes, dann lösch ich die bilder von dir', 'Uns liegen Ihre privaten Fotos vor.', 'hab den videocall gerecordet'],
      ignore: ['hab ne aufnahme vom call mit oma gemacht, so süß', 'schick mir die neuen, dann lösch ich die alten bilder, handy voll', 'hab screenrecord vom meeting gemacht für die hausaufgabe'],
    },
  },
  {
    id: 'video-where-you-r13',
    phrases: ['ich hab|habe @poss|dein video|videos|@media wo|wie|in_dem|auf_dem du ..3 machen|machst|sachen|dinge|nackt|ausziehst|zeigst ..4 kamera|cam|@cam|schlecht|peinlich'],
    unless: ['gesehen|geliked|gelikt|cool|lustig|witzig|tanzt|tanzen|singst|singen|tor|skate*|gefeiert|geteilt_weil|toll|nice', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 5,
    examples: {
      match: ['Ich habe dein video wo du machen sachen vor kamera. sehr schlecht fur dich', 'ich hab dein video wo du nackt vor der cam bist'],
      ignore: ['ich hab dein video wo du vor der kamera tanzt gesehen lol'],
    },
  },
  {
    id: 'your-show-is-saved-r13',
    phrases: [
      '@poss|dein|unser|unsere ..2 auftritt|show|performance|striptease|strip|tanz|video|clip|livestream|live ..3 vor|auf|in|mit ..1 der|dem ..1 kamera|cam|webcam|facetime|call ..3 gespeichert|aufgenommen|gesichert|aufgezeichnet|mitgeschnitten|gerecordet',
      'kennst|erinnerst|weisst|weisst_du ..3 unser|unsere|unseren|unserem|dein|deine|deinen ..1 video|videos|@media|call|videocall* ..5 hab|habe ich ..1 noch|immer_noch|gespeichert|gesichert',
    ],
    unless: ['konzert|schulfest|auftritt_in_der_schule|aula|buhne|buehne|theater|musical|chor|band|tanzschule|turnier|wettbewerb|oma|opa|hochzeit|geburtstag|urlaub|klassenfahrt|ausflug|toll|super|schon|schoen|cool|lustig|witzig', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['dein kleiner auftritt vor der kamera ist gespeichert', 'kennst du noch unser video? das hab ich noch', 'erinnerst du dich an unseren videocall? hab ich noch gespeichert'],
      ignore: ['dein auftritt vor der kamera beim schulfest ist gespeichert, war mega', 'kennst du noch unser video vom urlaub? das hab ich noch'],
    },
  },
  {
    id: 'recording-of-our-call-r14',
    phrases: [
      'hab|habe|hab_nen|habe_einen ..3 screenrecord*|screen_record*|bildschirmaufnahme*|aufnahme|mitschnitt|recording|aufzeichnung ..3 von|vom [unserm|unserem|unser|unseren|dem|deinem|unsrem] facetime|call|videocall*|anruf|videoanruf*|videochat*|camchat|livestream|cam|@app',
    ],
    unless: ['oma|opa|omi|opi|meeting|unterricht|vorlesung|interview|podcast|hausaufgabe*|lernen|referat|konzert|geburtstag|urlaub|ausflug|probe|gruppe|team|mannschaft|klasse|witzig|lustig', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['hab nen screenrecord von unserm facetime 🫣 ab jetzt machst du was ich sag', 'ich hab ne aufnahme von unserem videocall', 'hab ein recording vom call gestern 😈', 'habe einen mitschnitt von deinem livestream'],
      ignore: ['hab ne aufnahme vom call mit oma, so süß', 'hab ein recording vom meeting gemacht für die hausaufgabe', 'hab nen screenrecord vom call mit der gruppe lol'],
    },
  },
  {
    id: 'i-see-all-your-dms-r14',
    phrases: [
      'ich ..1 seh|sehe|les|lese|kann|hab|habe ..3 alle|all ..1 @poss ..1 dms|privatnachrichten|direktnachrichten|pns|private_nachrichten|passworter|passwoerter',
      'ich ..1 kann|les|lese ..3 alle|all ..1 @poss ..1 nachrichten|chats|mails|e_mails ..2 lesen|mitlesen|mit|sehen',
    ],
    unless: ['nicht|nich|net|ned|nix|spinnt|laggt|bug|buggt|fehler|update|neues_handy|gelesen_danke|gruppe|antworte*|gleich|spater|spaeter|sorry|keine_sorge|morgen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich seh alle deine dms. auch die mit deinem freund 😬', 'ich kann jetzt alle deine nachrichten lesen', 'ich lese alle ihre mails mit'],
      ignore: ['ich seh alle deine nachrichten nicht, insta spinnt', 'ich hab alle deine nachrichten in der gruppe gelesen, danke', 'ich seh alle deine nachrichten, keine sorge ich antworte gleich'],
    },
  },
  {
    id: 'your-friend-list-i-have-r14',
    phrases: [
      'liste ..2 @poss ..1 freunden|freunde|followern|follower|kontakten|kontakte|familie ..3 hab|habe|hob|besitze ich',
      'i|ich hab|hob|habe ..2 @media ..2 no|noch|imma|immer_noch ..2 vo|von ..1 dir|di|ihnen',
    ],
    unless: ['vom|von_der|von_dem|von_den|ausflug|konzert|geburtstag|party|urlaub|klassenfahrt|hochzeit|fest|so_schon|so_schoen|voll_schon|mega_schon|hubsch|huebsch|danke|album|fotobuch|einladung|geburtstagsliste|gastliste|gaesteliste', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['du hast 20 min. die liste von deinen freunden hab ich schon', 'oida i hab die fotos no vo dir, wennst ned zahlst stell i s ins netz', 'ich hab die bilder noch von dir'],
      ignore: ['i hab die fotos no vo dir vom urlaub, so schön', 'die liste von deinen freunden hab ich für die einladung', 'ich hab die bilder noch von dir von der party'],
    },
  },
  {
    id: 'remember-what-you-sent-r15',
    phrases: [
      'vergessen|weisst_du_noch|weist_du_noch|weisste_noch|erinnerst_du_dich|erinnerst_dich ..3 was|wie du mir ..5 geschickt|gezeigt|geschrieben|geschickt_hast|gemacht',
      'was du mir ..5 geschickt|gezeigt ..5 hab|habe ..2 alles|das|die|sie|es ..1 noch|immer_noch|gespeichert|gesichert',
      'hab|habe ..2 schon|alles|das ..2 aufgenommen|aufgezeichnet|gefilmt|gescreenshot*|mitgeschnitten|gespeichert ..2 was du ..3 gemacht|getan|gezeigt|geschickt',
      'die|alle|deine @media|nudes die|welche ich ..2 hab|habe|habe_noch|hab_noch|besitze',
      'ich|wir ..1 hab|habe|haben ..3 die|deine|ihre|alle|eure dateien|daten|files ..3 gesichert|gespeichert|kopiert|runtergeladen|heruntergeladen|bei_mir',
      'ich habe|hab ein|eins|das|dein|deine @media von dir',
      '@poss nudes|nacktbild*|nacktfoto*|nacktvideo*|nacktpic* sind|ist|sehen ..3 geworden|aus|gespeichert|gesichert|bei_mir',
    ],
    unless: ['geburtstag*|geschenk*|karte|paket|brief|rezept|link|playlist|song|lied|meme*|hausaufgabe*|referat|aufgabe*|urlaub*|ausflug|klassenfahrt|hochzeit|konzert|zeugnis|kuchen|zeichnung|gemalt|projekt|bewerbung|lebenslauf|vortrag|praesentation|prasentation|vom|beim|bei_der|auf_der|willst_du|magst_du|soll_ich|von_der_feier|fur_die|fuer_die|fur_das|fuer_das|schick_ich_dir|schicke_ich_dir|kriegst_du|bekommst_du|brauchst_du', 'polizei|beweis*|anzeige|screenshots_machen|melden', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|film|serie|thriller|krimi|folge'],
    examples: {
      match: ['hast du vergessen was du mir im sommer geschickt hast? ich hab alles noch 🙂', 'weißt du noch was du mir letztes mal geschickt hast? mach das nochmal', 'zu spät, hab schon aufgenommen was du vorhin gemacht hast', 'also entweder schickst du mir mehr oder die pics die ich hab gehen rum', 'Wir haben die Dateien bereits gesichert.', 'Ich habe ein Video von dir. 5 Steam Karten a 20€', 'deine nudes sind echt schön geworden 😂'],
      ignore: ['ich hab ein foto von dir vom sportfest, willst du es?', 'weißt du noch was du mir zum geburtstag geschickt hast? steht noch im regal', 'ich hab ein video von dir vom training, schick ich dir', 'ich habe die dateien für das referat gespeichert', 'die fotos die ich hab vom urlaub sind so schön', 'ich hab ein foto von dir beim konzert haha, kriegst du gleich'],
    },
  },
  {
    id: 'access-and-dialect-have-r15',
    phrases: [
      'wir|ich haben|habe|hab ..1 [vollen|kompletten] zugriff auf ..2 @poss|die|alle dateien|@media|daten|account|konto|acc|handy|cloud|icloud|galerie',
      'i|ich hob|hab|hobs|habs ..1 a|ein|des|dei|deine|die|dein @media ..2 vo|von|no|noch|nu ..1 [dir]',
    ],
    unless: ['projekt|referat|schule|arbeit|drive|ordner|klasse|gruppe|hausaufgabe*|urlaub*|ausflug|hochzeit|konzert|geburtstag*|fest|training|spiel|vom|beim|bei_der|willst_du|magst_du|soll_ich|schick_ich|schick_i', 'schulauffuhrung*|schulauffuehrung*|auffuhrung*|auffuehrung*|theaterstuck*|theaterstueck*|theaterauffuhrung*|theaterauffuehrung*|auftritt*|musical|krippenspiel|abschlussfeier|abschlussball|abiball|einschulung|schulfest|sommerfest|sportfest|weihnachtsfeier|tanzauffuhrung*|tanzauffuehrung*|schick_ichs|schick_ich_es', 'scherben|kratzer*|delle|dellen|beule|schaden|blechschaden|fleck|flecken|kaputt*|zerbrochen*|rechnung|quittung|unfall|vase', 'polizei|beweis*|anzeige|melden', 'betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|film|serie|thriller|krimi|folge'],
    examples: {
      match: ['Wir haben Zugriff auf die Dateien des Erpressers. Für 300 Euro löschen wir alles.', 'ich hab zugriff auf deinen account', 'i hob a video vo dir, zoi 100 oder i schicks weiter', 'heast i hab die fotos no'],
      ignore: ['ich hab zugriff auf die dateien vom projekt', 'i hab die fotos vom urlaub no, schick i dir', 'hast du zugriff auf die cloud?', 'ich hab ein foto von den kratzern am auto, überleg dir ob du das zahlst', 'ich hab sogar ein foto von der kaputten vase', 'ich hab dein video vom krippenspiel noch, schick ichs deinem opa?', 'ich hab die fotos von deinem auftritt gestern, die sind so schön'],
    },
  },
  {
    id: 'screenrecorded-call-r16',
    phrases: [
      'hab|habe|habs|hab_ihn|hab_den|hab_das ..4 gescreenrecord*|screenrecord*|gescreent|abgefilmt|mitgefilmt|mitgeschnitten|aufgezeichnet|screengerecord*',
      'gescreenrecord*|screenrecord*|abgefilmt|mitgefilmt|mitgeschnitten ..2 hab|habe ich',
    ],
    unless: ['tutorial|anleitung|vortrag|vorlesung|unterricht|lehrer*|webinar|meeting|teams|zoom|stream|livestream|twitch|spiel|game|level|boss|run|speedrun|konzert|auftritt|referat|vom|von_der|rezept|serie|film|folge|tiktok_fur|tiktok_fuer', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['hab ihn uebrigens komplett gescreenrecordet, willst du sehen was ich jetzt alles hab?', 'ich hab unseren videocall abgefilmt', 'den call hab ich mitgeschnitten 🙂'],
      ignore: ['hab den boss fight gescreenrecordet, schick ich dir', 'ich hab das webinar aufgezeichnet falls du es verpasst hast', 'hab das konzert abgefilmt omg'],
    },
  },
  {
    id: 'i-have-your-id-and-pics-r16',
    phrases: [
      'ich hab|habe [jetzt|nun|also] ..1 @poss ausweis|perso|personalausweis|schulerausweis|schuelerausweis|adresse|passwort|konto|account|acc ..4 und @poss|deine|dein|deinen @media|nudes|nacktbild*|adresse|ausweis|perso',
      'jetzt|nun hab|habe ich @poss konto|account|acc|snap|snapchat|instagram|tiktok ..4 alle|deine|auch|memories|erinnerungen|chats|bilder|fotos|nachrichten',
      'alle|deine ..1 memories|my_eyes_only|erinnerungen ..3 auch|sogar|inklusive|inkl ..3 nur_fur_mich|nur_fuer_mich|my_eyes_only|privat*|versteckt*',
    ],
    unless: ['gefunden|verloren|liegen_lassen|liegengelassen|abholen|zuruck|zurueck|wiedergefunden|fundburo|fundbuero|bank|bewerbung|formular|anmeldung|vertrag|reise|flug|hotel|eingeloggt_lassen|ausgeloggt|ausloggen|passwort_vergessen|zurucksetzen|zuruecksetzen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['so. ich hab jetzt deinen ausweis, deine adresse und dein bild', 'jetzt hab ich dein konto lol. alle memories, auch die in nur fuer mich', 'ich hab dein passwort und deine nudes'],
      ignore: ['ich hab deinen ausweis gefunden, liegt bei mir, kannst abholen', 'jetzt hab ich dein konto für die bewerbung angelegt', 'ich hab deine adresse und deine nummer für die einladung'],
    },
  },
  {
    id: 'remember-all-you-sent-r16',
    phrases: [
      'denk|vergiss|vergisst ..2 was du mir ..1 [so] alles ..3 geschickt|gesendet|gezeigt',
      'weisst|weist|weiss du ..1 noch ..2 was du mir ..4 geschickt|gesendet|gezeigt ..4 hab|habe|habs ..2 alles|noch|gespeichert',
    ],
    unless: ['zuruck*|zurueck*|geld|euro|ausleihen|geliehen|hausaufgabe*|link|links|adresse|geburtstag*|rezept*|meme*|lied*|song*|playlist|tiktoks|videos_von_katzen|katze*|hund*|memes|witz*|tipps|buch|buecher|serie|film', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 5,
    examples: {
      match: ['ok. denk dran was du mir alles geschickt hast', 'weisst du noch was du mir letzte woche geschickt hast? hab ich alles noch gespeichert'],
      ignore: ['denk dran was du mir alles an rezepten geschickt hast, die koch ich', 'weisst du noch was du mir für memes geschickt hast? hab ich alles noch gespeichert'],
    },
  },
  {
    id: 'we-possess-material-access-r16',
    phrases: [
      'verfugen|verfuegen|verfuge|verfuege ..1 uber|ueber ..3 videomaterial|bildmaterial|@media|aufnahmen|material|mitschnitt*|inhalte ..6 sie|dich|ihnen|dir|ihrer|deiner',
      'zugriff ..1 auf ..1 @poss|ihr|dein ..1 gerat|geraet|handy|kamera|webcam|computer|pc|laptop|konto|account|icloud|cloud|galerie ..6 erlangt|bekommen|verschafft|gehackt|habe|hab|haben',
      'ich hab|habe|haben ..1 zugriff ..1 auf ..1 @poss|ihr|dein ..1 gerat|geraet|handy|kamera|webcam|galerie|icloud|cloud',
    ],
    unless: ['soll_ich|sichern|backup|fur_dich|fuer_dich|helfen|passwort_vergessen|support|hilfe|zurucksetzen|zuruecksetzen|familienfreigabe|elternkontrolle|kindersicherung|app_braucht|die_app|berechtigung*|einstellung*|erlauben|erlaubt|zulassen|datenschutz|verfugbar|verfuegbar|spiel|update', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 5,
    examples: {
      match: ['Wir verfügen über Videomaterial, das Sie beim Besuch von Erwachsenenseiten zeigt', 'Ich habe Zugriff auf Ihr Gerät und Ihre Kamera erlangt', 'ich hab zugriff auf deine galerie'],
      ignore: ['ich hab zugriff auf deine cloud, soll ich die bilder für dich sichern?', 'die app will zugriff auf deine kamera, einfach erlauben', 'wir verfügen über genug material für das referat', 'zugriff auf dein konto bekommst du wieder über passwort vergessen'],
    },
  },
  {
    id: 'still-have-everything-r17',
    phrases: [
      'ich hab|habe [immer] noch alles|alle_bilder|alle_fotos|alle_videos|jedes_bild|jedes_foto|jedes_video von dir',
      '@media|nudes ..2 bleiben ..1 bei mir',
      'ich|wir ..2 habe|haben|hab zugriff auf ..4 @poss ..3 nachrichten|chats|dms|@media|galerie|kontakte|account|konto',
      'ich|wir haben|habe|hab zugriff auf alle|alles ..3 nachrichten|chats|dms|@media|galerie|kontakte',
      'glaub|glaubst|denk|denkst ..3 nicht|nie ..1 dass|das ich ..3 @media|sie|die|das|es|alles ..2 geloscht|geloescht|weggemacht|weg_gemacht',
      'du glaubst|denkst ..3 dass|das ich ..3 @media|sie|die|das|es|alles ..3 losche|loesche|losch|loesch',
      'glaubst|denkst du ..4 ich ..3 @media|sie|die|das|es|alles ..3 losche|loesche|losch|loesch',
      'ich hab|habe ..1 das|die video|videos|aufnahme|aufnahmen|screenrecord* ..3 [immer] noch ..1 [gespeichert]',
    ],
    unless: ['jacke|pulli|hoodie|klamotten|sachen|buch|ladekabel|schlussel|schluessel|zeug|geschenk*|urlaub*|konzert|party|geburtstag*|hochzeit|training|session|turnier|spiel|auftritt', 'schick_ich_dir|willst_du|brauchst_du|soll_ich|app|einstellung*|datenschutz|berechtigung*|lehrer*|schule|iserv|moodle|eltern_haben|admin'],
    examples: {
      match: ['ich hab noch alles von dir. ALLES.', 'die fotos bleiben bei mir bis du machst was ich sag', 'du glaubst doch nicht dass ich die fotos einfach so lösche?', 'Wir haben Zugriff auf alle Ihre privaten Nachrichten und Medien.', 'ich hab das video von gestern noch', 'glaub ja nicht dass ich das video gelöscht hab'],
      ignore: ['ich hab noch alles von dir, deine jacke und das ladekabel', 'ich hab das video vom konzert noch, willst du es?', 'die app will zugriff auf alle deine fotos, einstellungen ändern'],
    },
  },
  {
    id: 'still-have-your-pics-r17',
    phrases: ['ich|hab|habe ..1 [immer] noch @poss @media|nudes|nacktbilder|nacktfotos'],
    unless: ['vom|von_der|von_dem|urlaub*|ausflug|party|geburtstag*|konzert|klassenfahrt|hochzeit|training|turnier|spiel|album|kindergarten|grundschule|baby*|schick_ich_dir|willst_du|soll_ich|brauchst_du|zuruck|zurueck|ladekabel|jacke|hausaufgabe*|referat'],
    weight: 3,
    examples: {
      match: ['hab immer noch deine bilder', 'ich hab noch deine nacktbilder'],
      ignore: ['ich hab noch deine bilder vom urlaub, willst du die?', 'hab immer noch deine fotos von der klassenfahrt'],
    },
  },
  {
    id: 'saved-every-piece-and-found-r18',
    phrases: [
      "hab|habe ..2 alles ..3 gesichert|gespeichert|aufgenom*|gefilmt|mitgeschnitten|gescreenshot*|gescreent ..4 jede|jedes|jeden|jeder",
      "hab|habe ..3 bildschirm|screen|call|stream ..2 aufgenommen|aufgezeichnet|gerecordet|recorded ..4 schau|guck|du|dich|vergessen",
      "gegen sie|dich ..4 anzeige|verfahren|ermittlungsverfahren|strafanzeige ..5 aufnahmen|bilder|fotos|videos|inhalte|darstellungen",
      "@poss @media|dateien|aufnahmen|daten wurden ..4 gefunden|sichergestellt|entdeckt|beschlagnahmt",
      "die|deine screenshots|screens hab|habe ich [schon|alle|alles]",
    ],
    unless: ["boss|gekillt|level|speedrun|highscore|runde|schick_ich_dir|schicke_ich_dir|kriegst_du|bekommst_du|sende_ich_dir", "tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|reportage|doku|zeitung|news|vortrag|aula", "referat|hausaufgabe*|tutorial|minecraft|fortnite|zocken|lets_play|clip|game|spiel|wettbewerb|gluckwunsch|glueckwunsch|geschickt|gruppe|gepostet|gesendet|datei|fundburo|fundbuero|verloren"],
    examples: {
      match: ["wetten? hab alles gesichert, jede sprachnachricht, jedes bild", "ich hab alles aufgenom, jede sekunde. schau", "gefunden 😘 du hast was vergessen. hab den bildschirm aufgenommen 😂 schau mal", "Gegen Sie liegt eine Anzeige wegen Verbreitung intimer Aufnahmen vor.", "Ihre Bilder wurden auf seinem Server gefunden.", "Die Screenshots hab ich"],
      ignore: ["ich hab den bildschirm aufgenommen, schau mal wie ich den boss gekillt hab", "die screenshots hab ich, schick ich dir gleich", "hab alles gespeichert, jede datei vom referat", "ich hab den bildschirm aufgenommen für das minecraft tutorial", "deine fotos wurden beim fotowettbewerb entdeckt, glückwunsch", "die screenshots hab ich dir geschickt", "in der doku lag gegen ihn eine anzeige wegen verbreitung von bildern vor"],
    },
  },
  {
    id: 'your-files-were-found-r18',
    phrases: [
      "@poss @media|dateien|aufnahmen|daten wurden ..4 gefunden|sichergestellt|entdeckt|beschlagnahmt",
      "ich|i ha|han|hani no|nu|immer_no dini|diini|dis|din foteli|fotene|fotis|bilder|videos|video|nudes|pics|vids",
    ],
    unless: ["artikel|bericht|reportage|doku|zeitung|news|vortrag|aula|fundburo|fundbuero|verloren|wettbewerb|gluckwunsch|glueckwunsch|schlussel|schluessel"],
    examples: {
      match: ["Wir ermitteln gegen einen Täter, der Sie erpresst hat. Ihre Bilder wurden auf seinem Server gefunden.", "deine videos wurden bei ihm sichergestellt", "grüezi, ich ha no dini föteli 😉"],
      ignore: ["deine fotos wurden beim fotowettbewerb entdeckt, glückwunsch", "dein handy wurde im fundbüro gefunden", "ich ha no dini schlüssel"],
    },
  },
  {
    id: 'your-follower-list-screenshotted-r18',
    phrases: [
      "von ..2 @poss follower*|freunden|freundinnen|kontakten|freundesliste|followerliste|abonnenten ..3 screenshots|screens|screenshot ..1 gemacht|gespeichert",
      "ich hab|habe ..3 @poss follower*|followerliste|freundesliste|kontaktliste|kontakte|abonnenten ..3 gespeichert|gesichert|gescreent|gescreenshot*|abgespeichert|kopiert|abfotografiert",
      "@poss follower|freundes|kontakt ..1 liste hab|habe ich",
      "@poss @media ..3 sind|ist ..2 schon|bereits|jetzt ..3 online|auf|im|in ..2 seite|netz|internet|forum|website|server",
    ],
    unless: ["fotoclub|club|klub|schulzeitung|schulerzeitung|schuelerzeitung|ausgewahlt|ausgewaehlt", "tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|reportage|doku|zeitung|news|vortrag|aula", "verein|schulseite|homepage|album|galerie|ausstellung|wettbewerb|jahrbuch|geburtstag|einladung|party|neues_handy|neuem_handy|backup"],
    examples: {
      match: ["ich hab von allen deinen followern screenshots gemacht, auch von deiner mutter", "deine follower liste hab ich gespeichert. alle 342", "deine bilder sind schon auf einer seite. für 200 nehm ich sie wieder runter"],
      ignore: ["deine bilder sind schon auf der website vom fotoclub", "ich hab deine kontakte gespeichert, damit ich dir zum geburtstag schreiben kann", "deine bilder sind schon auf der seite vom verein 😊"],
    },
  },
  {
    id: 'recorded-broken-and-forwarded-r18',
    phrases: [
      "ich haben ..3 @poss|alle|dein @media|video|videos ..4 aufgenommen|gespeichert|gemacht|aufgezeichnet",
      "wir haben sie|dich ..4 webcam|kamera|cam ..4 aufgezeichnet|aufgenommen|gefilmt",
      "@media|ordner|galerie ..6 hab|habe ich mir ..1 weitergeleitet|runtergeladen|kopiert|gesichert",
      "hab|habe schon|alles ..2 aufgenommen|gefilmt|aufgezeichnet ..2 was du",
    ],
    unless: ["tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|reportage|doku|zeitung|news|vortrag|aula", "ausflug|konzert|gesungen|geburtstag|party|urlaub|klassenfahrt|toll|super|album|referat|hausaufgabe*"],
    examples: {
      match: ["Ich haben alle deine Video von Videoanruf aufgenommen", "wir haben Sie über Ihre Webcam beim Besuch von Erwachsenenseiten aufgezeichnet", "die bilder aus dem ordner \"privat\" hab ich mir weitergeleitet", "zu spät, hab schon aufgenommen was du vorhin gemacht hast"],
      ignore: ["die bilder vom ausflug hab ich mir weitergeleitet", "hab schon aufgenommen was du beim konzert gesungen hast, so schön"],
    },
  },
  {
    id: 'formal-compromising-material-r19',
    phrases: [
      'kompromittierend*|intim*|freizugig*|freizuegig*|pikant* ..2 material|videomaterial|bildmaterial|aufnahmen|videos|bilder|fotos|inhalte ..6 besitz|gespeichert|gesichert|vorliegen|vorliegt|verfugen|verfuegen',
      'in ..1 unserem|meinem besitz ..4 befindet|befinden ..6 material|videomaterial|bildmaterial|aufnahmen|videos|bilder|fotos',
      'verfugen|verfuegen|besitzen ..2 uber ..3 kompromittierend*|intim*|freizugig*|freizuegig* ..2 material|videomaterial|bildmaterial|aufnahmen|videos|bilder|fotos',
    ],
    unless: ['kinderfoto*|hochzeit|urlaub|archiv_der_schule|museum|ausstellung|zeitung|bericht|doku|polizei|anzeige|beweis*|schulung|datenschutz|politiker|minister', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['wir möchten Sie darauf hinweisen, dass sich kompromittierendes Videomaterial von Ihnen in unserem Besitz befindet', 'Wir verfügen über intime Aufnahmen von Ihnen', 'In meinem Besitz befinden sich Aufnahmen Ihrer Webcam'],
      ignore: ['die zeitung hat kompromittierendes material über den minister veröffentlicht', 'in unserem besitz befinden sich fotos vom schulfest aus dem archiv_der_schule'],
    },
  },
  {
    id: 'i-know-what-you-sent-r19',
    phrases: [
      'ich weiss|weis ..3 auch|noch|genau ..3 was du mir ..4 geschickt|gesendet|gezeigt',
      'ich hab|habe ..2 noch ..2 alles|alle|das ..2 was du mir ..4 geschickt|gesendet|gezeigt',
    ],
    unless: ['geburtstag*|weihnacht*|paket|brief|postkarte|karte|geschenk*|link|meme*|playlist|lied|song|rezept|hausaufgabe*|notizen|zusammenfassung|danke|dank', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich weiß viel über dich 😏 auch was du mir im dezember geschickt hast', 'ich hab noch alles was du mir damals geschickt hast'],
      ignore: ['ich weiß noch was du mir zum geburtstag geschickt hast, danke nochmal', 'ich hab noch alles was du mir an notizen geschickt hast'],
    },
  },
  {
    id: 'still-have-media-r20',
    phrases: [
      'das|die|dein|deine|deinen|den @media|aufnahme|aufnahmen hab|habe ich ..1 immer ..1 noch',
      'das|die|dein|deine|deinen|den @media|aufnahme|aufnahmen hab|habe ich ..1 noch ..1 alle|gespeichert|gesichert|hier|da',
      'ich hab|habe ..1 noch ..1 alle|die @poss ..3 @media|sprachnachrichten|sprachis|sprachmemos|audios',
    ],
    unless: ['kuchen|backen|einkauf*|rezept|zutaten|schule|vom|von_der|von_dem|von_den|ausflug|konzert|geburtstag*|party|urlaub|klassenfahrt|hochzeit|ferien|strand|hausaufgabe*|referat|projekt|noten|zeugnis|tickets', 'soll_ich|willst_du|brauchst_du|magst_du|schick_ich_dir|ich_schick_dir|sag_bescheid|falls_du|wenn_du_willst', 'danke|meme*|album|erinnerung*|hund|katze|baby|oma|opa|suss|suess|lustig|witzig|von_unserem|von_unserer|aus_der|auftritt|auffuhrung|auffuehrung|grundschule|kindergarten|kindheit|als_wir_klein', 'noch_nicht|noch_nich|noch_nie|nicht_mehr|gesehen|gelesen|bekommen|fertig', 'tater|taeter|erpresser|erpressern|betruger|betrueger|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|zeitung|news'],
    weight: 3,
    examples: {
      match: ['die 100 waren nur der anfang, das video hab ich immer noch', 'ich hab noch alle deine sprachnachrichten und fotos 😘', 'deine bilder hab ich noch alle'],
      ignore: ['das video vom konzert hab ich immer noch', 'die bilder hab ich noch nicht gesehen', 'ich hab noch alle deine fotos vom urlaub, soll ich sie dir schicken?'],
    },
  },
  {
    id: 'friends-instead-r20',
    phrases: [
      '@media|nacktbild*|nudes|snaps|nummern|nummer|kontakte ..2 von ..2 freundin|freundinnen|freunde|freunden|klasse|schwester|mitschulerin*|mitschuelerin*|madels|maedels|madchen|maedchen ..6 dann|und ..3 losch*|loesch*|lass_ich_dich|in_ruhe|frei',
      'statt|anstatt|anstelle ..2 geld|zahlen|euro|kohle ..6 @media|nummern|nudes|snaps|kontakte ..3 von ..2 freundin|freundinnen|freunde|freunden|klasse|schwester|madels|maedels|madchen|maedchen',
    ],
    unless: ['tater|taeter|erpresser|masche|artikel|bericht|reportage|doku|zeitung|news', 'geburtstag*|party|einladung|gruppe|gruppenchat|klassenfahrt|ausflug'],
    weight: 5,
    examples: {
      match: ['schick mir nacktbilder von deiner freundin dann lösch ich deine', 'oder gib mir die nummern von deinen freundinnen, dann lass ich dich in ruhe', 'statt geld will ich die snaps von deinen freundinnen'],
      ignore: ['schick mir die nummer von deiner freundin und ich lad sie zur party ein', 'schick mir die bilder von der klasse und dann lösch ich die alten aus der gruppe'],
    },
  },
  {
    id: 'call-then-saved-r21',
    phrases: [
      'facetime|call|videocall*|videochat*|videoanruf*|anruf|telefonat|livestream|stream ..5 hab|habe|hab_ich|habe_ich alles|es|das|ihn|jedes_wort|jede_sekunde ..1 gespeichert|gesichert|aufgenommen|aufgezeichnet|mitgeschnitten|gescreenshot*|gecaptured|gerecordet',
      'erinnerst|weisst ..3 noch ..4 facetime|call|videocall*|videochat*|videoanruf*|anruf ..5 gespeichert|gesichert|aufgenommen|aufgezeichnet|mitgeschnitten|gescreenshot*|gerecordet',
    ],
    unless: ['oma|opa|omi|opi|tante|onkel|konzert|vortrag|vorlesung|unterricht|meeting|teams|zoom|referat|hausaufgabe*|podcast|folge|lied|song|musik|stream_vom|fuer_die_gruppe|tutorial'],
    examples: {
      match: ['erinnerst du dich noch an unser facetime? hab alles gespeichert 📁', 'unser videocall gestern? hab jede sekunde aufgenommen', 'weisst du noch unser call letzte woche, ich hab den mitgeschnitten'],
      ignore: ['der call mit oma war so süß, hab alles gespeichert', 'das meeting gestern hab ich aufgenommen, schick ich dir fuer die hausaufgabe', 'erinnerst du dich noch an den podcast? hab die folge aufgenommen'],
    },
  },
  {
    id: 'in-our-possession-r21',
    phrases: [
      'aufzeichnung*|aufnahme*|video|videos|material|bilder|fotos|bildmaterial|videomaterial|mitschnitt* ..6 in unserem|meinem|unserer besitz',
      'in unserem|meinem besitz ..3 befindet|befinden|ist|sind ..6 aufzeichnung*|aufnahme*|video|videos|material|bilder|fotos|mitschnitt*',
      'ich habe|hab @poss facebook|instagram|snapchat|tiktok ..3 alle|alles|alle_deine freunde|kontakte|follower*',
    ],
    unless: ['fundburo|fundbuero|fundsache*|museum|archiv|bibliothek|verein*|schule|chronik|hochzeit|abschlussfeier'],
    examples: {
      match: ['Sehr geehrter Nutzer, wir moechten Sie informieren, dass sich die Aufzeichnung Ihres Videochats vom 12.03. in unserem Besitz befindet.', 'Das Videomaterial befindet sich in unserem Besitz.', 'ich habe deine facebook und instagram alle freunde'],
      ignore: ['die fotos von der abschlussfeier sind in meinem besitz, willst du die?', 'das material ist in unserem besitz, sagt das museum'],
    },
  },
  {
    id: 'holds-private-r22',
    phrases: [
      '@poss ..1 @media|nudes ..5 liegen|liegt jetzt|alle|schon|sicher ..1 bei|auf mir|meinem',
      'sohn|tochter|kind|junge|madchen|maedchen ..3 hat|haben mir ..2 intime|nackt*|freizugig*|freizuegig* ..1 aufnahmen|@media ..2 geschickt|gesendet|zugeschickt',
      'du|sie hast|haben mir ..2 intime|nackt*|freizugig*|freizuegig* ..1 aufnahmen|@media ..2 geschickt|gesendet|zugeschickt',
      'ich hab|habe ..2 zugriff ..6 @poss ..1 icloud|cloud|galerie|handy|account|konto|fotos|bilder|kamera|snapchat|instagram',
    ],
    unless: ['ausflug|urlaub*|klassenfahrt|hochzeit|geburtstag*|feier|usb|stick|drucker|ausgedruckt|fotograf*|abgeholt|abzuge|abzuege|entwickelt|album', 'tater|taeter|erpresser|betruger|betrueger|masche|artikel|bericht|reportage|doku|zeitung|news', 'passwort_vergessen|familienfreigabe|familien_freigabe|support'],
    examples: {
      match: ['Deine Fotos vom Sommer, die privaten, liegen jetzt bei mir.', 'Ihr Sohn hat mir intime Aufnahmen geschickt.', 'Ich habe Zugriff auf das Schulnetzwerk und auf deinen iCloud Ordner.', 'deine nacktbilder liegen sicher bei mir'],
      ignore: ['deine fotos vom ausflug liegen jetzt bei mir auf dem stick', 'ich hab zugriff auf die cloud vom hackathon repo', 'er hat mir private fotos vom urlaub geschickt'],
    },
  },
  {
    id: 'hacked-saved-recorded-r22',
    phrases: [
      'hab|habe ..2 @poss ..1 account|acc|konto|profil|handy|snapchat|instagram|icloud|cloud|email|mail ..2 gehackt|geknackt|ubernommen|uebernommen',
      'alle|hab|habe ..3 @poss ..3 @media|dms|nachrichten ..2 gesichert|runtergeladen|heruntergeladen|kopiert',
      'wir|ich haben|hab|habe ..2 call|anruf|videocall|facetime|cam|videochat ..2 aufgenommen|aufgezeichnet|mitgeschnitten|gescreenrecordet|recordet',
    ],
    unless: ['warst|bist|warst_du ..2 noch eingeloggt', 'schulpc|schul_pc|schulrechner|schulcomputer|computerraum|zettel|post_it|postit|aufgeschrieben', 'wurde|wurden|gehort|gehoert|wirklich|hast_du|hat_jemand|jemand_hat', 'ausflug|urlaub*|klassenfahrt|hochzeit|party|geburtstag*|konzert|auftritt|schon_geworden|schoen_geworden|super_geworden', 'protokoll|meeting|sitzung|besprechung|teams|zoom|podcast|unterricht|nachschauen|nachgucken|nachsehen|verpasst|gefehlt|krank', 'passwort|sperrmuster|pin|zu_easy|zu_einfach|andern|aendern|suss|suess|erinnerung'],
    examples: {
      match: ['Hab deinen Account gehackt, alle deine DMs und Bilder gesichert.', 'zu spät, wir haben den call schon aufgenommen', 'ich hab alle deine nachrichten gesichert', 'hab dein insta gehackt lol'],
      ignore: ['ich hab deinen account gehackt lol du warst noch eingeloggt am schulpc', 'hab gehört dein account wurde gehackt?', 'ich hab deine fotos vom urlaub gespeichert', 'wir haben den call für das protokoll aufgenommen', 'deine fotos liegen jetzt bei mir, hab sie vom fotografen abgeholt', 'hat mir private fotos geschickt von ihrem neuen hund', 'wir haben den stream gestern aufgenommen, willst du das vod?', 'wir haben den call aufgenommen damit lena es nachschauen kann'],
    },
  },
  {
    id: 'recorded-call-police-gallery-r23',
    phrases: [
      'habe|hab ..3 @cam|call|anruf|livestream|chat|stream ..6 aufgenommen|aufgezeichnet|mitgeschnitten|gecaptured|gescreenrecordet',
      'versendeten|verschickten|gesendeten|geschickten @media|inhalte|dateien ..3 liegen|liegt ..2 uns|mir|der_polizei|dem_gericht ..3 vor',
      '@media|inhalte|dateien|chats|chatverlauf ..4 als beweismittel|beweis|beweise ..2 vor|gesichert|gespeichert|sichergestellt',
      'sie|du haben|hast ..2 illegale|verbotene|jugendgefahrdende|jugendgefaehrdende|kinderpornografische|kinderpornographische|pornografische|pornographische|strafbare|unerlaubte ..2 @media|inhalte|dateien|material ..3 versendet|verschickt|verbreitet|geteilt|gesendet|hochgeladen|heruntergeladen',
      'gegen sie|dich|ihren|deinen|ihr|dein ..4 liegt|liegen ..2 anzeige|strafanzeige|ermittlungsverfahren|haftbefehl',
      'durch ..2 galerie|gallerie|kamerarolle|fotomediathek|handy ..3 gescrollt|gestobert|gestoebert|geschnuffelt|geschnueffelt|geguckt|geschaut',
      'private|privaten|intime|intimen|pikante|pikanten|freizugige|freizuegige ..1 @media|sachen ..2 drauf|gespeichert|in_der_galerie|in_deiner_galerie',
      'hab|habe ..6 privat*|intim*|freizugig*|freizuegig*|versaut* ..1 screenshot*|@media von dir|ihnen',
      'privat*|intim*|freizugig*|freizuegig*|versaut* ..1 screenshot*|nacktbild*|nacktfoto*|nudes|video|videos von dir|ihnen',
    ],
    unless: ['oma|opa|geburtstag*|lerngruppe|meeting|vorlesung|unterricht|podcast|interview|lehrer*|hochzeit|konzert|folge|vod|highlights|lustig|protokoll|nachschauen|wir_haben|haben_wir', 'mein|meine|meinem|meinen|stick|festplatte|laptop|reparatur|backup|cloud_voll', 'urlaub*|ausflug|klassenfahrt|vom|von_der', 'tater|taeter|erpresser|betruger|betrueger|masche|artikel|bericht|reportage|doku|zeitung|news|gesagt|geschrieben|behauptet'],
    examples: {
      match: ['Ich habe unseren Videochat von gestern auf dieser Seite aufgenommen. Alles. Mit deinem Gesicht.', 'Ihre versendeten Bilder liegen uns als Beweismittel vor.', 'Sie haben illegale Bilder versendet. Zur Vermeidung einer Anzeige zahlen Sie 200 Euro', 'Gegen Ihren Account liegt eine Anzeige vor', 'chill 😄 war nicht gesperrt übrigens. hab mal durch die galerie gescrollt', 'da sind ja ein paar sehr private bilder drauf 👀 respekt', 'hab heute ne confession über dich reingekriegt. mit nem ziemlich privaten screenshot von dir 😳', 'hab den facetime call komplett aufgezeichnet'],
      ignore: ['ich hab unseren videocall mit oma aufgenommen, so süß', 'auf meinem laptop sind private bilder drauf, nicht reinschauen', 'hab durch die galerie gescrollt und die urlaubsbilder gefunden', 'ich hab den stream aufgenommen, die folge war lustig'],
    },
  },
  {
    id: 'forwarded-by-someone-ip-r23',
    phrases: [
      'hat|haben mir ..2 dein|deine|deinen ..1 @media|nacktbild*|nacktfoto*|nudes ..3 weitergeleitet|gezeigt|zugeschickt|geschickt|gegeben|gesendet ..2 die|das|welche|was du ..4 geschickt|gesendet|geschickt_hast|gemacht',
      'hat|haben mir ..2 dein|deine|deinen ..1 nacktbild*|nacktfoto*|nudes|nackt* ..3 weitergeleitet|gezeigt|zugeschickt|geschickt|gegeben|gesendet',
      'polizei|wir|ich ..2 hat|haben|habe|hab ..1 deine|ihre ip|ipadresse|ip_adresse',
    ],
    unless: ['mama|papa|oma|opa|mutter|vater|tante|onkel|singen|tanzen|gesungen|getanzt|talent', 'lustig|witzig|suss|suess|schon|schoen|vom|von_der|von_dem|urlaub*|geburtstag*|tiktok|meme*|referat|zeichnung*|gemalt|hausaufgabe*|zeugnis|rezept|projekt|ausflug|klassenfahrt|konzert|turnier|spiel|hochzeit|baby*|kinderfoto*|als_kind', 'router|wlan|internet|server|minecraft|einstellung*|einrichten|freigabe|netzwerk|drucker'],
    examples: {
      match: ['mia hat mir deine bilder gezeigt, die du ihrem bruder geschickt hast', 'die polizei hat deine ip adresse, zahl die strafe'],
      ignore: ['mia hat mir deine bilder vom urlaub gezeigt, mega schön', 'lisa hat mir dein video weitergeleitet, du kannst so gut singen', 'papa hat mir deine fotos geschickt', 'ich hab deine ip adresse für den minecraft server', 'mama hat mir dein video vom konzert geschickt'],
    },
  },
  {
    id: 'now-it-gets-fun-screenshot-r23',
    phrases: [
      'jetzt|dann wirds|wird_es|wirds_jetzt lustig|interessant|spannend ..4 screenshot*|screen|screens|aufgenommen|gespeichert|mitgeschnitten',
    ],
    unless: ['highscore|score|rekord|level|spiel|runde|meme*|chat_mit_lisa|gruppenchat|fur_die_gruppe|fuer_die_gruppe|tor|sieg'],
    examples: {
      match: ['haha gut, jetzt wirds lustig. ich hab screenshot gemacht', 'so, jetzt wird es interessant, hab alles gespeichert'],
      ignore: ['jetzt wirds lustig, hab screenshot von deinem highscore gemacht'],
    },
  },
  {
    id: 'webcam-recordings-watched-you-r23',
    phrases: [
      'ihr|ihre|ihres|ihrem gerat|geraet|computer|pc|laptop|handy|smartphone|konto|account|betriebssystem ..6 kompromittiert|infiziert|gehackt|ubernommen|uebernommen',
      'aufnahmen|aufzeichnungen|videos|mitschnitte ..1 ihrer|deiner|von_ihrer|von_deiner @cam ..4 gesichert|gespeichert|erstellt|angefertigt|gemacht',
      'aufnahmen|aufzeichnungen|mitschnitte von ihnen|dir ..4 besuch|erwachsenenseiten|pornoseiten|pornos|selbstbefriedigung',
      'uber|ueber|durch @poss @cam ..3 zugeschaut|zugesehen|beobachtet|gesehen|aufgenommen|gefilmt',
      'ich ..1 weiss|weis|wei ..2 was du ..4 vor der|dem @cam ..1 gemacht|getrieben',
    ],
    unless: ['passwort|kennwort|passwort_andern|passwort_aendern|zwei_faktor|2_fa|support|kundenservice|bank_warnt|phishing|sicherheitshinweis|abdecken|abkleben|update|virenscanner|antivirus', 'tater|taeter|erpresser|betruger|betrueger|masche|artikel|bericht|reportage|doku|zeitung|news|spam', 'lol|haha|xd|referat|stream|streams|tiktok|live'],
    examples: {
      match: ['Sehr geehrte Nutzerin, wir möchten Sie darüber informieren, dass Ihr Gerät über einen längeren Zeitraum kompromittiert war. Dabei wurden Aufnahmen Ihrer Webcam sowie Ihre Kontaktliste gesichert.', 'ich hab über deine kamera zugeschaut, die ganze zeit', 'ich weiß was du letzte nacht vor der kamera gemacht hast', 'Ich habe Aufzeichnungen von Ihnen beim Besuch von Erwachsenenseiten'],
      ignore: ['mein handy wurde gehackt, schreibt mir nicht auf whatsapp', 'Ihr Konto wurde kompromittiert, bitte ändern Sie Ihr Passwort', 'ich hab deinen stream gestern über deine kamera gesehen lol', 'kleb deine kamera ab, ist sicherer'],
    },
  },
  {
    id: 'saw-your-gallery-r24',
    phrases: [
      'reparier*|reparatur|reparieren ..6 privat*|intim*|pikant*|heisse|heissen|nackt* ..1 @media|sachen ..2 gesehen|gsehn|gsehen|gefunden|kopiert|gesichert|gespeichert',
      'reparier*|reparatur|reparieren|beim_test|beim_testen ..6 gesichert|kopiert|gespeichert|gesehen|angeschaut|gefunden ..4 privaten|intimen|pikanten|heissen|nackt*',
      '@poss galerie|fotogalerie|mediathek|fotoordner|kamerarolle|cloud|icloud ..2 gesehen|durchgeschaut|angeschaut|durchsucht|durchgeguckt|angeguckt|gecheckt ..6 interessant*|privat*|intim*|heiss*|heisse|nackt*|pikant*|spannend*|freizugig*|freizuegig*',
      'beim test|testen|reparieren|reparatur|einrichten|datenubertragung|datenuebertragung ..4 @poss galerie|fotogalerie|fotos|bilder|mediathek|kamerarolle ..2 gesehen|angeschaut|durchgeschaut|gefunden|gesichert|kopiert',
      'davon|@poss ..3 auf|in meinen|meinem|meine rechner|laptop|pc|computer|festplatte|stick|usb_stick ..2 gezogen|kopiert|gespeichert|runtergeladen|gesichert|uberspielt|ueberspielt',
    ],
    unless: ['urlaub*|ausflug|klassenfahrt|hochzeit|party|feier|konzert|zeugnis|referat|projekt|hausaufgabe*|dokument*|musik|lied*|song*|playlist|spiel|spiele|game*|mod|mods|backup|sicherung|kontakte_ubertragen|kontakte_uebertragen|weihnacht*|geburtstag*', 'tater|taeter|erpresser|betruger|betrueger|masche|artikel|bericht|reportage|doku|zeitung|news'],
    examples: {
      match: ['bei da reparatur hab i deine privaten fotos gsehn', 'ich hab dein handy repariert und dabei ein paar intime bilder gefunden', 'ich hab beim reparieren alles von deinem handy gesichert, auch die privaten sachen', 'Übrigens hab ich beim Test deine Galerie gesehen. Interessante Bilder von dir 😏', 'Hab mir paar davon auf meinen Rechner gezogen.', 'hab deine kamerarolle durchgeschaut, echt private sachen dabei', 'beim reparieren hab ich deine fotos gesehen 😏'],
      ignore: ['die reparatur hat 80 euro gekostet, deine daten sind gesichert', 'hab mir die urlaubsfotos auf meinen laptop gezogen', 'ich hab deine galerie gesehen als du mir das handy gegeben hast, so viele katzenbilder lol', 'hab paar davon auf meinen stick gezogen, die lieder sind gut'],
    },
  },
  {
    id: 'videos-from-our-call-r24',
    phrases: [
      'hab|habe|ich ..2 noch|no|immer_noch|alle ..3 @media ..2 von|vom|vo|aus [unserem|unserm|unseren|unserer|dem|unser|usem|useren|ueserem] @cam|call|calls|anruf|skype|livestream|cam_session|camsession',
    ],
    unless: ['lustig*|witzig*|grimasse*|peinlich_lol|gruppencall|gruppen_call|geburtstag*|oma|opa|meeting|teams|zoom|unterricht|hausaufgabe*|referat|projekt'],
    examples: {
      match: ['hab no die vids vo üsem facetime', 'Hab noch die Videos von unserem Facetime.', 'ich hab noch alle screenshots aus unserem videocall', 'hab immer noch die aufnahmen vom call'],
      ignore: ['ich hab noch die screenshots vom facetime gestern, deine grimasse war lustig', 'hab noch die bilder vom zoom meeting für das referat'],
    },
  },
  {
    id: 'recorded-screenshotted-before-delete-r25',
    phrases: [
      'ich habe|hab ..1 aufgenommen ..3 dein|deine|dich|alles|video',
      'screenshot*|gescreenshot*|gescreent|screen ..4 bevor|ehe du|dus ..3 geloscht|geloescht|loschen|loeschen|weg|weggemacht',
      'hab|habe ..1 den|das|ihren|seinen ..1 account|acc|konto|profil|handy|insta|instagram|snap ..3 von ..1 @poss|deinem|deiner ..1 freund*|@family|@audience ..1 ubernommen|uebernommen|gehackt|geknackt',
      'ich hab|habe ..2 alle ..1 eure|deine|@poss chats|nachrichten|dms|unterhaltungen ..1 gespeichert|kopiert|runtergeladen|gesichert|gescreent',
    ],
    unless: ['fur_die|fuer_die|fur_den|fuer_den|oma|opa|freut|geburtstag|konzert|solo|song|lied|auftritt|podcast|sprachnachricht|referat|stream|spiel|tor|musik|gitarre|klavier|chor', 'haha*|lol|xd|meme|lustig|peinlich_lustig'],
    examples: {
      match: ['ich habe aufgenommen dein video alles. schau link', 'hab dein snap gescreenshottet bevor du es gelöscht hast', 'hab dein bild gescreent bevor dus weggemacht hast', 'ich hab den account von deiner freundin übernommen', 'ich hab alle eure chats gespeichert'],
      ignore: ['ich hab aufgenommen dein solo beim konzert, so gut', 'hab deinen witz gescreenshottet bevor du ihn gelöscht hast lol', 'ich hab aufgenommen dein video für die oma, sie freut sich', 'ich hab alle deine nachrichten gelesen, sorry war so viel los'],
    },
  },
  {
    id: 'already-sent-to-friend-as-proof-r26',
    phrases: [
      'guck|guckt|schau|sieh|siehst ..2 was ..1 @poss ..1 kumpel|freund|freundin|bruder|schwester|bff|beste_freundin|bester_freund|crush|ex ..4 von mir ..3 bekommen|gekriegt|erhalten|gesehen',
      'schon|bereits ..4 an ..3 geschickt|gesendet|weitergeleitet|gezeigt ..2 als ..1 beweis|vorgeschmack|warnung',
      'als ..1 beweis|vorgeschmack|warnung ..2 dass ich ..2 ernst ..1 mein|meine',
    ],
    unless: ['geburtstag*|geschenk*|weihnacht*|ostern|zum_geburtstag|gutschein|controller|blume*|strauss|paket|zeugnis|note|noten|rechnung|quittung|uberweisung|ueberweisung|beleg|kassenbon|ticket*|screenshot_vom|termin', 'tater|taeter|erpresser|betruger|betrueger|masche|artikel|bericht|doku|news|polizei'],
    examples: {
      match: ['Hallo Jonas. Guck mal was dein kumpel Felix grade von mir bekommen hat 👇', 'hab das foto schon an jonas geschickt als beweis', 'schau mal was deine beste freundin gerade von mir gekriegt hat', 'hab es bereits an deine schwester weitergeleitet, als vorgeschmack'],
      ignore: ['guck mal was dein bruder von mir zum geburtstag bekommen hat', 'hab den kassenbon schon an papa geschickt als beweis', 'schau mal was deine mama von mir bekommen hat, ein riesiger blumenstrauß', 'guck mal was dein bruder von mir bekommen hat, nen neuen controller'],
    },
  },
  {
    id: 'still-have-it-you-know-what-r26',
    phrases: [
      'ich hab|habe ..2 noch ..2 von dir ..3 weisst|weist|weiste ..1 schon|genau ..1 was|welche',
      'vergiss|vergess ..1 nicht ..2 wer ..1 @poss @media ..1 hat|besitzt',
    ],
    unless: ['pulli|hoodie|jacke|buch|ladekabel|kabel|geld|euro|schlussel|schluessel|spiel|controller|heft|stift|tasche|schal|mutze|muetze|cd|dvd|konsole|rucksack'],
    examples: {
      match: ['ich hab das noch von dir, weißt schon was', 'vergiss nicht wer deine bilder hat', 'ich hab noch was von dir, du weißt genau was'],
      ignore: ['ich hab noch deinen pulli von dir, weißt schon welchen', 'ich hab noch das ladekabel von dir, weißt schon welches'],
    },
  },
  {
    id: 'found-your-private-pics-r27',
    phrases: [
      'haben|habe|hab wir|ich ..1 @poss|eure ..1 private|privaten|intime|intimen|nackt*|freizugig*|freizuegig*|pikant*|heikle|heiklen ..1 @media|aufnahmen ..5 gefunden|entdeckt|gesehen|aufgespurt|aufgespuert',
      'wir|ich haben|habe|hab ..1 @poss|eure ..1 private|privaten|intime|intimen|nackt*|freizugig*|freizuegig*|pikant*|heikle|heiklen ..1 @media|aufnahmen ..5 gefunden|entdeckt|gesehen|aufgespurt|aufgespuert',
      '@poss private|privaten|intime|intimen|nackt* @media|aufnahmen ..3 sind|stehen|kursieren|liegen ..3 auf|in ..2 seiten|webseiten|websites|foren|pornoseite*|im_netz|im_internet|online',
    ],
    unless: ['sorry|tut_mir_leid|aus_versehen|versehentlich|ausversehen|handy_lag|dein_handy', 'polizei|melde|melden|anzeige|hilfe|beratung|nummer_gegen_kummer', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['wir haben deine privaten bilder auf mehreren seiten gefunden', 'leider haben wir ihre intimen aufnahmen im netz entdeckt', 'deine privaten fotos sind auf drei pornoseiten online'],
      ignore: ['sorry ich hab deine privaten fotos aus versehen gesehen, dein handy lag offen', 'wir haben deine fotos vom urlaub gefunden', 'wenn deine privaten fotos im netz sind, melde das bei der polizei'],
    },
  },
  {
    id: 'saved-your-friend-list-r27',
    phrases: [
      'hab|habe [ich] ..1 @poss|alle ..1 [ganze|ganzen|komplette] freundesliste|followerliste|kontaktliste|follower*|kontakte|abonnenten ..4 gesichert|gescreenshot*|kopiert',
    ],
    unless: ['handy|backup|cloud|reset*|neues|neue|ubertragen|uebertragen|umzug|sim|whatsapp_backup|party|einlad*|einladung*|geburtstag*|gruppe_erstellen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['hab deine freundesliste auf insta gesichert', 'ich hab alle deine follower gescreenshottet'],
      ignore: ['ich hab deine kontakte gesichert bevor das handy resettet wurde', 'hab deine kontakte aufs neue handy übertragen und gespeichert', 'hab deine freundesliste gesichert damit ich alle zur party einlade'],
    },
  },
  {
    id: 'police-found-material-on-your-account-r27',
    phrases: [
      'festgestellt|ermittelt|nachgewiesen|dokumentiert|registriert ..6 konto|account|profil|handy|ip|ip_adresse|geraet|gerat ..6 bildmaterial|nacktbild*|nacktfoto*|kinderpornografi*|jugendgefahrdend*|jugendgefaehrdend*|pornografi*|intime|intimes|sexuelle*|kinderporno*',
    ],
    unless: ['richtlinien|gemeinschaftsrichtlinien|nutzungsbedingungen|einspruch|uberprufung|ueberpruefung|falsche_polizei|fake|achtung|warnung|niemals|betrug', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['Wir haben festgestellt, dass über Ihr Konto jugendgefährdendes Bildmaterial verbreitet wurde', 'Die Cyberpolizei hat ermittelt, dass auf Ihrem Handy pornografische Dateien gespeichert sind'],
      ignore: ['Achtung: falsche Polizei schreibt, sie hätten festgestellt dass über dein Konto Bildmaterial verbreitet wurde. Betrug!', 'Wir haben festgestellt, dass über Ihr Konto Inhalte geteilt wurden, die gegen unsere Richtlinien verstoßen'],
    },
  },
  {
    id: 'filmed-you-naked-r27',
    phrases: [
      'ich hab|habe dich ..3 nackt|ausziehen|ausgezogen|beim_ausziehen|beim_umziehen|oben_ohne|unten_ohne|in_unterwasche|in_unterwaesche|beim_duschen|beim_wichsen|beim_masturbieren|dabei ..2 aufgenommen|gefilmt|aufgezeichnet|recorded|gerecordet|gescreenshot*|mitgeschnitten|fotografiert',
      'hab|habe ich dich ..3 nackt|ausziehen|ausgezogen|beim_ausziehen|beim_umziehen|oben_ohne|unten_ohne|in_unterwasche|in_unterwaesche|beim_duschen|beim_wichsen|beim_masturbieren|dabei ..2 aufgenommen|gefilmt|aufgezeichnet|recorded|gerecordet|gescreenshot*|mitgeschnitten|fotografiert',
    ],
    unless: ['baby|kind|als_du_klein|kleinkind|babyfoto*|planschbecken', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['jetzt hab ich dich nackt aufgenommen', 'ich hab dich beim ausziehen gefilmt, alles drauf'],
      ignore: ['ich hab dich beim tanzen gefilmt', 'mama hat dich als baby nackt im planschbecken fotografiert'],
    },
  },
  {
    id: 'you-are-on-my-hard-drive-r27',
    phrases: [
      'du bist ..3 auf meiner|meinem festplatte|laptop|pc|rechner|cloud|speicherkarte|usb_stick|server',
      'kein|keine echtes|echte|echter madchen|maedchen|girl|frau|person|live ..4 video|aufnahme|aufgenommen|aufgezeichnet|fake',
    ],
    unless: ['hintergrund|hintergrundbild|kontakt|favorit*|eingespeichert|nummer|spiel|spielstand|minecraft|server_whitelist|whitelist'],
    examples: {
      match: ['und du bist jetzt auf meiner festplatte', 'das war kein echtes mädchen, das war ein video'],
      ignore: ['du bist auf meinem laptop als hintergrundbild lol', 'du bist jetzt auf meinem server auf der whitelist'],
    },
  },
  {
    id: 'your-password-i-have-r28',
    phrases: [
      '@poss ..2 passwort|passworter|passwoerter|zugangsdaten|logindaten|login|logins ..3 hab|habe|hob|kenn|kenne|besitze ich|i|wir',
      '@poss ..2 passwort|passworter|passwoerter|zugangsdaten|logindaten ..2 ist|sind|is ..2 jetzt ..1 bei|in mir|meiner_hand|meinen_handen|meinen_haenden',
    ],
    unless: ['wlan|wifi|netflix|spotify|disney|prime|streaming|router|familienkonto|familienfreigabe|schul_app|schulapp|moodle|iserv|lernplattform|tablet|vergessen|aufgeschrieben|zettel|notiert|geandert|geaendert|zuruckgesetzt|zurueckgesetzt|andern|aendern', 'spass|witz|scherz|nur_spass|haha*|lol|xd', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['Dein Snapchat-Passwort hab ich schon, also mach keinen Stress', 'deine zugangsdaten kenn ich jetzt', 'dein passwort ist jetzt bei mir 😈'],
      ignore: ['dein wlan passwort hab ich vergessen', 'dein netflix passwort hab ich noch, darf ich?', 'dein passwort hab ich auf dem zettel notiert, mama'],
    },
  },
  {
    id: 'screenshot-taken-r28',
    phrases: [
      'screenshot|screenshots|screens|screen|screeni|screenis ..1 ist|is|sind|wurde|wurden|schon|bereits ..2 gemacht|gespeichert|gesichert|im_kasten',
      'screenshot|screenshots|screens|screen ..2 von dir|allem|alles ..2 gemacht|gespeichert|gesichert|im_kasten',
    ],
    unless: ['hausaufgabe*|aufgabe*|arbeitsblatt|stundenplan|vertretungsplan|rezept|ergebnis*|highscore|rang|rank|punkte|score|level|ticket|bestellung|quittung|beleg|buchung|uberweisung|ueberweisung|meme*|tafel|folie*|notiz*|termin*|adresse|route|karte|fehler*|bug|chat_mit|gruppe|gruppenchat|klassenchat', 'schick_ich|schicke_ich|kriegst_du|bekommst_du|hab_ich_dir|fur_dich|fuer_dich', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 2,
    examples: {
      match: ['screenshot ist schon gemacht 😈', 'screens sind gespeichert, also überleg dir was du machst', 'hab nen screenshot von allem gemacht'],
      ignore: ['screenshot ist gemacht, schick ich dir gleich', 'screenshot vom stundenplan ist gemacht', 'screenshot von deinem highscore gemacht lol'],
    },
  },
  {
    id: 'hidden-album-cloud-r28',
    phrases: [
      'ich ..1 hab|habe|besitze|kenn|kenne|hob ..2 @poss ..1 versteckt*|privat*|geheim*|ausgeblendet*|gesperrt* ..1 @media|album|alben|ordner|galerie', 'hab|habe|hob ..2 @poss ..1 versteckt*|privat*|geheim*|ausgeblendet*|gesperrt* ..1 @media|album|alben|ordner|galerie',
      'hab|habe|besitze ..2 @poss ..1 icloud|cloud|backup|icloud_backup|cloud_backup|google_fotos|google_photos|my_eyes_only|galerie|fotomediathek ..6 @media|gesehen|durchgeschaut|durchsucht|runtergeladen|gespeichert|interessant*|drin|alles',
      '@poss my_eyes_only|versteckter_ordner|versteckten_ordner|versteckte_ordner|privates_album|privaten_album ..4 gesehen|durchgeschaut|durchsucht|runtergeladen|gespeichert|gesichert|drin|bei_mir',
      'aus @poss ..1 icloud|cloud|backup|my_eyes_only|versteckten|privaten ..3 @media|alles ..3 gespeichert|runtergeladen|gesichert|kopiert|bei_mir',
    ],
    unless: ['geteilt*|freigegeben|eingeladen|einladung|familienfreigabe|familienalbum|wie_geht|wo_ist|wo_finde|einstellung*|speicher|voll|kaputt|synchron*|passwort_vergessen|zuruckgesetzt|zurueckgesetzt', 'hausaufgabe*|referat|projekt|urlaub*|ausflug|hochzeit|geburtstag*|klassenfahrt', 'spass|witz|scherz|haha*|lol|xd', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich hab deine versteckten fotos aus der cloud', 'ich hab dein privates album gesehen 👀', 'hab dein icloud backup, echt interessante fotos drin', 'aus deinem my eyes only hab ich alles gespeichert'],
      ignore: ['ich hab dein geteiltes album gesehen, schöne urlaubsbilder', 'wo ist dein privates album in der app, wie geht das?', 'mein versteckter ordner ist weg'],
    },
  },
  {
    id: 'you-know-which-pics-r28',
    phrases: [
      'du weisst|weist|wesst|woasst ..2 genau|ganz_genau|eh|doch|schon ..1 welche|welches|welchen|was_fur|was_fuer ..1 @media|nacktbild*|nudes',
      'du weisst|weist|wesst|woasst ..2 genau|ganz_genau|eh|doch|schon ..1 welche|welches|welchen ..1 ich ..1 meine|mein ..6 @poss|dein|deine|deinem|deiner ..1 @family|@audience|eltern',
    ],
    unless: ['kaufen|gekauft|bestellen|bestellt|druck*|ausdruck*|album|collage|jahrbuch|urlaub|ausflug|klassenfahrt|geburtstag|hochzeit|konzert|schuhe|jacke|kleid|buch|film|serie|folge|lied|song|meme*|sticker|haha*|lol|xd', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 2,
    examples: {
      match: ['du weißt genau welche bilder ich meine', 'du weißt ganz genau welche videos, also mach keinen stress'],
      ignore: ['du weißt genau welche bilder ich für das album meine', 'du weißt doch welche fotos vom urlaub ich meine lol'],
    },
  },
  {
    id: 'more-pics-then-deleted-r29',
    phrases: [
      '# ..1 weitere|mehr|extra|neue ..1 @photo|eins|stuck|stueck ..3 und|dann ..2 losch*|loesch*',
      'zwei|drei|vier|funf|fuenf|paar ..1 weitere|mehr|extra ..1 @photo ..3 und|dann ..2 losch*|loesch*',
      'schick*|send*|mach* ..2 noch|no|nochmal ..1 eins|zwei|drei|vier|paar|# ..4 dann|und ..3 unter_uns|geheim|sieht_keiner|sieht_es_keiner|erfahrt_keiner|erfaehrt_keiner|losch*|loesch*',
      '# ..1 [weitere|mehr|noch] ..1 @photo ..4 bist_du_mich_los|du_bist_mich_los|lass_ich_dich_in_ruhe|hast_du_ruhe|sind_wir_quitt',
    ],
    unless: ['gruppe|termin*|hausaufgabe*|link|alte|alten|unscharf|verwackelt|falsch|falsche|speicher|speicherplatz|app|galerie_voll|handy_voll|urlaub|ausflug|klassenfahrt|referat|projekt|bewerbung', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['noch 2 weitere bilder und ich lösche alles', 'zwei weitere fotos, dann lösch ich sie', 'schick noch drei, dann bleibt alles unter uns', '4 bilder noch und du bist mich los'],
      ignore: ['noch 2 weitere bilder vom urlaub und ich lösch die app', '3 weitere bilder und ich lösch die alten vom handy, speicher voll', 'schick noch zwei fotos fürs referat, dann lösch ich die gruppe'],
    },
  },
  {
    id: 'i-have-something-that-would-interest-r29',
    phrases: [
      'ich|i ..1 hab|hob|habe|hab_da|hatte ..2 was|etwas|sachen|material ..6 @family|@audience|eltern ..4 interessier*|interessant*',
      'ich|i ..1 hab|hob|habe ..2 was|etwas|sachen|material ..4 uber|ueber|von dich|dir ..6 @family|@audience ..4 interessier*|interessant*|sehen|wissen',
    ],
    unless: ['rezept|buch|film|serie|artikel|link|geschenk*|gebacken|gekocht|gebastelt|angebot|job|praktikum|ausbildung|urlaub*|konzert|referat|gemalt|hausaufgabe*|kurs|museum|ausstellung|vortrag|kuchen|reise|tickets|karten|flyer|info|infos|broschure|broschuere|einladung', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich hab da was, das deine eltern sicher interessieren würde', 'ich hab was über dich, das deine klasse bestimmt sehen will'],
      ignore: ['ich hab da ein rezept, das deine mama sicher interessiert', 'ich hab was für dich gebacken, deine eltern finden das bestimmt interessant'],
    },
  },
  {
    id: 'have-your-parents-number-r29',
    phrases: [
      'ich ..1 hab|habe|hob|kenn|kenne ..2 nummer|handynummer|adresse|mail|email ..2 von ..1 @poss|deinem|deiner @family|chef|chefin|trainer|lehrer* ..6 anrufen|anruf|schreiben|schreib|erzahl*|erzaehl*|zeig*|besuch*|melden|meld',
      'ich ..1 hab|habe|hob|kenn|kenne ..1 die|deine ..1 nummer|handynummer|adresse ..1 von ..1 @poss|deinem|deiner @family ..6 anrufen|anruf|schreiben|schreib|erzahl*|erzaehl*|zeig*|besuch*|melden|meld',
    ],
    unless: ['ubernacht*|uebernacht*|abhol*|fahrgemeinschaft|wegen|party|geburtstag*|termin*|treffen|training|ausflug|klassenfahrt|schlussel|schluessel|notfall|krank|unfall|akku|erreich*|geht_nicht_ran|nicht_erreichen|elternabend|verein|anmeld*|absprechen|abzusprechen|fragen|frag', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 2,
    examples: {
      match: ['ich hab die nummer von deinem papa, soll ich ihn anrufen?', 'ich hab die nummer von deiner mutter. soll ich sie mal anrufen'],
      ignore: ['ich hab die nummer von deiner mama, soll ich sie wegen der übernachtung anrufen?', 'ich hab die nummer von deinem papa, ich frag ihn ob er uns abholt'],
    },
  },
  {
    id: 'swiss-diminutive-pics-r30',
    phrases: [
      'ich|i ha|han|hon|hob [no|nu|immer_no] dini|diini|dis|din|dine fotteli|foteli|fotali|fotti|foti|fotis|fotene|bildli|bildeli|videoli|filmli|nudes|pics',
      'hani|hanich [no|nu|immer_no] dini|diini|dis|din|dine fotteli|foteli|fotali|fotti|foti|fotis|fotene|bildli|bildeli|videoli|filmli|fotos|bilder|videos|video|nudes|pics',
    ],
    unless: ['usflug|ausflug|ferie|ferien|hochziit|hochzeit|geburi|geburtstag|merci|danke|mega_schon|so_schon|vom|gseh|gsehen|album|jahrbuech|jahrbuch', 'tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|zeitung|news'],
    weight: 3,
    examples: {
      match: ['ich han dini fötteli. zahl oder alli gsehnds', 'hani no dini bildli vo letscht wuche 😈', 'i han no dini videoli'],
      ignore: ['ich han dini fötteli vom usflug gseh, mega schön', 'hani no dini schlüssel', 'ich han dini bildli fürs jahrbuech'],
    },
  },
  {
    id: 'i-know-what-you-sent-r30',
    phrases: [
      'ich|i weiss|weis|woass|wess ..4 was|wos|wo du ..6 geschickt|gschickt|gesendet|verschickt|rumgeschickt|geschrieben|gschrieben',
      'screenshots|screens|screenshot|aufnahmen|kopien ..2 von ..2 dem|allem|alles|das was|wos du ..5 geschrieben|gschrieben|geschickt|gschickt|gesendet|gesagt',
      'vergessen ..2 die|den|das|was du mir ..3 geschickt|gschickt|gesendet|geschrieben|gezeigt',
      '@media|videos|fotos|bilder ..4 vergessen ..2 die|den|das|was du',
    ],
    unless: ['geburtstag*|geschenk*|paket*|brief|karte|postkarte|weihnacht*|hausaufgabe*|aufgabe*|referat|bewerbung|unterricht|tafel|lernzettel|zusammenfassung|rezept|link|adresse|nummer|termin*|einkaufsliste', 'danke|lieb|suss|suess|sweet|freu|gefreut|ausflug|urlaub|klassenfahrt|party|konzert|abschlussfahrt|album', 'haha*|lol|xd|peinlich*|cringe', 'tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|zeitung|news|film|serie|folge'],
    weight: 2,
    examples: {
      match: ['ich weiß genau was du im sommer auf snap geschickt hast', 'jemand der screenshots hat von allem was du ihm geschrieben hast', 'hast du etwa vergessen was du mir geschickt hast?', 'die fotos schon vergessen die du mir gschickt hast?'],
      ignore: ['ich weiß was du mir zum geburtstag geschickt hast 😍', 'ich hab screenshots von dem was du in der gruppe zu den hausaufgaben geschrieben hast', 'hast du vergessen was du mir geschickt hast? der link geht nicht', 'ich weiß was du mir geschrieben hast, danke dir'],
    },
  },
  {
    id: 'have-better-ones-of-you-r30',
    phrases: [
      'hab|habe|han|hob ..3 noch ..2 bessere|scharfere|schaerfere|heissere|geilere|krassere|private|privatere|freizugigere|freizuegigere von dir',
      'hab|habe|han|hob ..2 welche|noch|andere|paar|@media ..2 von dir ..3 ohne filter|klamotten|kleidung|oberteil|shirt|bh',
    ],
    unless: ['urlaub|ausflug|konzert|party|geburtstag|hochzeit|klassenfahrt|abschlussfahrt|vom|von_der|schick_ich_dir|schick_dir|ich_schick|zeig_ich_dir|album|jahrbuch|shooting|fotograf*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|zeitung|news'],
    weight: 2,
    examples: {
      match: ['nettes profilbild. hab aber noch bessere von dir 😏', 'ich hab noch ganz andere, heissere von dir', 'ich hab auch welche von dir ohne filter und ohne klamotten'],
      ignore: ['hab noch bessere von dir vom urlaub, schick ich dir gleich', 'ich hab noch schönere von dir vom geburtstag', 'hab von dir ohne filter echt mehr gemocht'],
    },
  },
  {
    id: 'guess-who-has-them-r31',
    phrases: [
      '@media|nudes|nacktbild*|nacktfoto* ..6 rate|rat|ratet|errat ..1 mal ..1 wer ..3 die|sie|das|es|diese ..3 hat|hatte|besitzt|bekommen_hat|gekriegt_hat|gespeichert_hat',
      'rate|rat|ratet|errat ..1 mal ..1 wer ..2 @poss @media|nudes|nacktbild*|nacktfoto* ..3 hat|hatte|besitzt|bekommen_hat|gekriegt_hat|gespeichert_hat',
      'weisst|weist|weiss du ..2 wer ..2 @poss @media|nudes|nacktbild*|nacktfoto* ..3 hat|besitzt|bekommen_hat|gekriegt_hat|gespeichert_hat',
    ],
    unless: ['vom|von_der|von_dem|urlaub|ausflug|klassenfahrt|konzert|party|geburtstag*|hochzeit|abiball|album|jahrbuch|fotograf*|schulfoto*|klassenfoto|gruppenfoto|schulfest|turnier|spiel', 'haha*|lol|xd|peinlich*|cringe|baby*|kinderfoto*|kinderbild*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['ich weiß welche bilder du verschickt hast und rate mal wer die jetzt hat', 'rate mal wer deine nacktbilder hat', 'weißt du eigentlich wer deine fotos alles hat? 😏'],
      ignore: ['rate mal wer deine fotos vom abiball hat, der fotograf', 'rate mal wer die neue switch hat', 'rate mal wer deine babyfotos hat haha, deine mama hat sie gezeigt'],
    },
  },
  {
    id: 'dialect-i-hob-de-fotos-r32',
    phrases: [
      'i|ii|ich hob|hab|ha|han|hobs|habs ..3 @media|nudes|nacktbild* ..3 du|de|dia ..3 gschickt|gschickd|gschiggt|gsendet|gschickt_host|geschickt',
      'hob|hab|ha|han i|ii ..3 @media|nudes|nacktbild* ..3 du|de|dia ..3 gschickt|gschickd|gschiggt|gsendet|geschickt',
    ],
    unless: ['vom|von_der|von_dem|urlaub|ausflug|geburtstag*|hochzeit|konzert|fest|hausaufgab*|haha*|lol|xd'],
    examples: {
      match: ['i hob no olle fotos de du ma gschickt host', 'i ha no d bilder wo du mir gschickt hesch', 'hob i ned de videos de du ma gschickt host?'],
      ignore: ['i hob de fotos vom urlaub gschickt, host as kriagt?', 'i hob da de bilder gschickt', 'i hob de fotos vom fest de du ma gschickt host no ned angschaut'],
    },
  },
  {
    id: 'caught-sending-nudes-r36',
    phrases: [
      'du hast ..3 einem|nem|nen|einen fremden|typ|typen|kerl|mann|fake*|fakeprofil|fake_account|bot ..3 nacktbild*|nacktfoto*|nacktvideo*|nacktpic*|nudes|nude|nackt_fotos|nackt_bilder|nackt_videos|nackte_fotos|nackte_bilder ..2 geschickt|gesendet|geschickt|verschickt',
      'du hast ..3 nacktbild*|nacktfoto*|nacktvideo*|nacktpic*|nudes|nude|nackt_fotos|nackt_bilder|nackte_fotos|nackte_bilder ..3 an einen|nen|nem|einem fremden|typ|typen|kerl|fake* ..2 geschickt|gesendet|verschickt',
    ],
    unless: ['wirklich|echt|ernsthaft|warum|wieso|weshalb|polizei|melden|anzeige|hilfe|beratung|vertrauenslehrer*|nummer_gegen_kummer|tater|taeter|erpresser|masche|artikel|bericht|doku|zeitung|news|film|serie|folge'],
    examples: {
      match: ['du hast grad einem fremden typen nacktbilder geschickt, dumm gelaufen', 'tja du hast einem fake account nudes geschickt', 'du hast deine nacktfotos an einen fremden geschickt'],
      ignore: ['hast du echt einem typen nacktbilder geschickt? geh zur polizei', 'in der doku hat sie einem fremden nudes geschickt', 'du hast mir die fotos vom ausflug geschickt'],
    },
  },
  {
    id: 'have-your-pics-from-account-r37',
    weight: 2,
    phrases: [
      'hab|habe ..2 deine|eure fotos|bilder|videos|nudes|nacktbilder ..4 von|vom|aus ..3 account|acc|handy|profil|cloud|chat|ex|freundin|freund',
    ],
    unless: ['klassenfahrt|urlaub|ausflug|party|geburtstag|hochzeit|abschlussfeier|fotobuch|jahrbuch|schulfest|turnier|spiel|konzert|lol|haha'],
    examples: {
      match: ['ich hab deine fotos von dem account von deiner freundin', 'habe deine nudes aus der cloud'],
      ignore: ['ich hab deine fotos von der klassenfahrt', 'hab deine bilder vom geburtstag auf dem handy'],
    },
  },
] satisfies PatternEntry[];
