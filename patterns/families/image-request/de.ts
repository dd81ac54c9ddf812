import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'one-more-in-bed-r35',
    phrases: [
      'kannst|konntest|koenntest|machst|schickst|mach|schick|zeig|magst|willst ..6 eins|eines|einen|noch_eins ..3 im|in|ohne|nur_in|nur_im|aus_dem ..1 bett|bikini|@underwear|dusche|badewanne|handtuch|schlafanzug|pyjama|bademantel|badeanzug',
      'noch ..1 eins|eines|ein_foto|ein_bild|ein_pic|ein_selfie ..6 vielleicht|aber|diesmal|jetzt ..1 eins|eines ..1 im|in|aus_dem ..1 bett|bikini|@underwear|dusche|badewanne|handtuch|schlafanzug|pyjama',
    ],
    unless: ['fieber|krank|gips|arzt|mama|papa|oma|opa|vinted|kleinanzeigen|shop|verkauf*|katze|hund|hamster|zimmer_aufgeraumt|zimmer_aufgeraeumt|deko|bettwasche|bettwaesche|tapete|gespraech|gesprach'],
    examples: {
      match: ['schick mir noch eins, am besten im bett', 'machst du eins in unterwäsche?', 'kannst du mir eins nur im handtuch zeigen'],
      ignore: ['kannst du ein foto vom bett machen für vinted', 'schick mir eins im bett, mama will sehen ob du noch fieber hast', 'machst du eins von der neuen bettwäsche im bett', 'hast du eins im bikini vom urlaub? für oma'],
    },
  },
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
      'schick*|send*|zeig* ..4 ganzkorper*|ganzkoerper*|spiegelselfie*|spiegelfoto*|spiegelpic*|spiegelbild*|bodypic*|bodyshot*|fullbody*|oben_ohne',
    ],
    unless: ['doku|zeitung|artikel|reportage|nachrichten|strafbar|illegal|hast_du_das|hast_du_gehort|hast_du_gehoert|gehort_dass|gehoert_dass|ich_wurd_das_nie|ich_wuerd_das_nie|mit_ki|so_krank'],
    examples: {
      match: ['schick mir nudes', 'schick mal ein nacktbild', 'nudes her', 'schick mir noch ein spiegelfoto', 'sendest du mir das spiegelfoto von gestern', 'zeig dich mal nackt', 'zeig mir mal deinen körper', 'krieg ich nudes', 'schick mir deine titten'],
      ignore: ['mit ki nacktbilder machen ist so krank, hast du das mit der lehrerin gehört', 'hast du die doku über nacktschnecken gesehen', 'zeig mir deine hausaufgaben', 'schick mir das lied', 'das spiegelfoto hab ich gelöscht'],
    },
  },
  {
    id: 'pic-of-you',
    phrases: [
      'schick*|schik*|send*|mach*|zeig* ..5 @photo ..2 von|vo dir|ihnen|dich|sich',
      '@photo von|vo dir|ihnen|sich ..4 schicken|senden|schickst|sendest|zeigst|machst|haben|bekommen|kriegen|sehen|zeigen|machen|geil|nice|cool|toll|bitte|please|will|mochte|moechte|gern|gerne',
      'kein|keine|ein|noch_ein|eins neues|neue|weiteres|weitere @photo ..2 schickst|schicken|sendest|senden|machst|machen',
      'fur|fuer|gegen ein|ein_paar|paar|zwei|drei|# @photo ..1 von dir',
      '@photo von|vo dir ..2 im|in|ohne|nur ..2 bikini|badeanzug|@underwear|bett|dusche|bad|handtuch|shirt|t_shirt|klamotten|kleidung|was|nix|nichts|bauchfrei',
      'schick*|send* ..3 mir ..4 @photo ..3 im|in bett|bad|badezimmer|dusche|badewanne|@underwear|schlafanzug|pyjama|handtuch',
      'ich will|mochte|moechte|muss dich ..3 sehen ..3 @cam|@photo|pic|nackt|jetzt',
    ],
    unless: ['@family ..2 fragt|fragte|hat_gefragt|wollte|will_wissen|mochte_wissen|moechte_wissen', 'gut_angekommen|heil_angekommen|sicher_angekommen|angekommen_bist|angekommen_seid', 'choreo*|choreographie|choreografie|tanzgruppe|tanzkurs|technik|haltung|trainingsvideo|auftritt|vorspiel', 'kann_mich_nicht_entscheiden|nicht_entscheiden|anprobier*|umkleidekabine|welches_besser|welche_farbe|oder_das_andere', 'kleid|hose|jeans|rock|jacke|anzug|outfit|mantel|schuhe|pulli ..6 ob ..3 passt|steht|sitzt|passen|stehen|sitzen', 'kleid|hose|jeans|rock|jacke|anzug|outfit|mantel|schuhe|pulli ..6 sag|sage|sagen ..3 ob ..3 passt|steht|sitzt|passen|stehen|sitzen', 'neuen|neuem|neue kleid|anzug|jacke|mantel|schuhe|pulli|hoodie|trikot|brille|frisur', 'abikleid|ballkleid|frisur|haarschnitt|pokal|medaille|urkunde|kostum|kostuem|uniform|konfirmation|kommunion|abiball|tanzkurs', 'verkauft_sich|verkaufen_sich|vinted|kleinanzeigen|ebay|inserat|zum_verkaufen|fur_den_verkauf|fuer_den_verkauf|fur_die_anzeige|fuer_die_anzeige', 'dir und|mit', 'collage|projekt|abizeitung|schulerausweis|schuelerausweis|ausweis|jahrbuch|referat|schulerzeitung|schuelerzeitung|passfoto|baby|klassenfoto', 'schick*|zeig*|send* ..1 oma|opa|omi|opi|tante|onkel', 'oma|opa|omi|opi ..1 vermisst|vermissen|freut|freuen', 'seh|sehe dich ..1 so|viel_zu|leider ..1 selten', '@family ..2 will_auch|mochte_auch|moechte_auch|macht_sich|machen_sich|freut_sich|will_sehen', 'schuleraustausch|schueleraustausch|austausch|anmeldung|bewerbung|antrag|formular|unterlagen|teilnehmer*|steckbrief|mannschaftsfoto|vereinsseite|homepage', 'peinlich*|in_die_gruppe|in_unsere_gruppe|in_die_klassengruppe|in_den_gruppenchat', 'reinbauen|reinmontieren|reinschneiden|reinsetzen|einfugen|einfuegen|baut_euch|bauen_euch|euch_rein|dich_rein_bauen|wer_nicht_kann|wer_nicht_da_ist|wer_fehlt', 'portrataufgabe|portraetaufgabe|portraitaufgabe|portratprojekt|portraitprojekt|fotoaufgabe|fotoprojekt|fotografiekurs|fotokurs|foto_ag|fotoag|kunstunterricht|kunstlehrer*|kunstaufgabe|kunstprojekt|abgabe'],
    examples: {
      match: ['schick mir ein foto von dir', 'schick mir einfach ein paar bilder von dir ohne t-shirt', 'kann ich ein bild von dir haben', 'schick mal ein foto von dir im bett 😏', 'send mir n pic von dir', 'mach mal ein selfie von dir', 'wenn du mir ein foto von dir schickst', 'schik mir ein fotto von dir'],
      ignore: ['schick mal ein foto von dir, oma fragt wie du jetzt aussiehst', 'schick mir ein foto von dir am strand, will wissen ob du gut angekommen bist', 'kannst du mir ein video von dir beim tanzen schicken? für die choreo', 'mach mal ein foto von dir im spiegel mit dem outfit, ich kann mich nicht entscheiden', 'schick mir mal ein foto von dir im neuen kleid, will sehen wie es sitzt', 'schick mir ein foto von dir mit dem pokal!', 'mach mal fotos von dir wie du die anhast, dann verkauft sich das besser auf vinted', 'schick mir ein foto von deinem hund', 'schick mir die bilder von der klassenfahrt', 'ich hab ein foto von dir und lea gefunden lol', 'Für den Schüleraustausch brauche ich noch ein Foto von dir', 'Hallo Schatz, schick Oma mal ein Bild von dir im neuen Kleid, Opa will auch gucken ❤️', 'oder ein peinliches foto von dir in die gruppe schicken', 'schick ein foto von dir in die gruppe, damit alle wissen wie du aussiehst', 'wer nicht kann schickt mir ein foto von sich, der fotograf baut euch dann rein', 'schick mir mal das foto von dir für die fotoaufgabe, der kunstlehrer will es morgen', 'schick mir ein foto von dir in der hose aus dem laden, dann sag ich dir ob sie sitzt'],
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
      'haha*|lol|xd|lmao|opfer',
      'welpe|welpen|welpi|hundchen|huendchen|katzchen|katzen|kitten|kaninchen|hase|hasen|hamster|meerschwein*|pferd|pony|fohlen|wellensittich*|papagei|vogel|aquarium|fische|schildkrote|schildkroete|haustier*|tierheim',
      'hausaufgabe*|aufgabe*|mathe|erklaren|erklaeren|erklar|erklaer|lernen|vokabeln|referat',
      'rechnest|rechnen|rechenweg|losung|loesung|losungsweg|loesungsweg|gleichung*|nachhilfelehrer*|tutor*',
      'prasentation*|praesentation*|gruppenprasentation*|gruppenpraesentation*|uben|ueben|projekt*|vortrag|nachhilfe|lerngruppe|gruppenarbeit',
    ],
    examples: {
      match: ['mach mal deine cam an will dich sehen', 'mach die kamera an', 'schalt deine kamera ein', 'cam an bitte', 'zeig dich mal vor der cam', 'ausser du machst heute abend nochmal die cam an'],
      ignore: ['mach mal kamera an, ich will dir den neuen welpen zeigen', 'mach die cam an, zeig mir das kaninchen', 'Oma ruft gleich per Facetime an, mach die Kamera an damit sie dich sehen kann', 'meine kamera geht nicht an', 'mach die kamera an für den unterricht', 'mach die kamera an ich seh nur schwarz', 'mach die kamera an, ich will dein outfit sehen', 'mach die cam an, will dein neues zimmer sehen', 'mach aber die kamera an du opfer 😂', 'kannst du mal die kamera anmachen, ich will dir die hausaufgabe zeigen', 'kannst du mal deine kamera anmachen? wir wollen die gruppenpräsentation üben'],
    },
  },
  {
    id: 'more-pics',
    phrases: [
      'schick*|send*|zeig* [mir] [mal|doch|bitte|schnell|nur] [mal|doch|bitte|nur] noch ..2 eins|eines|ein|eine|mehr|paar|ein_paar|mal',
      'noch ein|eins|eine|mehr @photo ..3 von_dir|bitte|please|schicken|senden|schickst|sendest|machst',
      'noch|nochmal|noch_mal ..1 eins|eines ..2 schickst|sendest|schicken|senden|zeigst|machst',
      'mach|mache|machst|dreh|drehst|nimm ..2 noch|nochmal ..1 ein|eins|eine|mehr ..1 @photo|video',
      'will|mochte|moechte|brauche|brauch ..1 mehr|noch_mehr @photo|nudes|video',
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
      match: ['schick mir noch eins', 'noch ein foto bitte', 'schick noch mehr', 'mehr bilder von dir', 'wenn du mir nicht nochmal eins schickst', 'dann mach noch ein video heute nacht', 'ich will kein geld, ich will mehr bilder'],
      ignore: ['ich schick dir gleich noch die adresse', 'ich hab noch ein foto vom urlaub', 'Super. Schick mir bitte noch ein Passfoto für den Spielerpass'],
    },
  },
  {
    id: 'send-a-pic-generic',
    phrases: [
      'schick|schicke|schickst|send|sende|sendest [mir|mal|ma|bitte|doch] [mal|doch|bitte|ma|schnell|einfach|auch|auch_mal|mir|nur] ein|n|nen|paar|ein_paar|eins|1|einen|es|a|e @photo',
      'zeig|zeige [mir|mal] [mal|doch|bitte|ma] wie du aussiehst|ausiehst|aussehen',
      'zeig|zeige|zeigst ..3 wie du ..2 aussiehst|ausiehst|aussehen',
      '@photo ..1 mit dir ..1 drauf',
      'dich ..2 im spiegel ..2 fotografieren|fotografierst|knipsen',
      'beweis|beweise|zeig ..3 dass|ob du ..2 echt|real|wirklich',
      'dann zeig ..1 mal|doch|mir ..1 was|etwas',
      'schick|schicke|send|sende ..3 ein|n|nen|paar|eins ..1 susses|suesses|schones|schoenes|hubsches|huebsches|heisses|sexy|neues|aktuelles|kleines @photo',
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
    unless: ['ob ..1 du|dus|du_es ..2 noch|schon ..1 hast|habt|findest|weisst', 
      'wenn|sobald du ..3 bahn|bus|zug|taxi|angekommen|ankommst|losfahrst|losfaehrst|haltestelle',
      'vom|davon',
      '@family ..2 macht_sich|machen_sich ..1 sorgen', 'wie es dir geht|gehts', '@photo von wo ihr|du', 'wissen|sehen dass|ob ..1 alles|es_dir|ihr ..1 gut|ok|okay|klar|passt|sicher', 'ob ..4 passt|passen|zusammenpasst|aussieht_zu', 'wo du ..2 stehst|bist|parkst ..5 find|finde|finden|findet|seh|sehe|sieht|abholen|abholt|hol|hole|holt',
      '@photo von dem|der|den|eurer|eurem|unserem|unserer|meinem|meiner|seinem|seiner|deinem|deiner|deinen|deines',
      'hausaufgabe*|aufgabe*|arbeitsblatt|tafel|rahmen|fahrrad|auto|zimmer|hund|katze|essen|quittung|rechnung|zettel|buch|ergebnis*',
      'wunde|ausschlag|entzundet|entzuendet|geschwollen|verletzung|kinderarzt*|hautarzt*|pflaster|verband|stich|zecke|bruch|schramme|knie|knochel|knoechel|fieber',
      'was_du_kannst|du_kannst|drauf_hast|gelernt|gemalt|gebaut|gekocht|geschrieben|gezeichnet|trick|skill*',
    ],
    weight: 1,
    examples: {
      match: ['schick mir mal ein bild', 'schick mir es föteli vo dir', 'schick mir doch a foto', 'schick mir nur ein bild', 'send mir n pic', 'zeig mal wie du aussiehst', 'ich will dich sehen', 'kannst du grad ein selfie machen? will sehen wie du heute aussiehst', 'zeig mal wie du so aussiehst', 'mach mal ein foto mit dir drauf', 'kannst du dich mal im spiegel fotografieren', 'beweis dass du echt bist', 'willst du ne psn karte? dann zeig mal was', 'schick mal ein süßes selfie 🥺'],
      ignore: ['das mit den trägern, schick mal n bild ob dus noch hast', 'schick mal ein foto ob du die jacke noch hast', 'schick mir ein foto von deinem neuen hund', 'schickt mir bis morgen ein Foto von eurer Hausaufgabe', 'schick mal noch ein paar fotos vom rahmen', 'kannst du ein foto von der tafel machen', 'Schick mal ein Foto wie es dir geht, Oma macht sich Sorgen', 'schick mal ein bild ob das zur schnalle passt', 'schick mir mal n foto wo du grad stehst, ich find dich nich aufm parkplatz'],
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
    phrases: [
      'schick*|zeig*|send* ..3 eins|eines|@photo ..3 ohne|oben_ohne top|shirt|tshirt|t_shirt|oberteil|pulli|hoodie|hemd|hose|rock|jeans|slip|hoschen|hoeschen|klamotten|kleidung',
      'eins|eines|@photo ..1 ohne|oben_ohne top|shirt|tshirt|t_shirt|oberteil|pulli|hoodie|hemd|hose|rock|jeans|slip|hoschen|hoeschen|klamotten|kleidung|bh ..3 schickst|sendest|zeigst|machst|schicken|senden|machen|schickt|schick|bitte|her',
      'brauch*|will|mochte|moechte|hatte|haette|schick*|send*|mach* ..5 @photo ..2 in|im|nur_in|nur_im @underwear|bikini|badeanzug|badehose|unterhose',
      'zieh|ziehst|zieht ..4 aus ..4 schick*|send*|zeig*|mach* ..3 @photo|beweis*|eins|beweisfoto*',
      'zeig|zeige|zeigst ..3 wie du ..3 im|in|unter_der|unter bett|dusche|badewanne|decke|@underwear|bikini|handtuch ..1 liegst|aussiehst|ausiehst|bist|stehst|sitzt',
    ],
    unless: ['schuhe|jacke|mantel|sport|training|schwimm*|sonnenbrand|tattoo|muskel*|arzt|ausschlag|verletzung|wunde|pflaster|haha|lol|vom|von_der|von_dem|filter|brille|kappe|mutze|muetze|zeugnis|shop|onlineshop|katalog|produkt*|verkauf*|vinted|ebay|kleinanzeigen'],
    weight: 3,
    examples: { match: ['yo ich geb dir 5000 vbucks wenn du mir n pic ohne shirt schickst', 'für die Bewerbung brauch ich ein paar Fotos in Unterwäsche', 'zieh die mal aus und schick ein beweisfoto', 'zeig mir mal wie du im bett liegst 😏', 'schick mal eins ohne hose', 'schick noch eins, aber diesmal ohne top'], ignore: ['zeig mir wie du im bett liegst mit dem gips, arzt sagt ruhe', 'zieh die jacke aus und schick mir dann das foto vom zeugnis', 'ich brauch fotos in unterwäsche für den shop haha', 'ein bild ohne filter schickst du mir?', 'zeig mal das foto ohne filter', 'schick mir ein bild ohne pulli wegen dem tattoo'] },
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
  {
    id: 'pic-in-bed',
    phrases: ['mach*|schick*|zeig*|send* ..4 @photo ..2 wie|wo|wahrend|waehrend du ..4 bett|dusche|badewanne|liegst|duschst|badest|umziehst|schlafst|schlaefst'],
    unless: ['krank|fieber|gips|krankenhaus|haha*|lol|xd|hund|katze|baby|bruder|schwester|mama|papa|oma|opa|besser|gesund|gute_besserung'],
    weight: 3,
    examples: { match: ['mach mal ein bild wie du im bett liegst', 'schick ein foto wo du in der badewanne liegst'], ignore: ['schick ein foto wie du im bett liegst mit fieber, mama will es sehen', 'mach ein foto wo du mit dem hund im bett liegst haha'] },
  },
  {
    id: 'face-pic',
    phrases: ['schick*|send*|zeig* ..4 @photo ..2 von|vo @poss gesicht'],
    unless: ['brille|frisur|haare|makeup|make_up|schminke|sonnenbrand|verletz*|pickel|arzt|wunde|ausschlag|allergie|mucke|muecke|stich|zahn|zahne|zaehne|bewerbung|ausweis|passfoto'],
    weight: 1,
    examples: { match: ['schick mal ein foto von deinem gesicht, will sehen ob du echt bist'], ignore: ['schick mal ein foto von deinem gesicht mit der neuen brille'] },
  },
  {
    id: 'bikini-pics',
    phrases: [
      'bikinifoto*|bikinibild*|bikinipic*|unterwaschefoto*|unterwaeschefoto*|badeanzugfoto* ..3 schick*|bitte|brauch*|senden|her|von_dir',
      'schick*|send*|zeig*|mit|bewerbung|brauch* ..4 bikinifoto*|bikinibild*|bikinipic*|unterwaschefoto*|unterwaeschefoto*|badeanzugfoto*',
    ],
    unless: ['urlaub|strand|vom|von_der|shop|katalog|werbung|haha|lol|xd'],
    weight: 3,
    examples: { match: ['Bewerbung bitte mit Bikinifotos', 'schick mal ein paar bikinibilder von dir'], ignore: ['die bikinifotos vom urlaub sind schön'] },
  },
  {
    id: 'trust-test',
    phrases: [
      'wenn|falls du mir ..2 vertraust|vertrauen ..4 schickst|zeigst|sendest|machst|schick|zeig',
      'beweis|beweise|zeig ..3 dass|das du mich ..2 liebst|magst|vertraust ..4 schick*|zeig*|@photo|cam|kamera',
    ],
    unless: ['geheimnis|passwort|haha|lol|xd|hausaufgabe*|link|adresse|nummer'],
    weight: 3,
    examples: { match: ['wenn du mir vertraust schickst du mir eins', 'beweis mir dass du mich liebst und schick ein bild'], ignore: ['wenn du mir vertraust sagst du mir dein geheimnis'] },
  },
  {
    id: 'proof-selfie-or-live',
    phrases: [
      'mach|mache|machst|schick|schicke|schickst ..3 selfie|foto|bild|pic|video ..3 mit ..2 datum|heutigem|heutigen|zettel|namen|meinem_namen|peace|daumen',
      'will|mochte|moechte|muss dich ..1 live|jetzt|kurz|mal|endlich ..1 sehen|sehn',
      'geh|gehst ..4 zimmer|bad|badezimmer|bett|schlafzimmer ..4 mach|machst|schalt|schaltest ..3 @cam ..1 an|ein',
      'zeig|zeige|zeigst ..2 [mal|mir] @poss figur|kurven|taille|oberweite|hufte|huefte|huften|hueften',
      '@photo ..1 im|in|nur_in|nur_im bikini|badeanzug|@underwear|badehose|handtuch ..3 ware|waere|war|waer|schickst|schick|bitte|her|will|mochte|moechte|susse|suess|suss|heiss|geil',
      'schick*|send*|zeig*|mach* ..4 @photo ..1 von|vo @poss|deinen|deinem|deine ..1 fussen|fusse|fuss|fuessen|fuesse|zehen|bauch|beinen|bein|po|hintern|@body',
    ],
    unless: [
      'oma|opa|mama|papa|unterricht|lehrer*|meeting|konferenz|referat|arzt|therapeut*|zock*|stream*|game*|spiel*|runde|team|gruppe|alle|hausaufgabe*|aufgabe*',
      'verletz*|tattoo|tatoo|wunde|blau*|gebrochen|verband|gips|pflaster|schuh*|sneaker*|socken|physio*|ausschlag|stich|mucke|muecke|zecke|sonnenbrand|training|dehnen|urlaub|strand|vom|von_der|shop|katalog|werbung|haha*|lol|xd|kleid|geburtstag|konzert|auftritt',
      'anmeldung|formular|antrag|bewerbung|buhne|buehne|show|stadion|challenge|trend|ausweis|trainer*|tanzen|tanz|ballett|turnen|choreo*|kurs|mathe|online_unterricht|nachhilfe|prufung|pruefung|homeschooling|schule',
      'orthopad*|orthopaed*|podolog*|fusspfleg*|schuhgrosse|schuhgroesse|einlagen|krankengymnast*|hautarzt|dermatolog*',
    ],
    weight: 3,
    examples: {
      match: ['mach ein foto von deinen füßen, ich zahl dir 10 euro', 'mach ein selfie mit heutigem datum', 'ich will dich live sehen', 'geh mal in dein zimmer und mach die kamera an', 'zeig mal deine figur', 'ein bild im bikini wäre süß', 'schick mal ein foto von deinen beinen'],
      ignore: ['ich will dich mal sehen, wann hast du zeit für oma', 'geh in dein zimmer und mach die kamera an, der lehrer wartet', 'schick mal ein foto von deinem fuß mit dem verband', 'ein bild im bikini vom urlaub wäre süß für oma', 'ich will dich live sehen auf der bühne!', 'mach ein foto von deinem fuß für den orthopäden', 'zeig mal deine figur beim tanzen, trainer will das sehen', 'geh in dein zimmer und mach die kamera an für mathe online'],
    },
  },
  {
    id: 'more-of-you-mirror',
    phrases: [
      'hast|haste|hasch du ..2 noch ..1 mehr ..1 @photo',
      'selfie|selfies|foto|bild|pic|fotos|bilder ..2 im|vorm|vor_dem spiegel',
    ],
    unless: ['baby|abizeitung|jahrbuch|als_kind|klein|kleiner|fruher|frueher|vom|von_der|von_dem|von_den|von_deinem|von_deiner|urlaub|ausflug|klassenfahrt|party|konzert|hochzeit|geburtstag*|hund|katze|pferd|essen|outfit|kleid|frisur|haare|makeup|schuhe|zimmer|haus|wohnung|auto|landschaft|hausaufgabe*|projekt|referat|oma|opa|mama|papa'],
    weight: 2,
    examples: {
      match: ['du bist echt hübsch, hast du noch mehr fotos?', 'perfekt 😏 schick mal ein selfie im spiegel'],
      ignore: ['hast du noch mehr fotos vom urlaub?', 'schick mal ein selfie im spiegel mit dem neuen kleid'],
    },
  },
  {
    id: 'bare-pic-ask',
    phrases: [
      'schick|schicke|send|sende [mal|ma|mir|doch|bitte] [mal|ma|mir|doch|bitte] bild|foto|pic|selfie|fotos|bilder|pics|selfies',
      'magst|willst|kannst du mir ..1 was|etwas ..1 zeigen',
      'will|mochte|moechte ..1 alles ..1 von dir ..1 sehen',
      'zieh|ziehst ..4 an ..6 mach*|schick* ..2 @photo|foto|bild|pic',
    ],
    unless: ['vom|von_der|von_dem|von_den|von_deinem|von_deiner|von_deinen|von_meinem|von_meiner|von_unserem|von_unserer|von_euch|davon|hausaufgabe*|aufgabe*|mathe|arbeitsblatt|tafel|rezept|trick|spiel|level|oma|opa|mama|papa|tante|kleid_fur|kleid_fuer|hochzeit|abiball|konfirmation|kommunion|einschulung|zeugnis|quittung|rechnung|zettel|ergebnis*|fehler|screenshot|link|datei'],
    weight: 1,
    examples: {
      match: ['schatz schick mal bild', 'sende bild', 'magst du mir was zeigen', 'ich will alles von dir sehen', 'zieh mal den rock an den du auf insta hast und mach ein foto'],
      ignore: ['schick mal bilder vom urlaub', 'kannst du mir was zeigen in mathe', 'zieh das kleid an und mach ein foto für oma'],
    },
  },
  {
    id: 'one-more-or-new-ones',
    phrases: [
      'schick*|send*|zeig*|mach* ..3 noch ..1 ein|eins|eine|mehr|paar ..1 @photo|video',
      'wenn|falls|erst_wenn du ..2 mir ..1 #|neue|weitere|mehr ..1 [neue|weitere] @photo|videos ..1 schickst|sendest|zeigst|machst',
      'zeig|zeige ..3 was du ..2 anhast|an_hast|tragst|traegst|drunter',
      '@photo ..1 von dir ..6 in|im|nur_in|nur_im @underwear|bikini|badeanzug|badehose',
      'schick*|send*|zeig* ..2 lieber|doch ..1 echte|richtige',
    ],
    unless: ['vom|davon|von_der|von_dem|von_den|von_deinem|von_deiner|urlaub|ausflug|klassenfahrt|strand|party|konzert|hochzeit|geburtstag*|hund|katze|essen|rahmen|fahrrad|auto|zimmer|kratzer|schaden|haus|wohnung|passfoto|spielerpass|ausweis|formular|dokument*|unterlagen|link|datei|adresse|hausaufgabe*|arbeitsblatt|rezept|shop|katalog|haha*|lol|xd', 'schuhe|schuhen|kostum*|kostuem*|buhnenbild|buehnenbild|requisite*'],
    weight: 1,
    examples: {
      match: ['schick mir einfach noch ein bild dann geht es mir besser', 'erst wenn du mir 3 neue bilder schickst', 'und zeig mir mal was du grad anhast 😘', 'Zuerst brauchen wir ein paar Fotos von dir für die Kartei, am besten in Unterwäsche oder Bikini', 'dann schick lieber echte'],
      ignore: ['schick noch ein foto vom rahmen', 'schick mir noch ein paar fotos vom urlaub', 'zeig mal was du zum geburtstag anhast'],
    },
  },
  {
    id: 'have-you-any-in-bikini',
    phrases: [
      'hast|haste|hasch du ..2 auch|noch|mehr|paar|welche ..1 @photo ..2 im|in|ohne|nur_in|nur_im bikini|badeanzug|@underwear|badehose|handtuch|bett|dusche',
      'haste|hasch|hasse ..2 auch|noch|mehr|paar|welche ..1 @photo ..2 im|in|ohne|nur_in|nur_im bikini|badeanzug|@underwear|badehose|handtuch|bett|dusche',
      'dich ..1 vor ..1 der|die|deiner|deine @cam ..1 ausziehst|ausziehen|auszieht|zeigst|zeigen',
      '@currency|euro|@money|@gamecur ..5 wenn|falls du ..5 ausziehst|ausziehen|nackt|oben_ohne',
    ],
    unless: ['urlaub|strand|vom|von_der|shop|katalog|werbung|haha*|lol|xd|arzt|umkleide|schwimmkurs|schwimmverein|verein|training|wettkampf'],
    weight: 3,
    examples: {
      match: ['hast du auch fotos im bikini?', 'ich zahl dir 50 euro wenn du dich vor der cam ausziehst', 'haste noch bilder in unterwäsche'],
      ignore: ['hast du auch fotos im bikini vom urlaub? für das album', 'hast du noch fotos im badeanzug vom schwimmkurs'],
    },
  },
  {
    id: 'undress-on-video-more-skin',
    phrases: [
      '@photo|video ..3 wo|wie|auf_dem|in_dem|bei_dem|auf_denen du dich ..2 ausziehst|umziehst|auszieht|nackt',
      '@photo|video ..3 wo|wie|auf_dem|in_dem|bei_dem du ..2 duschst|badest|nackt|oben_ohne',
      'bisschen|etwas|ein_wenig|ruhig|noch ..1 mehr ..1 zeigen|zeigst|haut',
      'zeig|zeige|zeigst ..2 mehr ..1 davon',
      'lust ..3 mir ..3 @photo ..2 zu ..1 schicken|senden|zeigen',
      'etwas|bisschen|was|gerne|auch ..1 freizugiger|freizuegiger|freizugig|freizuegig|sexier|heisser|knapper',
      'mach*|schick*|send* ..3 @photo ..3 ganz|nur|total|streng|komplett ..1 privat|unter_uns|geheim',
      '@photo ..2 machen|schicken|senden ..2 ganz|nur|total|streng|komplett ..1 privat|unter_uns|geheim',
    ],
    unless: ['kannst|drauf|talent|konnen|koennen|vortrag|referat|bewerbung|portfolio|kunst|hausaufgabe*|urlaub|strand|vom|von_der|arzt|sport|training|haha*|lol|xd|tanz*|theater|familie|oma|opa|shop|verkauf*|katalog|produkt*|wetter|sommer|hitze|outfit_fur|outfit_fuer'],
    weight: 3,
    examples: {
      match: ['zeig mal mehr davon 😏', 'schick mir ein video wo du dich ausziehst', 'dann darfst du ja schon ein bisschen mehr zeigen 😉', 'hey du bist voll hübsch, hast du lust mir ein paar bilder zu schicken? gerne auch etwas freizügiger 😏', 'musst nur ein paar fotos machen, ganz privat'],
      ignore: ['du darfst ruhig mehr zeigen, du tanzt so gut', 'die fotos sind ganz privat, nur für die familie', 'du darfst ruhig mehr zeigen was du kannst', 'zieh was freizügigeres an, es ist so heiß im sommer'],
    },
  },
  {
    id: 'hot-pics',
    phrases: [
      'schick*|send*|zeig*|mach* ..3 heisse|heisses|sexy|versaute|versautes|freizugige|freizuegige|scharfe|geile|geiles|pikante ..1 @photo|fotos|bilder|pics|videos|selfies',
      'ich meine|mein|meinte ..2 ein|eins|was|etwas ..1 privates|intimes|versautes|freizugiges|freizuegiges|heisses',
      'ein|eins privates|intimes|versautes|freizugiges|freizuegiges ..1 @photo|bild|foto|selfie|video|pic',
    ],
    unless: ['haha*|lol|xd|essen|pizza|auto|autos|sommer|wetter|strand_foto|landschaft|sonnenuntergang|chili|curry|rezept|kuchen', 'gesprach|gespraech|gruppe|thema|problem*|konto|profil|account|album|fotoalbum|treffen|wie_gehts|wirklich|reden|erzahl*|erzaehl*|sorgen|chat|nachricht|oma|opa|mama|papa|familie'],
    weight: 3,
    examples: { match: ['nein ich meine ein privates 😏', 'sende mir ein paar heiße fotos 🔥', 'schick mal ein sexy selfie'], ignore: ['schick mir heiße fotos vom essen haha', 'ich meine ein privates gespräch, nicht in der gruppe', 'ein privates foto album für oma machen wir zusammen', 'ich meinte was privates, wie gehts dir wirklich?'] },
  },
  {
    id: 'not-much-on',
    phrases: [
      'wo|wie|auf_dem|in_dem du ..2 nicht ..1 so ..1 viel|viele ..1 anhast|an_hast|tragst|traegst',
      'wenig|weniger|nichts|nix|kaum_was ..1 anhast|an_hast|tragst|traegst',
      // "jemandem nichts anhaben können" means "cannot harm": only with "du".
      'du ..3 wenig|weniger|nichts|nix|kaum_was ..1 anhaben|tragen',
    ],
    unless: ['kalt|frieren|frierst|erkalt*|erkaelt*|winter|schnee|jacke|mantel|mama|papa|oma|opa|haha*|lol|xd|geld|koffer|packen|gepackt|einkaufen|klamotten_kaufen|shoppen'],
    weight: 3,
    examples: { match: ['magst du mir mal eins schicken wo du nicht so viel anhast? 🙈', 'schick eins wo du weniger anhast'], ignore: ['zieh dir was an, du hast so wenig an und es ist kalt', 'ein Verstand, dem die Vernunft nichts anhaben kann'] },
  },
  {
    id: 'see-what-youre-wearing-underwear',
    phrases: [
      'ich will|mochte|moechte|muss ..1 sehen ..2 was du ..3 anhast|an_hast|tragst|traegst|drunter',
      'unter ..1 der|deiner decke|bettdecke ..3 anhast|an_hast|tragst|traegst|machst|zeig*',
      'zeig|zeige|zeigst|schick ..2 [mal|mir] @poss @underwear|slip|unterhose|hoschen|hoeschen',
    ],
    unless: ['haha*|lol|xd|outfit_fur|outfit_fuer|party|hochzeit|abiball|konfirmation|schule|fasching|karneval|kostum|kostuem|verkleid*|shop|kaufen|gekauft|bestellt|anprobieren|mama|papa|oma|opa'],
    weight: 3,
    examples: { match: ['ich will sehen was du unter der decke anhast 😏', 'zeig mir deinen bh'], ignore: ['ich will sehen was du zur party anhast', 'zeig mir mal dein kostüm für fasching'] },
  },
  {
    id: 'full-body-bed-naked',
    phrases: [
      'ganzkorper*|ganzkoerper*|fullbody*|bodyshot*|bodypic*',
      'darf|kann|konnte|koennte ich dich ..2 nackt|ohne_klamotten|oben_ohne ..2 sehen',
      'leg|lieg ..1 dich ..3 aufs|ins|auf_das|auf_dein bett|sofa|couch ..4 mach|schick|film ..2 @photo|foto|bild|video',
    ],
    unless: ['arzt|arztin|aerztin|physio*|rontgen|roentgen|bewerbung|sedcard_fur_die_agentur_mit_eltern|shop|katalog|haha*|lol|xd|mama|papa|oma|opa|hund|katze|krank|fieber|gips'],
    weight: 3,
    examples: { match: ['schick mir doch mal ein ganzkörperfoto', 'darf ich dich mal nackt sehen? nur einmal', 'leg dich mal aufs bett und mach ein foto von oben'], ignore: ['leg dich aufs bett und mach ein foto vom gips für mama'] },
  },
  {
    id: 'see-you-better-sexy-pics-of-you',
    phrases: [
      'ein|eins|welche @photo|bild|foto ..1 wo|auf_dem|auf_denen man ..1 dich ..1 besser|genauer|mehr|ganz ..1 sieht|erkennt|sehen',
      'sexy|heisse|heisses|freizugige|freizuegige|versaute|scharfe|geile|nackte ..1 @photo|bilder|fotos|pics|videos|selfies ..1 von dir',
    ],
    unless: ['vom|von_der|urlaub|ausflug|klassenfahrt|party|hochzeit|passfoto|ausweis|bewerbung|brille|frisur|haare|gesicht_fur|haha*|lol|xd|essen|auto|mama|papa|oma|opa|gruppenfoto|klassenfoto|mannschaftsfoto|jahrbuch|abizeitung|klein|verdeckt|unscharf|hinten|im_hintergrund'],
    weight: 3,
    examples: { match: ['hast du ein bild wo man dich besser sieht?', 'dafür brauch ich aber ein paar sexy bilder von dir'], ignore: ['hast du ein foto wo man dich besser sieht, für den ausweis?', 'hast du ein foto wo man dich besser sieht? auf dem gruppenfoto bist du so klein'] },
  },
  {
    id: 'in-pyjamas',
    phrases: ['zeig|zeige|zeigst ..3 wie du ..3 im|in schlafanzug|pyjama|nachthemd|@underwear|bikini|badeanzug|handtuch|bett ..1 aussiehst|ausiehst|liegst'],
    unless: ['kaufen|gekauft|neu|neuen|neues|shop|bestellt|anprobieren|pyjamaparty|ubernachtung|uebernachtung|haha*|lol|xd|mama|papa|oma|opa|krank|gips'],
    weight: 3,
    examples: { match: ['zeig mir mal wie du im schlafanzug aussiehst'], ignore: ['zeig mal wie du im neuen schlafanzug aussiehst, für die pyjamaparty'] },
  },
  {
    id: 'record-a-video-for-me',
    phrases: [
      'nimmst|nimm|nehm|nehmst ..4 @photo|video ..3 fur|fuer|nur_fur|nur_fuer mich ..1 auf',
      'machst|mach|drehst|dreh ..3 noch|nochmal|wieder|heute|heut ..3 ein|eins|nen|paar|neues|neue @photo|video ..2 fur|fuer|nur_fur|nur_fuer mich',
    ],
    unless: ['vom|von_der|von_dem|tafel*|hausaufgabe*|aufgabe*|tor|konzert|auftritt|spiel|speisekarte|menu|rezept|zettel|plan|stundenplan|vertretungsplan|schild|preis|laden|produkt|kleid|schuhe|jacke|outfit|hund|katze|oma|opa|sonnenuntergang|aussicht|folge|serie|sendung|tiktok|tanz*|trick|haha*|lol|xd|referat|projekt|schule|unterricht|training|turnier|auto|fahrrad|rad|ware|paket', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['nimmst du heut nochmal ein video für mich auf?', 'machst du heute noch ein video nur für mich?'], ignore: ['nimmst du ein video vom konzert für mich auf?', 'machst du noch ein foto für mich vom tafelbild?'] },
  },
  {
    id: 'more-skin-lower-cam',
    phrases: [
      'mehr|bisschen|bissl|etwas ..1 haut ..2 zeigen|zeig|zeigst|sehen',
      'zeig|zeigst|zeigen ..3 mehr|bisschen|bissl|etwas ..1 haut',
      'kamera|cam|handy|webcam ..3 tiefer|weiter_runter|nach_unten|runter ..1 halten|halt|haltst|machen|richten|schwenken|drehen',
    ],
    unless: ['sonne|sommer|strand|eincremen|sonnencreme|sonnenbrand|tattoo|ausschlag|arzt|hund|katze|ball|tor|trick|skate*|schuhe|fusse|fuesse|tisch|aufgabe|aufgaben|hausaufgabe*|heft|zettel|blatt|tafel*|buch|seite|text|schrift|bildschirm|lego|zeichnung|haha*|lol|xd'],
    examples: { match: ['zeig mal mehr haut 😏', 'kannst du die kamera mal tiefer halten?'], ignore: ['kannst du die kamera tiefer halten, man sieht das tafelbild nicht', 'halt die kamera tiefer, man sieht den hund nicht', 'zeig mal mehr haut, du brauchst sonne haha'] },
  },
  {
    id: 'how-do-you-look-now-selfie',
    phrases: [
      'wie siehst du ..2 grade|gerade|grad|jetzt|heute|im_moment ..1 aus ..3 zeig|schick|foto|bild|pic|selfie',
      'mach|machst|mache ..4 ein|eins|nen|n|paar ..1 selfie|selfies',
      'ich will|mochte|moechte|wurde|wuerde dich ..3 in|im ..2 schlafanzug|pyjama|nachthemd|bikini|badeanzug|@underwear|handtuch ..2 sehen',
    ],
    unless: ['outfit|frisur|haare|kleid|kostum|kostuem|anzug|brille|gruppe|zusammen|wir|uns|klasse|mit_mir|mit_uns|haha*|lol|xd|hund|katze|oma|opa|pyjamaparty|ubernachtung|uebernachtung'],
    examples: { match: ['wie siehst du grade aus? zeig mal', 'mach mal ne sprachnachricht und ein selfie', 'ich will dich in deinem schlafanzug sehen'], ignore: ['wie siehst du grade aus? zeig mal das neue outfit', 'mach mal ein selfie von uns zwei'] },
  },
  {
    id: 'but-make-it-sexy',
    phrases: [
      '@photo|video ..4 aber|bitte|ganz|richtig|so ..1 sexy|heiss|hot|freizugig|freizuegig|knapp',
      'sexy|heisses|heisse|freizugiges|freizuegiges ..1 @photo|video|selfie|selfies ..2 von dir',
    ],
    unless: ['haha*|lol|xd|kostum|kostuem|fasching|karneval|halloween|outfit_fur|werbung|kampagne|shop|produkt'],
    examples: { match: ['schick mal ein video wie du tanzt, aber sexy', 'ich will ein heißes foto von dir'], ignore: ['schick ein video wie du tanzt, aber sexy haha'] },
  },
  {
    id: 'swiss-pic-of-you',
    phrases: ['hesch|hend|hast ..2 es|e|a|ein|eis ..1 bild|foto|foteli|fotti|bildli ..1 vo|von dir', 'schick|schicksch ..1 mer|mir ..2 es|e|eis ..1 bild|foto|foteli|bildli ..1 vo dir'],
    unless: ['abizeitung|jahrbuch|collage|baby|babyfoto*|kinderfoto*|schulerausweis|schuelerausweis|anmeldung|steckbrief', 'ferie|ferien|urlaub|vom|von_der|schuelreis|schulreise|klassenfoto|hund|katze|pass|ausweis|bewerbung|haha*|lol|xd|merci_fur|danke'],
    examples: { match: ['hesch du es bild vo dir?', 'schick mer es foteli vo dir'], ignore: ['hesch es bild vo dir fürs klassenfoto?', 'hast du noch ein foto von dir als baby? für die abizeitung'] },
  },
  {
    id: 'bed-bikini-pics-just-one',
    phrases: [
      'hast|hattest|haste du ..2 @photo ..2 im|in|in_deinem ..1 bikini|badeanzug|@underwear|bett|schlafanzug|handtuch',
      'schick*|zeig*|mach* ..5 @photo|video ..5 im|in_deinem|in_der ..1 bett|schlafanzug|pyjama|badewanne|dusche|unterwasche|unterwaesche',
      'schick|zeig ..2 mir ..1 eins|eines ..6 losch|loesch|losche|loesche ..2 es|sie|das ..1 sofort|danach|gleich|direkt',
      'dreh|drehst|zieh|ziehst|kamera|cam|tiefer|naher|naeher|ganz ..6 will|mochte|moechte ..1 alles ..1 sehen',
    ],
    unless: ['urlaub|strand|vom|von_der|shop|kaufen|gekauft|laden|hund|katze|baby|bruder|schwester|oma|opa|meme*|lied|link|zimmer|wohnung|haus|garten|neue|neuen|neues|film|serie|folge|staffel|spiel|zeugnis|haha*|lol|xd|umzug|renoviert|aufgeraumt|aufgeraeumt|bewerbung|rettungsschwimm*|schwimmkurs|verein|vergleich|handykamera|qualitat|qualitaet'],
    examples: {
      match: ['hast du bilder im bikini? 👀', 'schick ma n foto von gestern abend im bett', 'bitte schick mir eins, nur eins, ich lösch es sofort', 'dreh dich mal, will alles sehen'],
      ignore: ['ich will alles sehen, die ganze staffel heute', 'hast du bilder im bikini vom urlaub für das album?', 'schick mal ein foto vom hund im bett', 'zeig mal die neue wohnung, will alles sehen'],
    },
  },
  {
    id: 'one-more-r9',
    phrases: [
      'schick|schicke|schickst|mach|machst|send|sende ..2 mir ..3 noch eins|eines|mehr|welche|paar|ein_paar',
    ],
    unless: ['gemalt|gezeichnet|zeichnung*|malen|bastel*|gebastelt|skizze*|kunst', 'meme*|link|links|lied|song|rezept|screenshot*|sticker|gif*|vom|von_dem|von_der|hausaufgabe*|aufgabe*|tiktok*|reel*|lustig|haha*|lol|xd|hund|katze|welpe|baby|essen|kuchen|keks*|pizza|getrank*|bier|kaffee|runde|spiel|level|versuch|mal_probieren|nachricht|sprachnachricht|sprachi|adresse|nummer|datei*|pdf|seite|folie*|zettel|euro|@currency|@money|@gamecur|tipp*|beispiel*|witz*|lebenszeichen|foto_vom|bild_vom|zusammenfassung|notizen'],
    examples: {
      match: ['dann sei lieb und schick mir heut abend noch eins', 'schick mir noch ein paar, die waren mega'],
      ignore: ['schick mir noch eins von den memes', 'schick mir noch eins von deinen bildern, die sind so schön gemalt', 'noch eins heute?', 'schick mir noch ein foto vom hund', 'noch eins heute? die runde war knapp', 'mach mir noch ein kaffee', 'Schick mir bitte noch ein Passfoto für den Spielerpass'],
    },
  },
  {
    id: 'want-one-too-r9',
    phrases: [
      'will|mochte|moechte|wollte|mocht ich ..1 auch ..2 eins|eines|ein_bild|ein_foto|ein_pic|bilder|fotos|pics|welche ..1 von dir',
      'dann|jetzt|aber ..1 du ..2 auch ..1 eins|eines|ein_bild|ein_foto|ein_pic ..2 von dir',
      'ich will|mochte|moechte|wollte|mocht ..1 auch ..2 eins|eines|ein_bild|ein_foto|ein_pic|bilder|fotos|pics|welche ..1 von dir',
    ],
    unless: ['armband|armbander|freundschaftsarmband*|kuchen|keks*|gemalt|zeichnung*|malen|geschenk*|brief|karte|autogramm|sticker|rezept|t_shirt|tshirt|merch|haha|lol|xd'],
    examples: {
      match: ['ich mach grad bilder im neuen bikini, willst du sehen? aber dann will ich auch eins von dir 😜', 'ich möchte auch ein foto von dir', 'ok ich schick meins aber dann du auch eins von dir'],
      ignore: ['das armband ist so schön, ich will auch eins von dir', 'ich will auch eins von dir gemalt haben'],
    },
  },
  {
    id: 'something-hot-r9',
    phrases: [
      '@photo|pic ..2 heisses|heisse|heises|heisseres|scharfes|scharfe|versautes|versaute|freizugig*|freizuegig*|sexy',
      'heisses|heisse|heissen|heises|scharfes|versautes|versaute|freizugig*|freizuegig*|sexy @photo|pic ..2 von dir',
      'dran|schick*|zeig*|send* ..4 was|etwas heisses|heises|heisseres|scharfes|versautes|freizugiges|freizuegiges|sexy|spicy',
    ],
    unless: ['essen|trinken|tee|kaffee|kakao|suppe|sosse|chili|curry|wurst|pizza|rezept|kochen|koch*|wetter|sonne|sommer|outfit_fur|kleid_fur|party|hochzeit|abiball|auto|karre|motorrad|wagen|schuhe|sneaker|haha|lol|xd'],
    examples: {
      match: ['hab dir grad n pic geschickt, jetzt bist du dran 😏 aber was heißes', 'schick mir mal was versautes', 'ein sexy foto von dir wär nice'],
      ignore: ['ich mach uns was heißes zu trinken', 'schick mal was scharfes zu essen rezept', 'zeig mal das sexy auto', 'Durch Auflegen eines heißen Bügeleisens lassen sich interessante Effekte erzielen'],
    },
  },
  {
    id: 'undress-for-photo-r9',
    phrases: [
      'ausziehen|ausziehn|ausgezogen ..3 fur|fuer|furs|fuers|vor|beim ..2 @photo|@cam|foto|kamera|shooting|casting|video',
      'zieh|ziehst|musst|kannst|sollst ..4 aus ..3 fur|fuer|furs|fuers|vor ..2 @photo|@cam|foto|kamera|shooting|casting|video',
    ],
    unless: ['brille|mutze|muetze|kappe|jacke|schuhe|passfoto*|bewerbungsfoto*|hut|kapuze|maske|helm|handschuhe|sonnenbrille|schmuck|uhr|ohrringe|mantel|schal|arzt|rontgen|roentgen|mrt'],
    examples: {
      match: ['Du musst Kleid ausziehen für Foto, ist normal Arbeit', 'zieh das top aus für die kamera', 'du musst dich ausziehen für das casting'],
      ignore: ['du musst die brille ausziehen für das passfoto', 'zieh die jacke aus fürs foto, ist zu warm'],
    },
  },
  {
    id: 'see-what-you-wear-r9',
    phrases: ['will|mochte|moechte|wollte|lass ..2 sehen|sehn|gucken|schauen was du ..2 anhast|tragst|traegst|an_hast'],
    weight: 2,
    unless: ['party|hochzeit|abiball|ball|date|outfit*|shoppen|anprobier*|kaufen|gekauft|konzert|fasching|karneval|halloween|kostum*|kostuem*|schule|schulball|abschluss*|taufe|feier|geburtstag*|morgen|haha|lol|xd|mama|papa'],
    examples: {
      match: ['steh mal auf und dreh dich, ich will sehn was du anhast 😄', 'ich möchte sehen was du gerade trägst'],
      ignore: ['ich will sehen was du für die party anhast', 'zeig mal ich will sehen was du morgen anhast zum abiball'],
    },
  },
  {
    id: 'best-in-underwear-r9',
    phrases: ['am_besten|gerne|gern|lieber|bitte|idealerweise ..2 in|im @underwear|bikini|badeanzug|badehose|boxershorts|boxer|unterhose'],
    unless: ['schwimm*|baden|strand|see|freibad|hallenbad|pool|urlaub|packen|einpacken|mitnehmen|schlaf*|hitze|heiss|warm|sauna|waschen|wasche|waesche|kaufen|shoppen|sport|haha|lol|xd'],
    examples: {
      match: ['Am besten in Unterwäsche oder Bikini damit der Kunde die Figur sieht', 'lieber in boxershorts, das wirkt besser auf den fotos'],
      ignore: ['am besten im bikini, wir gehen schwimmen', 'nimm lieber die badehose mit, wir gehen zum see'],
    },
  },
  {
    id: 'only-if-on-camera-r10',
    phrases: [
      'nur|aber_nur wenn ..4 telefonier*|call*|anruf*|facetime*|videocall*|videochat* ..3 mit kamera|cam|webcam|video',
      '@cam ..4 will|damit_ich|muss_ich ..2 sehen|seh|sehe|checken ..1 ob du ..1 echt|wirklich|real',
      'ruf|ruf_mich|call|facetime ..3 privat ..2 an ..2 mit kamera|cam|video',
    ],
    unless: ['hausaufgabe*|lernen|mathe|referat|zimmer|katze|hund|oma|opa|haha*|lol|xd|gruppe|klasse|team|meeting|interview|bewerbung*|arzt|termin'],
    examples: {
      match: ['aber nur wenn wir mal im discord telefonieren, mit kamera', 'mach die kamera an, will sehen ob du echt bist', 'ruf mich privat an mit cam, nur du und ich'],
      ignore: ['lass mal telefonieren mit kamera, dann zeig ich dir mein zimmer', 'nur wenn wir per videocall lernen, mit kamera geht besser'],
    },
  },
  {
    id: 'just-send-me-some-pics-r10',
    phrases: [
      'musst|brauchst|sollst|sollstest ..3 mir ..3 @photo ..1 schicken|senden|zeigen|geben',
      'mir ..2 ein_paar|paar|n|ne|mal|ab_und_zu|regelmassig|regelmaessig|jeden_tag|taglich|taeglich ..1 @photo ..1 schicken|senden|schickst|sendest',
      'einfach|mach|schick|zeig ..3 selfie*|@photo ..2 im|in|aus ..1 bett|dusche|badewanne|handtuch|schlafanzug|pyjama',
    ],
    unless: ['vom|von_der|von_dem|von_den|hausaufgabe*|tafel*|aufgabe*|formular|zettel|rezept|fahrplan|plan|bestellung|quittung|beleg|rechnung|schaden|artikel|ware|paket|ausweis|zustand|ruckseite|rueckseite|kratzer|defekt|ovp|anzeige|noch_da|noch_zu_haben|urlaub|ausflug|klassenfahrt|party|konzert|hund|katze|baby|essen|outfit|kleid|frisur|haare|zimmer', 'ich_hab|ich_habe|hab_ich|mein|meine|meinem|haha*|lol|xd'],
    weight: 2,
    examples: {
      match: ['ich schenk dir die, musst mir nur n foto schicken', 'nur ab und zu schreiben und mir ein paar fotos schicken, nix schlimmes 😘', 'einfach n selfie im bett oder so, bin neugierig 🙈'],
      ignore: ['kannst du mir ein paar fotos vom fahrrad schicken?', 'musst mir nur n foto vom tafelbild schicken', 'schick mir ein paar bilder von deinem hund', 'hab ein selfie im bett gemacht lol'],
    },
  },
  {
    id: 'the-ones-from-yesterday-again-r11',
    phrases: [
      'schick*|send* ..2 mir ..2 nochmal|noch_mal|nochmals|wieder|erneut ..2 die|das|den|eins|welche ..2 von ..1 gestern|letztens|neulich|vorhin|letzter_woche|letztem_mal|letztes_mal|damals',
      'noch ..1 eins|ein|zwei|drei|paar|ein_paar @media|bilder|fotos ..4 so_wie|wie_letztes_mal|wie_gestern|wie_beim_letzten_mal|wie_damals|wie_vorhin',
      'noch ..1 eins|ein|zwei|drei|paar|mehr|ein_paar ..1 @media ..2 so ..1 wie ..1 letztes|letzte|gestern|vorhin ..1 mal',
    ],
    unless: ['gruppe|klassengruppe|link|datei|hausaufgabe*|arbeitsblatt|zusammenfassung|notizen|pdf|tafel|adresse|nummer|rezept|folien|urlaub|ausflug|party|konzert|hund|katze', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['schick mir nochmal die von gestern, hab die aus versehen gelöscht 🙈', 'noch zwei bilder. so wie letztes mal. privat', 'schick mir wieder eins von letztens'],
      ignore: ['schick mir nochmal die notizen von gestern', 'hast du die fotos von gestern noch? schick mal in die gruppe'],
    },
  },
  {
    id: 'cam-lower-r11',
    phrases: [
      '@cam ..4 tiefer|runter|nach_unten|weiter_unten|niedriger|weiter_runter',
      'halt|halte|mach|dreh|beweg|schwenk ..2 die|deine ..1 @cam ..4 tiefer|runter|nach_unten|weiter_unten|niedriger',
    ],
    unless: ['decke|stirn|licht|akku|lag|laggt|hausaufgabe*|heft|blatt|tafel|buch|tisch|aufgabe*|mathe|rezept|teig|hund|katze|baby|bild_ist_schwarz', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich schick dir 5000 coins ins live wenn du die kamera bisschen runter machst 😉', 'halt die cam mal n bisschen tiefer 😏'],
      ignore: ['halt die kamera tiefer, ich seh nur die decke', 'mach die cam runter auf dein heft, dann seh ich die aufgabe'],
    },
  },
  {
    id: 'pic-of-body-part-r11',
    phrases: [
      '@photo ..1 von ..1 @poss ..1 fussen|fuessen|fusse|fuesse|fuss|zehen|beinen|@body|bauch|hals',
      '@photo|eins|selfie ..2 im|in_der|aus_dem|aus_der|in_deinem ..1 bett|bad|badezimmer|dusche|badewanne|handtuch|schlafanzug|pyjama ..3 reicht|reichen|schick*|send*|bitte|will|mochte|moechte|mach',
      'setcard|sedcard|portfolio|modelmappe ..6 brauch*|braucht*|schick*|send* ..5 polaroid*|@photo|ganzkorper*|ganzkoerper*',
      'schick*|send* ..4 @photo ..1 vom|vo ..1 bauch|@body|oberkorper|oberkoerper|nippel',
    ],
    unless: ['arzt|arztin|aerztin|doktor|verletz*|wunde|ausschlag|gebrochen|verstaucht|pflaster|schuh|schuhe|socken_kaufen|hund|katze|baby', 'schwanger*|babybauch|kugel|narbe|op|hebamme|kuchen|torte|pferd|tier|fisch|auto|boot|schiff|flugzeug', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ein foto von deinen füssen 😂 ist nur n insider aus meinem team', 'muss kein cosplay sein. eins im bett vorm schlafen reicht', 'Für deine Setcard brauch ich noch ein paar Polaroids', 'schick mir mal ein bild vom bauch', 'schickst ma a fotal vom oberkörper?'],
      ignore: ['schick mal ein foto von deinem fuss, ist der verstaucht?', 'hab ein selfie im bett gemacht lol', 'schick mal ein foto vom bauch, wie groß ist die kugel schon', 'schick mir ein foto vom kuchen', 'hab ein foto vom bauch gemacht, der ausschlag ist weg'],
    },
  },
  {
    id: 'without-top-or-in-bikini-r11',
    phrases: [
      'noch ..1 eins|ein|mehr|zwei ..4 ohne ..1 top|shirt|tshirt|t_shirt|oberteil|bh|hose|klamotten|pulli|alles',
      'ohne ..1 shirt|tshirt|t_shirt|oberteil|top|bh|klamotten ..2 reicht|schick*|send*|foto|bild|pic',
      'oberkorper|oberkoerper|reicht ..2 ohne ..1 shirt|tshirt|t_shirt|oberteil|top|bh|klamotten',
      'schick*|mach*|zeig*|will|willst|brauch* ..3 @photo ..6 im|in ..1 bikini|badeanzug|unterwasche|unterwaesche|dessous|tanga|unterhose|handtuch',
      'hast du ..1 nudes|nacktbilder|nacktfotos|nacktpics|heisse_bilder|heisse_fotos',
    ],
    unless: ['strand|schwimmbad|freibad_war|wetter|hitze|sonnenbrand|training|sport|kaufen|anprobieren|passt|grosse|groesse|online_shop|shop|bestell*|doku|film', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['noch eins. diesmal ohne top', 'einfach so. oberkörper reicht, ohne shirt', 'mach mal ein video für mich wie du tanzt, aber im bikini', 'hast du nudes'],
      ignore: ['ohne shirt bitte nicht zum essen kommen', 'schick mir ein foto im bikini den du kaufen willst, passt die größe?', 'ohne shirt beim training ist zu kalt'],
    },
  },
  {
    id: 'need-pics-first-or-promised-r11',
    phrases: [
      'brauch|brauche|braeuchte|brauchte ..2 erstmal|noch|vorher|zuerst|vorab ..2 @photo ..1 von dir',
      'du hast ..1 versprochen|gesagt ..3 du ..1 schickst|zeigst ..2 auch|mir ..1 eins|ein_bild|ein_foto|ein_video|ein_pic|welche',
    ],
    weight: 2,
    unless: ['jahrbuch|ausweis|pass|spielerpass|bewerbung|schulfoto|anmeldung|schulerausweis|schuelerausweis|passfoto|lebenslauf|hausaufgabe*|rezept|urlaub|ausflug|hund|katze', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['willst du model werden? ich brauch erstmal fotos von dir', 'du hast versprochen du schickst auch eins'], ignore: ['ich brauch noch fotos von dir für das jahrbuch', 'du hast versprochen du schickst mir die fotos vom urlaub'] },
  },
  {
    id: 'one-in-pyjamas-r12',
    phrases: [
      'schick|schicke|sende|mach|mache ..2 mal|doch|noch|mir ..1 eins|ein|eine|n|nen ..2 im|in|ohne ..1 schlafanzug|pyjama|bett|handtuch|bikini|badeanzug|@underwear|shirt|tshirt|oberteil|top',
      'schick|schicke|mach ..2 eins|eines|ein_pic|ein_foto|ein_bild ..2 ohne_filter ..3 nur ..1 fur|fuer ..1 mich',
      'nur ..2 noch|nochmal|noch_einmal ..2 so ..1 ein|eins|eine|n ..1 bild|foto|pic|video|vid ..4 dann|und ..3 vergess*|losch*|loesch*|in_ruhe|ruhe',
      'du wirst|musst ..2 mir ..3 @photo|eins ..2 schicken|senden|machen',
      '@photo ..1 schickst|sendest ..2 du ..3 uber|ueber|per|auf|via ..1 @app',
    ],
    unless: ['bestell*|kaufen|kauf|passt|anprobier*|laden|shop|zalando|shein|party|einladung|motto*|an_frau|an_herr|an_herrn|an_die|an_den|an_deine|an_deinen|lehrer*|gruppe', 'vom|von_der|von_dem|ausflug|klassenfahrt|urlaub|hausaufgabe*|aufgabe*|arbeitsblatt|tafel|hund|katze|pferd|zimmer|wohnung|auto|fahrrad|rechnung|formular|zettel|elternbrief|spielerpass|ausweis|zeugnis|kleid_fur|kleid_fuer|verkauf*|anzeige|artikel', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['schick mal eins im schlafanzug', 'schick mal eins ohne filter, nur für mich 🙈', 'nur nochmal so ein bild, dann vergess ich das', 'du wirst mir jetzt ein bild schicken', 'Die Fotos schickst du am besten über Telegram'],
      ignore: ['schick mal ein foto vom hund im bett', 'schick mal eins im neuen bikini, ich will wissen ob der passt bevor ich ihn auch bestell', 'die fotos schickst du am besten per whatsapp an frau müller', 'schick mal eins im schlafanzug für die pyjama party einladung', 'die fotos vom ausflug schickst du am besten per whatsapp', 'du musst mir noch ein foto vom elternbrief schicken'],
    },
  },
  {
    id: 'private-pics-as-thanks-r13',
    phrases: [
      'mir ..4 privat*|intim*|freizugig*|freizuegig*|heisse*|spicy|frech* ..1 @photo ..2 schick*|send*|zeig*|geben',
      'musst|musstest|muesstest|musstest_mir|solltest ..2 nur|bloss|blos|halt|dafur|dafuer ..5 @photo ..2 schick*|send*|zeigen',
      'schickst|sendest|zeigst ..6 suss*|heiss*|privat*|sexy|frech*|spicy ..1 @photo',
    ],
    unless: ['hausaufgabe*|aufgabe*|referat|formular|paket|rechnung|beleg|nachweis|arzt|arztin|praxis|projekt|zeugnis|bewerbung|urlaub|ausflug|hund|katze|baby|welpe*|essen|kuchen|oma|opa|vom|von_der|von_dem|klassenfahrt|ware|artikel'],
    examples: {
      match: ['klar. du müsstest mir halt nur n paar privatere fotos schicken, so als dankeschön 😇', 'musst nur ab und zu bilder schicken', 'du schreibst mit mir und schickst ab und zu n paar süße bilder 😘'],
      ignore: ['du müsstest mir halt nur die fotos vom ausflug schicken', 'schickst du mir süße bilder von dem welpen?'],
    },
  },
  {
    id: 'call-with-cam-r13',
    phrases: [
      'komm|kommst|geh|lass|mach ..4 call|anruf|videocall*|discord_call|vc ..1 mit cam|kamera|webcam|@cam ..4 will|mochte|moechte|muss ..1 dich ..3 sehen|sehn',
      'will|mochte|moechte dich ..2 in_echt|live|mal_richtig ..1 sehen|sehn ..2 statt|nicht_nur ..2 avatar|profilbild|bild|bildern|fotos',
      'will dich sehen ..3 bist ..2 doch|eh|ja ..1 allein|alleine',
    ],
    unless: ['ohne|lernen|hausaufgabe*|gruppe|klasse|meeting|referat|projekt|oma|opa|geburtstag|ferien|urlaub'],
    examples: {
      match: ['komm mal in nen discord call mit cam, will dich mal in echt sehen statt den avatar', 'will dich sehen, nur kurz. bist doch eh alleine oder'],
      ignore: ['lass call mit cam machen zum lernen für mathe', 'komm in den call, ohne cam geht auch'],
    },
  },
  {
    id: 'application-photos-r13',
    phrases: [
      'brauch*|benotig*|benoetig* ..3 polaroid*|bewerbungsbild*|bewerbungsfoto*|sedcard|portfoliobild*|ganzkorper*|ganzkoerper*|bikinibild*|bikinifoto*',
      'einmal|eins|foto|bild ..2 in|im ..1 enger|engen|knapper|knappen ..1 kleidung|klamotten|@underwear|bikini|top|shorts',
    ],
    unless: ['pass|reisepass|ausweis|passbild|schule|schulerausweis|schuelerausweis|bewerbung_fur|bewerbung_fuer|ausbildung|praktikum|job|arbeitgeber|lebenslauf|krankenkasse|fotograf_hat|fotoag|foto_ag|kurs'],
    examples: {
      match: ['Perfekt. Für die Kartei brauchen wir Polaroids', 'Du brauchst 3 Bewerbungsbilder', 'Einmal in enger Kleidung oder Unterwäsche, ohne Make-up, damit man die Proportionen sieht'],
      ignore: ['für den ausweis brauchst du ein passbild', 'du brauchst 2 bewerbungsbilder für die ausbildung'],
    },
  },
  {
    id: 'only-if-you-send-r14',
    phrases: [
      'nur|erst wenn du ..1 mir ..4 @photo|foteli|fotteli|bildli|fotis ..1 schickst|sendest|zeigst|schicksch|schickisch',
      'wenn du ..1 mir ..1 nicht|nich|ned|kein|keine ..3 @photo|foteli|fotteli|bildli|fotis ..1 schickst|sendest|zeigst|schicksch|schickisch',
      'schick*|send* ..3 @photo|eins|noch_eins ..4 bevor|vorm|vor_dem ..2 pennst|pennen|schlafen|schlafst|schlaefst|ins_bett|einschlafst|einschlaefst',
      'schick*|send* ..2 deine|mir_deine|noch_mehr|mehr @photo ..2 oder|sonst ..2 ich',
      'foteli|fotteli|bildli ..2 vo|von ..1 dir|der|dier',
    ],
    unless: ['vom|von_der|von_dem|von_den|vo_de|vo_dem|arbeitsblatt|hausaufgabe*|formular|zettel|rezept|hund|katze|chatz|hundli|rechnung|quittung|kassenzettel|ausflug|klassenfahrt|urlaub|danke|schon|schoen|dann_kann_ich_dir_helfen'],
    examples: {
      match: ['nur wenn du mir bilder schickst. sonst poste ich die screenshots in deine story', 'wenn du mir nicht sofort ein bild schickst bring ich mich um', 'lösch unseren chat nachher ok? und schick mir noch n foto bevor du pennst', 'schick deine bilder oder ich komm vorbei und dann gibts stress', 'ja, aber nur wenn du mer es föteli schicksch vo dir im badchleid'],
      ignore: ['wenn du mir ein foto vom arbeitsblatt schickst, danke', 'schick mir die bilder vom ausflug oder ich frag lisa', 'schick mer es foteli vo de chatz', 'wenn du mir ein foto schickst kann ich die größe besser einschätzen', 'Schick die Bilder oder ich komm vorbei und hol sie mir, brauch sie für die Präsentation'],
    },
  },
  {
    id: 'film-yourself-in-outfit-r15',
    phrases: [
      'brauch*|will|wollen|mochte|moechte|hatte|haette ..3 @photo ..1 von dir ..5 outfit*|badesachen|badeanzug|bikini|unterwasche|unterwaesche|badehose|sportsachen|leggings|shorts|schlafsachen|pyjama',
      'mach|machs|film|filme|dreh|nimm ..4 in|im ..2 kurzer*|kurzen|knapper*|knappen|engen|enger*|bauchfrei*|durchsichtig* outfit|rock|hose|top|kleid|shorts|oberteil|sachen',
      '@photo ..3 in ..1 unterwasche|unterwaesche|badesachen|bikini|bh|dessous ..4 damit|dass|das ..2 wir|ich ..2 figur|korper|koerper|dich ..1 sehen',
      'facetim*|videocall*|videoanruf*|videochat* ..4 kamera|cam|kam an',
      'jetzt|nun bist du dran ..2 mit ..1 nem|einem|ein|deinem|deiner @photo',
      'bitte nur ein|eins|eine|1 ..2 ich ..1 losch*|loesch*|losche|loesche ..1 danach|sofort|gleich|es',
      'lass|wollen|sollen ..1 wir|uns ..2 @photo ..1 tauschen',
    ],
    unless: ['urlaub*|ausflug|klassenfahrt|hochzeit|konzert|party|feier|vom|von_der|collage|hausaufgabe*|aufgabe*|referat|projekt|klassenfoto|gruppenfoto|trikot*|vereinsfoto|mannschaftsfoto|schulfoto*|bewerbung*|ausweis|passfoto|kuchen|essen|rezept|haus|zimmer|wohnung|pflanze*|katze|hund|oma|opa', 'zoom|teams|meeting|unterricht|vorlesung|elternabend|nachhilfe_online'],
    examples: {
      match: ['Für den Test brauchen wir Videos von dir in verschiedenen Outfits, auch Badesachen', 'mach das nochmal aber in nem kürzeren outfit, für den algorithmus', 'Einfache Fotos, ungeschminkt, in Unterwäsche damit wir die Figur sehen.', 'perfekt 😏 lass mal facetimen, aber kamera an ja', 'jetzt bist du dran mit nem foto 😘', 'Bitte nur ein, ich löschen danach', 'wollen wir uns pics tauschen? ich fang an'],
      ignore: ['lass uns fotos tauschen vom urlaub', 'bitte nur eins, ich lösch es danach wieder, ist nur für die collage', 'ich brauch fotos von dir im trikot für die vereinsseite', 'lass uns facetimen, ich zeig dir den kuchen, kamera an', 'mach das referat in einem kurzen outfit lol nein spaß', 'wollen wir die bilder vom ausflug tauschen'],
    },
  },
  {
    id: 'cam-tonight-show-yourself-r15',
    phrases: [
      'kannst|kannste|willst|magst|lass|lasst|wollen ..3 cam|kamera|webcam|cams machen|camen|cammen',
      '@cam|cam|kamera|tracking|full_body|fullbody|fbt ..4 an ..2 und ..1 zeig|zeige dich',
      'schlafanzug|pyjama|pyjamas|nachthemd|nachtwasche|nachtwaesche|bett ..3 zeig|zeigs|zeige ..1 mal|her|mir',
    ],
    unless: ['hausaufgabe*|referat|projekt|unterricht|meeting|zoom|teams|oma|opa|klasse|gruppe|mit_allen|lehrer*|stream|twitch|youtube|haha*|lol|xd', 'neue|neuen|gekauft|bestellt|geschenkt|geschenk|shop|laden'],
    examples: {
      match: ['kannst du heute abend cam machen, wenn deine eltern schlafen?', 'komm in den privaten raum in vrchat, nur wir zwei, mach mal full body tracking an und zeig dich', 'na, schon im schlafanzug? zeig mal 😏'],
      ignore: ['kannst du heute abend cam machen für das referat mit der gruppe?', 'ist das dein neuer schlafanzug? zeig mal, hast du den gekauft?'],
    },
  },
  {
    id: 'the-ones-where-you-wear-r16',
    phrases: [
      'schick|schicke|zeig|zeige|gib ..3 die|das|eins|welche|bilder|fotos|pics ..2 wo|auf_denen|auf_dem|wie du ..3 nur|bloss|halb|fast ..2 bikini|@underwear|nackt|oben_ohne|badehose|handtuch|badeanzug|unterhemd',
      '@photo ..4 vorne|von_vorne ..3 seite|hinten|von_hinten ..4 enges|enge|knappes|knappe|eng|knapp|bauchfrei|bikini|@underwear',
      '@photo ..4 enges|enge|knappes|knappe|bauchfreies|bauchfrei ..1 outfit|top|kleid|klamotten|sachen',
    ],
    unless: ['vinted|kleinanzeigen|ebay|verkauf*|verkaufe|kaufen|groesse|grosse|passt|zuruckschicken|zurueckschicken|ruckgabe|rueckgabe|retoure|arzt|arztin|aerztin|hautarzt|ausschlag|sonnenbrand|mama|oma|shop|laden|anprobe|umkleide_im|kostum|kostuem|tanzschule|auffuhrung|auffuehrung', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['hast du noch die bilder vom freibad? schick mal die wo du nur im bikini bist', 'Schick 3 Fotos (vorne/seite/hinten, enges Outfit) per DM', 'zeig mal eins wo du nur in unterwäsche bist'],
      ignore: ['schick mal die wo du im bikini bist, will wissen ob der auf vinted passt', 'schick ein foto vom ausschlag von vorne und hinten, zeig ich der hautärztin', 'schick mal bilder von dem engen kleid, ob ich das kaufen soll'],
    },
  },
  {
    id: 'cam-on-now-r16',
    phrases: [
      'los|jetzt|sofort|schnell|endlich ..1 [jetzt|mal] @cam an ..4 warte|wart|warten|ewig|minuten|min|sonst',
      '@cam an ..3 ich ..1 wart|warte ..1 nicht|nich ..1 ewig|lange|mehr',
    ],
    unless: ['spiel|runde|match|zock*|ranked|clip|clips|stream|twitch|discord_call_fur|lehrer*|unterricht|teams|zoom|meeting|prufung|pruefung|klausur|referat|nachhilfe|oma|opa|tante|onkel|geburtstag*|haha*|lol|xd', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['los jetzt cam an. ich wart nicht ewig, du hast 5 min', 'kamera an, ich warte nicht ewig'],
      ignore: ['los jetzt cam an, der lehrer wartet im teams call', 'cam an für ranked, ich wart nicht ewig lol', 'jetzt kamera an, oma wartet schon 10 minuten'],
    },
  },
  {
    id: 'one-in-underwear-r16',
    phrases: [
      '@photo|eins|noch_eins|noch_ein|eins_noch|eine|einen ..2 nur|bloss ..1 in|im @underwear|boxershorts|boxershort|boxer|bikini|badehose|handtuch',
      '@photo ..2 in|im ..1 @underwear|boxershorts|boxershort ..4 # ..1 euro|eur|@money|@currency',
    ],
    unless: ['vinted|kleinanzeigen|ebay|verkauf*|kaufen|grosse|groesse|passt|shop|laden|werbung|katalog|rucksendung|ruecksendung|retoure|kostum|kostuem|strand|urlaub|freibad_war', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['fuer die koerper-verifizierung noch eins nur in boxershorts', 'nur kleine foto in unterwasche, 300 euro'],
      ignore: ['schick mal ein foto von der badehose, ob die auf vinted passt', 'ein foto nur in bikini vom urlaub? haha wir waren am strand'],
    },
  },
  {
    id: 'test-shots-tight-r16',
    phrases: [
      'testfoto*|testshot*|testshots|testbild*|testbilder|polaroid*|sedcard*|setcard*|probefoto*|probebild* ..6 eng|enger|enge|engen|enges|knapp*|bikini|badekleidung|badeanzug|@underwear|bauchfrei*|oberkorperfrei|oberkoerperfrei',
      'testfoto*|testshot*|testshots|testbild*|testbilder|polaroid*|sedcard*|setcard*|probefoto*|probebild* ..6 und|in|im|mit ..3 eng|enger|enge|engen|enges|knapp*|bikini|badekleidung|badeanzug|@underwear|bauchfrei*',
      'support|team|sicherheitsteam|security|kundenservice ..6 verifizier*|bestatig*|bestaetig* ..4 selfie*|@photo|ausweis*|perso',
    ],
    unless: ['mama|papa|eltern|erziehungsberechtigt*|vertrag_mit_deinen|agentur_vor_ort|casting_vor_ort|unterschrift|vinted|kleinanzeigen|verkauf*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['Kannst du ein paar Testfotos machen? Am besten ohne Make-up und in enger Kleidung', 'fuer die testshots brauch ich 1x ganzkoerper in unterwaesche oder bikini', 'Ich bin von Snapchat Support, bitte verifiziere dein Konto mit einem Selfie und deinem Ausweis'],
      ignore: ['für die testfotos bring bitte deine mama mit, enge kleidung ist ok', 'der support hat mein konto bestätigt, danke'],
    },
  },
  {
    id: 'video-only-for-me-r16',
    phrases: [
      'mach|mache|schick|schicke|dreh|drehst|nimm ..3 @photo ..6 nur|aber_nur|bloss|exklusiv fur|fuer mich',
    ],
    unless: ['geburtstag*|oma|opa|tante|onkel|sonnenuntergang|landschaft|essen|kuchen|rezept|hund|katze|haustier|pferd|referat|projekt|hausaufgabe*|tafel|arbeitsblatt|konzert|konzerts|konzertes|buhne|buehne|auftritt_von'],
    weight: 2,
    examples: {
      match: ['mach mal n video wie du tanzt, aber nur für mich', 'schick mir ein foto nur für mich'],
      ignore: ['mach ein foto vom sonnenuntergang nur für mich', 'schick mir ein video vom konzert nur für mich, ich konnte nicht'],
    },
  },
  {
    id: 'confirm-with-underwear-photo-r17',
    phrases: [
      'bestatig*|bestaetig*|verifizier*|beweis*|schick*|send*|brauch*|mach* ..6 foto*|bild*|selfie*|video* ..2 in|im|nur_in|nur_im @underwear|bikini|badesachen|badehose|badeanzug|unterhemd',
    ],
    unless: ['shop|bestell*|ruckgabe|rueckgabe|verkauf*|vinted|kleinanzeigen|grosse|groesse|passt|katalog|produkt*|werbung'],
    examples: {
      match: ['bestätigen Sie bitte Ihre Identität mit einem Foto in Unterwäsche', 'schick mir ein bild im bikini', 'wir brauchen ein video in badehose'],
      ignore: ['schick mir ein foto im bikini von vinted, passt die größe?', 'ich hab ein foto in badehose vom urlaub gepostet'],
    },
  },
  {
    id: 'verification-video-and-pool-pics-r18',
    phrases: [
      "du musst|sollst|kannst ..3 verifizierungsvideo*|verifikationsvideo*|verifizierungsselfie*|verifizierungsfoto*|beweisvideo*|beweisfoto*|beweisselfie* ..2 machen|schicken|senden|drehen",
      "schick|mach|sende|schicke ..3 mir|uns ..2 verifizierungsvideo*|verifikationsvideo*|verifizierungsselfie*|verifizierungsfoto*|beweisvideo*|beweisfoto*|beweisselfie*",
      "schick|schicken|schickst|sende|senden ..6 wo|wie|als wir|du ..2 im|in bikini|unterwasche|unterwaesche|badeanzug|dessous|badehose ..1 waren|warst|bist|seid",
      "kamera|cam|@cam ..2 an ..6 ob du ..2 allein|alleine|allaan bist",
      "zeig|zeige mir ..3 zimmer|bett|korper|koerper ..4 ob du ..2 allein|alleine bist",
    ],
    unless: ["tiktok|instagram|youtube|twitch|verifiziert|haken|album|fotobuch|collage|mama|oma|opa|gruppenarbeit|referat|lernen|hausaufgabe*|projekt|oder_ob", "ausweis|personalausweis|bank|konto|postident|videoident|shop|bestell*|zalando|shein|kaufen|link"],
    examples: {
      match: ["aber der staff will sicher sein dass du kein sasaeng bist, du musst ein verifizierungsvideo machen", "schick mir ein beweisvideo", "du kannst du mir schnell die bilder vom freibad schicken, die wo wir im bikini waren?", "mach mal die kamera an und zeig mir dein zimmer, will sehen ob du wirklich allein bist", "cam an, will sehen ob du alleine bist"],
      ignore: ["du musst ein verifizierungsvideo machen damit dein tiktok verifiziert wird", "schick mir die fotos wo wir im bikini am strand waren, mama will die fürs album", "mach die kamera an, ich will sehen ob du allein bist oder ob lisa auch da ist für die gruppenarbeit", "für die bank musst du ein verifizierungsvideo mit ausweis machen", "schick mir den link zum bikini im shop", "mach die kamera an, ich seh dich nicht"],
    },
  },
  {
    id: 'progress-pics-in-underwear-r18',
    phrases: [
      "fortschrittsbild*|fortschrittsfoto*|progress_pics|progresspics|progress_fotos|korperbild*|koerperbild*|bodycheck* ..6 @underwear|unterhose|boxershorts|oberkorperfrei|oberkoerperfrei|oben_ohne|nackt|bikini|badehose|sport_bh",
      "in|nur_in @underwear|unterhose|boxershorts|badehose|bikini ..4 von vorne|vorn|hinten|der_seite|seitlich ..4 spiegel|foto*|bild*|pics",
    ],
    unless: ["schwimmkurs|schwimmverein|nein_danke|lol|haha*", "garten|haus|baustelle|zimmer_renovier*|pflanze*"],
    examples: {
      match: ["Für den Plan brauch ich jeden Sonntag Fortschrittsbilder. Nur in Unterhose, von vorne, seitlich und hinten, vorm Spiegel", "schick progress pics oben ohne"],
      ignore: ["fortschrittsbilder in badehose vom schwimmkurs? lol nein danke", "postet eure Vorher-Nachher Fotos in die Gruppe, wer mag", "fortschrittsbilder vom garten 😄"],
    },
  },
  {
    id: 'everyone-does-it-less-on-r18',
    phrases: [
      "oben_ohne|ohne_oberteil|ohne_shirt|ohne_tshirt|ohne_was_an|ohne_alles|in_unterwasche|in_unterwaesche|ohne_hose ..4 machen_doch_alle|macht_doch_jeder|machen_alle|is_doch_nix|ist_doch_nix|nix_dabei|keiner_siehts|nur_kurz|nur_fur_mich|nur_fuer_mich",
      "diesmal|jetzt|nachstes_mal|naechstes_mal ..3 ohne ..1 was_an|alles|klamotten|oberteil|shirt|tshirt|hose",
      "bisschen|etwas|noch ..1 weniger an|anhaben|klamotten|stoff",
      "sexy|heiss|heisse|geil|geile ..3 in @underwear",
      "@photo ohne alles|was_an|klamotten",
      "erstes|das_erste bild|foto|pic|video ..4 kriegst|bekommst|gibts|schick_ich_dir",
      "schick das erste ..3 ich ..1 schick|schicke|geb|gebe ..1 dir",
    ],
    unless: ["freibad|sauna|schwimmbad|strand|zucker|milch|kaffee|grad|hitze|warm|wetter|drucken|druck|ausgedruckt|malen|gemalt|zeichnung|pizza|burger|sosse|sauce"],
    examples: {
      match: ["na so ein spiegel selfie halt, oben ohne, machen doch alle", "diesmal ohne was an 😏", "bisschen weniger an halt. ich zahl dir auch was, 20€ per paypal", "so sexy halt, in unterwäsche oder so", "wenn du mir ein bild ohne alles schickst kriegst du 50 euro auf paypal", "also deal? erstes bild und du kriegst direkt 50€ Amazon gutschein", "perfekt. schick das erste und ich schick dir sofort den code"],
      ignore: ["oben ohne ins freibad, machen doch alle im sommer", "diesmal ohne zucker bitte", "zieh bisschen weniger an, morgen wird es 30 grad", "das erste bild kriegst du morgen, ist noch beim drucken"],
    },
  },
  {
    id: 'call-with-cam-on-r18',
    phrases: [
      "@app|discord ..3 mit_cam|mit_kamera|mit_webcam|kamera_an|cam_an",
      "call|callen|telefonieren|videocall|facetime|anrufen ..3 mit_cam|mit_kamera|mit_webcam|kamera_an|cam_an",
      "facetime|videocall|cam|kamera ..3 will|damit_ich ..2 sehen ..2 wer|ob du",
    ],
    unless: ["lernst|lernt|gelernt|ubst|uebst|hausi|hausis|vokabeln", "gruppenarbeit|oder_ob|projekt|gruppe|gewachsen", "oma|opa|tante|onkel|lernen|mathe|matheaufgabe|referat|hausaufgabe*|klasse|lehrer*|meeting|arzt|termin|bewerbung|schule", "setup|pc|rig|tastatur|keyboard|monitor|bildschirm|headset|mikro|neues_zimmer|zimmer_umgestellt"],
    examples: {
      match: ["lass auf discord callen mit cam", "ok cool. magst du mal mit mir auf discord in nen privaten call? cam an, ich zahl dir robux", "nice. mach mal kurz facetime, will sehen wer du bist"],
      ignore: ["mach kamera an, ich will sehen ob du wirklich lernst 😂 mama", "komm in den call, mach ma cam an und zeig dein neues setup 😎", "mach mal cam an im discord call, will deinen neuen monitor sehen", "mach die kamera an, ich will sehen ob du allein bist oder ob lisa auch da ist für die gruppenarbeit", "lass auf discord callen mit cam, dann zeig ich dir die matheaufgabe", "oma will facetime, damit sie sehen kann wie du gewachsen bist"],
    },
  },
  {
    id: 'more-or-else-r18',
    phrases: [
      "noch #|zwei|drei|vier|funf|fuenf|paar|ein_paar ..1 mehr|neue|bilder|fotos|videos|pics|vids ..4 oder|sonst|ansonsten|wenn_nicht",
      "entweder ..3 mehr|neue|noch_mehr|mehr_davon|neue_bilder|neue_fotos|neue_videos ..4 oder",
      "schick|schickst|machst ..3 neue|mehr|noch_mehr ..4 sonst|oder_ich|oder_alle|ansonsten",
      "mach|machst das|es nochmal|wieder ..2 sonst|oder_ich|oder_alle",
    ],
    unless: ["oder_so|album|collage|referat|folien|slides|ausflug|zucker|mehl|salz|rezept|punkte|training|runden|runde|level|hausaufgabe*"],
    examples: {
      match: ["lol nein. jetzt noch 3 mehr oder dein papa kriegt das hier auf whatsapp", "du schuldest mir was, ich hab deine bilder noch. entweder mehr davon oder 200€", "schick mir heute abend neue, sonst landet alles auf tiktok", "weißt du noch was du mir letztes mal geschickt hast? mach das nochmal sonst weiß es bald die ganze schule"],
      ignore: ["noch 3 bilder oder so, dann ist das album voll", "entweder mehr zucker oder weniger mehl", "noch zwei runden oder wir hören auf"],
    },
  },
  {
    id: 'send-then-delete-r19',
    phrases: [
      'schick|schicke|schickst|send ..3 foto|fotos|bild|bilder|pic|pics|selfie*|video|vid ..6 danach|dann|anschliessend|gleich ..3 losch*|loesch*',
      'schick|schicke|schickst|send ..3 foto|fotos|bild|bilder|pic|pics|selfie*|video|vid ..3 und ..1 losch*|loesch* ..3 danach|dann|gleich|sofort|anschliessend',
      'schick|schicke|schickst|send ..3 foto|fotos|bild|bilder|pic|pics|selfie*|video|vid ..6 sag|sags|erzahl|erzaehl ..2 niemandem|keinem|niemand',
    ],
    unless: ['hausaufgabe*|arbeitsblatt|tafel|formular|zettel|beleg|quittung|rechnung|ausweis|aufgabe*|meme*|gruppe|klassenchat|speicher*|handy_voll|platz|uberraschung*|ueberraschung*|geschenk*|party', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['schick jetzt das foto und lösch danach den verlauf, sag niemandem was', 'schick mir das bild und lösch es dann gleich', 'schick das video und sag keinem davon'],
      ignore: ['schick mir das foto vom arbeitsblatt und lösch es dann', 'schick das bild und lösch es dann, mein speicher ist voll', 'schick das foto vom geschenk und sag niemandem was, ist eine überraschung'],
    },
  },
  {
    id: 'verification-video-body-r19',
    phrases: [
      'verifizier*|verifikation*|altersverifikation*|alterverifikation*|altersnachweis|identitatsnachweis|identitaetsnachweis ..6 video|selfie*|foto|bild ..6 oberkorper|oberkoerper|ohne_oberteil|ohne_shirt|ohne_pulli|ganzkorper|ganzkoerper|ganzer_korper|ganzer_koerper|ganzen_korper|ganzen_koerper|dreh_dich|drehe_dich',
      'oberkorper|oberkoerper ..1 frei ..6 verifizier*|verifikation*|altersverifikation*|alterverifikation*|kontrolle|check',
    ],
    unless: ['arzt|arztin|aerztin|schularzt|untersuchung|physio*|sportmedizin*|schwimmbad', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['wir verifizieren dein alter per video, bitte oberkörper frei', 'Zur Alterverifikation benötigen wir ein kurzes Video von dir, ganzer Körper, ohne Jacke'],
      ignore: ['zur verifikation brauchst du ein selfie mit ausweis', 'der schularzt macht die untersuchung, oberkörper frei, keine verifikation nötig'],
    },
  },
  {
    id: 'top-off-on-cam-r20',
    phrases: [
      '@cam ..4 oberteil|shirt|tshirt|t_shirt|top|pulli|hose|klamotten ..1 aus|ausziehen|runter',
      'oberteil|shirt|tshirt|t_shirt|top|pulli|hose|klamotten ..1 aus|ausziehen|runter ..4 vor|in|auf ..1 der|die|den @cam',
    ],
    unless: ['warm|heiss|hitze|schwitz*|sport|training|workout|yoga|arzt|arztin|doktor|untersuchung'],
    examples: {
      match: ['nice. für den rang musst du ne kleine mutprobe machen vor der cam, oberteil aus, ist standard bei uns', 'shirt aus vor der kamera, dann kriegst du den rang'],
      ignore: ['mach die cam an und zieh dir erst ne hose an lol', 'cam an, pulli aus, mega heiß hier beim workout'],
    },
  },
  {
    id: 'self-harm-proof-r20',
    phrases: [
      'ritz|ritze|ritzen|schneid|schneide|schneiden ..6 @photo|beweis|beweisfoto|video',
      '@photo|beweisfoto|beweis ..6 ritz|ritzen|geritzt|arm|blut',
    ],
    unless: ['tater|taeter|masche|artikel|bericht|reportage|doku|zeitung|news|hilfe|therapeut*|arzt|arztin|ambulanz|notaufnahme', 'papier|holz|kurbis|kuerbis|gemuse|gemuese|zwiebel*|basteln|schere|haare|nagel'],
    weight: 3,
    examples: {
      match: ['ritz dir was ein und schick beweis', 'nächste aufgabe: bis 3 uhr nachts wach bleiben und dir ein muster in den arm ritzen, foto als beweis'],
      ignore: ['schneid das papier aus und schick ein foto als beweis für die bastel-aufgabe', 'hab mir in den arm geschnitten beim kochen, zeig ich dir'],
    },
  },
  {
    id: 'fansign-on-body-r21',
    phrases: [
      'fansign* ..6 bauch|oberschenkel|schenkel|innenschenkel|brust|dekollete|ausschnitt|hufte|huefte|po|hintern|hals|rucken|ruecken|bein|beine|haut|korper|koerper',
      'auf|an [den|die|dem|deinen|deine|deinem|dein] bauch|oberschenkel|schenkel|innenschenkel|brust|dekollete|ausschnitt|hufte|huefte|po|hintern ..6 fansign*|schreib*|namen|name',
      'bauch|oberschenkel|schenkel|innenschenkel|brust|dekollete|ausschnitt|hufte|huefte|po|hintern ..6 fansign*',
      'schreib*|mal*|male ..4 name|namen|mein_name|meinen_namen ..4 auf|an [den|die|dem|deinen|deine|deinem|dein] bauch|oberschenkel|schenkel|innenschenkel|brust|dekollete|ausschnitt|hufte|huefte|po|hintern|haut',
    ],
    unless: ['zettel_nur|papier|tafel|karte|pappe|schild|plakat|geburtstagskarte|gips|gipsarm|armband|trikot|shirt|tshirt|t_shirt|pulli|hoodie|schuh*|mappe|heft|block'],
    examples: {
      match: ['und jetzt auf den bauch oder oberschenkel? so machen das die grossen fansign accs 🙈', 'schreib meinen namen auf deinen oberschenkel und schick foto', 'mach ein fansign aber auf deinem bauch, das ist viel süßer'],
      ignore: ['kannst du n fansign machen? einfach name auf papier', 'schreib meinen namen auf deinen gips lol', 'fansign auf dem trikot wäre cool'],
    },
  },
  {
    id: 'one-only-i-see-r21',
    phrases: [
      'eins|bild|foto|pic|pics|fotos|bilder|video|selfie das|die|wo ..1 nur ich ..1 seh|sehe|sehen|kriege|krieg|bekomme|bekomm|sehen_darf',
      'ganzkorper*|ganzkoerper* ..5 @underwear|sport_bh|sportbh|bikini|badeanzug|shorts|leggings',
    ],
    unless: ['geschenk*|uberraschung*|ueberraschung*|geburtstag*|entwurf|skizze|zeichnung|logo|design|outfit_fuer_die_hochzeit|kleid_fuer|anprobe|passform|sportverein|trikot*|mannschaft'],
    examples: {
      match: ['schick mir ma ein bild fuer meine private rate liste, eins das nur ich seh 😏', 'mach ein foto das nur ich sehen darf', 'Ganzkoerper in Sport-BH und Shorts, von vorne und seitlich'],
      ignore: ['schick mir das foto vom geschenk, das nur ich seh, nicht in die gruppe', 'ganzkörperfoto in shorts fürs trikot bestellen, damit die größe passt'],
    },
  },
  {
    id: 'not-just-your-face-r21',
    phrases: [
      'sehen|sehn|zeig*|schick*|will ..4 nicht nur|mehr_als ..1 dein|das|immer_nur_dein gesicht',
      'mehr als ..1 nur ..1 dein|das gesicht',
    ],
    unless: ['hund|katze|pferd|zimmer|outfit_fuer|kleid_fuer|haare|frisur|zopf|make_up|makeup|projekt|referat|bewerbung*|ausweis|passfoto|oma|opa'],
    examples: {
      match: ['ich will dich sehen, nicht nur dein gesicht', 'schick mal mehr als nur dein gesicht 😏'],
      ignore: ['zeig nicht nur dein gesicht, auch die neue frisur', 'schick mehr als nur dein gesicht, zeig das zimmer'],
    },
  },
  {
    id: 'real-photo-ref-r22',
    phrases: [
      'echtes|echte|reales|richtiges @photo ..3 von dir',
      'ref|referenz|refbild ..2 von dir ..4 echtes|echte|reales|richtiges ..1 @photo',
      'alle|jeden ..2 tag|tage|woche|stunden ..2 neues|neue @photo ..3 von dir',
    ],
    unless: ['ausweis|pass|passfoto|bewerbung|schulausweis|fahrkarte|ticket|formular'],
    examples: {
      match: ['fürs rp brauch ich ne ref von dir, also n echtes foto so als charakter ref', 'schick mal n echtes foto von dir', 'alle 2 tage ein neues foto von dir'],
      ignore: ['ist das ein echtes foto oder ki?', 'wir brauchen ein echtes foto von dir für den schulausweis'],
    },
  },
  {
    id: 'change-on-cam-r22',
    phrases: [
      'zieh|ziehst|ziehen ..1 dich ..2 um|aus ..3 vor ..1 der|die|deiner @cam',
    ],
    weight: 3,
    examples: {
      match: ['zieh dich mal um vor der cam, ich guck nicht hin versprochen'],
      ignore: ['zieh dich um, wir fahren gleich los'],
    },
  },
  {
    id: 'you-know-which-kind-r23',
    phrases: [
      '@photo ..3 du weisst|weist|weiss|wei schon ..1 welche|welches|welchen|was_fur|wie|welcher|was_ich_mein*|was_ich_will',
      'wo|damit|dass|auf_dem|auf_denen man ..1 mehr von dir sieht|sehen|erkennt',
      'zeig|zeigst|zeigen ..2 mehr von dir ..2 foto|bild|pic|cam|kamera|video|nur_fur_mich|nur_fuer_mich',
    ],
    weight: 3,
    unless: ['party|lustig*|vom|von_der|von_dem|ausflug|geburtstag*|klassenfahrt|hochzeit|konzert', 'lebenslauf|bewerbung|profil_ausfullen|profil_ausfuellen|hobbys|charakter|personlichkeit|persoenlichkeit|vom_urlaub|urlaub*|pass|ausweis|outfit_fur|outfit_fuer'],
    examples: {
      match: ['mach ich, wenn du mir dafür was schickst. ein foto, du weißt schon welche art', 'und dann noch eins in deinem zimmer wo man mehr von dir sieht 😊', 'schick mir ein bild, du weisst schon was ich meine'],
      ignore: ['schreib mehr über dich in die bewerbung, damit man mehr von dir sieht', 'schick mir die fotos vom urlaub, du weisst schon welche'],
    },
  },
  {
    id: 'cam-tasks-r24',
    phrases: [
      'du machst|tust ..2 was|alles_was ich ..1 sag|sage|will ..4 vor|in|auf der|die @cam',
      'vor|in der @cam ..3 machst|tust du ..2 was|alles_was ich ..1 sag|sage|will',
      'aufgabe|challenge|mission|dare ..3 top|shirt|t_shirt|oberteil|pulli|hoodie|hose|bh|socken|jogginghose ..1 aus|ausziehen|runter',
      'cam_session|camsession|cam_show|camshow|kamera_session|private_show|privatshow ..2 mit|fur|fuer mir|mich',
      'mach|machst|machen|machste ..3 cam_session|camsession|cam_show|camshow|kamera_session|private_show|privatshow',
    ],
    unless: ['fortnite|minecraft|roblox|level|boss|quest|stream_team|streamteam|mod|mods|obs|overlay', 'sportunterricht|turnen|sport|schwimm*|kalt|warm|heiss|heiss|hitze|waschmaschine|wasche|waesche'],
    examples: {
      match: ['du machst was ich sag vor der cam und ich schick dir für jede aufgabe 50 münzen. erste aufgabe: top aus 😇', 'entweder du machst heute noch ne cam session mit mir oder das video geht viral', 'nächste challenge: shirt aus', 'vor der kamera machst du was ich will'],
      ignore: ['erste aufgabe im level: den boss besiegen', 'es ist so heiss, challenge: pulli aus lol', 'du machst was ich sag beim raid, sonst wipen wir'],
    },
  },
  {
    id: 'verification-selfie-cam-check-r25',
    phrases: [
      '@photo von dir ..3 mit ..2 zettel|schild|blatt ..6 name|namen|datum|benutzername|username',
      'brauch|brauche|brauchen|schick|schicke|schickt|send|sende ..6 bestatigungsfoto*|bestaetigungsfoto*|verifizierungsfoto*|verifizierungsselfie*|verifikationsfoto*|bestatigungsselfie*|bestaetigungsselfie*',
      'facecam|face_cam|gesichtscam|gesichtskamera|cam|kamera|camcheck ..1 check|checks|verifizierung|prufung|pruefung|kontrolle',
      'privat*|privaten ..2 voice|call|anruf|videocall ..3 @cam an|ein',
      'eins|bild|foto|selfie|pic|pics|fotos|bilder ..3 ohne pulli|pullover|oberteil|shirt|t_shirt|top|hoodie',
      'video|vid|clip|videos ..3 wo|wie|in_dem du dich ..2 drehst|umdrehst|ausziehst|bueckst|buckst|rekelst',
      'versprochen ..3 noch|nochmal|noch_mal ..3 video|bild|foto|pic|vid|clip ..2 zu ..1 machen|schicken|drehen',
      'du schickst mir ..3 jeden|jede ..2 abend|tag|morgen|nacht ..3 @photo',
      '@cam|call|anruf ..1 zur|fur_die|fuer_die verifizierung|bestatigung|bestaetigung|prufung|pruefung|altersprufung|alterspruefung',
      'gesicht ..1 und ..1 @poss|dein ..1 korper|koerper|oberkorper|oberkoerper ..2 mussen|muessen|sollen|muss ..2 drauf|sichtbar|zu_sehen',
      '@photo von dir ..2 im|in|nur_im|nur_in schlafanzug|pyjama|pyjamas|nachthemd|handtuch|bademantel',
    ],
    unless: ['anmeldung|formular|antrag|bewerbung|uberweisung|ueberweisung|zahlung|paket|sendung|lieferung|quittung|beleg|bestellung|vom|von_der|von_dem|verkauf*|kleinanzeigen|vinted|preis|mikro|mic|obs|headset|kleid|outfit|anprobe|sitzt|passt|grosse|groesse|frisur|haare|tanz*|choreo*|pyjamaparty|oma|opa|unterricht|lehrer*|meeting|konferenz|webinar|zoom|konzert|spiel|geburtstag|party|urlaub|referat|hausaufgabe*', 'tater|taeter|erpresser|betruger|betrueger|masche|fake|warnung|vorsicht|melden|artikel|bericht|doku|news'],
    examples: {
      match: ['wir machen nur kurz nen cam call zur verifizierung, dein gesicht und dein körper müssen drauf sein', 'für den shoutout will er ein video von dir im schlafanzug', 'so n selfie von dir mit nem zettel wo mein name draufsteht', 'ich brauch wen der mir n bestätigungsfoto schickt', 'vorher machen wir nen kurzen facecam check, is pflicht', 'vor dem tryout brauchen wir nen kurzen cam check, allein im zimmer bitte', 'komm in meinen privaten voice, cam an', 'mach am besten eins ohne pulli', 'mach kurz n vid wo du dich einmal drehst', 'du hast mir versprochen noch ein video zu machen', 'du schickst mir nur jeden abend n bild oben ohne'],
      ignore: ['schick mir ein bestätigungsfoto von der überweisung', 'mach ein foto von der jacke ohne blitz für kleinanzeigen', 'machen wir vorher nen mic und facecam check für den stream? obs spinnt', 'kurzer kamera check vor dem unterricht bitte', 'du hast versprochen noch ein video vom konzert zu machen', 'schick mir n foto von dir mit dem zettel für die anmeldung, name und datum müssen drauf sein', 'pass auf, die fake accounts wollen ein selfie von dir mit zettel und namen', 'kannst du mir ein foto ohne pulli schicken? ich will sehen ob das kleid passt', 'mach ein video wo du dich drehst, ich will sehen wie das kleid fällt'],
    },
  },
  {
    id: 'dare-pyjama-topless-r26',
    phrases: [
      'selfie*|spiegelselfie*|@photo ..2 im|in|nur_im|nur_in ..1 schlafanzug|pyjama|pyjamas|nachthemd|bademantel|handtuch|unterwasche|unterwaesche|unterhose|bh',
      'level|pflicht|dare|aufgabe|challenge|runde ..4 oben_ohne|obenohne|obenrum_frei|ohne_oberteil|ohne_shirt|ohne_bh',
      'mach|mache|machst|zeig|zeigst|schick|schickst ..3 oben_ohne|obenohne|obenrum_frei',
      '@cam ..6 will|mochte|moechte|muss ..2 sehen|sehn ..2 mit_wem|wer_du|ob_du|wie_du|dich',
    ],
    unless: ['von_mir|mein|meine|meinem|meinen|ich_im|ich_in|wir|uns|unser*|vom|von_der|urlaub|pyjamaparty|sauna|strand|freibad|schwimm*|fussball|training|oma|opa|kleid|outfit|anprobe', 'tater|taeter|erpresser|betruger|betrueger|masche|fake|warnung|vorsicht|melden|artikel|bericht|doku|news'],
    examples: {
      match: ['next level: selfie im schlafanzug 😏', 'jetzt level 10: oben ohne. alle machen das', 'pflicht: oben ohne foto', 'mach mal oben ohne für mich', 'cool. mach mal nen kurzen videocall, will sehen mit wem ich zocke 😄', 'facetime kurz? will sehen ob du echt bist', 'spiegelselfie in unterwäsche, jetzt'],
      ignore: ['mein selfie im schlafanzug ist so hässlich geworden', 'die jungs spielen oben ohne fußball im park', 'wir haben im freibad oben ohne fotos gemacht lol', 'videocall? will sehen wie dein neuer hund aussieht', 'foto von der pyjamaparty im schlafanzug kommt gleich'],
    },
  },
  {
    id: 'cam-on-go-to-bathroom-r26',
    phrases: ['@cam ..1 an|anmachen|einschalten ..3 und ..1 geh|gehst|geh_mal ..1 ins|in_dein|in_dein_zimmer|aufs ..1 bad|badezimmer|schlafzimmer|bett|zimmer'],
    unless: ['unterricht|lehrer*|meeting|zoom|teams|webinar|hausaufgabe*|referat|oma|opa'],
    examples: {
      match: ['kamera an und geh ins bad', 'cam an und geh mal ins schlafzimmer'],
      ignore: ['kamera an und geh in dein zimmer, da ist es ruhiger für das meeting'],
    },
  },
  {
    id: 'send-one-in-bikini-r27',
    phrases: [
      'schick*|zeig*|send* ..2 [mal|ma|mir|noch] eins|eine|einen|ein|a ..3 im|in|nur_im|nur_in bikini|badeanzug|badehose|@underwear|schlafanzug|pyjama|handtuch|bett|dusche',
      'magst|mogst|moagst|kannst|konnst|willst ma|mir ..1 a|ein|n ..1 @photo ..2 schicken|schicka|schickn|schicke ..4 wiast|wia_du|wie_du|wiest ..3 bett|liegst|liagst|ausschaust|ausschaugst|aussiehst|daliegst',
    ],
    unless: ['katalog|shop|link|online|bestell*|kaufen|gekauft|angebot|preis|groesse|grosse|etikett|vinted|kleinanzeigen|ebay|zalando', 'hund|katze|baby|welpe*|puppe'],
    examples: {
      match: ['schick mal eins im bikini', 'zeig mir noch eine in unterwäsche', 'magst ma a foto schicken wia du grad im bett liegst'],
      ignore: ['schick mal einen link zu dem bikini im shop', 'schick mal eins vom hund im bett'],
    },
  },
  {
    id: 'one-more-without-top-r27',
    phrases: [
      'noch|nochmal|jetzt|dann ..1 eins|eine|einen|ein_bild|ein_foto|ein_pic|ein_video ..1 ohne oberteil|shirt|tshirt|t_shirt|top|pulli|pullover|hoodie|bh|hose|klamotten|was_an',
      'spiegel|spiegelselfie* ..4 ohne pulli|pullover|shirt|tshirt|t_shirt|oberteil|top|hoodie|bh|hose|klamotten',
      'eins|eine|einen|so_eins|so_eines ..1 wie meins|meines|meiner|meinen ..4 oben_ohne|nackt|ohne_shirt|ohne_top|ohne_oberteil|in_unterwasche|in_unterwaesche',
      'zeig|zeigst|schick|schickst ..3 mehr als ..1 nur ..1 dein|das gesicht|face|kopf',
    ],
    unless: ['blitz|filter|hund|katze|baby|puppe|auto|fahrrad|schuhe|laden|shop|kaufen'],
    examples: {
      match: ['noch eins ohne oberteil dann wird der edit viral', 'am besten im spiegel, ohne pulli', 'na so eins wie meins halt. oben ohne', 'zeig mal mehr als nur dein gesicht'],
      ignore: ['noch eins ohne blitz bitte, das ist zu hell', 'schick noch eins vom hund ohne pulli'],
    },
  },
  {
    id: 'face-check-r27',
    phrases: [
      'mach|mache|machst|schick|schickst|zeig|gib|send ..2 face_check|facecheck|gesichtscheck|face_reveal|facereveal|face_pic|facepic',
      'face_check|facecheck|gesichtscheck|face_reveal|facereveal ..2 bitte|pls|please|jetzt|mal|machen|schicken|zeigen',
      'bitte|kurz|schnell ..3 face_check|facecheck|gesichtscheck',
      'mach|mache|machst|schick|schickst|zeig|gib|send ..3 gesichtsbild*|gesichtsfoto*|gesichtspic*',
    ],
    unless: ['kanal|stream|youtube|twitch|video_fur|follower|streamer|youtuber|tiktoker', 'brille|frisur|haare|outfit|makeup|make_up|schminke|pickel'],
    weight: 2,
    examples: {
      match: ['auch lol. mach mal face check', 'bitte nur kurz ein face check, dann ganzkörper', 'bin auch 14, schick mal ein gesichtsbild'],
      ignore: ['wann macht der streamer endlich face reveal auf seinem kanal'],
    },
  },
  {
    id: 'verification-selfie-r27',
    phrases: [
      'verifizierung*|verifikation|verifizieren|altersprufung*|alterspruefung*|altersverifizierung*|echtheitscheck ..6 brauch*|schick*|send*|mach*|zeig* ..3 selfie*|@photo|gesicht',
      'selfie*|@photo|gesichtsbild*|gesichtsfoto* ..4 damit|dass|das|ob ich ..1 weiss|weis|sehe|seh ..2 dass|das|ob du ..1 echt|real|kein_fake',
    ],
    unless: ['bank|konto|ident|postident|videoident|n26|revolut|ausweis_app|personalausweis_app|schulausweis|bibliotheksausweis|bahncard'],
    examples: {
      match: ['für die verifizierung auf dem server brauch ich ein selfie von dir', 'schick ein foto damit ich weiß dass du echt bist'],
      ignore: ['für die verifizierung bei der bank brauchst du ein selfie mit ausweis in der app', 'für den schulausweis zur verifizierung ein foto mitbringen'],
    },
  },
  {
    id: 'cam-in-bed-r28',
    phrases: [
      'leg|lege|setz|setze ..1 dich ..3 aufs|ins|auf_das|auf_dein|in_dein bett ..5 @cam|zeig*|dreh*',
      '@cam ..6 zeig|zeige|dreh|richte|halt ..6 bett|decke|unter_die_decke|schlafanzug|pyjama|dich_im_bett',
      'zeig|zeige ..2 dich|mir ..3 im_bett|unter_der_decke|im_schlafanzug|im_pyjama ..4 @cam|live|jetzt',
      'dreh|richte|halt ..2 @cam|handy ..3 aufs|zum|auf_dein|auf_das bett',
      'schieb|zieh|mach|nimm ..2 decke|bettdecke ..1 weg|runter|beiseite|zur_seite ..6 @cam',
      '@cam ..6 schieb|zieh|mach|nimm ..2 decke|bettdecke ..1 weg|runter|beiseite|zur_seite',
    ],
    unless: ['krank|fieber|erkaltet|erkaeltet|grippe|corona|gute_besserung', 'hausaufgabe*|aufgabe*|heft|tafel|mathe|lernen|vokabeln|referat|unterricht', 'bettwasche|bettwaesche|bettgestell|matratze|ikea|aufbau*|aufgebaut|verkauf*|kleinanzeigen|umzug|hund|katze|hamster', 'oma|opa|mama|papa|haha*|lol|xd'],
    examples: {
      match: ['mach die kamera an und zeig mir dein zimmer, auch das bett', 'leg dich mal aufs bett mit der kamera', 'dreh die kamera mal aufs bett', 'cam ist an? dann zieh mal die decke weg'],
      ignore: ['mach die kamera an und zeig mir das neue bett, hast du es schon aufgebaut?', 'leg dich ins bett und mach die kamera aus, gute besserung', 'zeig mir dein heft vor der kamera'],
    },
  },
  {
    id: 'dialect-show-whats-under-r28',
    phrases: [
      'zoag|zoa|zaig|zeig|zeige ..1 ma|mir|mer ..1 wos|was|wie_es|wias ..1 drunter|drunta|darunter|unterm_shirt|unterm_top|unter_dem_shirt|unter_deinem ..1 is|ist|hast|host|aussieht|ausschaut',
      'was|wos hast|host|hosch|hesch du ..1 drunter|drunta|darunter ..1 an|o|ah|unter',
    ],
    unless: ['deckel|stein|tisch|bett|sofa|teppich|kiste|karton|blatt|schrank|auto|motorhaube|pflaster|verband|gips|wunde|kuchen|torte|pizza|haha*|lol|xd|schnee|eis|jacke|mantel|kostum|kostuem|skianzug|trikot'],
    examples: {
      match: ['zoag ma wos drunter is', 'zeig mir mal was drunter ist 😏', 'was hast du drunter an?'],
      ignore: ['zeig mir was drunter ist, unter dem deckel', 'was hast du unter der jacke an, wird kalt'],
    },
  },
  {
    id: 'pic-or-kicked-from-group-r28',
    phrases: [
      'wer ..2 kein|keins|keine|nicht|nix ..3 @photo|nacktbild*|nudes|selfie* ..3 schickt|sendet|postet|macht ..4 fliegt|raus|gekickt|kick*|entfernt|rausgeworfen|rausgeschmissen|rausgekickt',
      '@photo|nacktbild*|nudes|selfie* ..6 sonst|oder ..3 fliegst|fliegt|kick*|raus ..2 aus_der_gruppe|raus|gekickt|rausgekickt',
      'um ..3 gruppe|gruppenchat|gc|squad ..2 zu_bleiben|bleiben ..4 @photo|nacktbild*|nudes|selfie*',
      'in_der_gruppe|im_gruppenchat|im_gc ..2 bleiben|bleibt ..4 nur|muss|musst ..4 @photo|nacktbild*|nudes|selfie*',
    ],
    unless: ['jahrbuch|abizeitung|collage|steckbrief|profilbild|klassenfoto|mannschaftsfoto|passfoto|meme*|essen|katze|hund|haustier|hausaufgabe*|aufgabe*|stundenplan|screenshot*|plank|liegestutz*|liegestuetz*|workout|sport|lauf|kuchen|mitbringen|freiwillig', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['challenge: wer kein foto schickt wird aus der gruppe gekickt', 'um in der gruppe zu bleiben musst du ein selfie in unterwäsche schicken', 'schick ein bild, sonst fliegst du aus der gruppe'],
      ignore: ['wer kein foto fürs jahrbuch schickt fliegt aus der liste lol', 'wer kein plank video schickt muss kuchen mitbringen', 'schick dein profilbild sonst fliegst du aus der gruppe, regel vom admin'],
    },
  },
  {
    id: 'cam-on-while-undressing-r28',
    phrases: [
      '@cam ..3 an|anlassen|laufen|laufen_lassen ..3 wenn|wahrend|waehrend|beim ..3 umziehst|umziehen|ausziehst|ausziehen|duschst|duschen|badest|baden|anziehst',
      'beim|wahrend|waehrend ..1 umziehen|ausziehen|duschen|baden ..3 @cam ..2 an|anlassen|laufen',
    ],
    unless: ['nicht_an|aus|ausmachen|ausschalten|nie|niemals|vorsicht|achtung|pass_auf|tipp|tipps'],
    examples: {
      match: ['lass die kamera an wenn du dich umziehst', 'beim umziehen die cam bitte anlassen 😏'],
      ignore: ['mach die kamera aus wenn du dich umziehst', 'tipp: nie die kamera an lassen beim umziehen'],
    },
  },
  {
    id: 'one-in-your-underwear-r28',
    phrases: [
      'eins|eines|ein_bild|ein_foto|ein_pic|ein_selfie|bild|foto|pic|selfie|spiegelselfie|video ..3 in|im|nur deiner|deinem|dem|der|einem|einer ..2 @underwear',
      '@underwear ..3 @photo|eins|eines ..3 schick*|send*|zeig*|mach*|will|bitte',
    ],
    unless: ['verkauf*|vinted|kleinanzeigen|ebay|retoure|zuruckschicken|zurueckschicken|umtausch*|grosse|groesse|passt|farbe|welche_farbe|angebot|preis|laden|online_shop|shop|werbung|katalog', 'arzt|aerztin|arztin|praxis|ausschlag|haut|creme', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['erstmal eins in deinem lieblings bh', 'schick mir ein foto in deiner neuen unterwäsche', 'unterwäsche pic bitte 😏'],
      ignore: ['hier ein foto von dem bh, welche farbe findest du besser?', 'kannst du ein foto von der unterwäsche schicken, ich verkauf sie auf vinted'],
    },
  },
  {
    id: 'private-stream-just-for-me-r29',
    phrases: [
      'privat*|spezial*|special|exklusiv*|extra ..1 stream|live|livestream|show|session|cam ..4 nur|ganz ..1 fur|fuer ..1 mich',
      'stream*|live|show|cam ..3 nur|ganz ..1 fur|fuer ..1 mich ..4 spezieller*|freizugig*|freizuegig*|heisser*|sexy|weniger_an|ohne',
    ],
    unless: ['alle|euch|zuschauer|community|abonnenten|fragerunde|zocken|minecraft|fortnite|gaming|kochen|backen|tutorial|nachhilfe|musik|singen|gitarre|klavier'],
    examples: {
      match: ['mach doch mal einen privaten stream nur für mich 😉', 'ich will eine exklusive show nur für mich, halt was spezielleres'],
      ignore: ['nächsten freitag mach ich einen special stream für alle zuschauer', 'machst du mal einen privaten stream nur für mich wo du minecraft zockst?'],
    },
  },
  {
    id: 'send-one-just-for-me-r29',
    phrases: [
      'schick*|send*|zeig* ..2 eins|eines|ein_bild|ein_foto|ein_pic|ein_video|was|etwas ..2 nur|ganz|exklusiv ..1 fur|fuer ..1 mich',
      'ausser|auser|ausser_wenn|es_sei_denn ..1 du ..1 schickst|sendest|zeigst ..3 selbst|selber|freiwillig ..1 welche|eins|@photo',
    ],
    unless: ['meme*|sticker|lied|song|rezept|link|gif|gifs|witz|playlist|keks*|kuchen|stuck|stueck|pizza|postkarte|brief|zeichnung|gemalt|hausaufgabe*|referat|urlaub*|ausflug|hund|katze|essen'],
    examples: {
      match: ['schick mal eins nur für mich 😘', 'zeig mir was ganz für mich allein', 'außer du schickst mir selbst welche'],
      ignore: ['schick mir eins von den memes nur für mich', 'schick mal ein bild vom hund nur für mich'],
    },
  },
  {
    id: 'photos-of-intimate-body-part-r30',
    phrases: [
      '@photo ..3 vom|von_deinem|von_deiner|von_dem|von_der|deinem|deiner|deines|dein|deine ..1 oberkorper|oberkoerper|po|popo|hintern|arsch|brust|brusten|bruesten|busen|titten|intimbereich|unterleib|oberschenkel|innenschenkel|schritt',
      '@photo ..6 auch|und|oder|besonders|vor_allem|am_besten ..4 vom|von_deinem|von_deiner|deinem|deiner ..1 oberkorper|oberkoerper|po|popo|hintern|arsch|brust|busen|titten|intimbereich|unterleib|oberschenkel|innenschenkel',
    ],
    unless: ['fluss|italien|delta|poebene|brustschwimmen|hahnchen*|haehnchen*|hahnchenbrust|putenbrust|rezept|schnitzel|fleisch|metzger|grillen|tattoo_studio|statue|skulptur|gemalde|gemaelde|museum|kunst', 'tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|zeitung|news'],
    examples: {
      match: ['für die studie bräuchte ich fotos von deinem oberkörper', 'schick mir doch mal fotos, damit ich das checken kann. auch vom rücken und vom po', 'schick bilder von deiner brust'],
      ignore: ['die fotos vom po-delta in italien sind mega', 'schick mal fotos von der hähnchenbrust, sieht lecker aus', 'schick mir fotos von deinem rücken tattoo'],
    },
  },
  {
    id: 'just-pics-now-and-then-r30',
    phrases: [
      'nur|bloss|blos|halt|einfach ..3 ab_und_zu|hin_und_wieder|ab_und_an|manchmal|gelegentlich|regelmassig|regelmaessig ..2 bilder|fotos|pics|selfies|ein_bild|ein_foto|n_bild|n_foto|@photo',
      'dafur|dafuer|im_gegenzug|als_gegenleistung ..4 ab_und_zu|hin_und_wieder|ab_und_an|manchmal|regelmassig|regelmaessig ..2 bilder|fotos|pics|selfies|@photo',
    ],
    unless: ['poste|posten|postet|poste_ich|male|malen|zeichne|zeichnen|instagram|story|storys|fotografier*|kamera|hund|katze|essen|natur|landschaft|urlaub|ausflug|blog|album|ich_mache|ich_mach|ich_schick|ich_schicke|schick_ich', 'tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|zeitung|news'],
    weight: 2,
    examples: {
      match: ['nur schreiben, ab und zu bilder. nix schlimmes', 'dafür will ich nur hin und wieder ein paar fotos von dir'],
      ignore: ['ich poste nur ab und zu bilder von meinem hund', 'ich mach halt manchmal fotos von der natur', 'schick ich dir nur ab und zu bilder vom urlaub'],
    },
  },
  {
    id: 'try-on-swimwear-on-cam-r31',
    phrases: [
      'anprobier*|anprobe*|anziehen|anziehst|vorfuhr*|vorfuehr* ..6 @cam|zoom|skype|facetime|videocall*|live|call ..6 bademode|bikini*|badeanzug*|badehose*|@underwear',
      'bademode|bikini*|badeanzug*|badehose*|@underwear ..6 anprobier*|anprobe*|anziehen|anziehst|vorfuhr*|vorfuehr* ..6 @cam|zoom|skype|facetime|videocall*|live|call',
      '@cam|zoom|skype|facetime|videocall*|live|call ..6 anprobier*|anprobe*|anziehen|anziehst|vorfuhr*|vorfuehr* ..6 bademode|bikini*|badeanzug*|badehose*|@underwear',
      '@cam|zoom|skype|facetime|videocall*|live|call ..6 bademode|bikini*|badeanzug*|badehose*|@underwear ..6 anprobier*|anprobe*|anziehen|anziehst|vorfuhr*|vorfuehr*',
      'bademode|bikini*|badeanzug*|badehose*|@underwear ..6 @cam|zoom|skype|facetime|videocall*|live|call ..6 anprobier*|anprobe*|anziehen|anziehst|vorfuhr*|vorfuehr*',
      'anprobier*|anprobe*|anziehen|anziehst|vorfuhr*|vorfuehr* ..6 bademode|bikini*|badeanzug*|badehose*|@underwear ..6 @cam|zoom|skype|facetime|videocall*|live|call',
      '@cam|zoom|skype|facetime|videocall*|live|call ..6 probier*|zieh|ziehst ..4 bademode|bikini*|badeanzug*|badehose*|@underwear ..1 an',
      'probier*|zieh|ziehst ..4 bademode|bikini*|badeanzug*|badehose*|@underwear ..1 an ..6 @cam|zoom|skype|facetime|videocall*|live|call',
    ],
    unless: ['ich_probier*|ich_zieh|ich_trag*|ich_zeig|zeig_ich|probier_ich|zieh_ich|hab_mir|gekauft|bestellt|shop|onlineshop|retour*|zuruckschicken|zurueckschicken|passt_mir|steht_mir|mama|oma|schwester|haha*|lol|xd', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['das anprobieren machen wir per videocall, erst die unterwäsche', 'zieh mal den bikini an und zeig ihn mir vor der kamera zum anprobieren', 'im call probierst du die bademode an, ich schau zu'],
      ignore: ['ich probier den bikini an, facetime? brauch deine meinung', 'hab mir unterwäsche bestellt, zeig ich dir im call beim anprobieren'],
    },
  },
  {
    id: 'cam-so-everything-visible-r31',
    phrases: [
      '@cam|handy ..4 so|sodass|so_dass|damit ..3 man|ich ..2 alles|dich_ganz|dich_komplett|deinen_ganzen_korper|deinen_ganzen_koerper|ganzen_korper|ganzen_koerper|den_ganzen_korper|den_ganzen_koerper ..1 sieht|sehe|sehen|erkennt|erkennen',
    ],
    unless: ['tafel|heft|blatt|aufgabe*|klausur|prufung*|pruefung*|test|tisch|schreibtisch|bildschirm|screen|setup|wohnung|haus|garten|schaden|auto|fahrrad|reparatur|kratzer|delle|rechnung|paket|hund|katze|baby|torte|kuchen|essen|spiel|brett|schach|instrument|gitarre|klavier|noten|griff*|uben|ueben|nachhilfe|lehrer*|arzt|mama|papa|oma|opa|haha*|lol|xd', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 2,
    examples: {
      match: ['stell die kamera so dass man alles sieht', 'handy so hinlegen, damit ich dich ganz sehe 😏'],
      ignore: ['halt die kamera so dass man die ganze tafel sieht', 'stell die kamera so dass man alles sieht, ich will die gitarre griffe sehen'],
    },
  },
  {
    id: 'underwear-try-on-videos-r32',
    phrases: [
      'in|im [der|deiner|deinen|ihrer] @underwear|bikini|badeanzug|unterwaschekollektion|unterwaeschekollektion ..6 schick|schicke|schickst|send|sende ..1 sie|es|die|das|mir|uns|direkt|hier|per',
      'video*|clip*|foto*|bilder|try_on|tryon|anprobe* ..6 in|im [der|deiner|deinen] @underwear|unterwaschekollektion|unterwaeschekollektion',
    ],
    unless: ['werbung|katalog|online_shop|onlineshop|ruckgabe|rueckgabe|umtausch|grosse|groesse|bestellung|link'],
    examples: {
      match: ['wir brauchen try-on clips in unterwäsche, schick sie einfach per dm', 'mach mal videos in deiner unterwäsche', 'am besten in dessous, in deinem zimmer gefilmt, und schick mir die direkt'],
      ignore: ['ich lag noch in unterwäsche im bett, schick dir gleich die hausaufgaben', 'im katalog gibts videos in unterwäsche, schick mir den link', 'die bestellung mit der unterwäsche ist da'],
    },
  },
  {
    id: 'only-for-me-private-call-r32',
    phrases: [
      'nur fur|fuer mich ..4 privat*|call|videocall*|videoanruf|cam|facetime',
      'privat*|videocall*|videoanruf|cam ..3 nur fur|fuer mich',
      'tanz*|dance|twerk* ..4 kurz*_rock|minirock|hotpants|bauchfrei|@underwear|bikini',
    ],
    unless: ['lied|song|gedicht|geburtstag*|hausaufgab*|referat|klasse|verein|tanzgruppe|auftritt|auffuhrung|auffuehrung|kostum|kostuem|karneval|fasching'],
    examples: {
      match: ['und dann einen tanz nur für mich im privaten call', 'machst du privat was nur für mich? auf cam', 'tanz mal im kurzen rock für mich'],
      ignore: ['spielst du das lied nur für mich im call?', 'im verein tanzen wir im kurzen rock beim auftritt', 'die hausaufgaben nur für mich privat erklären? danke'],
    },
  },
  {
    id: 'dance-video-for-me-r36',
    phrases: [
      'magst|willst|kannst|konntest|koenntest|wurdest|wuerdest|machst du ..3 mir|mich ..3 tanzvideo*|twerkvideo*|tiktokvideo*|tanz_video*|twerk_video* ..2 schicken|senden|machen|schicke',
      'schick|schicke|sende ..2 mir ..3 tanzvideo*|twerkvideo*|tanz_video*|twerk_video*|video_wie_du_tanzt|video_wie_du_twerkst',
    ],
    weight: 1,
    unless: ['ag|kurs|tanzschule|verein|trainer*|trainerin|wettbewerb|auftritt|schulfest|klasse|gruppe|oma|opa|tante|choreo*|jury|casting_fur|casting_fuer'],
    examples: {
      match: ['willst du mir nicht mal ein tanzvideo schicken', 'schick mir doch mal ein twerkvideo von dir', 'kannst du mir ein tanz video machen nur für mich'],
      ignore: ['kannst du mir das tanzvideo für die ag schicken', 'schick mir das tanzvideo vom auftritt, oma will es sehen', 'hast du das tanzvideo gesehen'],
    },
  },
] satisfies PatternEntry[];
