import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'lets-meet',
    phrases: [
      'lass|lasst|wollen|sollen|konnen|koennen|konnten|koennten|wollt|sollten ..2 uns|wir ..3 treffen|sehen|verabreden|kennenlernen',
      'treffen|sehen wir uns ..3 mal|morgen|heute|real|persoenlich|personlich|allein|alleine|irgendwann|bald|am|im|beim|vor|nach|an|bei',
      'wann ..2 treffen|sehen wir uns',
      'wir treffen|sehen uns ..3 morgen|heute|nach|am|im|beim|bei|vor|allein|alleine|heimlich',
      'in_echt|real|reallife|irl|persoenlich|personlich ..2 treffen|sehen|kennenlernen',
      'date mit mir|uns|dir',
    ],
    unless: ['vor|in|bei|an der|die halle|turnhalle|sporthalle|mensa|bibliothek|bib|aula|umkleide', 'hausmeister|training|probe|nachhilfe|referat|lerngruppe|gruppenarbeit|suchen|fundburo|fundbuero', 'wann ..1 sehen|treffen wir uns ..1 morgen|nachher|gleich|dann|genau|in_der_schule|im_training|beim_training', 'sehen|treffen wir uns ..2 nach_der_schule|nach_der_nachhilfe|in_der_pause|nach_dem_training|nach_der_arbeit|nach_der_ag|in_der_mensa'],
    examples: {
      match: ['lass uns mal treffen', 'können wir uns morgen treffen', 'wann sehen wir uns', 'wir sollten uns mal in echt sehen'],
      ignore: ['wir treffen uns um 7:15 vor der halle', 'wir treffen uns morgen in der bib, für das referat', 'wir haben uns gestern getroffen', 'das treffen ist um 5', 'sehen wir uns heut nach der schule?', 'süß!! wann sehen wir uns morgen?', 'wann treffen wir uns nachher genau?'],
    },
  },
  {
    id: 'hang-out',
    phrases: ['wollen|sollen|wolln|gehen wir ..4 kino|essen|eis|spazieren|ausgehen|park|shoppen|schwimmen|chillen', 'ich ..2 lad|lade dich ..3 kino|essen|eis|zu_mir ..1 ein'],
    weight: 0.5,
    examples: {
      match: ['wollen wir am samstag zusammen ins kino?', 'gehen wir nachher eis essen'],
      ignore: ['wir waren gestern im kino'],
    },
  },
  {
    id: 'pick-up',
    phrases: ['ich ..2 hol|hole|holen dich ..4 ab', 'ich ..2 kann|konnte|koennte|konnt dich ..6 abholen'],
    unless: ['mit_dem_rad|mit_dem_fahrrad|mitm_rad|mit_dem_roller|mit_dem_scooter|mit_dem_skateboard|mit_dem_bus|zu_fuss'],
    weight: 0.5,
    examples: { match: ['ich hol dich ab', 'ich kann dich nach der schule mit dem auto abholen'], ignore: ['mama holt dich ab', 'ich hol dich mit dem rad ab, dann fahren wir zusammen'] },
  },
  {
    id: 'pick-you-up',
    phrases: [
      'ich ..2 komm|komme ..2 zu dir ..2 wenn|nach|heute|morgen|hause|nachhause',
      'komm|kommst|komme ..2 zu mir ..3 nach_hause|heim|ruber|rueber|heute|morgen|wohnung',
      'besuch|besuche ich dich ..2 mal|morgen|heute',
      'ich ..3 zu dir ..2 kommen|komme|komm',
      'ich bin ..3 in|bei deiner|deinem|deine stadt|nahe|naehe|gegend|ort|dorf',
      'komm ..1 allein|alleine',
      'komm ..2 mich ..2 besuchen',
      'besuch|besuchst mich ..2 mal|doch|bald|morgen|heute',
      'komm|kommst ..2 vorbei ..4 allein|alleine|sturmfrei|niemand',
      'magst|willst|mochtest|moechtest|kannst du ..3 zu_mir|vorbei ..1 kommen|ruberkommen|rueberkommen|vorbeikommen',
      'ich kauf|kaufe|bezahl* dir ..2 das|ein ..2 ticket|zugticket|busticket|bahnticket',
    ],
    examples: {
      match: ['komm doch zu mir nach hause', 'ich kauf dir das zugticket'],
      ignore: ['mama holt dich ab', 'ich komme zu spät'],
    },
  },
  {
    id: 'come-alone-to-place-r38',
    phrases: [
      'komm|kommst|komme ..4 allein|alleine ..1 in|zum|zur|an|auf|hinter|vor ..2 park|wald|spielplatz|parkplatz|parkhaus|see|garage|keller|auto|wagen|hotel|hotelzimmer|wohnung|scheune|hutte|huette',
      'allein|alleine ..1 in|zum|zur|an|auf|hinter ..2 park|wald|spielplatz|parkplatz|parkhaus|garage|keller|auto|wagen|hotel|hotelzimmer|wohnung ..3 komm|kommst|kommen',
    ],
    unless: ['mama|papa|mutter|vater|eltern|oma|opa|tante|onkel|training|bus|zug|bahn|schaffst|kannst_du|schon_alleine|party|geburtstag*|uberraschung*|ueberraschung*|hund|gassi|joggen|laufen|fahrrad|rad', 'tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|reportage|doku|zeitung|news'],
    examples: {
      match: ['komm morgen nachmittag allein in den wald, ich warte da', 'kommst du heute allein zum parkplatz hinterm kino?', 'allein in den park kommen, ok?'],
      ignore: ['kommst du allein zum park oder bringt dich mama?', 'komm ruhig allein in den park, der hund muss eh gassi', 'schaffst du es allein zum bahnhof zu kommen'],
    },
  },
  {
    id: 'ticket-or-empty-house',
    phrases: [
      'ich zahl|zahle|bezahl|bezahle|spendier* dir ..2 das|ein|die ..2 ticket|zugticket|busticket|bahnticket|fahrt|fahrkarte|taxi|uber',
      'sturmfrei|sturmfreie ..4 komm|kommst|vorbei|zu_mir|ruber|rueber',
    ],
    unless: ['zock*|party|alle|leute|wir_alle|ihr|euch|mama|papa|oma|opa|klassenfahrt|ausflug|konzert|kino|zuruck|zurueck|training|zusammen|turnier|spiel'],
    examples: { match: ['ich zahl dir das zugticket, komm am wochenende zu mir', 'ich hab ne sturmfreie bude, komm vorbei'], ignore: ['sturmfrei heute, kommt alle vorbei zum zocken', 'ich zahl dir das ticket fürs konzert'] },
  },
  {
    id: 'come-over-to-me',
    phrases: [
      'komm|kommst ..3 doch|mal|einfach ..3 zu mir',
      'zeit ..2 fur|fuer ..1 ein|ein_treffen|treffen|date|kaffee|eis',
      'ich will|mochte|moechte dich ..2 endlich ..2 treffen|kennenlernen|sehen|in_echt',
      'ich ..1 komm|komme|fahr|fahre dich ..2 besuchen|abholen',
      'wenn|falls du ..1 mich ..2 triffst|besuchst|treffen|besuchen',
      'lust ..3 mit mir ..2 zu ..1 treffen|sehen',
      'sehen|treffen|kennenlernen ..3 in_echt|real|irl|personlich|persoenlich',
      'dich ..3 gern|gerne ..2 mal ..1 sehen|treffen|kennenlernen',
      'musst|kannst ..2 nur|einfach ..2 zu mir ..1 kommen|vorbeikommen',
      'komm|kommst ..2 vorbei ..4 ich_hab|ich_habe|sturmfrei|allein|alleine|nur_wir|wir_zwei|wir_beide|hotel',
      'dich ..2 mit mir ..2 treffen|verabreden',
    ],
    unless: ['gruppe|mit_der|mit_den|mit_allen|lernen|zocken|hausaufgabe*|referat|projekt|party|geburtstag*|mama|papa|oma|opa|mum|mom|mutti|backt|kocht|grillt|alle|ihr|euch|wir_alle|leute|training|spiel|turnier|film|filmabend|elternabend|sprechstunde|termin*|beratung|lehrer*|nachhilfe|chef|kollegen|meeting|kunden'],
    weight: 2,
    examples: {
      match: ['ich kann dir vapes besorgen, musst nur zu mir kommen', 'komm doch vorbei, nur wir zwei', 'ich würde dich so gern mal sehen, ganz in echt.', 'hast du lust dich mal mit mir zu treffen?', 'ich geb dir ein iphone wenn du mich triffst', 'ich komm dich besuchen, deine eltern müssen nix wissen', 'komm doch am wochenende zu mir', 'wann hast du mal zeit für ein treffen', 'ich will dich endlich treffen'],
      ignore: ['komm doch zu mir, meine mum backt', 'komm doch morgen zu mir, wir lernen für mathe', 'hast du zeit für ein treffen wegen dem referat', 'kommt doch alle zu mir zur party'],
    },
  },
  {
    id: 'hotel-room',
    phrases: ['hotel|hotelzimmer|ferienwohnung|zimmer ..4 gebucht|reserviert|gemietet ..4 komm|kommst|treffen|vorbei|zu_mir'],
    unless: ['klassenfahrt|urlaub|familie|mama|papa|oma|opa|eltern|hochzeit|turnier|verein|mannschaft|alle|ihr|euch|wir_alle|geburtstag*|konzert|messe|abiball|abifahrt'],
    weight: 3,
    examples: { match: ['ich hab ein zimmer im hotel gebucht, komm doch vorbei, nur wir zwei'], ignore: ['wir haben ein hotel für die klassenfahrt gebucht, kommt alle pünktlich'] },
  },
  {
    id: 'own-flat-come-over',
    phrases: ['eigene|eigne ..1 wohnung|bude|zimmer ..5 vorbeikommen|vorbei|kommen|besuchen|ubernachten|uebernachten|pennen|chillen'],
    unless: ['gruppe|alle|ihr|euch|leute|party|einweihung*|geburtstag*|mama|papa|oma|opa|lernen|hausaufgabe*|referat|projekt|umzug|helfen|tragen|streichen|kisten'],
    weight: 2,
    examples: { match: ['hab auch ne eigene wohnung, kannst vorbeikommen'], ignore: ['ich hab jetzt ne eigene wohnung, kommt alle zur einweihung vorbei'] },
  },
  {
    id: 'come-to-mine-empty-house-or-ticket',
    phrases: [
      'komm|kommst ..4 zu mir ..6 sturmfrei|eltern_sind_weg|eltern_sind_nicht_da|allein|alleine|keiner_da|niemand_da',
      'buch*|kauf*|bezahl*|zahl* ..3 dir ..3 ticket|zugticket|bahnticket|fahrkarte|flug|flugticket|busticket ..6 besuchen|treffen|kommen|sehen',
    ],
    unless: ['gruppe|mit_der|mit_den|mit_allen|lernen|zocken|hausaufgabe*|referat|projekt|party|geburtstag*|oma|opa|tante|onkel|konzert|festival|klassenfahrt|alle|ihr|euch|leute|film|filmabend|haha*|lol|xd'],
    weight: 2,
    examples: { match: ['komm nach der schule zu mir, meine eltern sind weg', 'ich buche dir ein zugticket, dann kannst du mich besuchen'], ignore: ['komm nach der schule zu mir, meine eltern sind weg, wir zocken', 'ich buche dir ein zugticket, dann kannst du oma besuchen'] },
  },
  {
    id: 'booked-a-room',
    phrases: ['ich hab|habe ..3 hotelzimmer|zimmer|hotel|ferienwohnung|airbnb|pension ..2 gebucht|reserviert ..4 fur|fuer ..1 uns|dich'],
    unless: ['familie|mama|papa|oma|opa|klassenfahrt|urlaub|ferien|reise|eltern|schwester|bruder|hochzeit|haha*|lol|xd'],
    weight: 2,
    examples: { match: ['ich hab ein hotelzimmer gebucht, nur für uns'], ignore: ['ich hab ein hotelzimmer gebucht für uns in den ferien, papa'] },
  },
  {
    id: 'waiting-in-car-r9',
    phrases: ['ich wart|warte|warten|steh|stehe ..3 im|in_meinem|in_nem|in_einem ..1 auto|wagen|golf|bmw|audi|mercedes|van|transporter|lieferwagen|kombi'],
    unless: ['komm_raus|kommst_du|bin_da|sind_da', 'mama|mami|papa|papi|oma|opa|tante|onkel|hupe|beeil*|fahrschule|taxi|uber|haha|lol|xd|training|arzt|einkauf*|supermarkt|parkhaus|stau|tanke|tankstelle|deine_mutter|dein_vater|schatz'],
    weight: 2,
    examples: {
      match: ['komm morgen nach der schule zum bahnhof, ich wart im schwarzen golf. sag niemandem bescheid', 'ich warte in meinem auto an der ecke'],
      ignore: ['papa hier, ich warte im auto vor der schule', 'beeil dich ich warte im auto'],
    },
  },
  {
    id: 'sleep-over-at-mine-r9',
    phrases: [
      'willst|kannst|komm|kommst|magst|darfst du ..3 bei|zu mir ..2 ubernachten|uebernachten|pennen|schlafen|vorbeikommen',
      'meine eltern|alten|frau|mutter|mama ..1 sind|ist ..2 nicht_da|weg|verreist|im_urlaub|arbeiten ..4 komm|kommst|vorbei|ubernachten|uebernachten|zu_mir',
    ],
    unless: ['zock*|spielen|playstation|ps5|ps4|switch|xbox|konsole|mit_den_jungs|mit_den_madels', 'geburtstag*|party|pyjamaparty|filmabend|lernen|referat|hausaufgabe*|klasse|mit_den_anderen|alle|wir_alle|haha|lol|xd|deine_mama_fragen|frag_deine|deine_eltern_fragen|erlaubt|erlauben'],
    weight: 2,
    examples: {
      match: ['willst du mal bei mir übernachten? meine eltern sind nicht da', 'meine eltern sind am wochenende weg, komm doch vorbei'],
      ignore: ['willst du zu meiner geburtstagsparty kommen und bei mir übernachten?', 'kannst du bei mir übernachten? frag deine mama ob sie es erlaubt', 'meine eltern sind nicht da, komm vorbei wir zocken'],
    },
  },
  {
    id: 'come-over-just-us-two-r10',
    phrases: [
      'ich kann|konnt|konnte|koennte|komm|komme ..3 vorbeikommen|vorbei|rumkommen|ruberkommen|rueberkommen|zu_dir ..4 nur wir|du_und_ich',
      'nur wir ..1 zwei|beide|beiden ..3 bei ..1 dir|mir ..2 chillen|treffen|abhangen|abhaengen|kuscheln|ubernachten|uebernachten',
    ],
    unless: ['lernen|hausaufgabe*|referat|projekt|pizza|film|serie|zock*|spiel*|geburtstag*|party|mama|papa|oma|opa|haha*|lol|xd'],
    examples: {
      match: ['dein bruder hats erzählt. ich könnt ja vorbeikommen, nur wir zwei, bisschen chillen 😉', 'ich komm zu dir, nur du und ich'],
      ignore: ['ich komm vorbei, nur wir zwei, pizza und film', 'ich kann vorbeikommen, nur wir zwei lernen mathe'],
    },
  },
  {
    id: 'drive-over-or-studio-r11',
    phrases: [
      'ich ..2 komm|komme|hol|hole|fahr|fahre ..2 mit ..1 dem|meinem ..1 auto|wagen ..3 zu_dir|vorbei|dich|abholen|zu_deiner',
      'abholen|hol_dich|hole_dich ..6 wir ..1 fahren|fahrn|drehen ..2 rum|herum|spazieren|bisschen_rum|ne_runde|eine_runde',
      'abholen|hol_dich|hole_dich ..6 fahren|fahrn|drehen ..1 wir ..2 rum|herum|spazieren|bisschen_rum|ne_runde|eine_runde',
      'komm|kommst ..3 in|zu ..1 mein|meinem|meine ..1 studio|hotel|hotelzimmer|buro|buero|wohnung|auto ..6 zahl*|bezahl*|zugfahrt|ticket|fahrt|anreise|allein|alleine',
      'ich ..1 zahl|zahle|bezahl|bezahle|spendier* ..1 dir ..2 zugfahrt|busfahrt|anreise|bahnfahrt|fahrtkosten|fahrkarte',
      'chumm|chume|chum ..1 ich ..2 verbii|verbi|vorbei|zu_dir',
      'ab ..2 und|dann ..1 wir ..1 gehen|fahren ..1 zu_mir|in_mein|ins_hotel|in_meine_wohnung',
    ],
    unless: ['mama|papa|oma|opa|tante|onkel|trainer|training|zur_schule|in_die_schule|von_der_schule|schulsachen|schulfest|arzt|zahnarzt|praxis|termin|umzug|kiste*|moebel|mobel|paket|sachen|zeug|bring|bringe|mitbringen|vorbeibringen|einkauf*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['egal, alter ist nur ne zahl. lass uns samstag treffen, ich komm mit dem auto zu dir', 'wann hast du schulschluss? ich könnt dich freitag abholen, wir fahren bisschen rum', 'komm doch mal in mein studio in leipzig, ich zahl dir die zugfahrt', 'denn chumm ich verbii, mir chönd bitz gamen', 'ich hol dich vom bahnhof ab und wir gehen zu mir', 'kann dich morgen nach der schule abholen, dann drehen wir ne runde', 'soll ich dich nach der schule abholen? wir fahren bisschen herum'],
      ignore: ['ich komm mit dem auto vorbei und hol die sachen', 'papa kommt mit dem auto zu dir und holt die kiste', 'ich hol dich mit dem auto ab, oma wartet schon', 'ich hol dich von der schule ab, wir fahren dann rum zum zahnarzt', 'ich kann dich abholen und wir fahren zur schule rum'],
    },
  },
  {
    id: 'waiting-at-the-school-gate-r11',
    phrases: ['ich ..1 warte|wart ..4 nach|vor|hinter ..3 schule|schultor|tor|training|turnhalle|bushaltestelle ..3 auf dich'],
    unless: ['mama|papa|oma|opa|bruder|schwester|bus|zusammen|wir_alle|haha*|lol', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 2,
    examples: { match: ['ich warte nach der schule vor dem tor auf dich'], ignore: ['ich warte nach der schule am tor auf dich, mama holt uns beide ab'] },
  },
  {
    id: 'just-us-two-meet-r12',
    phrases: [
      'treffen|treff|sehen|abholen|hol ..4 nur ..1 wir ..1 zwei|beide|zwoa|zu_zweit',
      'nur ..1 wir ..1 zwei|beide|zwoa ..4 treffen|treff|sehen|abholen|hol',
      'komm|kommst|komme ..6 aber|ganz|nur ..1 allein|alleine|alloa|ohne_jemand|ohne_freunde|ohne_deine_freunde',
    ],
    unless: ['training|bus|zug|mama|papa|eltern|oma|opa|die_anderen|projekt|referat|lernen|nachhilfe|hausaufgabe*|schafft|schaffst|kannst_du|alleine_heim|alleine_nach_hause|party|geburtstag*|uberraschung*|ueberraschung*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['lass uns mal treffen, nur wir zwei, ich hol dich mit dem auto ab', 'komm nach der schule zum park, aber allein'],
      ignore: ['komm morgen allein zum training, die anderen sind krank', 'nur wir zwei treffen uns zum lernen für mathe'],
    },
  },
  {
    id: 'secret-pick-up-r13',
    phrases: [
      'hol|hole|holen dich ..5 ab ..6 keinem|niemand|niemandem|keiner ..3 sagen|erzahlen|erzaehlen|verraten|wissen',
      'keinem|niemand|niemandem|keiner ..3 sagen|erzahlen|erzaehlen|verraten|wissen ..6 hol|hole|holen dich ..5 ab',
      'hol|hole|holen dich ..5 ab ..6 @family ..2 nix|nichts|nicht ..2 sagen|erzahlen|erzaehlen|wissen',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|weihnacht*|jahrestag|haha*|lol|xd', 'ich sag|sage|sags ..2 @family|keinem|niemandem'],
    weight: 2,
    examples: {
      match: ['komm samstag zum bahnhof, ich hol dich mitm auto ab. musst keinem was sagen', 'ich hol dich nach der schule ab, niemand muss das wissen'],
      ignore: ['ich hol dich ab, aber sag niemandem was von der überraschungsparty', 'ich hol dich um 5 ab, sag mama nix, ich sag ihr selbst bescheid lol'],
    },
  },
  {
    id: 'at-my-studio-r16',
    phrases: [
      'bei mir ..2 im|ins studio|atelier|fotostudio ..4 samstag|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|morgen|heute|nachmittag|abend|wochenende|allein|alleine',
      'komm|kommst|kommen ..3 bei mir ..1 im|ins studio|atelier|fotostudio',
      'komm|kommst ..2 doch|mal ..1 ruber|rueber|vorbei ..6 pizza|playstation|ps5|konsole|film|filme|pool|zocken',
    ],
    unless: ['mama|papa|eltern|mit_deiner|mit_deinem|mitbringen|oma|opa|geburtstag*|party|nachbarskinder|alle|ihr|euch|klasse|gruppe|termin_buchen|vereinbaren|rechnung|preis|preise|angebot|bewerbungsfoto*|passfoto*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 2,
    examples: {
      match: ['Lockere Sachen, Sommerkleid. Bei mir im Studio, Samstag nachmittag?', 'komm doch rueber, ich hab Pizza und die neue Playstation'],
      ignore: ['Passfotos machen wir bei mir im Studio, Samstag nachmittag, Preis 15 Euro', 'komm doch mit deiner mama rüber, es gibt pizza', 'kommt ihr alle rüber? pizza ist da'],
    },
  },
  {
    id: 'secret-that-we-meet-r18',
    phrases: [
      "niemandem|keinem|niemand|keinen ..4 dass|das wir uns ..2 treffen|sehen|getroffen|treffen_werden",
    ],
    unless: ["uberraschung*|ueberraschung*|geburtstag*|party|geschenk*|urlaub|wusste|wussten"],
    examples: {
      match: ["du darfst keinem sagen dass wir uns treffen, auch nicht deiner besten freundin", "erzähl niemandem dass wir uns morgen sehen"],
      ignore: ["sag keinem dass wir uns treffen, ist ne überraschung für lisa", "niemand wusste dass wir uns im urlaub sehen"],
    },
  },
  {
    id: 'come-over-partner-away-or-room-r18',
    phrases: [
      "komm|kommst ..4 zu mir ..6 frau|freundin|mann|partner|partnerin|mitbewohner|familie ..3 nicht|weg|verreist|unterwegs",
      "buch|buche|gebucht ..2 uns ..2 zimmer|hotel|hotelzimmer|airbnb|ferienwohnung",
    ],
    unless: ["klassenfahrt|urlaub|lernen|hausaufgabe*|referat|oma|opa|papa|mama|geschwister|lol|haha*"],
    examples: {
      match: ["komm am samstag zu mir, meine frau ist nicht da", "ich buch uns ein zimmer, sag deinen eltern du schläfst bei ner freundin"],
      ignore: ["komm zu mir, meine familie ist nicht da, dann können wir in ruhe lernen lol", "ich buch uns ein zimmer für die klassenfahrt"],
    },
  },
  {
    id: 'come-alone-adult-r19',
    phrases: [
      'komm ..2 am_besten|lieber|besser|einfach ..1 allein|alleine',
      'meine frau|freundin|mann|familie|kinder ..2 ist|sind ..2 nicht_da|nicht_zuhause|nicht_zu_hause|weg|verreist|unterwegs ..6 ich ..2 hol|hole|abholen|komm|treffen',
      'ich ..2 hab|habe ..2 auto ..6 treffen|abholen|hol_dich|rumfahren|spazierenfahren',
      'vllt|vielleicht kann|konnte|koennte|konnen|koennen man|wir sich|uns ..2 mal ..1 treffen ..6 ich ..2 hab|habe|hol|hole',
    ],
    unless: ['projekt|referat|gruppe|alle|training|lernen|lerngruppe|mannschaft|team|nachhilfe|mama_kommt|papa_kommt|deine_mama|deine_eltern_kommen|kommen_auch', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['Bei mir im Studio in Köln. Komm am besten alleine, Eltern machen die Models immer nervös 😅', 'Kannst du Freitagabend? Meine Frau ist nicht da, ich hol dich mit dem Auto ab', 'wo wohnst du so ungefähr? vllt kann man sich ja mal treffen, ich hab n auto', 'komm lieber allein, dann ist es entspannter'],
      ignore: ['komm am besten alleine rein, die anderen sind schon in der halle beim training', 'ich hab jetzt ein auto, lass mal alle zusammen treffen'],
    },
  },
  {
    id: 'come-to-my-place-alone-r20',
    phrases: [
      'komm|kommst ..4 zu mir ..6 ich wohn|wohne ..1 allein|alleine',
      'ich wohn|wohne ..1 allein|alleine ..6 komm|kommst ..2 zu_mir|vorbei|rum',
      'ich wohn|wohne ..1 allein|alleine ..6 vorbeikommen|vorbeikommst|rumkommen|ruberkommen|rueberkommen|herkommen',
    ],
    unless: ['wg|mitbewohner*|oma|opa|mama|papa|tante|onkel|cousin*', 'streichen|umzug|kisten|helfen|hilf|einweihung*|einzugsparty|aufbauen|ikea|renovier*|tapezier*'],
    examples: {
      match: ['komm samstag zu mir, ich wohn allein, wir machen nen filmabend', 'ich wohne allein, komm doch mal vorbei', 'ich wohn alleine, kannst jederzeit vorbeikommen, keiner stört uns'],
      ignore: ['komm zu mir, ich wohne allein seit oma im heim ist, mama kommt auch', 'ich wohn jetzt allein, komm doch mal vorbei und hilf mir beim streichen'],
    },
  },
  {
    id: 'meet-alone-not-at-school-r21',
    weight: 3,
    phrases: [
      'unter vier augen ..4 treffen|sehen|besprechen ..6 nicht in|an der ..1 schule',
      'treffen|sehen ..3 nicht|lieber_nicht in|an|bei der ..1 schule ..6 abholen|hol_dich|bahnhof|auto|parkplatz|bei_mir|zu_mir',
      'nicht in|an der schule ..6 abholen|hol_dich_ab|bahnhof|auto|parkplatz|bei_mir|zu_mir',
    ],
    unless: ['elterngesprach|elterngespraech|mit_deinen_eltern|deine_eltern_kommen|sekretariat|schulleitung|rektorat|lehrerzimmer|sprechstunde|beratungsraum', 'mama|papa|oma|opa|tante|onkel|schatz'],
    examples: {
      match: ['Das bleibt vertraulich. Wir sollten uns mal unter vier Augen treffen, nicht in der Schule. Ich kann dich nach der 6. Stunde am Bahnhof abholen.', 'lass uns lieber nicht an der schule treffen, ich hol dich am parkplatz ab', 'unter vier augen reden, aber nicht in der schule, komm zu mir'],
      ignore: ['Lass uns unter vier Augen sprechen, am besten in meiner Sprechstunde im Beratungsraum', 'treffen wir uns nicht in der schule sondern mit deinen eltern im sekretariat'],
    },
  },
  {
    id: 'parents-away-pickup-r22',
    phrases: [
      'wann|wenn ..2 @poss eltern|alten ..3 weg|unterwegs|nicht_da|aus_dem_haus ..4 hol|hole ..2 dich ..1 ab',
    ],
    examples: {
      match: ['wann sind deine eltern wieder weg? dann hol ich dich ab', 'wenn deine alten unterwegs sind hol ich dich ab'],
      ignore: ['wann sind deine eltern weg? ich glaub meine kommen um 6', 'wann sind deine eltern weg? dann komm ich vorbei und wir zocken'],
    },
  },
  {
    id: 'secret-pickup-r25',
    phrases: [
      'abholen|abhol ..6 musst|brauchst ..2 keinem|niemandem|niemand ..1 sagen|erzahlen|erzaehlen|wissen',
      'treffen|abholen ..6 sag|sags|erzahl|erzaehl ..1 deinen_eltern|deiner_mutter|deiner_mama|deinem_vater|deinem_papa|deinen_leuten ..1 nicht|nix|nichts',
      'treffen|abholen ..6 sag|sags|erzahl|erzaehl ..1 es ..1 keinem|niemandem|niemand',
    ],
    unless: ['uberraschung|ueberraschung|geburtstag*|party|geschenk'],
    weight: 3,
    examples: {
      match: ['ich kann dich morgen nach der schule abholen, musst ja keinem sagen dass du mit mir unterwegs bist', 'ich kann dich abholen, sag deinen eltern nix', 'wir treffen uns am bahnhof, erzähl es niemandem'],
      ignore: ['ich hol dich um 5 ab, sag mama nix, ist ne überraschung für papas geburtstag', 'ich kann dich abholen, sag mama nix, sie soll sich nicht sorgen'],
    },
  },
  {
    id: 'come-to-my-room-alone-r27',
    phrases: [
      'komm|kommst|komme ..5 meine|mein|meinem|meiner|meinen|ins kabine|buro|buero|wohnung|auto|hotel*|wohnwagen|zelt|keller ..3 allein|alleine|nur_wir|nur_du|ohne_die_anderen|unter_vier_augen',
    ],
    unless: ['mama|papa|oma|opa|eltern_wissen|mit_deinen_eltern|abholen_lassen|zeugnis|note|noten|gesprach_mit_deinen_eltern'],
    examples: {
      match: ['komm nach dem training noch in meine kabine, allein', 'kommst du morgen zu mir ins auto, nur wir'],
      ignore: ['komm nach dem training in mein büro, allein mit deinen eltern wegen der note', 'komm in mein zimmer, ich bin allein und langweile mich'],
    },
  },
  {
    id: 'just-the-two-of-us-r29',
    phrases: [
      'wir ..3 nur|mal ..1 zu_zweit|wir_beide|allein|alleine ..3 trainieren|treffen|uben|ueben|abhangen|abhaengen|chillen|essen|wegfahren|spazieren',
      'nur|mal ..1 zu_zweit|wir_beide ..2 treffen|trainieren|uben|ueben ..4 ich ..2 hol|hole|abholen|fahr|fahre|komm|komme',
    ],
    unless: ['lernen|hausaufgabe*|referat|projekt|prasentation|praesentation|zocken|discord|online|call|kino|eis|party|mit_allen|mama|papa'],
    weight: 1,
    examples: {
      match: ['wir sollten mal nur zu zweit trainieren, nur du und ich', 'wir können uns ja mal allein treffen, ohne die anderen'],
      ignore: ['wir können ja nur zu zweit fürs referat üben', 'wir beide zocken heute online'],
    },
  },
  {
    id: 'pick-you-up-dialect-r30',
    phrases: [
      'hol|hoi|hole|hoil|hoal|hohl i|ich di ..3 ab|o',
      'i ..2 hol|hoi|hole|hoal di ..3 ab|o',
    ],
    unless: ['mama|mami|papa|papi|oma|opa|bus|zug|training|verein|nachhilfe|arzt|klassenfahrt|fahrgemeinschaft|mannschaft|team'],
    weight: 0.5,
    examples: {
      match: ['dann hol i di ab', 'i hoi di um 3 ab'],
      ignore: ['d mama hoit di ab', 'i hol di vom training ab, sagt papa', 'ok dann hol ich di bei der nachhilfe ab'],
    },
  },
  {
    id: 'pick-you-up-and-drive-dialect-r30',
    phrases: [
      'hol|hoi|hole|hoil|hoal|hohl i|ich di ..6 mir|wir fahrn|fahren|fahrma|drahn ..3 raus|rum|spazieren|a_runde|ne_runde',
    ],
    unless: ['mama|mami|papa|papi|oma|opa|bus|zug|training|verein|nachhilfe|arzt|klassenfahrt|fahrgemeinschaft|mannschaft|team|clique|alle|mit_den_andern|mit_den_anderen'],
    examples: {
      match: ['dann hol i di ab, mir fahrn a bissl raus', 'hoi i di am samstag ab, mir drahn a runde'],
      ignore: ['i hol di vom training ab, dann fahrn mir heim', 'hol i di ab? mir fahrn mit den andern a bissl raus'],
    },
  },
  {
    id: 'visit-with-sleepover-alibi-r31',
    phrases: [
      'komm|komme|hol|hole|fahr|fahre ich ..3 vorbei|ruber|rueber|zu_dir|dich|ab ..6 sag|sage|sagst|erzahl|erzaehl|erzahlst|erzaehlst ..2 @family ..2 du ..1 schlafst|schlaefst|pennst|bist|ubernachtest|uebernachtest|lernst ..1 bei',
      'ich komm|komme|hol|hole|fahr|fahre ..3 vorbei|ruber|rueber|zu_dir|dich|ab ..6 sag|sage|sagst|erzahl|erzaehl|erzahlst|erzaehlst ..2 @family ..2 du ..1 schlafst|schlaefst|pennst|bist|ubernachtest|uebernachtest|lernst ..1 bei',
      'sag|sage|sagst|erzahl|erzaehl ..2 @family ..2 du ..1 schlafst|schlaefst|pennst|bist|ubernachtest|uebernachtest ..1 bei ..6 komm|komme|hol|hole|fahr|fahre|treffen|treff ich|wir ..3 vorbei|ruber|rueber|zu_dir|dich|ab|uns',
    ],
    unless: ['haha*|lol|xd|uberraschung*|ueberraschung*|geburtstag*|party', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich hol dich samstag ab. sag deinen eltern du pennst bei lara', 'komm ich halt vorbei, erzähl deiner mama du bist bei ner freundin', 'sag deinem vater du schläfst bei mia, dann treffen wir uns am bahnhof'],
      ignore: ['ich komm vorbei, sag deiner mama hallo', 'ich hol dich ab, sag deiner mama bescheid dass du bei mir schläfst', 'sag deinen eltern du schläfst bei mir, dann komm ich vorbei und wir planen die überraschungsparty'],
    },
  },
  {
    id: 'my-hotel-room-r32',
    phrases: [
      'wir|du ..4 in|ins|auf|zu mein|meinem|meins|mir_ins hotel*|hotelzimmer',
      'komm|kommst|kannst ..4 in|ins|auf|zu mein|meinem|mir_ins hotel*|hotelzimmer',
    ],
    unless: ['mama|papa|eltern|familie|oma|opa|tante|onkel|klassenfahrt|klasse|turnier|team|mannschaft|verein|lehrer*|trainer*'],
    weight: 3,
    examples: {
      match: ['wir können in mein hotelzimmer', 'du kannst dann zu mir ins hotel kommen', 'komm doch einfach in mein hotel, ich bin allein da'],
      ignore: ['wir können nach dem turnier zu meinem hotel laufen, trainer wartet', 'mein hotelzimmer hat einen balkon', 'kommst du mit deinen eltern in mein hotel zum frühstück?'],
    },
  },
  {
    id: 'could-come-over-r37',
    phrases: [
      'ich ..2 konnt|koennt|konnte|koennte|kann|konnt_ja|koennt_ja ..3 kurz|mal|ja|einfach ..2 vorbeikommen|ruberkommen|rueberkommen|zu_dir_kommen|bei_dir_vorbei',
      'soll|darf ich ..3 kurz|mal ..2 vorbeikommen|ruberkommen|rueberkommen|zu_dir_kommen',
      'konnt|koennt|konnte|koennte|kann ich ..2 ja|doch|einfach ..2 kurz|mal ..1 vorbeikommen|ruberkommen|rueberkommen|zu_dir_kommen',
    ],
    unless: ['paket|lieferung|handwerker|nachbar*|hausaufgaben|mathe|oma|opa|tante|onkel|klassenkamerad*|zum_lernen'],
    examples: {
      match: ['dann könnt ich ja kurz vorbeikommen', 'ich könnte mal kurz vorbeikommen', 'soll ich mal kurz rüberkommen wenn keiner da ist'],
      ignore: ['ich könnte kurz vorbeikommen und dir die mathe hausaufgaben bringen', 'der handwerker kann morgen vorbeikommen'],
    },
  },
  {
    id: 'swiss-meet-r37',
    phrases: [
      'mir|mer|wir chond|choend|chonnd|konnen|koennen ..2 uns|us|ues ..4 treffe|treffen|gseh|gsee',
    ],
    unless: ['klass*|team|training|verein|alli|alle|gruppe|probe'],
    examples: {
      match: ['mir chönd üs am samstig treffe', 'wir können uns am bahnhof treffen'],
      ignore: ['mir chönd üs mit de ganze klass treffe', 'wir können uns mit dem team treffen'],
    },
  },
] satisfies PatternEntry[];
