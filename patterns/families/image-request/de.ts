import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'send-nudes',
    phrases: [
      'schick*|sende|senden|sendest|sendet|send_mir|versend*|verschick*|zeig*|mach|mache|machst|macht ..4 nacktbild*|nacktfoto*|nacktvideo*|nacktpic*|nudes|nude|nacktselfie*',
      'nudes|nacktbilder|nacktfotos|nacktbild|nacktfoto ..3 schicken|senden|her|bitte|haben|sehen|machen',
      'zeig|zeige|zeigst|zeigen ..2 dich|ihn|sie ..3 nackt|oben_ohne|obenrum|untenrum|ohne',
      'zeig|zeige|zeigst|schick|send ..3 mir ..3 dein|deine|deinen|deinem|ihre|ihren @body',
      'krieg|kriege|bekomm|bekomme|kann ich ..3 nudes|nacktbild*|nacktfoto*',
      'will|mochte|moechte|muss dich ..2 nackt|ohne_was_an|ohne_klamotten ..2 sehen',
      'zeig*|schick* ..4 drunter|darunter|unterm|unter_deinem|unter_deiner',
      'schick*|send*|zeig* ..3 was|etwas ..1 heisses|sexy|versautes|geiles|scharfes|freizugiges|freizuegiges|privates',
      'ausziehen|ausziehst ..3 vor ..1 @cam',
      'dreh|drehe|beug|beuge|buck|bueck dich ..4 @cam',
      'zeig|zeige|zeigst|schick ..2 [mal|mir] @poss @body|bauch|fusse|fuesse|fuse|fuss|oberkorper|oberkoerper|nippel',
      'schick*|send*|zeig* ..3 ganzkorper*|ganzkoerper*|spiegelselfie*|bodypic*|bodyshot*|fullbody*|oben_ohne',
    ],
    examples: {
      match: ['schick mir nudes', 'schick mal ein nacktbild', 'nudes her', 'zeig dich mal nackt', 'zeig mir mal deinen körper', 'krieg ich nudes', 'schick mir deine titten'],
      ignore: ['hast du die doku über nacktschnecken gesehen', 'zeig mir deine hausaufgaben', 'schick mir das lied'],
    },
  },
  {
    id: 'pic-of-you',
    phrases: [
      'schick*|send*|mach*|zeig* ..5 @photo ..2 von|vo dir|ihnen|dich|sich',
      '@photo von|vo dir|ihnen|sich ..4 schicken|senden|haben|bekommen|kriegen|sehen|zeigen|machen|geil|nice|cool|toll|bitte|please|will|mochte|moechte|gern|gerne',
      'kein|keine|ein|noch_ein|eins neues|neue|weiteres|weitere @photo ..2 schickst|schicken|sendest|senden|machst|machen',
      'fur|fuer|gegen ein|ein_paar|paar|zwei|drei|# @photo ..1 von dir',
      '@photo von|vo dir ..2 im|in|ohne|nur ..2 bikini|badeanzug|@underwear|bett|dusche|bad|handtuch|shirt|t_shirt|klamotten|kleidung|was|nix|nichts|bauchfrei',
      'schick*|send* ..3 mir ..4 @photo ..3 im|in bett|bad|badezimmer|dusche|badewanne|@underwear|schlafanzug|pyjama|handtuch',
      'ich will|mochte|moechte|muss dich ..3 sehen ..3 @cam|@photo|pic|nackt|jetzt',
    ],
    unless: ['dir und|mit', 'collage|projekt|abizeitung|schulerausweis|schuelerausweis|ausweis|jahrbuch|referat|schulerzeitung|schuelerzeitung|passfoto|baby|klassenfoto'],
    examples: {
      match: ['schick mir ein foto von dir', 'schick mir einfach ein paar bilder von dir ohne t-shirt', 'kann ich ein bild von dir haben', 'schick mal ein foto von dir im bett 😏', 'send mir n pic von dir', 'mach mal ein selfie von dir'],
      ignore: ['schick mir ein foto von deinem hund', 'schick mir die bilder von der klassenfahrt', 'ich hab ein foto von dir und lea gefunden lol'],
    },
  },
  {
    id: 'cam-on',
    phrases: [
      'mach|mache|machst|schalt|schalte|schaltest ..5 @cam ..2 an|ein|auf',
      '@cam an|ein ..3 bitte|please|jetzt|sofort|will|mal',
      '@cam ..1 anmachen|anschalten|einschalten|anmachst|anschaltest|anmachen',
      'zeig dich ..3 vor|auf|in|uber|ueber der|die @cam',
      'zeig|zeige|zeigst ..4 auf|vor|in|uber|ueber ..1 @cam',
    ],
    unless: [
      'oma|opa|mama|papa|unterricht|lehrer*|klasse|meeting|konferenz|referat|vorstellungsgesprach|vorstellungsgespraech|arzt|therapeut*|setup|tastatur|bildschirm|monitor|zock*|stream*|game*|spiel*|runde|team|gruppe|alle',
      'schwarz|ton|mikro|mikrofon|mic|laggt|lagt|hangt|haengt|eingefroren|verbindung|internet|wlan|akku|zimmer|hund|katze|baby|geschenk|pflanze|outfit|kleid|frisur|haare|tattoo|piercing|schuhe',
    ],
    examples: {
      match: ['mach mal deine cam an will dich sehen', 'mach die kamera an', 'schalt deine kamera ein', 'cam an bitte', 'zeig dich mal vor der cam', 'ausser du machst heute abend nochmal die cam an'],
      ignore: ['Oma ruft gleich per Facetime an, mach die Kamera an damit sie dich sehen kann', 'meine kamera geht nicht an', 'mach die kamera an für den unterricht', 'mach die kamera an ich seh nur schwarz', 'mach die kamera an, ich will dein outfit sehen', 'mach die cam an, will dein neues zimmer sehen'],
    },
  },
  {
    id: 'more-pics',
    phrases: [
      'schick*|send*|zeig* [mir] [mal|doch|bitte|schnell|nur] [mal|doch|bitte|nur] noch ..2 eins|eines|ein|eine|mehr|paar|ein_paar|mal',
      'noch ein|eins|eine|mehr @photo ..3 von_dir|bitte|please|schicken|senden',
      'mehr @photo ..2 von_dir|bitte|please',
      'will|mochte|moechte ..1 mehr ..1 sehen|von_dir',
      'noch mehr schickst|schicken|sendest|zeigst',
      'kein|keine @photo|nudes ..1 schickst|sendest|schicken',
      'kannste|willste|magste|schickste|sendeste ..2 mir ..3 @photo ..3 schicken|senden|machen|zeigen',
      'schickste|sendeste|zeigste ..2 mir ..2 @photo',
    ],
    unless: [
      'vom|davon',
      '@photo von dem|der|den|eurer|eurem|unserem|unserer|meinem|meiner|deinem|deiner|deinen|deines',
      'passfoto|spielerpass|ausweis|formular|dokument*|unterlagen|link|datei|adresse|info|infos|nummer|termin*|beleg|quittung|rechnung|liste|tabelle|hausaufgabe*|arbeitsblatt',
    ],
    weight: 1,
    examples: {
      match: ['schick mir noch eins', 'noch ein foto bitte', 'schick noch mehr', 'mehr bilder von dir'],
      ignore: ['ich schick dir gleich noch die adresse', 'ich hab noch ein foto vom urlaub', 'Super. Schick mir bitte noch ein Passfoto für den Spielerpass'],
    },
  },
  {
    id: 'send-a-pic-generic',
    phrases: [
      'schick|schicke|schickst|send|sende|sendest [mir|mal|ma|bitte|doch] [mal|doch|bitte|ma|schnell|einfach|auch|auch_mal|mir|nur] ein|n|nen|paar|ein_paar|eins|1|einen @photo',
      'zeig|zeige [mir|mal] [mal|doch|bitte|ma] wie du aussiehst|ausiehst|aussehen',
      'ich will|mochte|moechte|muss dich sehen|sehn',
      'will|mochte|moechte dich sehen|sehn',
      'sehen ..1 wie du ..2 aussiehst|ausiehst|aussehen',
      'kannst|konntest|koenntest|kannste|magst|machst du ..3 ein|n|nen|paar|ein_paar|mal @photo ..2 machen|schicken|senden',
      'kannst|konntest|koenntest|kannste|willst|magst|schickst|sendest du ..3 mir ..3 @photo ..3 schicken|senden|machen|zeigen',
      'schickst|sendest|zeigst du mir ..2 @photo',
      'zeig dich mal|doch|bitte',
      'geh ..3 bad|badezimmer|bett|schlafzimmer|dusche ..3 mach|schick ..2 @photo',
      'hast|haste|hasch du ..2 n|ein|nen|paar|ein_paar|mehr|noch|solche @photo ..1 von|vo dir',
      'hast|haste|hasch du ..2 noch|mehr ..2 solche|@photo',
      'haste|hasch|hasse ..2 n|ein|nen|paar|mehr|noch|solche @photo ..1 von|vo dir',
      'mach|mache|machst|nimm ..3 @photo|video ..2 fur|fuer mich',
    ],
    unless: [
      'vom|davon',
      '@photo von dem|der|den|eurer|eurem|unserem|unserer|meinem|meiner|seinem|seiner|deinem|deiner|deinen|deines',
      'hausaufgabe*|aufgabe*|arbeitsblatt|tafel|rahmen|fahrrad|auto|zimmer|hund|katze|essen|quittung|rechnung|zettel|buch|ergebnis*',
    ],
    weight: 1,
    examples: {
      match: ['schick mir mal ein bild', 'schick mir nur ein bild', 'send mir n pic', 'zeig mal wie du aussiehst', 'ich will dich sehen', 'kannst du grad ein selfie machen? will sehen wie du heute aussiehst'],
      ignore: ['schick mir ein foto von deinem neuen hund', 'schickt mir bis morgen ein Foto von eurer Hausaufgabe', 'schick mal noch ein paar fotos vom rahmen', 'kannst du ein foto von der tafel machen'],
    },
  },
  {
    id: 'where-more-shows',
    phrases: [
      'eins|einen|eines|welche|@photo ..3 wo|auf_dem|auf_denen|bei_dem|bei_denen man ..1 mehr ..2 sieht|sehen|siehst|erkennt',
      'zeig|zeige|schick|schicke ..3 mehr ..1 von dir|haut',
    ],
    unless: ['fahrrad|auto|zimmer|wohnung|haus|schaden|kratzer|detail*|vom|von_der|von_dem|tafel|hausaufgabe*|aufgabe*|artikel|ware|schrift|text|zettel|karte|landschaft|aussicht|strand|berg*|meer|stadt|gebaude|gebaeude|buehne|buhne|spiel'],
    examples: {
      match: ['hast du auch welche wo man mehr sieht?', 'eins wo man mehr sieht hehe', 'zeig mal mehr von dir'],
      ignore: ['hast du ein foto wo man den kratzer besser sieht', 'hast du eins wo man mehr von der aussicht sieht'],
    },
  },
  {
    id: 'owed-pics',
    phrases: ['jetzt|dann|also will|mochte|moechte|brauch|brauche|krieg|kriege|bekomme ich ..1 meine|die|deine @photo|nudes'],
    unless: ['vom|von_der|von_dem|urlaub|party|konzert|ausflug|klassenfahrt|zuruck*|zurueck*|handy|kamera|drucken|ausdrucken|hausaufgabe*'],
    weight: 2,
    examples: { match: ['du wolltest die vbucks, jetzt will ich meine bilder'], ignore: ['jetzt will ich meine bilder vom konzert zurück'] },
  },
  {
    id: 'pic-without-clothes',
    phrases: ['schick*|zeig*|send* ..3 eins|eines|@photo ..3 ohne|oben_ohne top|shirt|tshirt|t_shirt|oberteil|pulli|hoodie|hemd|hose|rock|jeans|slip|hoschen|hoeschen|klamotten|kleidung'],
    unless: ['schuhe|jacke|mantel|sport|training|schwimm*|sonnenbrand|tattoo|muskel*|arzt|ausschlag|verletzung|wunde|pflaster|haha|lol|vom|von_der|von_dem|filter|brille|kappe|mutze|muetze'],
    weight: 3,
    examples: { match: ['schick mal eins ohne hose', 'schick noch eins, aber diesmal ohne top'], ignore: ['zeig mal das foto ohne filter', 'schick mir ein bild ohne pulli wegen dem tattoo'] },
  },
  {
    id: 'owe-me-pics',
    phrases: ['schuldest|schulden|schuldet mir ..3 @photo|nudes|eins|noch_eins|ein_video'],
    unless: ['vom|von_der|von_dem|urlaub|party|konzert|ausflug|klassenfahrt|hausaufgabe*|geld|euro|zuruck*|zurueck*'],
    weight: 3,
    examples: { match: ['du schuldest mir jetzt noch mehr bilder', 'du schuldest mir noch eins'], ignore: ['du schuldest mir noch die bilder vom urlaub'] },
  },
  {
    id: 'loved-the-pics-send-more',
    phrases: ['@photo ..3 so|mega|echt|voll|richtig ..1 schon|schoen|hubsch|huebsch|geil|heiss|sexy|suss|suess ..4 schick*|send*|zeig* ..3 noch|mehr'],
    unless: ['vom|von_der|von_dem|urlaub|ausflug|klassenfahrt|strand|landschaft|sonnenuntergang|hund|katze|essen|hochzeit|party|konzert|zeichnung*|bild_was_du_gemalt|kunst|album|baby'],
    weight: 3,
    examples: { match: ['die bilder waren so schön, schick mir noch eins'], ignore: ['die bilder vom urlaub sind so schön, schick mir noch mehr'] },
  },
  {
    id: 'pic-of-body-part',
    phrases: [
      '@photo ..1 von|vo @poss|deinen|deinem|deine ..1 fussen|fusse|fuss|fuessen|fuesse|fuess|fusse|zehen|bauch|beinen|bein|@body ..3 schicken|senden|schickst|sendest|haben|sehen|zeigen|machen|bitte|pls|please',
      'schick*|send*|zeig* ..3 mir ..3 @photo ..1 von|vo @poss|deinen|deinem|deine ..1 fussen|fusse|fuss|fuessen|fuesse|zehen|bauch|beinen|bein|@body',
    ],
    unless: ['verletz*|arzt|arztin|tattoo|tatoo|wunde|blau*|gebrochen|verband|gips|pflaster|schuh*|sneaker*|socken|physio*|ausschlag|stich|mucke|muecke|zecke|sonnenbrand|training|dehnen'],
    examples: {
      match: ['kannst du mir ein bild von deinen füßen schicken', 'schick mir mal ein foto von deinem bauch 😏', 'zeig mir ein pic von deinen beinen'],
      ignore: ['schick mir ein foto von deinem fuß, ist der verband noch drauf?', 'schick mir ein bild von deinen neuen schuhen', 'schick mir ein foto von deinem tattoo am bauch'],
    },
  },
] satisfies PatternEntry[];
