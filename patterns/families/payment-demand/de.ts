import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'pay-amount',
    phrases: [
      'zahl|zahle|zahlst|zahlen|bezahl|bezahle|bezahlst|bezahlen|uberweis|ueberweis|uberweise|ueberweise|uberweist|ueberweist|uberweisen|ueberweisen|schick|schicke|schickst|sende|gib|gibst|gebt ..4 # @currency|eur|euros',
      'zahl|zahle|zahlst|zahlen|bezahl|bezahle|bezahlst|bezahlen|uberweis|ueberweis|uberweise|ueberweise|uberweist|ueberweist|uberweisen|ueberweisen|schick|schicke|schickst|sende|gib|gibst ..4 @money|kohle',
      'nicht|kein|keine ..2 # @currency|euro ..2 zahlst|bezahlst|uberweist|ueberweist|schickst|sendest|gibst|zahlen|bezahlen|uberweisen|ueberweisen|schicken',
      'uberweis|ueberweis|uberweise|ueberweise|zahl|zahle|bezahl|bezahle ..3 # ..2 oder|sonst|bis|dann|und_ich|und_wir',
      'entweder|du zahlst|bezahlst|uberweist|ueberweist ..2 # ..2 oder|sonst|bis|und_ich|und_wir',
      'musst|sollst|wirst ..3 # @currency ..2 zahlen|bezahlen|uberweisen|ueberweisen|schicken|senden|geben',
      'ich will|verlange|fordere ..2 @money|bezahlung',
      'bezahl|bezahle mich',
      'du musst|wirst|sollst ..2 zahlen|bezahlen|blechen|uberweisen|ueberweisen',
      'zahl|zahle|bezahl|bezahle|uberweis|ueberweis ..2 oder|sonst|jetzt|endlich|sofort|schnell',
      'du zahlst|bezahlst|uberweist|ueberweist|schickst|gibst ..4 # @currency|@money',
      'ich will|brauche|kriege|krieg|bekomme|verlange|fordere ..3 # @currency|@money',
      '# @currency|euro|eur ..3 oder|sonst|bis|und_ich|und_alles|dann_losch*|dann_loesch*',
      '# [@currency|euro|eur] ..1 @payment ..3 oder|sonst|ansonsten|und_ich|und_alles',
      '# @currency ..2 und ich ..3 lass|losch*|loesch*|hor*|hoer*|verschwinde|gebe_ruhe',
      'zahlst|bezahlst|uberweist|ueberweist|schickst|gibst mir ..2 # ..2 oder|sonst|bis|und',
      'sollten|solltest|solltet sie|du|ihr ..2 nicht ..2 zahlen|bezahlen|uberweisen|ueberweisen|zahlst|bezahlst|uberweist|ueberweist',
      'ich brauche|will|brauch ..2 das|dein @money ..3 bis|sofort|jetzt|heute|morgen',
    ],
    unless: ['hat|hatte|haben|hatten ..3 erpresst|bedroht|gedroht|erpressen|erpresste', 
      'noob|noobs|raid|raide|raiden|base|loot|clan|gilde|farm|farmen',
      'zuruckzahlen|zurueckzahlen|zuruckgeben|zurueckgeben|schuldest|schulde|geliehen|ausgelegt|wechselgeld|taschengeld|zuruck|zurueck|leihen|konzert*|festival|geburtstag|weihnachten',
      'klassenfahrt|klassenkasse|ausflug|beitrag|mitgliedsbeitrag|rechnung|miete|kino|pizza|tickets|ticket|eintritt|fahrrad|versand|porto|kleinanzeigen|vinted|ebay|artikel|geschenk|trikot*|bestellung|lieferung|abo',
      'ich schick*|sende|zahl*|bezahl*|uberweis*|ueberweis*|geb|gebe dir|ihnen',
      'zahl|zahle|bezahl|bezahle|uberweis|ueberweis|uberweise|ueberweise|geb|gebe ich|ichs',
      'kein|keine @money',
      'konnen|koennen|sekretariat|fur_die_schule|fuer_die_schule|schulkonto|schulverein|forderverein|foerderverein|verein',
      'ich zahl|zahle|zaehl|zaehle bis',
      'wir zahlen|bezahlen|zahlen_dir|zahlen_euch', 'die_stunde|pro_stunde|stundenlohn|pro_std|die_std', 'zahl|zahle|bezahl|bezahle dir|euch',
      'versteck*|such|suche|fangen',
      'ne|eine|nur_ne|nur_eine|welche|lieblings zahl',
      'oder_lieber|zahle_bar|zahl_bar|bar_oder|anzahlung|restbetrag|rest_bar|vor_ort', 'ist_betrug|ist_ein_betrug|ist_fake|blockieren_und_melden|nicht_zahlen_einfach|niemals_zahlen|bloss_nicht_zahlen|auf_keinen_fall_zahlen',
      'ihr_musst|ihr_muesst|musst_ihr|muesst_ihr|ihr_musst_alle|torte|deko|dekoration|pro_person|jeder_von_euch|sammeln|einsammeln|vase',
      'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news',
    ],
    examples: {
      match: ['100 amazon gutschein oder es eskaliert', 'du schickst mir jetzt 200 oder es passiert was', 'Sollten Sie nicht zahlen, werden wir das Video senden', 'entweder du zahlst 300 oder alle deine follower kriegen das video', 'zahl 300€ per paysafe', 'wenn du nicht 200 euro überweist', 'überweis mir 500 oder ich poste das überall', 'send 200€ oder ich leake sie', 'schick das geld per paypal an diese adresse', '100€ und ich lass es', 'Zahlen Sie 1000 Euro in Bitcoin', 'ich will 500 euro', 'egal. 500€ bis mitternacht oder deine ganze schule kriegt das'],
      ignore: ['ich bin 20 aber das alter ist doch nur ne zahl oder', 'welche zahl oder welcher buchstabe kommt als nächstes?', 'der typ hat ihn erpresst: zahl 200 euro oder alles geht raus', 'letzte chance noob, zahl die 500 gold oder ich raid deine base 💀', 'ich schick dir 20 euro paypal oder bar, wie du willst', 'kannst du mir die 20 euro von gestern zurückzahlen?', 'bitte überweist bis Freitag 45 Euro für die Klassenfahrt', 'ich schick dir 10 euro für die pizza', 'für ein paar fotos zahle ich 100 euro', 'ich will kein geld, ich will mehr bilder', 'ich zähl bis 10, dann such ich euch', 'ihr müsst alle bis freitag 10€ zahlen für torte und deko', 'gib mir 5€ sonst verrat ich das mit der vase', 'können Sie bitte bis Freitag 20 Euro für die Schule überweisen', 'Wir zahlen 12 Euro die Stunde, ist das ok?', 'Ich würd dich gern buchen, zahl dir 150€'],
    },
  },
  {
    id: 'pay-with-card-or-app',
    phrases: [
      'schick|schicke|schickst|send|sende|gib|kauf|kaufe|kaufst|hol|besorg|besorge|zahl|zahle|bezahl|bezahle|uberweis|ueberweis|lad|lade|mach|mache|machst ..5 @payment',
      'zahlen|bezahlen|uberweisen|ueberweisen|zahlst|bezahlst|uberweist|ueberweist|uberweise|ueberweise sie|du|mir|uns ..4 @payment',
      '@payment ..2 code|codes|karte|karten|pin|nummer ..3 schicken|senden|her|schick|send|jetzt|sofort|bitte',
      'in|per|mit|als|uber|ueber @payment ..2 zahlen|bezahlen|schicken|senden|uberweisen|ueberweisen|ist_ok|geht_auch',
      '# [@currency] in|per|mit|als|uber|ueber @payment',
      'kauf|kaufe|kaufst|hol|besorg ..3 karte|karten|gutschein*|guthaben ..4 code|codes|nummer|pin',
    ],
    unless: [
      'rabatt|angebot|sale|shop|newsletter|abo|lieferung|bestellen|bestellung|versandkostenfrei|warenkorb',
      'zuruckzahlen|zurueckzahlen|schuldest|schulde|geliehen|ausgelegt|geburtstag|geschenk|fuers_geschenk|furs_geschenk|jeder_zahlt|jeder_schickt|pro_person|pro_kopf|zusammenlegen|zusammengelegt|sammle|sammeln|clanbeitrag|mitgliedsbeitrag|weihnachten|konzert*|festival|klassenfahrt|klassenkasse|fahrrad|versand|porto|kleinanzeigen|vinted|ebay|artikel|bestellung|shop|rechnung|versende|versenden|verschicke_ich_nicht|paket|freunde_zahlen|kauferschutz|kaeuferschutz',
      'ich schick*|sende|zahl*|bezahl*|uberweis*|ueberweis*|geb|gebe|kauf* dir|ihnen',
      'ich dir|ihnen',
      'oder_lieber|zahle_bar|zahl_bar|bar_oder|anzahlung|restbetrag|rest_bar|vor_ort', 'ist_betrug|ist_ein_betrug|ist_fake|blockieren_und_melden|nicht_zahlen_einfach|niemals_zahlen|bloss_nicht_zahlen|auf_keinen_fall_zahlen',
      'kann_ich|soll_ich|darf_ich|kannst_du_auch',
      'ich kauf*|hol*|lad* mir|mich',
      'ruf|rufst|melde|meld|meldest|komm|kommst ..2 sofort',
      'mit|von meinen|meinem|meiner',
      'kostet|kosten|preis|abholung|abholen|vb|inkl|inklusive|zuruck|zurueck',
      'verein|forderverein|foerderverein|schule|kurs|anmeldung|beitrag|gebuhr*|gebuehr*|spende*',
      'miete|mietanteil|vermieter*|nebenkosten|kaution|wg_kasse|stromrechnung|internetrechnung|handyrechnung|einkauf|einkaufe|einkaeufe',
      'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news',
    ],
    examples: {
      match: ['Überweisen Sie 0,05 BTC innerhalb von 48 Stunden', 'zahlst du mir jetzt per paysafecard', 'schick 50€ paysafecard code', 'Bezahl 250 Euro mit Google Play Karten', 'dann halt 150 in amazon gutscheinen', 'kauf eine steam karte und schick mir den code', 'paysafe code her'],
      ignore: ['kostet 15 euro per paypal, abholung möglich', 'zahl mir die 10 euro per paypal zurück', 'Bitte überweisen Sie den Beitrag per Überweisung an den Förderverein', 'kann ich dir per paypal bezahlen für das fahrrad?', 'ich schick dir per paypal', 'ich hab mir eine steam karte gekauft', 'Schick mir die Adresse, ich hol dich ab. Und ruf sofort an wenn was ist'],
    },
  },
  {
    id: 'time-to-pay',
    phrases: ['um ..1 zu zahlen|bezahlen|uberweisen|ueberweisen'],
    unless: ['klassenfahrt|klassenkasse|ausflug|beitrag|rechnung|miete|kurs|anmeldung|anmelden|ticket*|bestellung|versand|lieferung|schule|verein', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 1,
    examples: { match: ['Du hast 24 Stunden um zu zahlen'], ignore: ['ihr habt bis freitag zeit um den beitrag zu bezahlen'] },
  },
  {
    id: 'how-much-money',
    phrases: ['wie viel ..2 @money|kohle ..2 hast|kannst|hattest|kriegst du', 'wie viel ..3 kannst du ..2 zahlen|bezahlen|uberweisen|ueberweisen|auftreiben'],
    unless: ['ausflug|klassenfahrt|geburtstag|geschenk|kino|urlaub|gespart|sparschwein', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 1,
    examples: { match: ['wie viel geld hast du?', 'wie viel kannst du zahlen'], ignore: ['wie viel geld hast du für den ausflug'] },
  },
  {
    id: 'send-the-code',
    phrases: ['schick|schicke|send|sende|gib ..2 den|die code|codes|pin|kartennummer|gutscheincode'],
    unless: ['bestatigung*|bestaetigung*|verifizier*|wlan|wifi|lobby|einladung*|server|spiel|game|party|freundescode|tur|tuer|haustur', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 1,
    examples: { match: ['schick mir den code', 'gib mir die codes'], ignore: ['schick mir den wlan code', 'gib mir den lobby code'] },
  },
  {
    id: 'code-will-do',
    phrases: [
      '@payment ..2 code|codes|karte|karten|pin|gutschein ..1 reicht|geht|passt|tuts|tut_es|ist_ok|auch',
      '# [@currency] ..3 @payment ..3 dann ..1 vergess*|losch*|loesch*|lass|lasse|verschwinde|blockier*|hor|hore|hoer|hoere ich|ichs|es',
      '# [@currency] ..3 dann ..1 vergess*|losch*|loesch*|verschwinde ich|ichs',
    ],
    unless: ['zuruckzahlen|zurueckzahlen|schuldest|schulde|geliehen|ausgelegt|geburtstag|geschenk|fuers_geschenk|furs_geschenk|jeder_zahlt|jeder_schickt|pro_person|pro_kopf|zusammenlegen|zusammengelegt|sammle|sammeln|clanbeitrag|mitgliedsbeitrag|weihnachten|kleinanzeigen|vinted|ebay|artikel|bestellung|shop|rechnung|kino|pizza|fahrrad|ich_schick*|ich_geb*|ich_zahl*|ich_uberweis*|ich_ueberweis*|kann_ich|soll_ich', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['dann halt 20 jetzt und rest morgen. psc code reicht', '20 euro google play karte dann vergess ichs'],
      ignore: ['ich schick dir 20 euro per paypal für die pizza, dann vergess ichs nicht', 'kann ich auch mit paypal zahlen?'],
    },
  },
  {
    id: 'pay-and-it-ends',
    phrases: [
      'brauch|brauche|will|gib|schick|zahl|zahle|uberweis|ueberweis|uberweise|ueberweise|bezahl|bezahle ..4 # ..5 dann|und ..3 mich_los|ruhe|vorbei|vergessen|vergess|vergesse|losch*|loesch*|verschwinde|in_ruhe',
      'uberweis*|ueberweis*|zahl*|bezahl*|schick*|send* ..5 an|auf ..2 dieses|diese|diesen|folgende|folgendes|folgenden|unten_stehende|unten_stehenden|untenstehende|untenstehenden|angegebene|angegebenen ..2 konto|iban|wallet|adresse|kontonummer|bitcoin|btc|krypto*',
      'erwarte|erwarten|verlange|verlangen|fordere|fordern ..2 [eine|die] zahlung|bezahlung|betrag|summe|uberweisung|ueberweisung ..3 #|@payment|@currency|innerhalb|binnen|bis',
      'in|per|mit|uber|ueber @payment ..4 # @currency|euro|eur',
      '# @currency|euro|eur ..4 per|via|uber|ueber @payment',
      '# ..6 und|dann ..2 sache|ding|thema|geschichte ..1 ist|sei|ware|waere ..1 erledigt|gegessen|vom_tisch|aus_der_welt|vergessen',
      'lad|lade|ladst mir ..3 # ..4 auf mein|meine|meinen handy|konto|karte|account',
      'wo bleibt|bleiben ..1 das|mein|meine|die @money|zahlung|codes|code|kohle',
      'ich warte ..2 auf ..1 das|mein|meine|die @money|zahlung|codes|code|kohle',
      'zahlst|bezahlst|uberweist|ueberweist du ..1 oder|jetzt|endlich|heute|nun|noch',
      'du zahlst|bezahlst|uberweist|ueberweist ..1 oder',
    ],
    unless: [
      'oder_lieber|zahle_bar|zahl_bar|bar_oder|anzahlung|restbetrag|rest_bar|vor_ort',
      'zuruckzahlen|zurueckzahlen|zuruckgeben|zurueckgeben|schuldest|schulde|geliehen|ausgelegt|wechselgeld|taschengeld|zuruck|zurueck|leihen|konzert*|festival|geburtstag|weihnachten',
      'klassenfahrt|klassenkasse|stufenkasse|abikasse|abibuch|abiball|abizeitung|jahrbuch|ausflug|beitrag|mitgliedsbeitrag|rechnung|mahnung|miete|kino|pizza|tickets|ticket|eintritt|fahrrad|versand|porto|kleinanzeigen|vinted|ebay|artikel|geschenk|trikot*|bestellung|lieferung|abo|verein|kurs|schule',
      'ich schick*|sende|zahl*|bezahl*|uberweis*|ueberweis*|geb|gebe|kauf* dir|ihnen',
      'oder_ich|ich_zahl*|ich_bezahl*|inkl|inklusive|abholung|preis|vb|verhandlungsbasis|essen|getranke|getraenke|tanken|sprit|benzin|einkauf|mama|papa|oma|opa',
      'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news',
    ],
    examples: {
      match: ['letzte chance. 80 euro auf meine handynummer per paypal', 'überweis mir 200 auf das konto und die sache ist erledigt', '50 euro via paysafecard und das thema ist vom tisch', 'über paypal freunde und familie, 80 euro, jetzt', 'lad mir 25 euro auf mein handy', 'wo bleibt meine kohle?', 'ich warte auf mein geld', 'zahlst du oder nicht?', 'du zahlst, oder?', 'überweis 150 auf dieses konto und wir vergessen das ganze', 'ich brauch nur 100 dann bist du mich los', 'überweise den Betrag auf folgendes Bitcoin-Wallet', 'Wir erwarten die Zahlung von 0,05 BTC innerhalb von 72 Stunden'],
      ignore: ['ich schick dir 20 euro per paypal', 'die jacke kostet 20 euro, preis vb, zahlung per paypal', 'gib mir die 10 euro für die pizza und die sache ist erledigt', 'wo bleibt das geld für die pizza du schuldest mir 8 euro', 'zahlst du oder ich? kino', 'per paypal 35 euro inkl versand', 'überweis mir die 20 zurück dann vergessen wir das', 'bitte überweist den beitrag auf folgendes konto des vereins', 'wir erwarten die zahlung der rechnung bis freitag'],
    },
  },
  {
    id: 'pay-and-it-disappears',
    phrases: [
      '# [@currency|euro|eur] ..3 und|dann ..2 alles|es|das|die|sie|ich|das_video|die_bilder ..2 verschwindet|verschwinden|verschwinde|weg|geloscht|geloescht|vergessen',
      '# ..4 und|dann ..1 du ..1 horst|hoerst ..2 nie|nichts|nix ..1 wieder|mehr ..1 von mir',
      '@payment ..1 reicht|genugt|genuegt|tuts ..1 auch',
      'ich will|brauche|brauch|krieg|kriege|verlange|fordere|bekomme ..3 # ..2 auf|per|uber|ueber|via|in @payment',
      'hast|haste du @payment ..4 schick|schicke|uberweis|ueberweis|uberweise|ueberweise|zahl|sende|send ..2 #',
    ],
    unless: [
      '1_euro|2_euro|3_euro|5_euro|ein_euro|zwei_euro|funf_euro|fuenf_euro|nen_euro|zuruckzahlen|zurueckzahlen|zuruckgeben|zurueckgeben|schuldest|schulde|geliehen|ausgelegt|wechselgeld|taschengeld|zuruck|zurueck|leihen|konzert*|festival|geburtstag|weihnachten',
      'klassenfahrt|klassenkasse|ausflug|beitrag|mitgliedsbeitrag|rechnung|mahnung|miete|kino|pizza|tickets|ticket|eintritt|fahrrad|versand|porto|kleinanzeigen|vinted|ebay|artikel|geschenk|trikot*|bestellung|lieferung|abo|verein|kurs|schule',
      'ich schick*|sende|zahl*|bezahl*|uberweis*|ueberweis*|geb|gebe|kauf* dir|ihnen',
      'oder_ich|ich_zahl*|ich_bezahl*|inkl|inklusive|abholung|preis|vb|verhandlungsbasis|essen|getranke|getraenke|tanken|sprit|benzin|einkauf|mama|papa|oma|opa|kostet|kosten|rabatt|minuten|min|sekunden|kilo|kg|seiten|punkte|runde|level',
      'spiel|game|shop|kaufen|bestellen|kinokarten|konzertkarten|eintrittskarten|karten_fur|karten_fuer|fur_die_karten|fuer_die_karten',
      'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news',
    ],
    examples: {
      match: ['150 und alles verschwindet', 'apple karte reicht auch', '200 euro und du hörst nie wieder von mir', 'ich will 300 auf paypal bis heute abend', 'hast du paypal? dann schick 80', '100 euro dann ist das video weg'],
      ignore: ['paysafecard reicht auch, für das spiel', 'ich will 20 auf paypal für die karten', '10 minuten und alles ist weg, der schnee', 'paypal reicht auch, für die pizza', 'ich will 300 auf paypal für das fahrrad', '5 euro und du hörst nie wieder von mir haha', '20 kilo und alles ist weg'],
    },
  },
  {
    id: 'parents-card',
    phrases: [
      'nimm|hol|klau|klaust|nimmst ..2 [die|das|den] karte|kreditkarte|geld|portemonnaie|geldbeutel|paypal|konto ..2 von|deiner|deinem|deinen @poss|@family',
      '@poss @family ..3 haben|hat ..2 doch|bestimmt|sicher ..2 kreditkarte|paypal|konto|geld',
      'uberweis*|ueberweis* ..3 auf ..1 mein|meine|dieses|folgendes ..1 konto|iban|wallet|paypal',
    ],
    unless: ['zuruck|zurueck|schulde|schuldest|geliehen|ausgelegt|klassenfahrt|klassenkasse|ausflug|beitrag|rechnung|miete|kino|pizza|tickets|ticket|eintritt|fahrrad|versand|kleinanzeigen|vinted|ebay|bestellung|einkaufen|einkauf|supermarkt|tanken|taschengeld|geburtstag|erlaubt|gefragt|fragen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 2,
    examples: {
      match: ['Hast du Geld? Deine Eltern haben doch bestimmt eine Kreditkarte', 'Nimm die Karte von deiner Mutter', 'Überweis es auf mein Konto'],
      ignore: ['nimm die karte von deiner mutter zum einkaufen mit', 'überweis mir die 20 zurück auf mein konto'],
    },
  },
  {
    id: 'pay-whatever-you-have',
    phrases: [
      'schick|gib|uberweis|ueberweis|zahl ..2 [mir] was|alles|alles_was du ..1 hast|kannst ..4 egal wie viel|wenig',
      'ich hor|hoer|hore|hoere ..1 erst|nicht|nie ..1 auf ..2 wenn|bis du ..2 zahlst|bezahlst|uberweist|ueberweist',
    ],
    unless: ['spende*|spenden|tombola|klassenkasse|essen|kuchen|pfand|flohmarkt|sammeln|sammlung|fur_die|fuer_die|geschenk', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 2,
    examples: {
      match: ['Schick was du hast, egal wie viel', 'ich höre erst auf wenn du zahlst'],
      ignore: ['gib was du kannst, egal wie viel, für das geschenk von frau weber'],
    },
  },
  {
    id: 'amount-by-card-or-else',
    phrases: [
      '# [@currency|euro|eur] ..2 per|via|uber|ueber|in|als|mit @payment ..4 oder|sonst|ansonsten|andernfalls',
      '@payment ..1 code|codes|karte|karten|gutschein ..3 oder|sonst|ansonsten|andernfalls',
      'wenn|falls du ..3 zuruck|zurueck|wiederhaben ..1 willst|mochtest|moechtest ..4 @payment|@currency|euro|@money',
      'wenn|falls du ..1 nicht ..2 zahlst|bezahlst|uberweist|ueberweist ..4 schick|schicke|poste|zeig|zeige|geht|gehen|sieht|sehen|kriegt|kriegen|bekommt|bekommen',
    ],
    unless: [
      'klassenfahrt|klassenkasse|ausflug|beitrag|mitgliedsbeitrag|rechnung|mahnung|miete|kino|pizza|tickets|ticket|eintritt|fahrrad|versand|porto|kleinanzeigen|vinted|ebay|geschenk|trikot*|bestellung|lieferung|abo|verein|kurs',
      'zuruckzahlen|zurueckzahlen|schuldest|schulde|geliehen|ausgelegt|wechselgeld|taschengeld|konzert*|festival|geburtstag|weihnachten|inkl|inklusive|abholung|preis|vb|bar|bargeld|oder_bar|wie_du_willst|egal_wie|dein_geld|deine_kohle|geld_zuruck|geld_zurueck|erstattung|erstatten|adresse',
      'ich schick*|sende|zahl*|bezahl*|uberweis*|ueberweis*|geb|gebe|kauf* dir|ihnen',
      'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news',
    ],
    weight: 2,
    examples: {
      match: ['du weisst genau welches. 200€ per paysafe oder deine ganze schule sieht es', 'wenn du den zurück willst schick 50€ paysafecard code', 'wenn du nicht zahlst schick ichs deinen eltern', 'paysafe code oder es geht raus'],
      ignore: ['20 euro per paypal oder bar, wie du willst', 'wenn du nicht zahlst, kriegst du kein ticket', 'wenn du dein geld zurück willst schick mir die paypal adresse'],
    },
  },
  {
    id: 'broken-pay-or',
    phrases: [
      'zahlen|bezahlen|uberweisen|ueberweisen ..2 # ..3 oder|sonst|ansonsten',
      'du ..1 musst|muss|sollst ..1 bezahlen|zahlen|uberweisen|ueberweisen ..3 #',
      'ich brauch|brauche ..2 # @currency|euro|eur ..3 wenn|sonst|oder|bis|jetzt|sofort|heute',
    ],
    unless: ['klassenfahrt|klassenkasse|ausflug|beitrag|rechnung|miete|kino|pizza|ticket*|eintritt|fahrrad|versand|porto|kleinanzeigen|vinted|ebay|geschenk|trikot*|bestellung|lieferung|abo|verein|kurs|schule|zuruck|zurueck|schuldest|geliehen|bar|bargeld|inkl|preis|vb|minuten|seiten|punkte|level', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 2,
    examples: {
      match: ['ich brauch 200 euro. wenn nicht, weißt du was passiert', 'du zahlen 300 oder ich machen viral', 'Hallo, ich habe dein video. Du musst bezahlen 500 euro sonst ich schicke video zu deine freunde'],
      ignore: ['du musst 20 euro für die klassenfahrt bezahlen', 'schicken 3 oder 4 leute mit?'],
    },
  },
  {
    id: 'fetch-a-card-for-amount',
    phrases: ['hol|holst|holen|kauf|kaufst|kaufen|besorg|besorgst|besorgen ..3 @payment|paysafe*|gutschein*|guthabenkarte* ..3 fur|fuer|uber|ueber|mit|a|zu|je|im_wert_von ..1 #'],
    unless: ['dir|dich|selbst|selber|fur_dich|fuer_dich|dein_konto|deinen_account|aufladen|geburtstag*|weihnacht*|geschenk*|oma|opa|mama|papa|schenken|zusammen|teilen|laden|angebot|rabatt', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['entweder du holst mir jetzt ne paysafecard für 200 oder deine followerliste kriegt es', 'besorg mir 2 steamkarten à 50'], ignore: ['hol dir ne paysafecard für 20 und lad dein konto auf', 'kauf mir ne amazon gutschein für 25, für omas geburtstag, ich zahl dir zurück'] },
  },
  {
    id: 'slide-over-amount',
    phrases: ['du ..5 # ..3 ruberschick*|rueberschick*|ruberschieb*|rueberschieb*|ruberwachsen|rueberwachsen|klarmach*|ranschaff*|auftreib*|ruberlass*|rueberlass*|ruberbeam*|rueberbeam*'],
    unless: ['kannst|konntest|koenntest|kannste|danke|schulde*|zuruck|zurueck|leihen|geliehen|ausgelegt|kino|pizza|essen|ticket*|geschenk*|kasse|wg|miete|tickets|karten', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['mach ich, wenn du mir 300 rüberschickst', 'wenn du nicht bis morgen 100€ klarmachst bist du dran'], ignore: ['kannst du mir die 5 euro rüberschicken? danke', 'du schuldest mir noch 10 euro, schick die mal rüber'] },
  },
  {
    id: 'hand-over-game-account',
    phrases: ['gib|gibst|schick|schickst|uberlass|ueberlass ..2 @poss ..1 roblox|fortnite|epic|steam|minecraft|valorant|psn|xbox|playstation|brawlstars|brawl_stars|clash|fifa|genshin|pubg ..1 account|acc|konto|login|zugangsdaten ..4 @gamecur|skins|items|allem|alles|oder|sonst|dann'],
    unless: ['leihen|ausleihen|boosten|boost|hochleveln|level|zusammen|kurz_spielen|mama|papa|zuruck|zurueck', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['gib mir deinen roblox account mit allen robux und ich lösch sie'], ignore: ['gib mir deinen fortnite account, ich level dich hoch lol'] },
  },
  {
    id: 'money-not-here-you-regret',
    phrases: ['wenn|falls ..1 das|die|der|dein ..1 geld|kohle|knete|zahlung|uberweisung|ueberweisung|euro|code|codes ..4 nicht ..4 da|angekommen|drauf|eingegangen|bei_mir ..6 bereuen|bereust|passiert|erlebst|dran|siehst'],
    unless: ['klassenfahrt|klassenkasse|ausflug|verein|beitrag|miete|rechnung|mahnung|schule|lehrer*|bank|konto_gedeckt|handyvertrag|vertrag', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['wenn das geld bis 20 uhr nicht da ist, wirst du es bereuen', 'falls der code nicht in 10 min bei mir ist, passiert was'], ignore: ['wenn das geld für die klassenfahrt nicht da ist, bereust du es, sagt der lehrer'] },
  },
  {
    id: 'skins-bank-details-fine-too',
    phrases: [
      'kauf|kaufst|schenk|schenkst ..1 mir ..3 fur|fuer ..1 # ..3 @gamecur|skins|robux|vbucks|items',
      'schick|schickst|gib|gibst ..2 @poss ..1 kontodaten|bankdaten|iban|kreditkarte*|kartennummer|pin|tan|paypaldaten|paypal_daten|zugangsdaten_fur_paypal',
      'ok|okay|na_gut|dann # ..2 reicht|reichen|tuts ..1 auch ..3 aber|jetzt|sofort|heute',
    ],
    unless: ['geburtstag*|weihnacht*|schulde*|zuruck|zurueck|wette|gewonnen|mama|papa|oma|opa|bank_app|bankapp|lastschrift|verein|mitgliedsbeitrag|abo|rechnung|gehalt|praktikum|job|arbeitgeber|chef'],
    examples: { match: ['kauf mir für 50 euro skins und wir sind quitt', 'schick mir deine kontodaten', 'ok 100 reicht auch, aber jetzt'], ignore: ['schick mir deine kontodaten, dann überweis ich dir das geld zurück'] },
  },
  {
    id: 'pay-and-its-forgotten',
    phrases: ['zahl|bezahl|uberweis|ueberweis|schick ..3 einfach|nur ..3 und|dann ..2 alles|es|das|ist ..1 ist|bleibt|wird|alles ..1 vergessen|erledigt|geloscht|geloescht|weg|vorbei'],
    unless: ['rechnung|pizza|essen|kino|ticket*|miete|wg|kasse|klassenkasse|verein|geburtstag*|geschenk*|paket|bestellung|versand|strafe|knoll*|parkschein'],
    examples: { match: ['zahl einfach und alles ist vergessen', 'überweis einfach und dann ist alles gelöscht'], ignore: ['zahl einfach die pizza und dann ist alles erledigt'] },
  },
  {
    id: 'card-amount-code-here',
    phrases: ['paysafe*|@payment|gutschein*|karte ..2 # ..4 code|codes ..2 hier|rein|schicken|senden|schick|schreib', 'code|codes ..1 hier ..1 rein|reinschreiben|rein_schreiben|posten'],
    unless: ['rabatt*|gutscheincode_fur_dich|einlosen|einloesen|kopieren|kopier|einfugen|einfuegen|shop|bestellung|angebot|aktion|wlan|passwort|spiel|lobby|server|discord_server|einladung'],
    examples: { match: ['paysafe 150, code hier rein'], ignore: ['hier der rabatt code für den shop, einfach einlösen'] },
  },
  {
    id: 'broken-german-must-pay-r10',
    phrases: [
      'du muss|musse|mussen|muessen ..2 zahlen|bezahlen|uberweisen|ueberweisen|schicken|senden ..2 heute|jetzt|sofort|schnell|geld|euro|#',
      'wie viel ..1 du ..1 hast|haben ..1 [geld]',
    ],
    unless: ['rechnung|miete|strom|handyvertrag|ticket*|kino|pizza|essen|klassenfahrt|ausflug|geburtstag*|zuruck|zurueck|geliehen|taschengeld|sparschwein|gespart|sparen|kaufen|kostet|preis|punkte|leben|hp|level|akku|prozent'],
    examples: {
      match: ['Du muss bezahlen heute. Wie viel du hast?', 'du muss schicken geld jetzt'],
      ignore: ['wie viel hast du gespart für das handy?', 'du musst heute die rechnung bezahlen', 'wie viel leben hast du noch'],
    },
  },
  {
    id: 'or-amount-by-app-r10',
    phrases: [
      'oder|sonst|alternativ ..1 # ..1 [@currency|euro|franken|chf|fr] ..1 per|uber|ueber|via|auf ..1 @payment',
      'oder|sonst|alternativ ..1 # ..1 @currency|euro|franken|chf|fr ..1 @payment',
      'sag|sagst|gib|gibst|schick|schickst ..3 @poss ..1 pin|tan|pins|zugangsdaten|kartennummer ..2 vom|von|fur|fuer ..2 konto|bankkonto|sparkassen_konto|sparkassenkonto|bank|karte|sparkasse|bankkarte|ec_karte|eckarte|girokarte|kreditkarte',
    ],
    unless: ['zuruck*|zurueck*|geliehen|schuldest|schulde|pizza|kino|ticket*|klassenfahrt|ausflug|geschenk|geburtstag|bestellung|versand|artikel|kleinanzeigen|vinted|ebay|abholung|bar_oder|oder_bar', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|achtung|vorsicht|niemals|nie'],
    examples: {
      match: ['vielleicht. wenns mir dein pin vom sparkassen konto sagst, oder 80€ twint', 'gib mir deine pin von der bankkarte'],
      ignore: ['ich zahl dir 20 per paypal oder bar, wie du willst', 'gib niemals deine pin vom konto raus, das ist betrug', 'oder 15€ per paypal für die pizza'],
    },
  },
  {
    id: 'swiss-francs-twint-r11',
    phrases: [
      'stutz|stutzli|franke|franken|chf ..3 per|uber|ueber|via|auf|mit ..1 twint|paypal|@payment',
      'stutz|stutzli ..4 bis|sonst|oder|heute|heut|morgen',
    ],
    unless: ['zuruck*|zurueck*|schulde*|pizza|kino|essen|ticket*|konzert|geschenk|kasse|mannschaftskasse|klassenkasse|ausflug|anteil|rechnung', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['200 stutz per twint bis heut abend, nummer hast du. sonst weisch was passiert', '300 franken via twint'],
      ignore: ['schick mir die 20 stutz fürs kino per twint zurück', 'die pizza kostet 15 franken, per twint?'],
    },
  },
  {
    id: 'fake-authority-fee-r11',
    phrases: [
      'zahlung|begleichung|uberweisung|ueberweisung ..3 einer|der|eines ..1 gebuhr|gebuehr|verwarnungsgebuhr|verwarnungsgebuehr|verwarnungsgeld|bussgeld|strafe|geldstrafe|strafgebuhr|strafgebuehr|kaution',
      'zahlung ..2 erfolgt|erfolgen ..2 per|uber|ueber|via|mit ..3 @payment|karten|gutscheinkarten|codes',
      'ubermitteln|uebermitteln|senden|schicken|sende|schick ..2 sie|du ..2 mir|uns ..1 die|den ..2 code|codes|pin ..6 stunden|std|minuten|frist|andernfalls|sonst',
    ],
    unless: ['gez|rundfunk|finanzamt|parkticket|knollchen|knoellchen|bibliothek|mahnung_der_stadt', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|achtung|warnung|vorsicht|fake|scam'],
    examples: {
      match: ['Sie können das Verfahren durch Zahlung einer Verwarnungsgebühr von 300 € einstellen lassen.', 'Die Zahlung erfolgt per Paysafecard oder Google Play Karten. Übermitteln Sie die Codes innerhalb von 12 Stunden'],
      ignore: ['achtung fake: da steht zahlung einer gebühr per paysafecard, das ist scam', 'die bibliothek will die zahlung einer gebühr für das buch'],
    },
  },
  {
    id: 'ready-to-pay-r11',
    phrases: ['bist|sind du|sie ..2 bereit ..1 zu ..1 zahlen|bezahlen|uberweisen|ueberweisen'],
    unless: ['pizza|kino|ticket*|konzert|essen|geschenk|abo|rechnung|miete', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['bist du bereit zu zahlen oder soll ich anfangen'], ignore: ['bist du bereit zu zahlen für die konzert tickets?'] },
  },
  {
    id: 'send-the-card-codes-r13',
    phrases: [
      'send*|schick*|sende ..3 codes|code ..3 der|von_der|von_den|vom ..1 karte|karten|gutschein*|guthabenkarte*|@payment',
      'codes|code ..1 hier ..1 rein|rein_schicken|reinschicken',
      '@payment ..2 codes|code ..2 hier|per_foto|als_foto|abfotografiert',
    ],
    unless: ['wlan|wifi|router|rabatt*|rabattcode*|promo*|gutscheincode_fur_dich|fur_dich|fuer_dich|geschenk*|geburtstag*|weihnacht*|gewonnen|schule|lehrer*|kurs|login|passwort|bestatigung*|bestaetigung*|zwei_faktor|2_fa|tan'],
    examples: {
      match: ['Senden Sie die Codes der Karten als Foto in diesen Chat. Danach wird der Fall geschlossen.', 'paysafecard codes hier rein', 'schick die codes von den google play karten, sofort'],
      ignore: ['schick mir mal den code vom wlan', 'hier ist der code von der karte, alles gute zum geburtstag'],
    },
  },
  {
    id: 'either-more-or-money-r14',
    phrases: [
      'entweder ..5 oder ..2 # ..1 euro|dollar|chf|franken|usd|stutz|eur',
      'entweder ..5 oder ..2 @money|@payment ..2 # ',
    ],
    unless: ['pizza|kino|essen|geschenk|ticket*|karte|karten|preis|kostet|vb|verhandlungsbasis|festpreis|versand|abholung|miete|taschengeld|nachhilfe|trinkgeld|klassenfahrt|klassenkasse'],
    examples: {
      match: ['du schuldest mir was, ich hab deine bilder noch. entweder mehr davon oder 200€, du hast bis freitag', 'entweder noch ein video oder 100 euro'],
      ignore: ['entweder gehen wir ins kino oder 20 euro für pizza', 'entweder abholung oder 5 euro versand'],
    },
  },
  {
    id: 'pay-via-local-app-r15',
    phrases: [
      'zahl|zahle|zahlst|bezahl|bezahle|uberweis|ueberweis|uberweise|ueberweise|schick|schicke ..3 # ..2 uber|per|via|auf|mit @payment',
      'zahl|zahle|zahlst|bezahl|bezahle|uberweis|ueberweis|uberweise|ueberweise ..4 # ..4 und|dann ..2 alles|das|es|die|sie ..1 ist|sind|wird|werden ..1 geloscht|geloescht|weg|vergessen',
      'paysafecard*|paysafe|psc|steam_karte*|steamkarte*|amazon_gutschein*|apple_karte*|google_play_karte*|gutscheincode*|codes ..3 sie|du haben|hast ..1 # stunden|minuten|min|std|h',
    ],
    unless: ['zahl|zahle|schick|schicke|uberweis|uberweise|ueberweis|ueberweise|geb|gebe dir|ihnen', 'wenn du mir|kriegst_du|bekommst_du|dafur|dafuer', 'zuruck|zurueck|schulde|schuldest|geliehen|ticket*|konzertticket*|kinoticket*|zugticket*|karten_fur|karten_fuer|konzert|kino|pizza|essen|geschenk*|klassenfahrt|ausflug|kasse|beitrag|miete|versand|artikel|verkauf*|kaufe|ebay|vinted|kleinanzeigen|spass|lehrer*|verein|abo'],
    examples: {
      match: ['bro zahl einfach die 100 über twint und alles ist gelöscht', 'Dann Paysafecard Codes. Sie haben 24 Stunden.', 'überweis 200 per paypal und das video ist weg'],
      ignore: ['ich schick dir 50 euro über paypal wenn du mir ein foto im bikini schickst', 'zahl mir die 20 per paypal zurück', 'schick 15 per paypal für das konzertticket', 'die codes hast du 24 stunden gültig, steht auf der karte lol'],
    },
  },
  {
    id: 'fee-removal-and-dialect-r15',
    phrases: [
      'gebuhr|gebuehr|honorar|bearbeitungsgebuhr|bearbeitungsgebuehr|fur|fuer|gegen ..3 # ..2 @currency|euro|eur ..3 entfernen|loschen|loeschen|entfernt|geloscht|geloescht|vernichten wir|ich',
      'zoi|zoih|zoil ..2 # ..2 oder|sonst|bis',
      'chance|warnung|frist ..3 # [@currency|euro|eur] ..1 @payment',
    ],
    unless: ['zuruck|zurueck|schulde|schuldest|geliehen|ticket*|pizza|essen|geschenk*|klassenfahrt|ausflug|kasse|beitrag|miete|versand|artikel|verkauf*|kaufe|ebay|vinted|kleinanzeigen|mahngebuhr*|mahngebuehr*|bibliothek|rechnung|abo|vertrag|kundigung|kuendigung|schrott|sperrmull|sperrmuell|entrumpel*'],
    examples: {
      match: ['Für 300 Euro löschen wir alles.', 'Gegen eine Gebühr von 250€ entfernen wir die Bilder.', 'i hob a video vo dir, zoi 100 oder i schicks weiter', 'letzte chance. 100 paysafe. danach ist es zu spät für dich'],
      ignore: ['für 30 euro entfernen wir den sperrmüll', 'zahl die 20 zurück oder ich sag mama bescheid lol', 'für 50 euro löschen wir keine daten, das ist im vertrag'],
    },
  },
  {
    id: 'buy-card-send-code-r16',
    phrases: [
      'kauf|kaufst|hol|holst|besorg|besorgst ..3 @payment ..6 schick|schickst|gib|gibst|send ..2 ma|mir|mia|mer|uns ..1 den|die|de|d ..1 code|codes|pin|nummer|nummern',
      'trafik|tankstelle|kiosk|rewe|lidl|aldi|dm|rossmann|spar|billa|migros|coop ..5 @payment ..6 code|codes|pin',
      'schick|schicke|gib ..2 mer|ma|mia # ..1 stutz|franke|franken|chf|euro|eur ..1 per|uber|ueber|via|uf|auf twint|paypal|revolut|wero',
    ],
    unless: ['zuruck|zurueck|schulde|schuldest|geliehen|ausgelegt|geburtstag*|geschenk*|weihnacht*|gutschein_fur_dich|gutschein_fuer_dich|fur_dich|fuer_dich|oma|opa|mama|papa|taschengeld|klassenkasse|klassenfahrt|pizza|kino|tickets|vinted|kleinanzeigen|ebay|verkauf*|scam|betrug|nicht_machen|niemals|vorsicht|achtung', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 2,
    examples: {
      match: ['Geh in die Trafik, kauf a Paysafecard um 100 und schick ma den Code', 'Schick mer 300 Stutz per Twint', 'hol dir ne steam karte an der tankstelle und schick mir den code'],
      ignore: ['ich hol dir ne steam karte zum geburtstag und schick dir den code', 'schick mer 20 stutz per twint für die pizza', 'vorsicht: niemals an der tankstelle paysafecard kaufen und code schicken, das ist scam'],
    },
  },
  {
    id: 'amount-by-deadline-or-r16',
    phrases: [
      '# [euro|eur|@currency] ..1 bis ..3 morgen|heute|heut|abend|uhr|freitag|samstag|sonntag|montag|mitternacht ..3 sonst|oder|ansonsten|andernfalls',
      'wenn|falls du ..1 mir ..4 nicht ..2 # ..3 auf|per|uber|ueber|via @payment|paypal ..1 schickst|uberweist|ueberweist|sendest|zahlst',
      'ich ..4 leak*|poste|veroffentlich*|veroeffentlich*|verbreite ..4 wenn|falls du ..4 nicht ..2 # ..3 schickst|zahlst|uberweist|ueberweist',
    ],
    unless: ['klassenfahrt|klassenkasse|ausflug|beitrag|mitgliedsbeitrag|anmeldung|verein|kurs|miete|rechnung|mahnung|kino|pizza|tickets|ticket|konzert|festival|geschenk*|geburtstag*|vinted|kleinanzeigen|ebay|versand|zuruck|zurueck|schulde|schuldest|geliehen|ausgelegt', 'spiel|runde|wette|gewettet|haha*|lol|xd'],
    weight: 2,
    examples: {
      match: ['500 bis morgen 18 uhr sonst gehts in die stufengruppe', 'digga ich schwoer ich leak die pics wenn du mir bis 8 nicht 150 auf paypal schickst'],
      ignore: ['20 euro bis freitag sonst kannst du nicht mit auf klassenfahrt', 'wenn du mir die 20 für das konzert nicht auf paypal schickst bin ich sauer'],
    },
  },
  {
    id: 'code-photo-and-split-r17',
    phrases: [
      'foto|fotos|bild|bilder|screenshot|screenshots ..1 von|vom|der|des ..1 code|codes|karte|karten|ruckseite|rueckseite ..2 an mich|mir',
      '# [euro|eur|@currency] in_form_von ..2 @payment|geschenkkarte*|gutschein*|guthabenkarte*|@gamecur|karten',
      '# [euro|eur|@currency] jetzt|sofort|heute ..3 rest|restlichen|den_rest ..2 morgen|spater|spaeter|nachste_woche|naechste_woche',
    ],
    unless: ['oma|opa|geburtstag*|weihnacht*|gutschrift|pizza|kino|ticket*|tickets|zuruck|zurueck|schulde*|geliehen|rate|raten|anzahlung|kaution|fahrrad|handy_kaufen'],
    examples: {
      match: ['letzte warnung. 250€ in form von apple geschenkkarten, fotos vom code an mich', 'dann halt 200 jetzt und rest morgen. uhr tickt', 'screenshot vom code an mich, sofort'],
      ignore: ['20 euro jetzt und den rest nächste woche für das fahrrad ok?', 'oma schickt dir 50 euro in form von gutscheinen zum geburtstag'],
    },
  },
  {
    id: 'paid-once-not-enough-r18',
    phrases: [
      "danke|thx|merci ..2 fur|fuer die|den # ..6 nicht_genug|reicht_nicht|reicht_leider_nicht|will_mehr|will_noch|brauch_noch|nochmal_so_viel|das_doppelte|jetzt_noch",
      "die|das|deine # ..1 euro|franken|stutz|eur ..2 war|waren|reicht|reichen ..2 nicht|leider_nicht ..1 genug|aus",
      "selbe|gleiche|dieselbe|wieder_die karte|gutscheinkarte|paysafe*|karte_wie|summe|app ..2 wie ..1 letztes_mal|beim_letzten_mal|vorher|gestern",
      "loschgebuhr|loeschgebuehr|loschungsgebuhr|loeschungsgebuehr|entfernungsgebuhr|entfernungsgebuehr|sicherheitsgebuhr|sicherheitsgebuehr ..4 #|euro|betragt|betraegt|zahlbar",
      "@media|kopien|aufnahmen|dateien|inhalte ..4 entfernen|loschen|loeschen ..2 lassen ..6 gebuhr|gebuehr|bearbeitungsgebuhr|bearbeitungsgebuehr|kosten|kostet|preis",
    ],
    unless: ["pizza|kino|ticket*|locker|geburtstag|geschenk|pokemon|sammelkarte*|spielkarte*|handyladen|reparatur|kostet_nix|kostenlos|gratis|fundburo"],
    examples: {
      match: ["hey, danke für die 100 😘 war leider nicht genug", "die 100 euro waren leider nicht genug", "gut. selbe karte wie letztes mal", "Dafür ist eine Sicherheitsgebühr von 250 € nötig", "Wir können sämtliche Kopien dauerhaft entfernen lassen, auch aus Gruppen und Foren. Die Bearbeitungsgebühr beträgt 149 Euro."],
      ignore: ["danke für die 20, reicht locker für die pizza", "die 5 euro reichen locker", "wir können die fotos vom handy entfernen lassen, kostet nix beim handyladen"],
    },
  },
  {
    id: 'pay-for-removal-or-more-r18',
    phrases: [
      "geleakte|geleakten|veroffentlichte|veroeffentlichte|intime|intimen ..1 bilder|fotos|videos|aufnahmen ..6 entfernen|entfernt|loschen|loescht|loeschen|losche ..4 kosten|kostet|gebuhr|gebuehr|euro|#",
      "schon|bereits # ..3 gegeben|bezahlt|gezahlt|geschickt|uberwiesen|ueberwiesen ..4 jetzt|nun ..3 noch|nochmal|weitere|mehr",
      "erst|nur die erste rate",
      "fur|fuer|gegen # ..4 nehm|nehme|losch|losche|loesch|loesche ich ..2 sie|es|die|das|alles ..2 runter|raus|weg|offline",
    ],
    unless: ["handy*|vertrag|kredit|bank|auto|studio|kurs|brezel|nichts_mehr|nix_mehr|pizza|ticket*"],
    examples: {
      match: ["wir sind ein service der geleakte bilder aus dem netz entfernt. kosten 200€", "du hast mir schon 50 gegeben, jetzt will ich noch 100", "das war erst die erste rate. nächste woche nochmal 150", "für 200 nehm ich sie wieder runter"],
      ignore: ["du hast mir schon 5 gegeben, jetzt brauchst du nichts mehr", "das war erst die erste rate vom handyvertrag", "für 2 euro nehm ich die brezel"],
    },
  },
  {
    id: 'that-was-only-the-start-r21',
    phrases: [
      '# [euro|eur|chf|franken|stutz|@currency] ..2 war|waren ..1 nur|erst ..1 der|ein anfang',
      'das|die ..1 geld|kohle|zahlung|uberweisung|ueberweisung|karte|karten|codes ..1 war|waren ..1 nur|erst ..1 der|ein anfang',
    ],
    unless: ['spende*|sparen|gespart|sparschwein|taschengeld|verdient|gewonnen|trinkgeld|flohmarkt|kuchenverkauf|klassenkasse|sponsorenlauf'],
    examples: {
      match: ['die 100 waren nur der anfang, das video hab ich immer noch', 'die 50€ waren erst der anfang. morgen nochmal 100', 'das geld war nur der anfang'],
      ignore: ['die 100 euro vom sponsorenlauf waren nur der anfang, nächstes jahr mehr', 'die 20€ trinkgeld waren erst der anfang lol'],
    },
  },
  {
    id: 'pay-by-gift-card-r22',
    phrases: [
      'zahlung|bezahlung|zahlst|zahlen|bezahlst ..1 per|uber|ueber|via|mit|in|als amazon_gutschein*|amazongutschein*|paysafecard*|paysafe_code*|paysafe|steam_karte*|steamkarte*|google_play_karte*|itunes_karte*|apple_karte*|guthabenkarte*|krypto*|bitcoin|btc',
    ],
    unless: ['shop|bestellung|bestellen|kasse|checkout|onlineshop|rabatt|versand|lieferung|abo|spiel_kaufen|kreditkarte|erlaubt|erlauben'],
    examples: {
      match: ['du hast bis 20 uhr. zahlung per amazon gutschein', 'du zahlst in paysafecard, sonst gibts ärger'],
      ignore: ['im shop kann man auch per paysafecard zahlen', 'zahlung per amazon gutschein ist bei der bestellung möglich'],
    },
  },
  {
    id: 'vouchers-fines-keep-it-r23',
    phrases: [
      'ich will|brauch|brauche|nehm|nehme ..3 aufladecode*|aufladebon*|guthabencode*|aufladeguthaben|lidl_connect|aldi_talk|congstar|handyguthaben|guthabenkarte*',
      'aufladecode*|aufladebon*|guthabencode*|aufladeguthaben ..3 schick*|her|reicht|genugt|genuegt|jetzt|sofort|heute',
      'kauf|kaufe|kaufst|hol|besorg|besorge ..2 amazon|google|google_play|apple|itunes|steam|paysafe|psn|playstation|xbox|roblox ..1 karte|karten|gutschein*|card|cards|code|codes',
      '# [@currency|euro|eur] ..6 und es|das|alles|sie bleibt|bleiben ..2 bei_mir|unter_uns|privat|geheim',
      '# [@currency|euro|eur] ..1 und du kriegst|bekommst ..1 es|das|sie|dein|deine ..1 [handy] zuruck|zurueck',
      'zahlen|uberweisen|ueberweisen sie ..4 strafe|bussgeld|verwarnungsgeld*|verwarnungsgebuhr*|verwarnungsgebuehr*|geldbusse|geldstrafe|strafgebuhr*',
      'verfahren ..6 gegen ..4 # eur|euro ..2 eingestellt',
      'vermeidung ..4 anzeige|strafanzeige|verfahren*|veroffentlichung|veroeffentlichung ..4 zahlen|uberweisen|ueberweisen|zahlung',
      'verwarnungsgeld*|verwarnungsgebuhr*|verwarnungsgebuehr*|bussgeld|strafgebuhr* ..2 von|in_hohe_von # eur|euro ..6 paysafecard*|paysafe|gutschein*|bitcoin|krypto*|innerhalb|bis|frist',
    ],
    unless: ['geburtstag*|geschenk*|weihnachten|oma|opa|fur_dich|fuer_dich|zum_zocken|angebot|rabatt|im_angebot', 'zuruckzahlen|zurueckzahlen|schuldest|geliehen|ausgelegt|pfand|fundburo|fundbuero', 'tater|taeter|erpresser|betruger|betrueger|masche|artikel|bericht|reportage|doku|zeitung|news|ist_betrug|ist_fake|polizei_warnt|warnung'],
    examples: {
      match: ['chill ich will dir nix. ich will nur 2 aufladecodes, lidl connect 2x15€ reicht. dann lösch ichs', 'dann kauf amazon karte. schnell schnell, 1 stunde', '50€ auf paypal freunde und familie und es bleibt bei mir', 'klar. aber finderlohn muss sein. 150€ und du kriegst es zurück', 'Zur Vermeidung einer Anzeige zahlen Sie 200 Euro Strafe mit Paysafecard', 'Das Verfahren kann gegen eine Verwarnungsgebühr von 300 EUR eingestellt werden.', 'schick mir den aufladecode jetzt'],
      ignore: ['kauf oma eine amazon karte zum geburtstag', 'ich hab 15 euro aufladeguthaben gekauft', 'hab ein bussgeld von 30 euro bekommen weil ich ohne licht gefahren bin', 'gib mir 5 euro pfand und du kriegst es zurück'],
    },
  },
  {
    id: 'minutes-to-pay-r25',
    phrases: [
      'du hast|habt # ..2 min|minuten|minute|stunden|stunde|h|std ..1 zum|fur_das|fuer_das zahlen|bezahlen|uberweisen|ueberweisen',
      'du hast|habt ..2 ne|eine|einen|halbe ..1 stunde|minute|tag ..1 zum|fur_das|fuer_das zahlen|bezahlen|uberweisen|ueberweisen',
    ],
    unless: ['ticket*|warenkorb|reservierung|kasse|bestellung|konzert|kino|shop|parkschein|parkhaus|automat'],
    examples: {
      match: ['du hast 30 min zum zahlen', 'du hast 2 stunden zum überweisen', 'du hast ne stunde zum überweisen'],
      ignore: ['du hast 15 minuten zum bezahlen der tickets, sonst ist die reservierung weg'],
    },
  },
  {
    id: 'crypto-atm-wallet-r27',
    phrases: [
      'einzahlen|einzahlst|einwerfen|einwerfst|uberweis*|ueberweis*|schicken|senden|aufladen ..4 auf|an ..1 die|diese|meine|folgende|unten|unsere ..1 wallet|walletadresse|wallet_adresse|btc_adresse|bitcoin_adresse|krypto_adresse',
      'bitcoin|btc|krypto ..1 automat*|atm|automaten ..6 einzahl*|einwerf*|zahl*|kauf* ..4 wallet|adresse|qr*',
    ],
    unless: ['onkel|verloren|kurs|investier*|aktie*|borse|boerse|gewinn|gekauft|depot|eingezahlt|sparplan', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['geh zum bitcoin automaten und zahl 200 euro ein, wallet schick ich dir', '300 euro einzahlen auf die wallet die ich dir schicke', 'überweis das auf diese wallet adresse'],
      ignore: ['mein onkel hat am bitcoin automaten 200 euro eingezahlt und alles verloren', 'der kurs ist wieder gefallen, ich hab 50 euro auf meine wallet eingezahlt'],
    },
  },
  {
    id: 'photo-of-the-card-code-r27',
    phrases: [
      'paysafe*|gift_card*|giftcard*|google_play*|itunes*|apple_gift*|apple_karte*|steam_card*|steam_karte*|steamkarte*|amazon_gutschein*|amazongutschein*|gutschein*|guthabenkarte*|geschenkkarte*|gutscheinkarte*|prepaidkarte*|psn_karte*|playstation_karte*|xbox_karte*|roblox_karte*|karte|karten ..6 @photo|screenshot ..2 vom|von_dem|von_den|der|des ..1 code|codes|pin|pins',
      'paysafe*|gift_card*|giftcard*|google_play*|itunes*|apple_gift*|apple_karte*|steam_card*|steam_karte*|steamkarte*|amazon_gutschein*|amazongutschein*|gutschein*|guthabenkarte*|geschenkkarte*|gutscheinkarte*|prepaidkarte*|psn_karte*|playstation_karte*|xbox_karte*|roblox_karte* ..6 @photo|screenshot ..2 vom|von_dem|von_den|der|des ..1 ruckseite|rueckseite',
      '@photo ..2 vom|von_dem|von_der|der ruckseite|rueckseite ..3 karte|karten|gutschein*|paysafe* ..3 code|codes|pin|pins',
      '@photo|screenshot ..2 vom|von_dem|von_den|der|des code|codes|pin|pins ..4 an_mich|an_uns|schick*|send*|her ..6 paysafe*|gift_card*|giftcard*|google_play*|itunes*|apple_gift*|apple_karte*|steam_card*|steam_karte*|steamkarte*|amazon_gutschein*|amazongutschein*|gutschein*|guthabenkarte*|geschenkkarte*|gutscheinkarte*|prepaidkarte*|psn_karte*|playstation_karte*|xbox_karte*|roblox_karte*',
    ],
    unless: ['geburtstag*|geschenk*|gutschein_fur_dich|fur_dich|fuer_dich|fuer_dich|hab_dir|von_mir|oma|opa|einlosen|einloesen|aufgeladen|zugangscode|fotograf|schulfoto*|ticket*|fahrkarte|zugticket|kino|bahn|firma'],
    examples: {
      match: ['zahlung per apple gift card, foto vom code an uns', 'foto von der rückseite der karte mit dem code', 'kauf zwei paysafecards und schick mir ein foto von der rückseite', 'mach ein foto vom code und schick es, nur google play gutscheine'],
      ignore: ['hab dir nen steam gutschein zum geburtstag geschenkt, der code ist auf dem foto', 'können sie mir ein foto von der rückseite schicken? zahlen würde ich per paypal', 'schick mir ein foto vom code auf dem zettel vom schulfotograf'],
    },
  },
  {
    id: 'pay-then-nothing-happens-r27',
    phrases: [
      '@payment|@money|euro|eur|franken|stutz ..6 dann|und ..1 passiert|geschieht ..1 [auch|dir|ja|euch] nix|nichts|niks|nuet',
    ],
    unless: ['drucken|druck|klick*|tippen|knopf|app|update|akku|handy_aus|einstellung*|versicherung|gedeckt|abgesichert'],
    examples: {
      match: ['100 auf paypal freunde und familie dann passiert nix', 'schick 50 euro und dir passiert nichts', 'zahl die kohle dann passiert auch nichts'],
      ignore: ['wenn du auf den knopf drückst passiert nix, die app zahlt dann per paypal', 'mit der versicherung ist das geld gedeckt, dann passiert nichts'],
    },
  },
  {
    id: 'fee-to-close-the-case-r27',
    phrases: [
      'einstellung|einzustellen|abschluss ..3 verfahren*|ermittlungsverfahren*|strafverfahren*|anzeige|ermittlungen ..6 gebuhr*|gebuehr*|zahlung|betrag|bussgeld|strafe|geldstrafe ..6 zu_entrichten|zu_zahlen|zu_begleichen|zu_uberweisen|zu_ueberweisen|zahlen|bezahlen|uberweisen|ueberweisen',
      'gebuhr*|gebuehr*|bussgeld|strafe|geldstrafe|strafzahlung ..6 zu_entrichten|zu_begleichen ..6 andernfalls|ansonsten|sonst ..6 eltern|erziehungsberechtigte*|schule|@media|material|bildmaterial',
    ],
    unless: ['tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|fake|falsche_polizei|achtung|warnung|niemals'],
    examples: {
      match: ['Zur Einstellung des Verfahrens ist eine Gebühr von 300 € zu entrichten.', 'Die Strafe ist binnen 24 Stunden zu entrichten, andernfalls werden Ihre Eltern und Ihre Schule informiert.'],
      ignore: ['Achtung: falsche Polizei verlangt per Mail eine Gebühr zur Einstellung des Verfahrens, niemals zahlen', 'die bibliotheksgebühr ist bis freitag zu zahlen'],
    },
  },
  {
    id: 'pay-us-and-we-delete-r27',
    phrases: [
      'fur|fuer|gegen # ..2 euro|eur|@currency|franken|stutz ..1 lassen|lasse|losche|loesche|losch|loesch|entfernen|entferne ..2 wir|ich ..6 loschen|loeschen|entfernen|vernichten|verschwinden|geloscht|geloescht|entfernt',
      'fur|fuer|gegen # ..2 euro|eur|@currency|franken|stutz ..1 losche|loesche|losch|loesch|entferne|vernichte ich|wir ..3 alles|sie|die|@media|das_video|die_bilder',
      '@poss|die|alle @media ..2 fur|fuer|gegen # ..1 euro|eur|@currency|franken|stutz ..4 entfernen|loschen|loeschen|rausnehmen|entfernt|geloscht|geloescht',
      'gegen ..2 zahlung|vergleichszahlung|betrag|summe|entschadigung|entschaedigung ..3 # ..4 verzicht*|absehen|sieht|sehen|loscht|loescht|losche|loesche|entfernt',
    ],
    unless: ['fleck|display|tattoo|reparatur|reinigung|haare|lack|kratzer|graffiti|mull|muell|sperrmull|sperrmuell|entrumpel*|virus|viren|app|abo|konto|account_loschen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['Für 150 € lassen wir sie innerhalb von 24h löschen.', 'wir können deine bilder für 200 euro aus dem netz entfernen', 'für 100 euro lösche ich alles sofort', 'Gegen eine Vergleichszahlung von 800 € verzichtet er auf eine Weitergabe'],
      ignore: ['für 20 euro lassen wir den fleck in der reinigung entfernen', 'für 50 euro entfernen wir das tattoo nicht, das kostet mehr'],
    },
  },
  {
    id: 'pay-again-r27',
    phrases: [
      'will|brauch|brauche|zahlst|schickst|uberweist|ueberweist|zahl|zahle|schick|uberweis|ueberweis|kriege|krieg ..2 ich|du|mir ..1 nochmal|noch_mal|noch_einmal|nochmals|erneut|weitere ..1 #',
      'will|brauch|brauche|zahlst|schickst|uberweist|ueberweist|zahl|zahle|schick|uberweis|ueberweis|kriege|krieg ..1 nochmal|noch_mal|noch_einmal|nochmals|erneut|weitere ..1 #',
      'schon|bereits ..1 einmal|mal|einmal_was ..2 gezahlt|bezahlt|uberwiesen|ueberwiesen|geschickt ..4 zahlst|zahlen|zahl|bezahlst ..2 nochmal|noch_mal|wieder|auch_nochmal|erneut',
    ],
    unless: ['minute*|min|sekunde*|stunde*|tage|tag|seite*|kapitel|runde*|mal|cola|pizza|essen|ticket*|kino|eis|punkte|level|leben|versuch*|getrank*|getraenk*|parkschein|miete|strom|rechnung|schulden|monat*|rate_fur_das|handyvertrag|stuck|stueck|stk|portion*|teller|kugel*|scheibe*|packung*|flasche*', 'nicht_nochmal|nicht_noch_mal|keine_sorge|musst_nicht|brauchst_nicht'],
    examples: {
      match: ['das war die erste rate. jetzt will ich nochmal 150', 'du hast schon einmal gezahlt, also zahlst du auch nochmal', 'schick mir erneut 200 sonst weißt du was passiert'],
      ignore: ['ich brauch nochmal 5 minuten', 'zahl nochmal 2 euro für die cola', 'kannst du mir nochmal 10 für die pizza schicken', 'ich will nochmal 2 stück', 'du hast schon einmal gezahlt, also zahlst du nicht nochmal keine sorge'],
    },
  },
  {
    id: 'amount-via-paypal-friends-r29',
    phrases: [
      '# ..1 [euro|eur|stutz|franken|chf|fr] ..1 auf|per|uber|ueber|via|mit ..1 [mein|meine|meinem] paypal|twint|revolut|@payment ..3 freunde_und_familie|familie_und_freunde|ff|f_und_f',
    ],
    unless: ['versand|abholung|preis|vb|verkauf*|kaufen|gekauft|inkl|porto|artikel|ticket*|karten|fahrrad|konsole|schuhe|jacke|kleid|buch|zuruck|zurueck|schulde*|pizza|kino|geschenk*|kasse|beitrag|miete|tickets|gebot'],
    examples: {
      match: ['150 auf paypal freunde und familie', '80 euro per paypal freunde und familie, heute noch'],
      ignore: ['30 euro per paypal freunde und familie plus versand', 'die jacke für 40 per paypal freunde und familie'],
    },
  },
  {
    id: 'amount-in-crypto-r30',
    phrases: [
      '# ..2 [euro|eur|franken|stutz|dollar] in|per|als|via|auf bitcoin|btc|krypto*|eth|ethereum|usdt|litecoin|ltc|monero',
      'wallet|walletadresse|btc_adresse|bitcoin_adresse ..3 schick|sende|geb|gebe ich dir',
    ],
    unless: ['kurs|kurse|steht_bei|gestiegen|gefallen|investier*|invest|aktie*|etf|depot|boerse|borse|gekauft|verkauft|wert|rendite|trading|trade_ich|dca|sparplan', 'tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|zeitung|news'],
    examples: {
      match: ['500 in bitcoin. wallet adresse schick ich dir gleich', 'du zahlst 300 euro per btc', 'die wallet schick ich dir gleich, 0.01 btc'],
      ignore: ['hab 500 in bitcoin investiert, der kurs ist gestiegen', 'ich hab 50 euro in krypto gekauft', 'mein papa hat 1000 in bitcoin im depot'],
    },
  },
] satisfies PatternEntry[];
